"""(thirteenth walk-through F2) Real towns the gazetteer did not know, or took for another town.

GeoNames' extract leaves out towns it has no population for; the postcode cross-check names the
town of each postcode district, and those towns are now places too (where GeoNames has none of
that name near). A place typed with the bigger town beside it ("crosby liverpool") is the place
of that name there. Other towns than the walk-through's own; both ways: namesakes are still
asked about, misspellings still corrected, and a town after a town far away is not taken.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("typed", "name", "council"),
    [
        # were "We could not find that place"
        ("bamber bridge", "Bamber Bridge", "South Ribble"),
        ("great baddow", "Great Baddow", "Chelmsford"),
        ("locks heath", "Locks Heath", "Fareham"),
        ("oulton broad", "Oulton Broad", "East Suffolk"),
        ("baglan", "Baglan", "Neath Port Talbot"),
        ("llansamlet", "Llansamlet", "Swansea"),
        # were silently "corrected" to another town, miles away
        ("paddington", "Paddington", "City of Westminster"),  # was Addington, Kent
        ("heybridge", "Heybridge", "Maldon"),  # was Weybridge, Surrey
        ("ecclesfield", "Ecclesfield", "Sheffield"),  # was Macclesfield
        ("longbenton", "Longbenton", "North Tyneside"),  # was Long Eaton
        ("duston", "Duston", "West Northamptonshire"),  # was Dunston, Lincolnshire
    ],
)
def test_a_real_town_missing_from_geonames_is_found_where_it_is(gazetteer, typed, name, council):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert found.place.name == name
    assert found.place.local_authority == council
    assert not found.corrected  # no "Showing results for" another town


@pytest.mark.parametrize(
    ("typed", "name", "council"),
    [
        ("crosby liverpool", "Crosby", "Sefton"),
        ("bamber bridge preston", "Bamber Bridge", "South Ribble"),
        ("llansamlet swansea", "Llansamlet", "Swansea"),
        ("baglan port talbot", "Baglan", "Neath Port Talbot"),
        ("castle bromwich birmingham", "Castle Bromwich", "Solihull"),
        ("newport telford", "Newport", "Telford and Wrekin"),  # of six Newports, the one there
    ],
)
def test_a_place_typed_with_the_town_beside_it_is_that_place(gazetteer, typed, name, council):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert found.place.name == name
    assert found.place.local_authority == council


def test_a_town_after_a_town_far_away_is_not_taken(gazetteer):
    # no Newport lies in or near Leeds: the person is asked, never shown one of them
    found = gazetteer.resolve("newport leeds")
    assert found.status == "unknown"
    assert "Newport, Wales" in found.suggestions


def test_a_town_with_a_namesake_elsewhere_in_england_or_wales_is_asked_about(gazetteer):
    # Shotton in County Durham was the only one; Shotton in Flintshire is a town too
    found = gazetteer.resolve("shotton")
    assert found.status == "ambiguous"
    councils = {c.local_authority for c in found.candidates}
    assert {"County Durham", "Flintshire"} <= councils
    chosen = gazetteer.resolve("shotton flintshire")
    assert chosen.status == "found" and chosen.place.local_authority == "Flintshire"


def test_a_name_shared_by_many_towns_still_asks_which(gazetteer):
    found = gazetteer.resolve("newport")
    assert found.status == "ambiguous"
    assert len(found.candidates) >= 4


@pytest.mark.parametrize(
    ("typed", "town"),
    [("bradfrod", "Bradford"), ("swansee", "Swansea"), ("sheffeild", "Sheffield")],
)
def test_a_misspelt_big_town_is_still_corrected(gazetteer, typed, town):
    found = gazetteer.resolve(typed)
    assert found.status == "found" and found.corrected
    assert found.place.name == town


def test_a_district_town_is_not_a_second_copy_of_a_geonames_town(gazetteer):
    # Telford's TF1 and TF5 are named "Wellington" in the cross-check: the one GeoNames town
    # there, not a second Wellington to choose between
    found = gazetteer.resolve("wellington shropshire")
    assert found.status == "found"
    assert found.place.population > 0  # GeoNames' own, with its population


def test_a_list_of_parishes_is_not_a_place(gazetteer):
    found = gazetteer.resolve("lcp stanhope and wolsingham parishes and")
    assert found.status != "found" or found.place.kind != "place"


@pytest.mark.parametrize(
    ("typed", "councils"),
    [
        # a sizeable town GeoNames has no population for, beside a village of its name
        ("wymondham", {"South Norfolk", "Melton"}),
        ("cheadle", {"Stockport", "Staffordshire Moorlands"}),
        ("rothwell", {"Leeds", "North Northamptonshire"}),
    ],
)
def test_a_sizeable_district_town_is_asked_about_beside_its_namesake(gazetteer, typed, councils):
    found = gazetteer.resolve(typed)
    assert found.status == "ambiguous", found
    assert councils <= {c.local_authority for c in found.candidates}


def test_the_namesake_asked_about_is_chosen_by_the_area_typed_after_it(gazetteer):
    found = gazetteer.resolve("wymondham norfolk")
    assert found.status == "found"
    assert found.place.local_authority == "South Norfolk"


def test_a_misspelt_name_of_several_towns_asks_which(gazetteer):
    # was taken as the Northamptonshire one, with "Showing results for"
    found = gazetteer.resolve("rothwel")
    assert found.status == "ambiguous"
    assert {"Leeds", "North Northamptonshire"} <= {c.local_authority for c in found.candidates}


def test_a_name_a_big_town_is_also_known_by_stays_that_town(gazetteer):
    # Christchurch's BH23 is named "Burton" in the cross-check: "burton" is still Burton
    # upon Trent, not a question
    found = gazetteer.resolve("burton")
    assert found.status == "found"
    assert found.place.name == "Burton upon Trent"
