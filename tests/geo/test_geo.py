"""The offline gazetteer: postcodes, towns and councils, misspellings, namesakes, elsewhere."""

from __future__ import annotations

import random

import pytest

from directory.geo import miles


@pytest.mark.parametrize("text", ["ls1 4ap", "LS14AP", " LS1   4AP ", "ls1"])
def test_leeds_postcodes_full_and_partial(gazetteer, text):
    result = gazetteer.resolve(text)
    assert result.status == "found"
    assert result.place.local_authority == "Leeds"
    assert result.place.region == "Yorkshire and the Humber"
    assert result.place.country == "England"
    assert abs(result.place.latitude - 53.797) < 0.01


def test_full_postcode_is_shown_in_standard_form(gazetteer):
    assert gazetteer.resolve("ls14ap").place.name == "LS1 4AP"


def test_welsh_partial_postcode(gazetteer):
    place = gazetteer.resolve("CF10").place
    assert (place.local_authority, place.country) == ("Cardiff", "Wales")


@pytest.mark.parametrize(
    ("text", "council", "country"),
    [
        ("Leeds", "Leeds", "England"),
        ("merthyr tydfil", "Merthyr Tydfil", "Wales"),
        ("MERTHYR-TYDFIL", "Merthyr Tydfil", "Wales"),
        ("Caerdydd", "Cardiff", "Wales"),
        ("St. Helens", "St. Helens", "England"),
        ("Crawley", "Crawley", "England"),
    ],
)
def test_towns_case_and_punctuation_insensitive(gazetteer, text, council, country):
    result = gazetteer.resolve(text)
    assert result.status == "found"
    assert (result.place.local_authority, result.place.country) == (council, country)


@pytest.mark.parametrize("text", ["Kent", "kent county council", "KENT"])
def test_shire_county(gazetteer, text):
    place = gazetteer.resolve(text).place
    assert place.kind == "council"
    assert place.county == "Kent" and place.region == "South East"


def test_unitary_council_and_district_in_a_county(gazetteer):
    cornwall = gazetteer.resolve("Cornwall").place
    assert cornwall.local_authority == "Cornwall" and cornwall.region == "South West"
    crawley = gazetteer.resolve("Crawley").place
    assert crawley.county == "West Sussex"  # so West Sussex services cover Crawley


@pytest.mark.parametrize(
    ("text", "place"),
    [("hull", "Kingston upon Hull"), ("stoke", "Stoke-on-Trent"), ("lids", "Leeds")],
)
def test_a_big_place_known_by_a_short_name_wins(gazetteer, text, place):
    assert gazetteer.resolve(text).place.name == place


def test_council_with_the_city_of_prefix(gazetteer):
    assert gazetteer.resolve("Brighton and Hove").place.local_authority_code == "E06000043"


def test_misspelling_is_corrected(gazetteer):
    result = gazetteer.resolve("Mancester")
    assert result.status == "found" and result.corrected
    assert result.place.name == "Manchester"


def test_unknown_town_gets_closest_names(gazetteer):
    result = gazetteer.resolve("Sheffeld Park")
    assert result.status == "unknown"
    assert "Sheffield" in result.suggestions


def test_ambiguous_name_returns_candidates_to_choose(gazetteer):
    result = gazetteer.resolve("Newport")
    assert result.status == "ambiguous"
    labels = [c.label for c in result.candidates]
    assert labels[0] == "Newport, Wales"  # biggest first
    assert "Newport, Isle of Wight" in labels
    chosen = gazetteer.resolve("Newport, Isle of Wight")
    assert chosen.status == "found"
    assert chosen.place.local_authority == "Isle of Wight"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("EH1 1AA", "Scotland"),
        ("eh1", "Scotland"),
        ("Glasgow", "Scotland"),
        ("BT1 1AA", "Northern Ireland"),
        ("Belfast", "Northern Ireland"),
        ("GY1", "Guernsey"),
    ],
)
def test_places_we_do_not_cover(gazetteer, text, country):
    result = gazetteer.resolve(text)
    assert result.status == "not_covered"
    assert result.place.country == country


@pytest.mark.parametrize("text", ["75001", "10001", "D02 X285"])
def test_overseas_postcodes(gazetteer, text):
    assert gazetteer.resolve(text).status == "overseas"


@pytest.mark.parametrize("text", ["LS1 4A", "ZZ9 9ZZ", "L1S 4AP", "SW1A 1AAA", "Q1"])
def test_malformed_or_unknown_postcodes(gazetteer, text):
    assert gazetteer.resolve(text).status == "bad_postcode"


@pytest.mark.parametrize("text", ["", "   ", "!!!", "x" * 5000, "\x00", "😀", "'; DROP TABLE"])
def test_never_raises(gazetteer, text):
    assert gazetteer.resolve(text).status in {"unknown", "bad_postcode", "overseas"}


def test_known_distance_leeds_to_bradford(gazetteer):
    leeds = gazetteer.resolve("Leeds").place
    bradford = gazetteer.resolve("Bradford").place
    distance = miles((leeds.latitude, leeds.longitude), (bradford.latitude, bradford.longitude))
    assert distance == pytest.approx(8.5, abs=0.3)


def test_known_distance_cardiff_to_london(gazetteer):
    cardiff = gazetteer.resolve("CF10").place
    london = gazetteer.resolve("SW1A").place
    # about 131 miles as the crow flies
    assert miles(
        (cardiff.latitude, cardiff.longitude), (london.latitude, london.longitude)
    ) == pytest.approx(131, abs=3)


def test_distances_shown_are_geopys_great_circle_to_the_last_digit():
    """The distance a person reads is geopy's great-circle distance, computed without geopy's
    objects: the same number, so a rounded "8.4 miles away" never changes."""
    from geopy.distance import great_circle

    rnd = random.Random(7)
    for _ in range(2000):
        a = (rnd.uniform(49.9, 55.9), rnd.uniform(-6.5, 1.8))
        b = a if rnd.random() < 0.05 else (rnd.uniform(49.9, 55.9), rnd.uniform(-6.5, 1.8))
        assert miles(a, b) == great_circle(a, b).miles


@pytest.mark.parametrize("text", ["West Yorkshire", "Greater Manchester", "Thames Valley"])
def test_police_force_areas_and_metropolitan_counties_are_places(gazetteer, text):
    result = gazetteer.resolve(text)
    assert result.status == "found"
    assert result.place.name == text and result.place.parts


def test_a_wider_area_knows_the_councils_within_it(gazetteer):
    leeds = gazetteer.resolve("Leeds").place
    assert leeds.local_authority_code in gazetteer.resolve("West Yorkshire").place.parts
    ipswich = gazetteer.resolve("Ipswich").place
    assert ipswich.local_authority_code in gazetteer.resolve("Suffolk").place.parts
    assert not leeds.parts  # a town is not a wider area
