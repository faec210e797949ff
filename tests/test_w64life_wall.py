"""(w64life, check63 finding 1) One's own plan said as a car driven or crashed into something
hard: "thinking of driving into a wall on the way home" had no warning and no Samaritans
("…tonight" had both). Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned, warned_then_first

OWN_LIFE = "If your life is at risk now, call 999 or go to A&E"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("keep thinking about crashing my car into a tree", "Bedford"),
        ("considering driving off a cliff after work", "Falmouth"),
        ("im thinking of steering into a lorry on the motorway", "Stafford"),
    ],
)
def test_a_car_driven_into_something_thought_of_warns_for_the_askers_life(
    bundled_client, words, place
):
    warned_then_first(searched(bundled_client, words, place), OWN_LIFE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): the past, a trip, someone else's crash
        ("i used to think about driving into a wall", "Bedford"),
        ("i was thinking of crashing my car into a tree when i was 19", "Falmouth"),
        ("thinking of driving into town later for the counselling", "Stafford"),
        ("a lorry crashed into a wall on our road", "Stafford"),
    ],
)
def test_the_past_a_trip_or_a_crash_seen_get_no_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), OWN_LIFE), words
