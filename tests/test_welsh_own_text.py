"""The services' own Welsh (issue 28 item 4), entry by entry: every Welsh name and description
in ``curation/welsh.json`` has the page it was read on and the day, is what the listing's Welsh
page shows (and its English page does not), and a search in Welsh finds the listing by it.
(tests/test_welsh_pages.py checks the file as a whole and Meic's page; this walks every entry,
so that an entry added later is held to the same.)"""

from __future__ import annotations

import json
import re

import pytest

from directory.config import PROJECT_ROOT
from directory.web.listing_text import welsh_description_fits

WELSH = json.loads(
    (PROJECT_ROOT / "bundled_data" / "research" / "curation" / "welsh.json").read_text(
        encoding="utf-8"
    )
)["services"]
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
RESULT = re.compile(r'app-result__title"><a class="govuk-link" href="([^"]+)"')


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("sid", sorted(WELSH))
def test_each_welsh_text_names_its_page_and_the_day_it_was_read(sid):
    entry = WELSH[sid]
    assert entry.get("name_cy") or entry.get("description_cy"), sid
    assert entry["source_url"].startswith("https://"), sid
    assert DAY.fullmatch(entry["seen_on"]), sid
    # a date the page itself shows, when it shows one (none of today's pages does)
    assert entry.get("source_date", "") == "" or DAY.fullmatch(entry["source_date"]), sid
    # a description says where it came from in words a maintainer can check
    assert entry.get("note"), sid


@pytest.mark.parametrize("sid", sorted(WELSH))
def test_each_welsh_text_is_on_its_welsh_page_and_not_its_english_one(bundled_client, bundled, sid):
    entry = WELSH[sid]
    service = next(s for s in bundled if s.id == sid)
    welsh = bundled_client.get(f"/cy/service/{sid}")
    assert welsh.status_code == 200
    html = _flat(welsh.get_data(as_text=True))
    english = _flat(bundled_client.get(f"/service/{sid}").get_data(as_text=True))
    if entry.get("name_cy"):
        assert _flat(entry["name_cy"]) in html, sid
    if entry.get("description_cy") and welsh_description_fits(service):
        described = _flat(entry["description_cy"])
        assert described in html, sid
        assert _flat(service.description) not in html, sid  # the Welsh replaces the English
        assert described not in english, sid
        assert _flat(service.description) in english, sid
    else:
        # no Welsh description from the service, or one covering less than the English (Byw
        # Heb Ofn's speaks of domestic abuse only: docs/welsh.md): the English one stays,
        # marked English
        assert _flat(service.description) in html, sid


def _first_results(client, q: str, n: int = 3) -> list[str]:
    response = client.get("/cy/search", query_string={"q": q, "location": ""})
    assert response.status_code == 200
    return [href.rsplit("/", 1)[-1] for href in RESULT.findall(response.get_data(as_text=True))][:n]


@pytest.mark.parametrize("sid", sorted(s for s in WELSH if WELSH[s].get("name_cy")))
def test_a_welsh_search_for_the_welsh_name_finds_the_listing(bundled_client, sid):
    assert sid in _first_results(bundled_client, WELSH[sid]["name_cy"]), sid


@pytest.mark.parametrize("sid", sorted(s for s in WELSH if WELSH[s].get("description_cy")))
def test_a_welsh_search_in_the_services_own_words_finds_the_listing(bundled_client, sid):
    # the description's first sentence, as someone might paste or half-remember it
    first = re.split(r"(?<=[.?!])\s", _flat(WELSH[sid]["description_cy"]))[0].rstrip(".")
    assert sid in _first_results(bundled_client, first, n=5), sid
