"""(w64life, check63 finding 1, the other way) A thing about to "die" or "overdosed": "my
phone is about to die" got "If your life is at risk now" and PAPYRUS first; "the garden is
overdosed with weedkiller" got "If you have taken an overdose…". Other words and towns than
the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

OWN_LIFE = "If your life is at risk now"
OWN_ACT = "If you have taken an overdose or are badly hurt"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my laptop is literally about to die", "Kendal"),
        ("the battery on my car is going to die", "Penrith"),
        ("my houseplant is about to die", "Keswick"),
    ],
)
def test_a_thing_about_to_die_gets_no_life_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), OWN_LIFE), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("the lawn was overdosed with fertiliser", "Weymouth"),
        ("my tomatoes are overdosed with plant food", "Bridport"),
    ],
)
def test_a_thing_overdosed_gets_no_overdose_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), OWN_ACT), words


@pytest.mark.parametrize(
    ("words", "place", "warning"),
    [
        # guards (pass on main too): one's own overdose and one's own "about to die" keep
        # their warnings
        ("i overdosed on my mums tablets", "Weymouth", OWN_ACT),
        ("i have overdosed with paracetamol", "Bridport", OWN_ACT),
        ("im about to die", "Kendal", OWN_LIFE),
    ],
)
def test_ones_own_overdose_or_death_keeps_its_warning(bundled_client, words, place, warning):
    assert warned(searched(bundled_client, words, place), warning), words
