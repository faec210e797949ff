"""A town typed with its county or country after it, spelt right or a little wrong, is the
town (second walk-through F6: "We could not find that place" for a right town and a misspelt
county); and places abroad named by their country or capital get the abroad answer (F8)."""

from __future__ import annotations

import pytest

from directory.geo.places import LocationStatus


@pytest.mark.parametrize(
    ("typed", "town", "county"),
    [
        ("ludlow shropshre", "Ludlow", "Shropshire"),
        ("ludlow shropshire", "Ludlow", "Shropshire"),
        ("whitby n yorks", "Whitby", "North Yorkshire"),
        ("cirencester glos", "Cirencester", "Gloucestershire"),
        ("harrogate north yorkshre", "Harrogate", "North Yorkshire"),
        ("leeds uk", "Leeds", "West Yorkshire"),
        ("aberystwyth wales", "Aberystwyth", "Dyfed"),
        ("lyme regis dorest", "Lyme Regis", "Dorset"),
        # a misspelt town and its county
        ("brdport dorset", "Bridport", "Dorset"),
    ],
)
def test_a_town_and_its_county_or_country_is_the_town(gazetteer, typed, town, county):
    found = gazetteer.resolve(typed)
    assert found.status == LocationStatus.FOUND, (typed, found)
    assert found.place.name == town and found.place.county == county


def test_a_misspelt_county_is_said_to_be_corrected(gazetteer):
    assert gazetteer.resolve("ludlow shropshre").corrected
    assert not gazetteer.resolve("ludlow shropshire").corrected


@pytest.mark.parametrize(
    ("typed", "country"),
    [("newport gwent", "Wales"), ("newport isle of wight", "England")],
)
def test_the_county_after_a_shared_name_chooses_the_namesake(gazetteer, typed, country):
    found = gazetteer.resolve(typed)
    assert found.status == LocationStatus.FOUND and found.place.country == country


@pytest.mark.parametrize("typed", ["narnia dorset", "xqzt shropshire"])
def test_a_county_after_no_town_is_still_not_found(gazetteer, typed):
    assert gazetteer.resolve(typed).status == LocationStatus.UNKNOWN


def test_a_close_spelling_of_a_town_in_another_county_is_not_taken(gazetteer):
    # "brdport" is close to Bridport, which is in Dorset, not Cumbria
    assert gazetteer.resolve("brdport cumbria").status != LocationStatus.FOUND


@pytest.mark.parametrize(
    "typed",
    ["canberra", "ottawa canada", "prague czech republic", "lagos nigeria", "nice france"],
)
def test_a_place_abroad_by_its_capital_or_country_gets_the_abroad_answer(gazetteer, typed):
    assert gazetteer.resolve(typed).status == LocationStatus.OVERSEAS


@pytest.mark.parametrize("typed", ["boston", "jordans", "belgrave"])
def test_towns_here_that_share_or_nearly_share_a_name_abroad_stay_here(gazetteer, typed):
    assert gazetteer.resolve(typed).status in (LocationStatus.FOUND, LocationStatus.AMBIGUOUS)


def test_the_results_page_uses_a_town_typed_with_a_misspelt_county(bundled_client):
    page = bundled_client.get("/search?q=counselling&location=ludlow+shropshre").get_data(
        as_text=True
    )
    assert "We could not find that place" not in page
    assert "Ludlow" in page
