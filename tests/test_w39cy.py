"""(w39cy) Welsh places named by the gazetteer's own form whatever article is typed
(thirteenth Welsh review F3, F4, F5 and P1): a wrong or needless article typed is corrected or
dropped, never printed back; Borth and Barmouth have their article, Hope its circumflex; names
offered for a misspelling carry their council. Tested with other places and other words than
the review's."""

from __future__ import annotations

import pytest

from directory.geo.places import normalise
from tests.helpers import page, text_of


def _heading(client, location: str, path: str = "/cy/search") -> str:
    soup = page(client.get(path, query_string={"q": "cymorth", "location": location}))
    return text_of(soup, "h1")


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("yr Bont-faen", "ger y Bont-faen, Bro Morgannwg"),
        ("Yr Barri", "ger y Barri, Bro Morgannwg"),
        ("yr Cei Newydd", "ger y Cei Newydd, Ceredigion"),
        ("yr Waun", "ger y Waun, Wrecsam"),
        ("y Orsedd", "ger yr Orsedd, Wrecsam"),
        ("yr Rhos", "ger y Rhos"),
        ("yr Tymbl", "ger y Tymbl, Sir Gaerfyrddin"),
    ],
)
def test_a_wrong_article_typed_is_named_as_the_gazetteer_writes_it(bundled_client, typed, named):
    heading = _heading(bundled_client, typed)
    assert named in heading, heading


@pytest.mark.parametrize(
    ("typed", "named"), [("y Caergybi", "Caergybi, Ynys Môn"), ("yr Aberteifi", "Aberteifi")]
)
def test_an_article_the_place_does_not_take_is_dropped(bundled_client, typed, named):
    heading = _heading(bundled_client, typed)
    assert f"ger {named}" in heading, heading


def test_guard_the_article_typed_right_is_still_named(bundled_client):
    """Guard (passes on main too)."""
    assert "ger y Trallwng, Powys" in _heading(bundled_client, "Y Trallwng")
    assert "ger y Rhyl" in _heading(bundled_client, "yr Rhyl")


def test_typing_the_other_article_never_shows_it_for_any_welsh_name_with_one(gazetteer):
    """Every place in Wales the gazetteer writes with "Y" or "Yr", typed with the other
    article, is found and named by the gazetteer's own form, or by its bare name where the
    page adds the article (``tests/test_w37cy.py``)."""
    wrong = []
    for key, places in (*gazetteer._places.items(), *gazetteer._alt_places.items()):
        first, _, bare = key.partition(" ")
        if first not in ("y", "yr") or not bare or all(p.country != "Wales" for p in places):
            continue
        typed = f"{'yr' if first == 'y' else 'y'} {bare}"
        found = gazetteer.resolve(typed)
        shown = normalise(found.place.other_name or found.place.name) if found.place else ""
        if shown not in (key, bare):
            wrong.append((typed, shown))
    assert not wrong, wrong


@pytest.mark.parametrize("typed", ["Borth, Ceredigion", "yr Borth", "Bermo", "yr Bermo"])
def test_borth_and_barmouth_are_named_with_their_article(bundled_client, typed):
    heading = _heading(bundled_client, typed)
    assert "ger y Borth, Ceredigion" in heading or "ger y Bermo, Gwynedd" in heading, heading


@pytest.mark.parametrize("typed", ["Hob", "hôb, sir y fflint", "y Hôb"])
def test_hope_keeps_its_circumflex(bundled_client, typed):
    heading = _heading(bundled_client, typed)
    assert "ger yr Hôb, Sir y Fflint" in heading, heading


@pytest.mark.parametrize(
    ("typed", "named"), [("y Borth", "Borth, Ceredigion"), ("Yr Hôb", "Hope, Flintshire")]
)
def test_guard_the_english_page_names_them_in_english(bundled_client, typed, named):
    """Guard (passes on main too): English pages name Welsh places by their English names."""
    assert named in _heading(bundled_client, typed, "/search")


def _offered(client, location: str, path: str = "/cy/search"):
    soup = page(client.get(path, query_string={"q": "cymorth", "location": location}))
    return soup, soup.select("#place-problem .app-place-choices a")


@pytest.mark.parametrize(
    ("path", "typed", "named"),
    [
        ("/cy/search", "Mostin", "Mostyn, Sir y Fflint"),
        ("/cy/search", "Caernarvn", "Caernarfon, Gwynedd"),
        ("/search", "Caernarvn", "Caernarfon, Gwynedd"),
    ],
)
def test_a_name_offered_for_a_misspelling_has_its_council(bundled_client, path, typed, named):
    _, links = _offered(bundled_client, typed, path)
    # (w59places) the first offered: "Mostin" is also one letter from Moston, a Manchester
    # ward's place, offered after it
    assert [a.get_text(" ", strip=True).replace(" ,", ",") for a in links][:1] == [named]
    followed = page(bundled_client.get(links[0]["href"]))
    assert followed.select_one("#place-problem") is None  # the offer, followed, is found


def test_english_towns_offered_on_a_welsh_page_have_their_council_in_english(bundled_client):
    soup, links = _offered(bundled_client, "Halford")
    assert len(links) >= 3, links
    for link in links:
        parts = link.select('span[lang="en"]')
        assert len(parts) == 2, link  # "Chalford", "Stroud": town and council, both English
    line = text_of(soup, "#place-problem .app-place-choices")
    assert line.count(";") == len(links) - 1, line  # ";" between names that have a comma
