"""(fifteenth walk-through F1) The council, and so the police area, a town is placed in.

A town's council was its nearest postcode district's main council; a district can hold towns of
two councils, and near a border the nearest district's centroid can be the other council's
town: Desborough (North Northamptonshire) was shown in Harborough, Leicestershire, with
Leicestershire's services "covering your area". Now the postcode sectors about the town vote
(``directory/geo/sectors.py``), and a council or county typed after a town whose sectors are
split is taken. Towns other than the walk-through's, across borders both ways; towns placed
right before stay right; English and Welsh pages.
"""

from __future__ import annotations

import re

import pytest

from ..helpers import page, text_of


@pytest.mark.parametrize(
    ("typed", "council"),
    [
        # each was placed in the council across the border
        ("royston herts", "North Hertfordshire"),  # was South Cambridgeshire
        ("market deeping", "South Kesteven"),  # was City of Peterborough
        ("alsager", "Cheshire East"),  # was Newcastle-under-Lyme
        ("warsop", "Mansfield"),  # was Bolsover
        ("stocksbridge", "Sheffield"),  # was Barnsley
        ("ystalyfera", "Neath Port Talbot"),  # was Powys
        ("rhymney", "Caerphilly"),  # was Blaenau Gwent
        ("glyn-neath", "Neath Port Talbot"),  # was Rhondda Cynon Taf
        ("torpoint", "Cornwall"),  # was City of Plymouth
        ("mountsorrel", "Charnwood"),  # was City of Leicester
        ("poulton-le-fylde", "Wyre"),  # was Blackpool
        ("desborough", "North Northamptonshire"),  # was Harborough
    ],
)
def test_a_border_town_is_placed_in_its_own_council(gazetteer, typed, council):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert found.place.local_authority == council


@pytest.mark.parametrize(
    ("typed", "council"),
    [
        # the other side of the same borders: placed right before, and still
        ("market harborough", "Harborough"),
        ("lutterworth", "Harborough"),
        ("kettering", "North Northamptonshire"),
        ("corby", "North Northamptonshire"),
        ("tredegar", "Blaenau Gwent"),
        ("brynmawr", "Blaenau Gwent"),
        ("bargoed", "Caerphilly"),
        ("aberdare", "Rhondda Cynon Taf"),
        ("hirwaun", "Rhondda Cynon Taf"),
        ("ystradgynlais", "Powys"),
        ("penistone", "Barnsley"),
        ("shirebrook", "Bolsover"),
        ("kidsgrove", "Newcastle-under-Lyme"),
        ("sandbach", "Cheshire East"),
        ("stamford", "South Kesteven"),
        ("saltash", "Cornwall"),
    ],
)
def test_a_town_placed_right_stays_right(gazetteer, typed, council):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert found.place.local_authority == council


@pytest.mark.parametrize(
    ("typed", "council"),
    [
        # split between two councils' sectors: the one typed after the town is taken
        ("glen parva blaby", "Blaby"),
        ("anstey charnwood", "Charnwood"),
        ("kew richmond upon thames", "Richmond upon Thames"),
        ("iver buckinghamshire", "Buckinghamshire"),
    ],
)
def test_a_council_typed_after_a_town_on_a_border_is_taken(gazetteer, typed, council):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert found.place.local_authority == council


def test_a_city_typed_after_a_town_is_its_post_town_not_its_council(gazetteer):
    # Castle Bromwich's sectors are split with Birmingham, its post town; the village is in
    # Solihull, and "birmingham" after it does not move it
    found = gazetteer.resolve("castle bromwich birmingham")
    assert found.place.local_authority == "Solihull"


def test_a_council_typed_that_is_not_one_of_the_split_changes_nothing(gazetteer):
    # Desborough is sure of its council: Leicestershire typed after it is not believed
    found = gazetteer.resolve("desborough leicestershire")
    assert found.place is None or found.place.local_authority != "Harborough"


def _cards(client, words: str, town: str, prefix: str = "") -> tuple[str, dict[str, str]]:
    response = client.get(
        prefix + "/search", query_string={"q": words, "location": town}, follow_redirects=True
    )
    cards = re.findall(r'<li class="app-result.*?</li>', response.get_data(as_text=True), re.S)
    found = {re.search(r"/service/([^\"]+)\"", c).group(1): c for c in cards}
    return text_of(page(response), "h1"), found


@pytest.mark.parametrize(
    ("town", "heading", "covering", "not_covering"),
    [
        (
            "royston herts",
            "Services near Royston, North Hertfordshire, Hertfordshire",
            "herts-sarc",
            "elms-sarc-cambridgeshire",
        ),
        (
            "market deeping",
            "Services near Market Deeping, South Kesteven, Lincolnshire",
            "spring-lodge-sarc",
            "elms-sarc-cambridgeshire",
        ),
        (
            "desborough north northamptonshire",
            "Services near Desborough, North Northamptonshire, Northamptonshire",
            "serenity-sarc-northampton",
            "juniper-lodge-sarc",
        ),
    ],
)
def test_the_page_names_the_towns_council_and_its_services_cover_it(
    bundled_client, town, heading, covering, not_covering
):
    h1, cards = _cards(bundled_client, "help after rape", town)
    assert h1 == heading
    assert "Covers your area" in cards[covering]
    assert not_covering not in cards or "Covers your area" not in cards[not_covering]


@pytest.mark.parametrize(
    ("town", "heading"),
    [
        ("Rhymni", "Gwasanaethau ger Rhymni, Caerffili"),
        ("Ystalyfera", "Gwasanaethau ger Ystalyfera, Castell-nedd Port Talbot"),
        ("Glyn-nedd", "Gwasanaethau ger Glyn-nedd, Castell-nedd Port Talbot"),
        ("Tredegar", "Gwasanaethau ger Tredegar, Blaenau Gwent"),
    ],
)
def test_the_welsh_page_names_the_towns_own_council(bundled_client, town, heading):
    h1, _ = _cards(bundled_client, "cwnsela", town, "/cy")
    assert h1 == heading
