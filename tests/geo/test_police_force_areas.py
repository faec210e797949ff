"""The council-to-police-force table (bundled_data/gazetteer/police_force_areas.csv) and
directory.geo.police."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from directory.geo import Gazetteer, PoliceForceAreas, load_police_force_areas

FOLDER = Path(__file__).parents[2] / "bundled_data" / "gazetteer"

FORCES = {
    "Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "City of London",
    "Cleveland", "Cumbria", "Derbyshire", "Devon and Cornwall", "Dorset", "Durham",
    "Dyfed-Powys", "Essex", "Gloucestershire", "Greater Manchester", "Gwent", "Hampshire",
    "Hertfordshire", "Humberside", "Kent", "Lancashire", "Leicestershire", "Lincolnshire",
    "Merseyside", "Metropolitan", "Norfolk", "North Wales", "North Yorkshire",
    "Northamptonshire", "Northumbria", "Nottinghamshire", "South Wales", "South Yorkshire",
    "Staffordshire", "Suffolk", "Surrey", "Sussex", "Thames Valley", "Warwickshire",
    "West Mercia", "West Midlands", "West Yorkshire", "Wiltshire",
}  # fmt: skip
WELSH_FORCES = {"Dyfed-Powys", "Gwent", "North Wales", "South Wales"}

# The gazetteer links a district to the shire county most of its postcode districts' *postal*
# county names; for these two that is wrong (Bolsover's NG/S postcodes are "Nottinghamshire",
# Harborough's LE16 "Northamptonshire"). Their real counties:
TRUE_COUNTY = {
    "E07000033": "E10000007",  # Bolsover -> Derbyshire
    "E07000131": "E10000018",  # Harborough -> Leicestershire
}


@pytest.fixture(scope="module")
def councils() -> list[dict[str, str]]:
    # the councils in force today (issue 27: the table follows them, not the 2014 file)
    with open(FOLDER / "councils_today.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["codelist_sheet"] = "CTY" if row["kind"] == "county" else row["kind"]
    return rows


@pytest.fixture(scope="module")
def table() -> list[dict[str, str]]:
    with open(FOLDER / "police_force_areas.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def police() -> PoliceForceAreas:
    return load_police_force_areas(FOLDER)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(FOLDER)


def test_file_shape(table, councils):
    assert list(table[0]) == ["code", "name", "police_force_area"]
    assert [r["code"] for r in table] == [c["code"] for c in councils]  # one row each, same order
    assert [r["name"] for r in table] == [c["name"] for c in councils]


def test_every_english_and_welsh_council_is_in_exactly_one_force(table, councils, police):
    counts = Counter(r["code"] for r in table)
    force = {r["code"]: r["police_force_area"] for r in table}
    for council in councils:
        code = council["code"]
        assert counts[code] == 1, code
        if council["country"] == "Scotland":  # Police Scotland: not one of the 43
            assert force[code] == "" and police.force_of(code) is None, code
        else:
            assert force[code] in FORCES, (code, force[code])
            assert police.force_of(code) == force[code]
    district_level = [c["code"] for c in councils if c["codelist_sheet"] != "CTY"]
    listed = [code for name in police.names() for code in police.councils_in(name)]
    assert len(listed) == len(set(listed))  # no council in two forces
    assert set(listed) == {c for c in district_level if police.force_of(c)}


def test_43_forces_4_in_wales_each_with_councils(police, councils):
    assert police.names() == sorted(FORCES)
    country = {c["code"]: c["country"] for c in councils}
    welsh = set()
    for name in police.names():
        codes = police.councils_in(name)
        assert codes, name
        countries = {country[code] for code in codes}
        assert len(countries) == 1, (name, countries)  # no force crosses the border
        if countries == {"Wales"}:
            welsh.add(name)
    assert welsh == WELSH_FORCES


def test_welsh_councils_in_welsh_forces_english_in_english(police, councils):
    for council in councils:
        force = police.force_of(council["code"])
        if council["country"] == "Wales":
            assert force in WELSH_FORCES, council["name"]
        elif council["country"] == "England":
            assert force in FORCES - WELSH_FORCES, council["name"]


@pytest.mark.parametrize(
    ("code", "force"),
    [
        ("E08000035", "West Yorkshire"),  # Leeds
        ("W06000015", "South Wales"),  # Cardiff
        ("E06000030", "Wiltshire"),  # Swindon
        ("E06000001", "Cleveland"),  # Hartlepool
        ("E09000001", "City of London"),
        ("E09000023", "Metropolitan"),  # Lewisham
        ("E06000053", "Devon and Cornwall"),  # Isles of Scilly
        ("E06000046", "Hampshire"),  # Isle of Wight
        ("E06000042", "Thames Valley"),  # Milton Keynes
        ("E06000005", "Durham"),  # Darlington
        ("E08000029", "West Midlands"),  # Solihull
        ("E06000019", "West Mercia"),  # Herefordshire
        ("E06000013", "Humberside"),  # North Lincolnshire
        ("E10000034", "West Mercia"),  # Worcestershire (county)
        ("W06000023", "Dyfed-Powys"),  # Powys
        ("W06000022", "Gwent"),  # Newport
    ],
)
def test_known_pairs(police, code, force):
    assert police.force_of(code) == force


def test_shire_districts_share_their_county_force(police, gazetteer):
    by_county: Counter[str] = Counter()
    for council in gazetteer.councils.values():
        if council.sheet != "DIS":
            continue
        county = TRUE_COUNTY.get(council.code) or council.county_code
        assert county, f"{council.name} has no shire county"
        assert gazetteer.councils[county].sheet == "CTY"
        assert police.force_of(council.code) == police.force_of(county), council.name
        by_county[county] += 1
    counties = [c.code for c in gazetteer.councils.values() if c.sheet == "CTY"]
    assert all(by_county[code] for code in counties)  # every county has its districts


def test_counties_are_not_district_level(police):
    assert "E10000034" not in police.councils_in("West Mercia")  # Worcestershire
    assert "E07000237" in police.councils_in("West Mercia")  # Worcester
    assert police.councils_in("City of London") == ["E09000001"]
    assert len(police.councils_in("Metropolitan")) == 32


def test_names_match_loosely(police):
    assert police.councils_in("west yorkshire") == police.councils_in("West Yorkshire")
    assert police.councils_in("Devon & Cornwall") == police.councils_in("Devon and Cornwall")
    assert police.councils_in("DYFED POWYS") == police.councils_in("Dyfed-Powys")
    assert police.councils_in("Metropolitan Police") == police.councils_in("Metropolitan")
    assert police.councils_in("Police Scotland") == []
    assert police.councils_in("") == []
    assert police.force_of(" e08000035 ") == "West Yorkshire"
    assert police.force_of("E99999999") is None


def test_loader_is_cached():
    assert load_police_force_areas(FOLDER) is load_police_force_areas(FOLDER)
