"""(twenty-fifth words check, w63place) A small place spelt exactly as typed, whose name is a
well-populated town's with one letter left out.

"Scarbrough" (Scarborough with its "o" missed) went silently to a Skegness ward of that name,
and the page showed Lincolnshire's services. Such a name is now asked about, the town first;
the small place stays a choice. Other names than the report's, through the gazetteer and the
page.
"""

from __future__ import annotations

import pytest

from directory.geo.gazetteer import Gazetteer
from tests.helpers import searched, text_of


def _where(resolution) -> list[str]:
    places = resolution.candidates or ((resolution.place,) if resolution.place else ())
    return [f"{p.name}, {p.local_authority}" for p in places]


@pytest.mark.parametrize(
    ("typed", "town", "small"),
    [
        # a Slough ward beside Chippenham (35,800)
        ("Cippenham", "Chippenham, Wiltshire", "Cippenham, Slough"),
        # a Kensington ward beside Coalville (37,700)
        ("Colville", "Coalville, North West Leicestershire", "Colville, Kensington and Chelsea"),
        # an East Devon ward beside Rayleigh, Essex (32,400)
        ("Raleigh", "Rayleigh, Rochford", "Raleigh, East Devon"),
    ],
)
def test_a_small_place_a_letter_short_of_a_town_asks_the_town_first(
    gazetteer: Gazetteer, typed, town, small
):
    found = gazetteer.resolve(typed)
    assert found.status == "ambiguous", found
    assert _where(found) == [town, small], _where(found)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # guards (pass on main too): a neighbourhood one letter changed from a town (not left
        # out) is taken; a town as it is; slips of a town that work today
        ("Anfield", "Anfield, Liverpool"),
        ("Handsworth", "Handsworth, Birmingham"),
        ("Chippenham", "Chippenham, Wiltshire"),
        ("Scarborough", "Scarborough, North Yorkshire"),
        ("Coalvile", "Coalville, North West Leicestershire"),
        ("Bradfrod", "Bradford, Bradford"),
    ],
)
def test_a_place_spelt_otherwise_is_taken_as_before(gazetteer: Gazetteer, typed, meant):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert _where(found) == [meant], _where(found)


def test_the_page_offers_the_town_first(bundled_client):
    soup = searched(bundled_client, "counselling", "Cippenham")
    said = text_of(soup, "main")
    assert "Chippenham, Wiltshire" in said and "Cippenham, Slough" in said
    assert said.index("Chippenham, Wiltshire") < said.index("Cippenham, Slough")
