"""(forty-fifth walk-through F2, w59places) A neighbourhood or village typed as the place finds
services near it, in its council, as a town does: on main "Moss Side", "Splott" and the
walk-through's villages were "We could not find that place". Other places than the report's,
in four English cities and in Wales on the Welsh page."""

from __future__ import annotations

import pytest

from tests.helpers import asked_which, searched, text_of

NOT_FOUND = "could not find that place"


@pytest.mark.parametrize(
    ("words", "place", "heading"),
    [
        ("counselling", "Ancoats", "Services near Ancoats, Manchester"),
        ("support after abuse", "Harehills", "Services near Harehills, Leeds"),
        ("therapy lockleaze", "", "Services near Lockleaze, Bristol"),
        ("help for my son", "Darnall", "Services near Darnall, Sheffield"),
    ],
)
def test_a_neighbourhood_finds_services_near_it(bundled_client, words, place, heading):
    soup = searched(bundled_client, words, place)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")
    assert NOT_FOUND not in soup.get_text()


@pytest.mark.parametrize(
    ("words", "place", "heading"),
    [
        ("cwnsela", "Cwmbwrla", "Gwasanaethau ger Cwmbwrla, Abertawe"),
        ("cymorth", "Llanishen", "Gwasanaethau ger Llanishen, Caerdydd"),
        ("cymorth", "Hakin", "Gwasanaethau ger Hakin, Sir Benfro"),
    ],
)
def test_a_welsh_neighbourhood_or_village_on_the_welsh_page(bundled_client, words, place, heading):
    soup = searched(bundled_client, words, place, welsh=True)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")


def test_two_neighbourhoods_of_one_name_are_asked_about(bundled_client):
    offered = asked_which(searched(bundled_client, "counselling", "Blackbrook"))
    assert offered == ["Blackbrook, St. Helens", "Blackbrook, High Peak"], offered


def test_an_everyday_word_that_names_a_ward_is_no_place_in_the_words(bundled_client):
    # guard (passes on main too): "idle" ends the words, Idle is a Bradford ward
    soup = searched(bundled_client, "since it happened i just feel so idle", "")
    assert "Idle" not in text_of(soup, "h1") and NOT_FOUND not in soup.get_text()
