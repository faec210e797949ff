"""(w54cychild, the twenty-second Welsh review) Areas and ways of saying "near" that Welsh
speakers use every day.

F10: "Pen Llŷn" (the Llŷn Peninsula, Gwynedd) was taken to Penllyn, a hamlet in the Vale of
Glamorgan more than 100 miles away, with South Wales services shown as near; "Llyn Peninsula"
was not found. The peninsula's names are now the area of Gwynedd that holds it (cited in
``bundled_data/gazetteer/everyday_names.csv``); "Penllyn" typed as one word is still the
hamlet.

F11: "yn agos i Fangor", "yn agos at Fangor" (near Bangor) were not found, where "ger Bangor"
and the English "near Bangor" were: the Welsh "near" ("yn agos i/at", "wrth ymyl", "yn ymyl",
"ar bwys") is now read as "ger", with the soft mutation after "i" and "at" undone.

F13: "Gŵyr", "yng Ngŵyr" (Gower) offered "Wyre" (Lancashire), and the English "Gower" only
Gowerton: Gower's names are now the area of Swansea, the council that holds it (cited in
``everyday_names.csv``); Gowerton (Tre-gŵyr) and Wyre are still themselves."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup

from tests.helpers import text_of


def _heading(client, place: str, welsh: bool = False) -> str:
    prefix = "/cy" if welsh else ""
    page = client.get(f"{prefix}/search?{urlencode({'q': 'help', 'location': place})}")
    return text_of(BeautifulSoup(page.get_data(as_text=True), "html.parser"), "h1")


@pytest.mark.parametrize(
    ("place", "welsh"),
    [("o Ben Llŷn", True), ("Lleyn Peninsula", False), ("pen llyn gwynedd", False)],
)
def test_the_llyn_peninsula_is_in_gwynedd_not_the_vale_of_glamorgan(bundled_client, place, welsh):
    heading = _heading(bundled_client, place, welsh)
    assert "Gwynedd" in heading, heading
    assert "Penllyn" not in heading and "Morgannwg" not in heading, heading


def test_a_village_typed_with_pen_llyn_is_the_village_in_gwynedd(bundled_client):
    """Guard (passes on main and here): the village wins over the area typed after it."""
    heading = _heading(bundled_client, "Aberdaron, Pen Llŷn", welsh=True)
    assert "Aberdaron, Gwynedd" in heading, heading


def test_penllyn_typed_as_one_word_is_still_the_vale_of_glamorgan_hamlet(bundled_client):
    """Guard (passes on main and here)."""
    assert "Penllyn, Vale of Glamorgan" in _heading(bundled_client, "Penllyn")


@pytest.mark.parametrize(
    ("place", "found"),
    [
        ("yn agos i Ddinbych", "Dinbych, Sir Ddinbych"),
        ("agos at Gaerfyrddin", "Caerfyrddin, Sir Gaerfyrddin"),
        ("ar bwys Aberystwyth", "Aberystwyth, Ceredigion"),
        ("wrth ymyl Rhuthun", "Rhuthun, Sir Ddinbych"),
        ("reit agos i'r Bala", "y Bala, Gwynedd"),
    ],
)
def test_a_welsh_near_finds_the_town(bundled_client, place, found):
    assert f"Gwasanaethau ger {found}" in _heading(bundled_client, place, welsh=True)


def test_near_me_in_welsh_is_still_no_town(bundled_client):
    """Guard (passes on main and here): "yn agos ata i" (near me) names no town."""
    assert "Gwasanaethau ger" not in _heading(bundled_client, "yn agos ata i", welsh=True)


@pytest.mark.parametrize(
    ("place", "welsh", "found"),
    [
        ("o Ŵyr", True, "Abertawe"),
        ("Penrhyn Gŵyr", True, "Abertawe"),
        ("the Gower", False, "Swansea"),
        ("Gower Peninsula", False, "Swansea"),
    ],
)
def test_gower_is_in_swansea_not_wyre(bundled_client, place, welsh, found):
    heading = _heading(bundled_client, place, welsh)
    assert found in heading and "Wyre" not in heading, heading


@pytest.mark.parametrize(
    ("place", "found"), [("Tre-gŵyr", "Tre-gŵyr, Abertawe"), ("Wyre", "Wyre, Lancashire")]
)
def test_gowerton_and_wyre_are_still_themselves(bundled_client, place, found):
    """Guard (passes on main and here)."""
    assert f"Gwasanaethau ger {found}" in _heading(bundled_client, place, welsh=True)
