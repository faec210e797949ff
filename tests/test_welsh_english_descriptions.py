"""On Welsh pages a listing's own English words stay English (never machine-translated, never
invented Welsh): marked lang="en", and the reader is told once, in Welsh, that the service
describes itself in English (fifth walk-through F5: New Pathways, Stepping Stones and most of
"Cael help nawr" in English with nothing said about it)."""

from __future__ import annotations

import re

import pytest

SERVICE_NOTE = "Mae’r cofnod hwn yn Saesneg yn unig"
LIST_NOTE = "Mae’r rhan fwyaf o’r cofnodion yn Saesneg yn unig"


def _page(client, address: str) -> str:
    response = client.get(address)
    assert response.status_code == 200, address
    return response.get_data(as_text=True)


@pytest.mark.parametrize("service_id", ["nspcc-helpline", "the-shores-sarc-dorset", "childline"])
def test_a_service_page_in_welsh_says_once_that_its_words_are_english(bundled_client, service_id):
    html = _page(bundled_client, f"/cy/service/{service_id}")
    assert html.count(SERVICE_NOTE) == 1
    # the note comes before the service's words, which are marked English
    note = html.index(SERVICE_NOTE)
    words = html.index('<span lang="en">', note)
    assert html[note:words].count("<p") <= 2


def test_a_service_with_its_own_welsh_gets_no_note(bundled_client):
    html = _page(bundled_client, "/cy/service/meic")
    assert SERVICE_NOTE not in html
    assert LIST_NOTE not in html


def test_english_pages_say_nothing_of_it(bundled_client):
    for address in ("/service/nspcc-helpline", "/get-help-now", "/search?q=support&location=Leeds"):
        html = _page(bundled_client, address)
        assert "in English only" not in html


@pytest.mark.parametrize("address", ["/cy/get-help-now", "/cy/search?q=cwnsela&location=Caerdydd"])
def test_welsh_lists_say_it_once_above_the_listings(bundled_client, address):
    html = _page(bundled_client, address)
    assert html.count(LIST_NOTE) == 1
    # (sixth walk-through F7.2) above the listings, but after the "Talk to someone now" box, whose
    # names and numbers describe nothing: the whole box stays on a phone's first screen
    html = re.sub(r'<aside class="app-helplines app-talk-now".*?</aside>', "", html, flags=re.S)
    first_english = re.search(r'<span lang="en">', html[html.index("<main") :])
    assert first_english
    assert html.index(LIST_NOTE) < html.index("<main") + first_english.start()
