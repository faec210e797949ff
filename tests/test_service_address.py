"""A service page shows the address of each venue it lists (fifth data check: no service page
showed one, because a loop's {% set %} did not reach the list of rows)."""

from __future__ import annotations

from bs4 import BeautifulSoup


def _rows(soup: BeautifulSoup) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for row in soup.select(".govuk-summary-list__row"):
        key = row.select_one(".govuk-summary-list__key").get_text(" ", strip=True)
        rows.setdefault(key, []).append(
            row.select_one(".govuk-summary-list__value").get_text(" ", strip=True)
        )
    return rows


def test_every_venue_of_a_listing_is_on_its_service_page(service_pages, bundled):
    with_venues = [s for s in bundled if s.locations]
    assert with_venues
    for service in with_venues:
        rows = _rows(service_pages.soup(f"/service/{service.id}"))
        shown = rows.get("Address", [])
        assert len(shown) == len(service.locations), service.id
        for venue, text in zip(service.locations, shown, strict=True):
            assert (venue.postcode or venue.address or venue.name) in text, service.id


def test_a_venue_is_marked_english_on_a_welsh_page(service_pages, bundled):
    service = next(s for s in bundled if s.locations and s.locations[0].address)
    soup = service_pages.soup(f"/cy/service/{service.id}")
    assert soup.find(lang="en", string=lambda t: t and service.locations[0].address in t)
