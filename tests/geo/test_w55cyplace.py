"""(w55cyplace, the twenty-third Welsh review F9-F12) Welsh place names as people say them,
typed as Where on a Welsh page, tried here with other towns and words than the review's.

F9: a town's everyday short name ("Llanbed" for Lampeter, "Llandod" for Llandrindod Wells,
each cited in ``bundled_data/gazetteer/town_names.csv``) is the town, not a namesake with a
similar name (Llanbedr, Gwynedd) or nothing.

F10: a Welsh name said with its article after "yn" or "ger" ("yn y Maerdy", "ger y Porth")
is the one place, as it is alone ("y Maerdy"), where it was read as two places or none.

F11: the parts or area around a place ("ochra Pwllheli", "yng nghyffiniau Caernarfon", "o
gwmpas Dinbych", "ffordd Aberteifi") is the place, as "around Denbigh" is in English.

F12: home said the North's or the South's way ("gartre", "tŷ ni", "ar bwys tŷ fi") gets the
line that says the site cannot see where the person is, as "home" does in English, never a
place with a similar name."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup

from tests.helpers import text_of, texts_of

CANNOT_SEE = "Dydy’r wefan hon ddim yn gallu gweld ble rydych chi"


def _page(client, place: str, welsh: bool = True) -> BeautifulSoup:
    prefix = "/cy" if welsh else ""
    page = client.get(f"{prefix}/search?{urlencode({'q': 'help', 'location': place})}")
    return BeautifulSoup(page.get_data(as_text=True), "html.parser")


def _heading(client, place: str, welsh: bool = True) -> str:
    return text_of(_page(client, place, welsh), "h1")


@pytest.mark.parametrize(
    ("place", "welsh", "found"),
    [
        ("i Lanbed", True, "Gwasanaethau ger Llanbed, Ceredigion"),
        ("o Lanbed", True, "Gwasanaethau ger Llanbed, Ceredigion"),
        ("Llandod", True, "Gwasanaethau ger Llandod, Powys"),
        ("yn Llandod", True, "Gwasanaethau ger Llandod, Powys"),
        ("Llandod", False, "Services near Llandrindod Wells, Powys"),
    ],
)
def test_a_towns_everyday_short_name_is_the_town(bundled_client, place, welsh, found):
    heading = _heading(bundled_client, place, welsh)
    assert found in heading, heading
    assert "Gwynedd" not in heading, heading


def test_llanbedr_typed_as_such_is_still_llanbedr_in_gwynedd(bundled_client):
    """Guard (passes on main and here): the namesake keeps its own name."""
    assert "Gwasanaethau ger Llanbedr, Gwynedd" in _heading(bundled_client, "Llanbedr")


@pytest.mark.parametrize(
    ("place", "found"),
    [
        ("yn y Maerdy", "Gwasanaethau ger Maerdy, Rhondda Cynon Taf"),
        ("ger y Porth", "Gwasanaethau ger Porth, Rhondda Cynon Taf"),
        ("wrth ymyl y Maerdy", "Gwasanaethau ger Maerdy, Rhondda Cynon Taf"),
    ],
)
def test_a_welsh_name_with_its_article_after_yn_or_ger_is_one_place(bundled_client, place, found):
    page = _page(bundled_client, place)
    assert found in text_of(page, "h1"), text_of(page, "h1")
    assert not any("lle cyntaf" in line for line in texts_of(page, "p")), "read as two places"


@pytest.mark.parametrize(
    ("place", "welsh", "found"),
    [("yn y Fenni", True, "ger y Fenni, Sir Fynwy"), ("in Barry", False, "near Barry")],
)
def test_names_said_with_the_article_that_worked_still_work(bundled_client, place, welsh, found):
    """Guard (passes on main and here)."""
    assert found in _heading(bundled_client, place, welsh)


@pytest.mark.parametrize(
    ("place", "found"),
    [
        ("ochra Pwllheli", "Pwllheli, Gwynedd"),
        ("yng nghyffiniau Caernarfon", "Caernarfon, Gwynedd"),
        ("o gwmpas Dinbych", "Dinbych, Sir Ddinbych"),
        ("cyffiniau'r Rhyl", "y Rhyl, Sir Ddinbych"),
        ("ffordd Aberteifi", "Aberteifi, Ceredigion"),
        ("yn ardal Llangefni", "Llangefni, Ynys Môn"),
    ],
)
def test_the_area_around_a_welsh_town_is_the_town(bundled_client, place, found):
    heading = _heading(bundled_client, place)
    assert f"Gwasanaethau ger {found}" in heading, heading


def test_around_a_town_in_english_is_unchanged(bundled_client):
    """Guard (passes on main and here)."""
    heading = _heading(bundled_client, "around Denbigh", welsh=False)
    assert "Services near Denbigh, Denbighshire" in heading


@pytest.mark.parametrize(
    "place", ["gartre", "yn agos i gartre", "ger tŷ ni", "ar bwys tŷ fi", "yn agos i fy nhŷ i"]
)
def test_home_said_in_welsh_gets_the_line_that_the_site_cannot_see_where(bundled_client, place):
    page = _page(bundled_client, place)
    lines = texts_of(page, "p")
    assert any(CANNOT_SEE in line for line in lines), lines
    assert not any("Lleoedd ag enw tebyg" in line for line in lines), lines


@pytest.mark.parametrize(
    ("place", "found"),
    [("Adur", "Services near Adur, West Sussex"), ("Iwade", "Services near Iwade, Swale")],
)
def test_places_spelt_like_welsh_words_for_home_are_still_found(bundled_client, place, found):
    """Guard (passes on main and here)."""
    assert found in _heading(bundled_client, place, welsh=False)
