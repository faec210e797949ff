"""Fourth walk-through F5 (Kirklees): services whose area is other councils (Barnsley's,
Sheffield's) were listed "near" a place they do not serve, looking local. Their cards say which
area they cover, and that it is not the place searched; a service whose area covers the place
does not. Words and places other than the walk-through's."""

from __future__ import annotations

import re


def _cards(client, words: str, town: str, prefix: str = "") -> dict[str, str]:
    html = client.get(
        prefix + "/search", query_string={"q": words, "location": town}, follow_redirects=True
    ).get_data(as_text=True)
    cards = re.findall(r'<li class="app-result.*?</li>', html, re.S)
    return {re.search(r"/service/([^\"]+)\"", c).group(1): c for c in cards}


def test_a_sheffield_only_service_near_huddersfield_says_so(bundled_client):
    # a professional's search: for anyone else such a service is no longer listed at all
    cards = _cards(
        bundled_client, "social worker, referral for a teenager abused by her uncle", "Huddersfield"
    )
    sheffield = cards["srasac-sheffield"]
    assert "Covers Sheffield only — not the place you searched" in sheffield
    # the service for the place itself says it covers it, and nothing about elsewhere
    assert "not the place you searched" not in cards["hazlehurst-centre-sarc"]
    assert "Covers your area" in cards["hazlehurst-centre-sarc"]


def test_a_service_available_everywhere_never_says_it(bundled_client):
    cards = _cards(
        bundled_client, "referral for my client, an adult abused as a child", "Huddersfield"
    )
    assert any("not the place you searched" in card for card in cards.values())
    assert "not the place you searched" not in cards.get("childline", "")
    assert "not the place you searched" not in cards.get("nspcc-helpline", "")


def test_in_welsh_the_area_is_named_in_english_and_the_place_left_out(bundled_client):
    cards = _cards(bundled_client, "cwnsela", "Huddersfield", "/cy")
    assert (
        'Yn cwmpasu <span lang="en">Sheffield</span> yn unig — nid y lle y chwilioch chi amdano'
        in cards["srasac-sheffield"]
    )
