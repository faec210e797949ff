"""(w42place; second independent place check of 2026-12-06) Places typed with a county or a
town after a comma, misspellings between a city and a village, and bare names of two places.

The tests use other names and towns than the check's.
"""

from __future__ import annotations

import pytest

from ..helpers import asked_which, searched, text_of, texts_of

WORDS = "someone to talk to"
OFFERED = ".app-place-choices a"


# --- 1. a county typed is not overruled by a namesake over its border --------------------


@pytest.mark.parametrize(
    ("typed", "county", "over_the_border"),
    [
        # Overton near Ludlow is not in the gazetteer; Overton-on-Dee is in Wales
        ("Overton, Shropshire", "Shropshire", "Overton, Wrexham"),
        # Horton near Ivinghoe is not in the gazetteer; Horton by Slough is in Berkshire
        ("Horton, Buckinghamshire", "Buckinghamshire", "Horton, Slough"),
        ("Horton, Bucks", "Buckinghamshire", "Horton, Slough"),
    ],
)
def test_a_village_over_the_border_is_not_shown_as_the_one_in_the_county_typed(
    bundled_client, typed, county, over_the_border
):
    soup = searched(bundled_client, WORDS, typed)
    assert not text_of(soup, "h1").startswith("Services near"), text_of(soup, "h1")
    said = soup.get_text(" ")
    assert f"We know a place of that name only elsewhere, not in {county}." in " ".join(
        said.split()
    )
    offered = texts_of(soup, OFFERED)
    assert offered[0] == county, offered
    assert any(name.startswith(over_the_border) for name in offered), offered


def test_the_welsh_page_says_the_same_without_saying_none_is_near(bundled_client):
    soup = searched(bundled_client, WORDS, "Overton, Shropshire", welsh=True)
    said = " ".join(soup.get_text(" ").split())
    assert "nid yn ardal Shropshire" in said and "Dewiswch ble i chwilio" in said, said[:600]
    assert "nac yn agos ati" not in said


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        # guard (passes on main too): towns named by the county they were in before 1965
        # and 1974, or by their postal county, are still found
        ("Altrincham, Cheshire", "Services near Altrincham, Trafford"),
        ("Chingford, Essex", "Services near Chingford, Waltham Forest"),
        ("Solihull, Warwickshire", "Services near Solihull"),
        ("Runcorn, Lancashire", "Services near Runcorn, Halton"),
        ("Christchurch, Hampshire", "Services near Christchurch, Dorset"),
        # guard: a suburb typed with the city that is its post town, in the same county
        ("Bamber Bridge, Preston", "Services near Bamber Bridge, South Ribble"),
        # guard: a place in the county typed
        ("Horton, Berkshire", "Services near Horton, Slough"),
        ("Overton, Wrexham", "Services near Overton, Wrexham"),
    ],
)
def test_old_and_postal_counties_and_counties_that_hold_the_place_still_find_it(
    bundled_client, typed, heading
):
    soup = searched(bundled_client, WORDS, typed)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")


def test_a_far_namesake_still_says_none_is_near(bundled_client):
    """Guard (passes on main too): no Thornbury near Kent is known, so the page says so."""
    said = " ".join(searched(bundled_client, WORDS, "Thornbury, Kent").get_text(" ").split())
    assert "We know a place of that name only elsewhere, not in or near Kent." in said


# --- 1b. a town typed after the comma is never dropped silently --------------------------


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        # several places of the name, none near the town typed: the town is offered
        ("Overton, Ludlow", "Ludlow"),
        ("Horton, Tring", "Tring"),
    ],
)
def test_a_name_with_no_place_near_the_town_typed_offers_that_town(bundled_client, typed, town):
    soup = searched(bundled_client, WORDS, typed)
    assert not text_of(soup, "h1").startswith("Services near"), text_of(soup, "h1")
    said = " ".join(soup.get_text(" ").split())
    assert f"not in or near {town}" in said, said[:600]
    offered = texts_of(soup, OFFERED)
    assert offered[0].startswith(town), offered


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        # a town several places are named after ("Newcastle") still says where the place is
        ("Whitley Bay, Newcastle", "Services near Whitley Bay, North Tyneside"),
        ("Ponteland, Newcastle", "Services near Ponteland, Northumberland"),
    ],
)
def test_a_place_typed_with_a_town_several_share_the_name_of_is_found_without_a_warning(
    bundled_client, typed, heading
):
    soup = searched(bundled_client, WORDS, typed)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")
    assert "We did not recognise what you wrote" not in soup.get_text(" ")


def test_a_place_not_near_a_town_several_share_the_name_of_offers_the_biggest(bundled_client):
    # no Overton near either Newcastle is known; Newcastle upon Tyne is offered first
    soup = searched(bundled_client, WORDS, "Overton, Newcastle")
    assert not text_of(soup, "h1").startswith("Services near"), text_of(soup, "h1")
    assert "We did not recognise what you wrote" not in soup.get_text(" ")
    assert texts_of(soup, OFFERED)[0].startswith("Newcastle upon Tyne")


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        # guard (passes on main too): a place near the town typed after it
        ("Thornbury, Bristol", "Services near Thornbury, South Gloucestershire"),
        ("Wetherby, Leeds", "Services near Wetherby, Leeds"),
        ("Penarth, Cardiff", "Services near Penarth, Vale of Glamorgan"),
    ],
)
def test_a_place_near_the_town_typed_is_still_found(bundled_client, typed, heading):
    soup = searched(bundled_client, WORDS, typed)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")


# --- 2. a slip as close to a city as to a village is never taken as the village ----------


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        # one letter from a London district and from a village a letter shorter
        ("Streetham", "Services near Streatham"),
        ("Beckinham", "Services near Beckenham"),
    ],
)
def test_a_slip_of_a_big_place_is_that_place_not_a_village_as_close(bundled_client, typed, heading):
    soup = searched(bundled_client, WORDS, typed)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")


@pytest.mark.parametrize(
    ("typed", "bigger", "village"),
    [
        # as close to Watford as to Whitford (Flintshire), to Durham as to Dearham (Cumbria)
        ("Witford", "Watford", "Whitford"),
        ("Derham", "Durham", "Dearham"),
    ],
)
def test_a_slip_between_a_city_and_a_village_asks_the_city_first(
    bundled_client, typed, bigger, village
):
    soup = searched(bundled_client, WORDS, typed)
    assert not text_of(soup, "h1").startswith("Services near"), text_of(soup, "h1")
    offered = texts_of(soup, OFFERED)
    assert offered and offered[0].startswith(bigger), offered
    assert any(name.startswith(village) for name in offered), offered


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        # guard (passes on main too): slips of towns with no big place as close
        ("Bradfrod", "Services near Bradford"),
        ("Chelmsfrod", "Services near Chelmsford"),
        ("Tewksbury", "Services near Tewkesbury"),
    ],
)
def test_slips_of_towns_are_still_corrected(bundled_client, typed, heading):
    soup = searched(bundled_client, WORDS, typed)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")


# --- 3. a bare name: a town with no population known, but sizeable postcode districts ----


def test_a_village_name_asks_beside_a_fuller_named_place_known_by_its_postcode_districts(
    bundled_client,
):
    """Barmby Moor has no population in GeoNames; its postcode district is a town's size:
    it is asked about beside Barmby on the Marsh, a county away."""
    offered = asked_which(searched(bundled_client, WORDS, "Barmby"))
    assert any(name.startswith("Barmby Moor") for name in offered), offered
    assert any(name.startswith("Barmby on the Marsh") for name in offered), offered


@pytest.mark.parametrize(
    "typed", ["Basildon", "Maidstone", "Bournemouth", "Stamford", "Barmby Moor"]
)
def test_towns_and_full_names_still_go_straight(bundled_client, typed):
    """Guard (passes on main too)."""
    soup = searched(bundled_client, WORDS, typed)
    assert text_of(soup, "h1").startswith(f"Services near {typed}"), text_of(soup, "h1")


# --- 4. places offered for a respelt name are not said to have that name ------------------


@pytest.mark.parametrize(("typed", "offered"), [("Bramton", "Brampton"), ("Charltan", "Charlton")])
def test_places_offered_for_a_misspelt_name_are_offered_as_similar_names(
    bundled_client, typed, offered
):
    soup = searched(bundled_client, WORDS, typed)
    said = " ".join(soup.get_text(" ").split())
    assert "More than one place has that name" not in said
    assert "We could not find that place. Did you mean one of these?" in said
    choices = texts_of(soup, ".app-place-choices li")
    assert len(choices) >= 2 and all(name.startswith(offered) for name in choices), choices
    assert not text_of(soup, "h1").startswith("Services near"), text_of(soup, "h1")


def test_a_name_several_places_have_still_says_so(bundled_client):
    """Guard (passes on main too)."""
    offered = asked_which(searched(bundled_client, WORDS, "Brampton"))
    assert len(offered) >= 2 and all(name.startswith("Brampton") for name in offered), offered


# --- 4b. a name several places share asks about the towns whose fuller names start with it --


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("Weston", "Weston-super-Mare"),
        ("Waltham", "Waltham Abbey"),
        ("Hetton", "Hetton-le-Hole"),
    ],
)
def test_a_shared_village_name_asks_about_the_town_of_the_fuller_name_too(
    bundled_client, typed, town
):
    offered = asked_which(searched(bundled_client, WORDS, typed))
    assert offered and offered[0].startswith(town), offered
    assert any(name.startswith(f"{typed},") for name in offered), offered


def test_a_misspelt_shared_name_offers_the_place_whose_name_it_starts_first(bundled_client):
    # no place is called "Bovington": Bovington Camp is, and two Ovingtons are spelt close
    soup = searched(bundled_client, WORDS, "Bovington")
    said = " ".join(soup.get_text(" ").split())
    assert "More than one place has that name" not in said
    offered = texts_of(soup, OFFERED)
    assert offered and offered[0].startswith("Bovington Camp"), offered


@pytest.mark.parametrize(
    ("typed", "towns"),
    [
        # guard (passes on main too): the choices a shared name already gave
        ("Stratford", ["Stratford, Newham", "Stratford-upon-Avon"]),
        ("Henley", ["Henley-on-Thames", "Henley in Arden", "Henley, Mid Suffolk"]),
    ],
)
def test_shared_names_already_asked_about_ask_the_same(bundled_client, typed, towns):
    offered = asked_which(searched(bundled_client, WORDS, typed))
    assert [name.split(",")[0] for name in offered] == [t.split(",")[0] for t in towns], offered
