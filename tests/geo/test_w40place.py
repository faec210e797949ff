"""(w40place; thirty-second walk-through F2, F7; thirteenth Welsh review P2, P5) Places as
people name them.

A name shared by villages or small towns in different counties is asked about, as a name shared
by two big towns is: the bigger village was taken silently before, and a person from the other
saw services a county or more away. A city still stands for its name beside a hamlet. The tests
use other shared names than the walk-through's.
"""

from __future__ import annotations

import pytest

from ..helpers import asked_which, searched, text_of, texts_of


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        # a village of a few thousand and one of a few hundred, two counties apart
        ("Murton", {"Murton, County Durham", "Murton, York"}),
        ("Seaton", {"Seaton, East Devon", "Seaton, Rutland"}),
        # two villages, one with no population in the gazetteer
        ("Kilmington", {"Kilmington, East Devon", "Kilmington, Somerset"}),
        ("Llangwm", {"Llangwm, Pembrokeshire", "Llangwm, Monmouthshire"}),
        # a town of its own beside a far bigger namesake two hundred miles away
        ("Gillingham", {"Gillingham, Medway", "Gillingham, Dorset"}),
    ],
)
def test_a_name_shared_by_places_in_different_counties_asks_which(bundled_client, typed, offered):
    choices = asked_which(searched(bundled_client, "someone to talk to", typed))
    assert offered <= set(choices), choices


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        # guard (passes on main too): a city beside hamlets of its name is the city
        ("Preston", "Services near Preston, Lancashire"),
        ("Warrington", "Services near Warrington, Cheshire"),
        # guard: a big town beside a village of its name a tenth its size or less
        ("Otley", "Services near Otley, Leeds"),
        # the namesake typed with its county is taken at once
        ("Murton, York", "Services near Murton, York"),
        ("Seaton, Rutland", "Services near Seaton, Rutland"),
    ],
)
def test_a_city_or_a_name_with_its_county_is_taken(bundled_client, typed, heading):
    soup = searched(bundled_client, "someone to talk to", typed)
    assert text_of(soup, "h1").startswith(heading)
    assert not asked_which(soup)


def test_a_small_town_added_from_its_cited_page_is_found_in_its_council(bundled_client):
    """Bampton in Mid Devon (EX16, its cited page): a data row, so its own name is tested."""
    soup = searched(bundled_client, "someone to talk to", "Bampton, Devon")
    assert text_of(soup, "h1").startswith("Services near Bampton, Mid Devon")


# --- (w40place, thirty-second walk-through F2) guesses for a name we do not know ----------


@pytest.mark.parametrize(
    ("typed", "elsewhere"),
    [
        ("Glasbury on Wye", "Wye"),  # Powys; Wye is a village in Kent
        ("Eaton under Heywood", "Heywood"),  # Shropshire; Heywood is in Rochdale
        ("Newbold on Avon", "Avon"),  # Rugby; "Avon" is Bristol's old county
    ],
)
def test_a_joined_name_we_lack_is_not_offered_the_place_its_last_word_names(
    bundled_client, typed, elsewhere
):
    soup = searched(bundled_client, "someone to talk to", typed)
    page = soup.get_text(" ")
    assert "We could not find" in page
    assert not any(elsewhere in a for a in texts_of(soup, "main a")), texts_of(soup, "main a")
    assert "near the place you wrote with it" not in page


def test_a_place_we_lack_typed_near_a_town_still_offers_that_town(bundled_client):
    """Guard (passes on main too): "near" says where the person is; the town is offered."""
    soup = searched(bundled_client, "someone to talk to", "Pentre Bach near Brecon")
    assert any("Brecon" in a for a in texts_of(soup, "main a"))


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("Treffynon", "Holywell, Flintshire"),  # Treffynnon misspelt: Tregynon, Powys before
        ("Trefaldwin", "Montgomery, Powys"),  # Trefaldwyn: only "Powys" before
        ("Caergybbi", "Holyhead, Isle of Anglesey"),  # Caergybi: not found before
        ("Aberhondu", "Brecon, Powys"),  # Aberhonddu
    ],
)
def test_a_misspelt_welsh_name_finds_the_welsh_town(bundled_client, typed, town):
    soup = searched(bundled_client, "someone to talk to", typed)
    assert text_of(soup, "h1") == f"Services near {town}"


# --- (w40place, thirteenth Welsh review P5) the choice between namesakes ------------------


@pytest.mark.parametrize("typed", ["Wick", "Harthill", "Thornton"])
def test_a_choice_offers_places_in_england_and_wales_before_one_in_scotland(bundled_client, typed):
    choices = asked_which(searched(bundled_client, "someone to talk to", typed))
    assert len(choices) >= 3, choices
    assert choices[-1].endswith("Scotland") and not choices[0].endswith("Scotland"), choices


def test_the_newport_choice_has_newport_in_pembrokeshire(bundled_client):
    choices = asked_which(searched(bundled_client, "someone to talk to", "Newport"))
    assert "Newport, Pembrokeshire" in choices, choices


@pytest.mark.parametrize("typed", ["Cowes", "Ryde, Isle of Wight"])
def test_the_isle_of_wight_is_ynys_wyth_on_a_welsh_page(bundled_client, typed):
    soup = searched(bundled_client, "rhywun i siarad ag e", typed, welsh=True)
    assert text_of(soup, "h1").endswith(", Ynys Wyth")
    assert "Isle of Wight" not in text_of(soup, "h1")
