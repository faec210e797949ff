"""(forty-seventh walk-through F1, w61place) A bare name that a town in one county and a village
in another share. "Stapleford" went silently to a Wiltshire village; the man meant the
Nottinghamshire town of 15,000, which the gazetteer knew only as wards' names and left out
because GeoNames had the village. A ward far from every town or village of its name is now its
namesake: the page asks which, the bigger first, and the name typed with its area finds it.
Other names than the report's, through the page."""

from __future__ import annotations

import pytest

from tests.helpers import asked_which, searched, text_of


@pytest.mark.parametrize(
    ("place", "first", "also"),
    [
        # a London district beside a Bedfordshire village of its name
        ("Clapham", "Clapham, Lambeth", "Clapham, Bedford"),
        # a Leeds district beside a Sheffield village
        ("Wortley", "Wortley, Leeds", "Wortley, Sheffield"),
        # a London district beside a Cumbrian village
        ("Dalston", "Dalston, Hackney", "Dalston, Cumberland"),
        # a Middlesbrough district beside a North Yorkshire village
        ("Acklam", "Acklam, Middlesbrough", "Acklam, North Yorkshire"),
    ],
)
def test_a_name_a_town_and_a_far_village_share_asks_which_the_bigger_first(
    bundled_client, place, first, also
):
    choices = asked_which(searched(bundled_client, "someone to talk to about my past", place))
    assert choices[:1] == [first], choices
    assert also in choices, choices


@pytest.mark.parametrize(
    ("place", "heading"),
    [
        ("Clapham, London", "Services near Clapham, Lambeth"),
        ("Wortley, Leeds", "Services near Wortley, Leeds"),
        ("Beeston, Leeds", "Services near Beeston, Leeds"),
        ("Acklam, Middlesbrough", "Services near Acklam, Middlesbrough"),
    ],
)
def test_the_name_typed_with_its_area_finds_the_town_there(bundled_client, place, heading):
    # on main: "We know a place of that name only elsewhere"
    soup = searched(bundled_client, "counselling", place)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")


@pytest.mark.parametrize(
    ("place", "heading"),
    [
        # guards (pass on main too): a town that dwarfs a far ward of its name is taken
        ("Chorley", "Services near Chorley"),
        ("Corby", "Services near Corby"),
        ("Willenhall", "Services near Willenhall, Walsall"),
        # a ward named with an everyday word or surname (Hull's "Pickering", after a park)
        # is no second town
        ("Pickering", "Services near Pickering, North Yorkshire"),
        # a village's own ward is the village, never a second one
        ("Golcar", "Services near Golcar, Kirklees"),
    ],
)
def test_a_town_that_dwarfs_a_far_ward_of_its_name_is_still_taken(bundled_client, place, heading):
    soup = searched(bundled_client, "counselling", place)
    assert asked_which(soup) == []
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")
