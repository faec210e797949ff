"""(thirty-eighth walk-through F1, w49stairs) A child whose abuser is on the way to them now
("my uncle is coming upstairs", "he keeps tryna get in my room"), or who is trapped ("i cant
get out"), sees first "In danger now? Call 999…". Not "i cant get out of bed", nor what used
to happen."""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

DANGER = "In danger now? Call 999"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my uncle is coming up the stairs, im 11", "Skegness"),
        ("he keeps tryna get in my room and my mum is at work", "Rugby"),
        ("my stepbrother has locked the doors and i cant get out", "Rugby"),
    ],
)
def test_an_abuser_on_the_way_or_a_trapped_child_brings_999(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place), DANGER), words


@pytest.mark.parametrize(
    "words",
    ["some days i cant get out of bed because of what my dad did", "he used to come upstairs"],
)
def test_no_999_warning_for_the_past_or_a_low_day(bundled_client, words):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Rugby"), DANGER), words
