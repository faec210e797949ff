"""The results page names where it searched: the place, its council and its county
("Sleaford, North Kesteven, Lincolnshire"; "Caernarfon, Gwynedd"), in English and Welsh
(issue 27.5); and when the place came from the words, the page says so and the form holds the
words without the place and the place in Where (issue 27.4)."""

from __future__ import annotations

import re

import pytest

from directory.finder import FindRequest, find


def _text(html: str) -> str:
    # (a Welsh page marks an English place name with a span: it is not a word break)
    html = re.sub(r"</?span[^>]*>", "", html)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _summary(html: str) -> str:
    start = html.index(">", html.index("app-search-summary")) + 1
    return _text(html[start : html.index("</p>", start)])


def _headings(html: str) -> list[str]:
    return [_text(h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html, re.S)]


def _field(html: str, name: str) -> str:
    found = re.search(rf'<input[^>]*\bid="{name}"[^>]*\bvalue="([^"]*)"', html)
    return found.group(1) if found else ""


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
    html = bundled_client.get(f"/search?q=support&location={where}&radius=50").get_data(
        as_text=True
    )
    assert _summary(html).startswith(f"Services within 50 miles of {named}."), _summary(html)
    near = [h for h in _headings(html) if h.startswith("Services near")]
    assert not near or near[0].startswith(f"Services near {named} "), near
    assert f"Services near {named}" in html  # the heading, or the section's name


def test_the_welsh_heading_names_the_council_in_welsh(bundled_client):
    html = bundled_client.get("/cy/search?q=cwnsela&location=Caernarfon").get_data(as_text=True)
    assert "Gwasanaethau ger Caernarfon, Gwynedd, hyd at" in _summary(html)
    cardiff = bundled_client.get("/cy/search?q=cwnsela&location=Cardiff").get_data(as_text=True)
    assert "Gwasanaethau ger Caerdydd, Cymru, hyd at" in _summary(cardiff)
    sleaford = bundled_client.get("/cy/search?q=cwnsela&location=Sleaford").get_data(as_text=True)
    assert "Sleaford, North Kesteven, Lincolnshire" in _summary(sleaford)


def test_a_place_in_the_words_is_said_and_put_in_where(bundled_client):
    html = bundled_client.get("/search?q=counselling+lincolnshire").get_data(as_text=True)
    start = html.index(">", html.index("app-place-from-words")) + 1
    said = _text(html[start : html.index("</p>", start)])
    assert said.endswith("Showing services near Lincolnshire. Change"), said
    assert 'href="#location">Change</a>' in html
    # the form to edit the search: the words without the place, the place in Where
    assert _field(html, "q") == "counselling"
    assert _field(html, "location").lower() == "lincolnshire"


def test_a_place_in_the_words_names_its_council_and_county(bundled_client):
    html = bundled_client.get("/search?q=counselling+in+sleaford").get_data(as_text=True)
    assert "Showing services near Sleaford, North Kesteven, Lincolnshire." in _text(html)
    assert _field(html, "q") == "counselling"
    assert _field(html, "location").lower() == "sleaford"


def test_words_typed_with_where_filled_stay_as_typed(bundled_client):
    html = bundled_client.get("/search?q=counselling+lincolnshire&location=Leeds").get_data(
        as_text=True
    )
    assert "app-place-from-words" not in html
    assert _field(html, "q") == "counselling lincolnshire"
    assert _field(html, "location") == "Leeds"


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
