"""A place name joined on as English places are ("Holland on Sea", Essex) is never read as a
country or city abroad because its first word is one: "Holland on Sea" was "That looks like a
place outside the UK" (w39place noticed). Names abroad still are."""

from __future__ import annotations

import pytest

from directory.geo.places import LocationStatus

OUTSIDE = {LocationStatus.OVERSEAS, LocationStatus.NOT_COVERED}


@pytest.mark.parametrize("typed", ["Holland on Sea", "holland-on-sea", "Holland upon Sea"])
def test_a_name_joined_on_as_english_places_are_is_not_abroad(gazetteer, typed):
    assert gazetteer.resolve(typed).status not in OUTSIDE


@pytest.mark.parametrize("typed", ["Paris France", "new york usa", "Dublin", "holland"])
def test_guard_names_abroad_are_still_abroad(gazetteer, typed):
    """Guard (as before the change)."""
    assert gazetteer.resolve(typed).status in OUTSIDE
