"""The results page names where it searched: the place, its council and its county
("Sleaford, North Kesteven, Lincolnshire"; "Caernarfon, Gwynedd"), in English and Welsh
(issue 27.5); and when the place came from the words, the page says so and the form holds the
words without the place and the place in Where (issue 27.4)."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, find

from .helpers import page, text_of, texts_of


def _field(soup, name: str) -> str:
    """What the search form's field ``name`` holds."""
    return soup.select_one(f"input#{name}").get("value", "")


@pytest.mark.parametrize(
    ("where", "named"),
    [
        ("Sleaford", "Sleaford, North Kesteven, Lincolnshire"),
        ("Caernarfon", "Caernarfon, Gwynedd"),
        ("Ilkley", "Ilkley, Bradford, West Yorkshire"),
        ("BD7", "BD7, Bradford, West Yorkshire"),
        ("Lincolnshire", "Lincolnshire"),
    ],
)
def test_the_heading_names_the_council_and_county(bundled_client, where, named):
    soup = page(bundled_client.get(f"/search?q=support&location={where}&radius=50"))
    # (w9 first screen) the page's one heading names the place; the line under it, how far
    assert text_of(soup, "h1") == f"Services near {named}"
    summary = text_of(soup, ".app-search-summary")
    assert summary.startswith("Within 50 miles"), summary
    near = [h for h in texts_of(soup, "h2") if h.startswith("Services near")]
    assert not near or near[0].startswith(f"Services near {named} "), near


def test_the_welsh_heading_names_the_council_in_welsh(bundled_client):
    def heading(where: str) -> str:
        soup = page(bundled_client.get(f"/cy/search?q=cwnsela&location={where}"))
        assert text_of(soup, ".app-search-summary").startswith("O fewn 25 milltir")
        return text_of(soup, "h1")

    assert heading("Caernarfon") == "Gwasanaethau ger Caernarfon, Gwynedd"
    assert heading("Cardiff") == "Gwasanaethau ger Caerdydd, Cymru"
    assert "Sleaford, North Kesteven, Lincolnshire" in heading("Sleaford")


def test_a_place_in_the_words_is_said_and_put_in_where(bundled_client):
    soup = page(bundled_client.get("/search?q=counselling+lincolnshire"))
    said = text_of(soup, ".app-place-from-words")
    assert said.endswith("Showing services near Lincolnshire. Change"), said
    assert text_of(soup, '.app-place-from-words a[href="#location"]') == "Change"
    # the form to edit the search: the words without the place, the place in Where
    assert _field(soup, "q") == "counselling"
    assert _field(soup, "location").lower() == "lincolnshire"


def test_a_place_in_the_words_names_its_council_and_county(bundled_client):
    soup = page(bundled_client.get("/search?q=counselling+in+sleaford"))
    said = text_of(soup, ".app-place-from-words")
    assert "Showing services near Sleaford, North Kesteven, Lincolnshire." in said
    assert _field(soup, "q") == "counselling"
    assert _field(soup, "location").lower() == "sleaford"


def test_words_typed_with_where_filled_stay_as_typed(bundled_client):
    soup = page(bundled_client.get("/search?q=counselling+lincolnshire&location=Leeds"))
    assert not soup.select(".app-place-from-words")
    assert _field(soup, "q") == "counselling lincolnshire"
    assert _field(soup, "location") == "Leeds"


def test_the_api_says_the_place_came_from_the_words(bundled_client):
    body = bundled_client.get("/api/v1/services?q=counselling+lincolnshire").get_json()
    assert body["location"]["from_words"] is True
    assert body["location"]["county"]["name"] == "Lincolnshire"
    typed = bundled_client.get("/api/v1/services?q=counselling&location=Sleaford").get_json()
    assert typed["location"]["from_words"] is False
    assert typed["location"]["council"]["name"] == "North Kesteven"
    assert typed["location"]["county"]["name"] == "Lincolnshire"


def test_the_finder_keeps_the_split_search(bundled_index, gazetteer):
    results = find(bundled_index, gazetteer, FindRequest(q="counselling lincolnshire"))
    assert results.place_from_words
    assert (results.request.q, results.request.location.lower()) == ("counselling", "lincolnshire")
