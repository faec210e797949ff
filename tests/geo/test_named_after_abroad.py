"""(third independent place check) A place here named after one outside England and Wales is
not that place: "Jersey Marine", a village in Neath Port Talbot, was told "This directory covers
England and Wales, so it has no local services for that place". And "New Jersey" is abroad, not
the island. Other names than the check's where the rule is general."""

from __future__ import annotations

import pytest

from ..helpers import searched, text_of


@pytest.mark.parametrize("typed", ["Scotland Gate", "Ireland Wood", "Guernsey Road"])
def test_a_place_here_named_after_one_outside_is_not_sent_outside(gazetteer, typed):
    assert gazetteer.resolve(typed).status.value not in ("not_covered", "overseas"), typed


def test_new_jersey_is_abroad_not_the_island(bundled_client, gazetteer):
    assert gazetteer.resolve("New Jersey").status.value == "overseas"
    soup = searched(bundled_client, "someone to talk to", "New Jersey")
    assert "Jersey, Guernsey" not in text_of(soup, "main")


@pytest.mark.parametrize(
    ("typed", "status"),
    [("Jersey", "not_covered"), ("glasgow scotland", "not_covered"), ("paris france", "overseas")],
)
def test_the_islands_and_places_abroad_stay_where_they_are(gazetteer, typed, status):
    """Guard: unchanged."""
    assert gazetteer.resolve(typed).status.value == status
