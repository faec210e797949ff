"""(twenty-second walk-through F4) A misspelt town as close to two places as to each other
("atherston": Atherstone in Warwickshire and Atherton near Wigan) is asked about when typed
alone, and taken when the county or council after it says which ("atherston warwickshire")."""

from __future__ import annotations

import pytest

from directory.geo import LocationStatus

from ..helpers import page, text_of


@pytest.mark.parametrize(
    ("typed", "town", "county"),
    [
        ("atherston warwickshire", "Atherstone", "Warwickshire"),
        ("atherston wigan", "Atherton", "Greater Manchester"),
    ],
)
def test_the_area_named_after_a_misspelt_town_says_which(gazetteer, typed, town, county):
    found = gazetteer.resolve(typed)
    assert found.status == LocationStatus.FOUND and found.corrected
    assert (found.place.name, found.place.county) == (town, county)


def test_alone_the_misspelt_town_is_still_asked_about(gazetteer):
    found = gazetteer.resolve("atherston")
    assert found.place is None
    assert {"Atherstone", "Atherton"} <= set(found.suggestions)


def test_the_page_names_the_town_the_county_chose(bundled_client):
    soup = page(bundled_client.get("/search", query_string={"location": "atherston warwickshire"}))
    assert text_of(soup, "h1").startswith("Services near Atherstone")


@pytest.mark.parametrize(
    ("typed", "town"), [("tewkesbury gloucs", "Tewkesbury"), ("s gloucs", "South Gloucestershire")]
)
def test_gloucs_is_gloucestershire(gazetteer, typed, town):
    """(twenty-third walk-through F7) "dursley gloucs" was not found: "glos" was known."""
    found = gazetteer.resolve(typed)
    assert found.place is not None and found.place.name == town, found
