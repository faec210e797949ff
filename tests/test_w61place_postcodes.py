"""(w61place) A postcode in a district made since 2014: the bundled postcode districts are
Code-Point Open 2014's, so "E22 2AB" (Tower Hamlets, by Canary Wharf, in Code-Point Open 2025) was
"We could not recognise that postcode". ``outcode_districts_2025.csv`` (written by
``scripts/build_new_districts.py`` from Code-Point Open 2025) adds the districts 2014 lacks;
every 2014 district keeps its point."""

from __future__ import annotations

import pytest

from directory.geo.gazetteer import Gazetteer
from tests.helpers import searched, text_of


@pytest.mark.parametrize("typed", ["E22 3AA", "e22 2ab", "E22"])
def test_a_postcode_in_a_district_made_since_2014_is_found(gazetteer: Gazetteer, typed):
    found = gazetteer.resolve(typed)
    assert found.place is not None, found
    assert found.place.local_authority == "Tower Hamlets"


def test_the_page_finds_services_near_a_new_districts_postcode(bundled_client):
    soup = searched(bundled_client, "someone to talk to", "E22 2AD")
    assert text_of(soup, "h1").startswith("Services near E22, Tower Hamlets"), text_of(soup, "h1")
    assert "could not recognise that postcode" not in soup.get_text()


@pytest.mark.parametrize(
    ("typed", "point"),
    [
        # guards (pass on main too): a 2014 district keeps its 2014 point and council
        ("E14 5AB", (51.50615, -0.0195)),
        ("LS1 4AP", (53.79739, -1.55286)),
    ],
)
def test_a_2014_district_keeps_its_point(gazetteer: Gazetteer, typed, point):
    place = gazetteer.resolve(typed).place
    assert place is not None
    assert (round(place.latitude, 5), round(place.longitude, 5)) == point
