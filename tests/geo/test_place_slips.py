"""(third walk-through F2) A one-letter slip or two swapped letters in a well-populated town's
name is taken as that town ("Showing results for ..."), as a close spelling already was; two
sizeable places as close are still asked about. Other words than the walk-through's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("brsitol", "Bristol"),  # two letters swapped
        ("oxfrod", "Oxford"),  # two letters swapped; Boxford and Yoxford are villages
        ("lodnon", "London"),  # as close to the village of Loddon, which is tiny beside it
        ("yrok", "York"),
        ("redcra", "Redcar"),
        ("lutno", "Luton"),
        ("wigna", "Wigan"),
        ("sunderlnad", "Sunderland"),
        ("manchestre", "Manchester"),
        ("leicetser", "Leicester"),
        ("cardif", "Cardiff"),
        ("nottingam", "Nottingham"),
        ("plymoth", "Plymouth"),
        ("sheffeild", "Sheffield"),
    ],
)
def test_a_slip_in_a_towns_name_is_taken_as_the_town(gazetteer, typed, town):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert found.place.name == town
    assert found.corrected  # the page says "Showing results for ..."


def test_a_slip_of_a_welsh_name_keeps_the_welsh_name(gazetteer):
    found = gazetteer.resolve("abertawi")
    assert found.status == "found" and found.corrected
    assert found.place.local_authority == "Swansea"


@pytest.mark.parametrize(
    "typed",
    [
        "darbly",  # one slip from the village of Darley, two from Derby: ask
        "hell",  # one slip from Hill and Hull's namesakes alike: never a guess
        "narnia",
        "sheffeld park",  # a second word that is not a place: offered, not applied
    ],
)
def test_no_town_is_guessed_when_none_is_clearly_meant(gazetteer, typed):
    found = gazetteer.resolve(typed)
    assert found.status == "unknown"
    assert found.place is None


def test_a_name_spelt_right_is_not_said_to_be_corrected(gazetteer):
    for typed in ("Bradford", "Swansea", "Exeter", "Luton", "Redcar"):
        found = gazetteer.resolve(typed)
        assert found.status == "found" and not found.corrected, typed
