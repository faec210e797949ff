"""(forty-fifth walk-through F2, w59places) Neighbourhoods and villages people type, from the
names of wards (``ward_places.csv``): "Moss Side", "Splott" and the walk-through's villages
were "We could not find that place". Other neighbourhoods and villages than the report's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from directory.geo import place_in_words
from directory.geo.gazetteer import Gazetteer
from directory.geo.places import LocationStatus
from tests.helpers import GAZETTEER_PATH

WARD_PLACES = "ward_places.csv"


@pytest.mark.parametrize(
    ("typed", "council"),
    [
        ("Ancoats", "Manchester"),
        ("Sparkbrook", "Birmingham"),
        ("Harehills", "Leeds"),
        ("Lockleaze", "Bristol"),
        ("Darnall", "Sheffield"),
        ("Llanishen", "Cardiff"),
        ("Hakin", "Pembrokeshire"),  # a ward "Milford: Hakin": the part after the town
        ("Hubberston", "Pembrokeshire"),
    ],
)
def test_a_neighbourhood_or_village_named_by_its_ward_is_found_in_its_council(
    gazetteer, typed, council
):
    found = gazetteer.resolve(typed)
    assert found.status == LocationStatus.FOUND, (typed, found)
    assert found.place is not None and found.place.name == typed
    assert gazetteer.councils[found.place.local_authority_code].name == council


def test_two_wards_of_one_name_ask_which(gazetteer):
    found = gazetteer.resolve("Blackbrook")
    assert found.status == LocationStatus.AMBIGUOUS
    assert {c.local_authority for c in found.candidates} == {"St. Helens", "High Peak"}


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("Sparkbrok", "Sparkbrook"), ("Harehils", "Harehills"), ("Lockleeze", "Lockleaze")],
)
def test_a_misspelt_neighbourhood_is_its_ward_not_a_town_far_away(gazetteer, typed, meant):
    """On main "sparkbrok" offered Sharnbrook (Bedfordshire) and "harehils" Shareshill
    (Staffordshire): the ward of that name is the closer spelling."""
    found = gazetteer.resolve(typed)
    named = [found.place.name] if found.place else list(found.suggestions)
    assert named[0] == meant, found


@pytest.fixture(scope="module")
def without_wards(tmp_path_factory) -> Gazetteer:
    folder = tmp_path_factory.mktemp("gazetteer")
    for path in Path(GAZETTEER_PATH).iterdir():
        if path.is_file():
            shutil.copy(path, folder / path.name)
    header = "name,latitude,longitude,council_code,postcode_units,everyday\n"
    (folder / WARD_PLACES).write_text(header, encoding="utf-8")  # the file, without a ward
    return Gazetteer(folder)


def test_a_ward_is_found_only_where_nothing_else_has_its_name(gazetteer, without_wards):
    """Lower than every other file: no name a ward adds was a town's, a town's other name, a
    council's, an area's or a country's before (a town always wins over a ward). (w61place)
    A ward far from every town of its name is a namesake beside them (``test_w61place_wards``),
    never a new name: ``_wards.keys`` holds only the names wards alone have."""
    names = gazetteer._wards.keys
    assert len(names) > 4000
    assert [n for n in sorted(names) if without_wards._exact(n) is not None] == []


@pytest.mark.parametrize(
    "typed", ["Preston", "Ashford", "Gower", "Newport", "Leeds", "Heaton Chapel", "Everton"]
)  # (w61place) not "Whitchurch": South Oxfordshire's ward (Whitchurch-on-Thames) now joins it
def test_places_the_gazetteer_knew_keep_their_answers(gazetteer, without_wards, typed):
    # guard (passes on main too: the answer is the same with and without the ward file)
    before, after = without_wards.resolve(typed), gazetteer.resolve(typed)
    assert (after.status, after.place, after.candidates) == (
        before.status,
        before.place,
        before.candidates,
    )


@pytest.mark.parametrize(
    "words",
    [
        "i just feel so idle",  # Idle, a Bradford ward
        "everything in my head feels loose",  # Loose, a Maidstone ward
        "idle thoughts about what happened",  # Trench, Telford
    ],
)
def test_a_ward_named_with_an_everyday_word_is_no_place_in_the_words(gazetteer, words):
    # guard (passes on main too, where these wards were no places at all)
    assert place_in_words(gazetteer, words) is None


def test_a_ward_named_with_an_everyday_word_is_a_place_after_in(gazetteer):
    found = place_in_words(gazetteer, "support in idle")
    assert found is not None and found.resolution.place is not None
    assert found.resolution.place.local_authority == "Bradford"


@pytest.mark.parametrize(("words", "council"), [("counselling harehills", "Leeds"),
                                                 ("therapy lockleaze", "Bristol")])  # fmt: skip
def test_a_ward_at_the_end_of_the_words_is_the_place(gazetteer, words, council):
    found = place_in_words(gazetteer, words)
    assert found is not None and found.resolution.place is not None
    assert gazetteer.councils[found.resolution.place.local_authority_code].name == council
