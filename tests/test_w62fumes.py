"""(forty-eighth walk-through F1) Suicide by fumes from a car, said as ready now.

"im sat in the car with a hosepipe i cant do this anymore after what my dad did to me as a kid"
(Highbridge) had no "If your life is at risk now" box and Samaritans only in the footer. Other
words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned, warned_then_first

LIFE = "If your life is at risk now, call 999 or go to A&E."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("sitting in my car with the hose pipe taped to the exhaust", "Taunton"),
        ("got a hosepipe going from the exhaust into the car", "Bridgwater"),
        ("charcoal burning in the tent tonight, done with everything", "Kendal"),
        ("parked up in the woods, in the car with a hosepipe, sorry mum", "Thetford"),
    ],
)
def test_fumes_ready_get_the_life_box_and_samaritans_first(bundled_client, words, place):
    warned_then_first(searched(bundled_client, words, place), LIFE, "Samaritans")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on the tree before too): a hosepipe, an exhaust or charcoal, everyday
        ("washing the car with a hosepipe", "Taunton"),
        ("theres a hosepipe ban and my uncle abused me when i was small", "Yeovil"),
        ("my dad fixed the car exhaust", "Frome"),
        ("charcoal in the bbq", "Minehead"),
    ],
)
def test_everyday_hosepipes_and_charcoal_get_no_life_box(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert not warned(soup, LIFE)
    if soup.find(id="talk-now-title") is not None:
        assert talk_names(talk_box(soup))[:1] != ["Samaritans"]
