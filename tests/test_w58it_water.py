"""(w58it, check60 finding 3) Walking into water or off a height, said with no time.

"im going to walk into the river" had no warning and no Samaritans, though "… tonight" had
both. With nothing after it, going into the sea, a river or a lake, or off a bridge or a
cliff, is read as a plan now: "If your life is at risk now, call 999 or go to A&E." and
Samaritans first. A walk along the river, a paddle, the past, and going to the river "to
think" (a place, not a way) stay without the warning (guards, which pass on main too).
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

LIFE = "If your life is at risk now, call 999 or go to A&E."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i am going to wade into the lake", "Keswick"),
        ("gonna walk straight into the canal", "Stoke-on-Trent"),
        ("i am going to step off the pier", "Eastbourne"),
        ("im going to walk out into the ocean", "Newquay"),
    ],
)
def test_going_into_water_or_off_a_height_with_no_time_warns_with_samaritans_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, LIFE), words
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("we are going to walk along the canal", "Stoke-on-Trent"),
        ("i want to go into the sea for a swim with my sister", "Newquay"),
        ("i was going to walk into the lake", "Keswick"),
        ("im going to the lake this evening to think", "Keswick"),
        ("im going to walk on the motorway bridge", "Leeds"),
    ],
)
def test_guard_a_walk_a_swim_the_past_and_a_place_to_think_have_no_warning(
    bundled_client, words, place
):
    """Passes on main too."""
    assert not warned(searched(bundled_client, words, place), LIFE), words
