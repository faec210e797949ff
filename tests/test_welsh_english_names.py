"""On Welsh pages, English names in our own Welsh sentences are marked as English, so that a
screen reader switches voice (fifth walk-through, Welsh polish): an English town in "Gwasanaethau
ger …", and the "CSA Centre" wherever the Welsh text names it."""

from __future__ import annotations

import re

import pytest


def _page(client, address: str) -> str:
    response = client.get(address)
    assert response.status_code == 200, address
    return response.get_data(as_text=True)


def _local_label(html: str) -> str:
    found = re.search(r'id="local-title"[^>]*>(.*?)</(?:h2|span)>\s', html, re.S)
    assert found, "the local section has its name"
    return found.group(1)


def _heading(html: str) -> str:
    """The page's heading, which names the place searched near (w9 first screen)."""
    found = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert found, "the page has its heading"
    return found.group(1)


@pytest.mark.parametrize("town", ["Norwich", "Plymouth"])
def test_an_english_town_in_a_welsh_heading_is_marked_english(bundled_client, town):
    html = _page(bundled_client, f"/cy/search?q=cwnsela&location={town}")
    assert f'ger <span lang="en">{town}</span>' in _heading(html)


def test_a_welsh_town_is_not(bundled_client):
    html = _page(bundled_client, "/cy/search?q=cwnsela&location=Abertawe")
    label = _heading(html)
    assert "Abertawe" in label and 'lang="en"' not in label


def test_the_english_page_has_no_marks(bundled_client):
    html = _page(bundled_client, "/search?q=counselling&location=Norwich")
    assert 'lang="en">Norwich' not in html
    assert "Norwich" in _heading(html)


def test_a_place_with_nothing_close_is_still_named_for_screen_readers(bundled_client):
    """No heading is drawn when nothing near matches closely: the section is labelled by a
    hidden element (an aria-label attribute could not mark the town as English)."""
    html = _page(bundled_client, "/cy/search?q=zzqx&location=Truro")
    assert '<span id="local-title" hidden>' in html
    assert 'ger <span lang="en">Truro</span>' in _local_label(html)
    assert 'aria-label="Gwasanaethau ger' not in html


@pytest.mark.parametrize(
    "address", ["/cy/about", "/cy/service/nspcc-helpline", "/cy/service/new-pathways", "/cy/"]
)
def test_csa_centre_is_marked_english_on_welsh_pages(bundled_client, address):
    html = _page(bundled_client, address)
    text = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    visible = re.sub(r'href="[^"]*"', "", text)
    named = visible.count("CSA Centre")
    assert named, "the page names the CSA Centre"
    assert visible.count('<span lang="en">CSA Centre</span>') == named
