"""(fifth walk-through F9) With no place, the services for particular areas (SARCs in Essex,
Teesside...) are not listed among the answers: the page offers to add a place, and keeps them one
tap away with their count; with a place, the local services are listed as before."""

from __future__ import annotations

import re

from directory.finder import FindRequest, find

QUERY = "someone at home hurts me at night and i am 13, who can i talk to"


def _open_cards(html: str) -> str:
    """The page without what is inside closed <details> (what a reader sees without a tap)."""
    return re.sub(r"<details.*?</details>", "", html, flags=re.S)


def test_no_place_keeps_particular_areas_behind_a_link(directory, bundled_client):
    results = find(directory.index, directory.gazetteer, FindRequest(q=QUERY))
    assert results.local.total > 0 and results.areas_behind_link
    local_ids = [i.service.id for i in results.local.items]
    html = bundled_client.get("/search", query_string={"q": QUERY}).get_data(as_text=True)
    shown = _open_cards(html)
    assert 'href="#location"' in shown and "Add where you live to see services near you." in shown
    for sid in local_ids:
        assert f"/service/{sid}" not in shown, sid
        assert f"/service/{sid}" in html, sid  # one tap away
    assert f"Services in particular areas ({results.local.total})" in html
    # the national answers are on the page, outside any closed part
    assert any(f"/service/{i.service.id}" in shown for i in results.national[:3])


def test_welsh_page_says_it_in_welsh(bundled_client):
    html = bundled_client.get("/cy/search", query_string={"q": QUERY}).get_data(as_text=True)
    assert "Ychwanegwch ble rydych chi’n byw i weld gwasanaethau yn agos atoch chi." in html
    assert "Gwasanaethau mewn ardaloedd penodol (" in html


def test_with_a_place_local_services_are_listed_openly(directory, bundled_client):
    results = find(directory.index, directory.gazetteer, FindRequest(q=QUERY, location="Leeds"))
    assert not results.areas_behind_link
    html = bundled_client.get("/search", query_string={"q": QUERY, "location": "Leeds"})
    assert "app-particular-areas" not in html.get_data(as_text=True)
