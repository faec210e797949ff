"""Who local centres see, from pages that say so (fifteenth walk-through F3, branch w20data).

The report's pages showed children and parents SARCs as "Adults; age policy not stated" (The
Bridgeway in Cumbria, Amethyst in North Wales, Ynys Saff in Cardiff, Elms in Cambridgeshire),
although stored pages say each of them sees children. ``ages-2026-12.jsonl`` records every
search made for the listings the report named, found or not; a line's ``ages`` says who the
listing sees, and the import applies it (``add_ages``). Tested in other words and towns than the
report's, English and Welsh, both ways: a listing no page speaks for keeps its "age policy not
stated". Every test marked "old:" fails on 6279b9d.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.sources.research import add_ages
from directory.sources.research_files import CONTACT_FILES, read_jsonl

from .helpers import BUNDLED_SERVICES, page, service_page

RESEARCH = BUNDLED_SERVICES.parent / "research"
AGES = "ages-2026-12.jsonl"
CUMBRIA_SARC = "bridgeway-sarc"
NORTH_WALES_SARC = "amethyst-sarc-north-wales"
CARDIFF_SARC = "ynys-saff-safe-island-sarc-cardiff-royal-infirmary"
CAMBS_SARC = "elms-sarc-cambridgeshire"
FOUND = (CUMBRIA_SARC, NORTH_WALES_SARC, CARDIFF_SARC, CAMBS_SARC)
UNSTATED_EN = "age policy not stated"
UNSTATED_CY = "polisi oedran heb ei nodi"


def _card(client, path: str, q: str, location: str, sid: str) -> str:
    """The text of the result card for ``sid`` on a search page ("" when it is not shown)."""
    response = client.get(path, query_string={"q": q, "location": location})
    soup: BeautifulSoup = page(response)
    for card in soup.select("li.app-result, .app-result"):
        if card.select_one(f'a[href$="/service/{sid}"]'):
            return " ".join(card.get_text(" ").split())
    return ""


# --- 1. a centre a page says sees children is not shown as one for adults ------------------


@pytest.mark.parametrize(
    ("path", "q", "location", "sid"),
    [
        (
            "/search",
            "my cousin touched me in a bad way at the weekend, im 12",
            "Aspatria",
            CUMBRIA_SARC,
        ),
        # (w61place) "Alston" alone now asks: a Ribble Valley village shares the name
        (
            "/search",
            "my girl is 7 and her grandad hurt her down there",
            "Alston, Cumbria",
            CUMBRIA_SARC,
        ),
        ("/search", "my son's uncle raped him, he's 15, what now", "St Neots", CAMBS_SARC),
        (
            "/cy/search",
            "nath fy nghefnder fy nhreisio i neithiwr, dwi'n 15",
            "Bangor",
            NORTH_WALES_SARC,
        ),
        ("/cy/search", "mae fy llystad wedi fy nhreisio i, dwi'n 14 oed", "Penarth", CARDIFF_SARC),
    ],
)
def test_a_centre_that_sees_children_is_not_called_adults_only_on_its_card(
    bundled_client, path, q, location, sid
):
    # old: "Adults; age policy not stated" / "Oedolion; polisi oedran heb ei nodi"
    card = _card(bundled_client, path, q, location, sid)
    assert card, f"{sid} not shown for {q!r} in {location}"
    assert UNSTATED_EN not in card and UNSTATED_CY not in card, card


@pytest.mark.parametrize("sid", FOUND)
def test_its_page_names_children_and_cites_the_page_that_says_so(by_id, bundled_client, sid):
    # old: ages_not_stated, no page on who it sees among its sources
    service = by_id[sid]
    assert not service.ages_not_stated
    assert "children-young-people" in service.audiences
    html = service_page(bundled_client, sid)
    assert UNSTATED_EN not in html and "Children and young people" in html
    line = next(x for x in read_jsonl(RESEARCH / AGES) if x["listing_id"] == sid)
    cited = {str(url) for url in service.other_sources} | {str(service.source_url)}
    assert all(source["url"] in cited for source in line["sources"]), line["sources"]


def test_the_cumbrian_centre_says_younger_children_come_through_someone_else(by_id, bundled_client):
    # old: no route at all ("Not stated: ask the service"); the manager: self-referrals from
    # over 16, not under 16 (child protection)
    service = by_id[CUMBRIA_SARC]
    assert service.self_referral and service.self_referral_from_age == 16
    html = service_page(bundled_client, CUMBRIA_SARC)
    assert "People aged 16 or over can contact them themselves" in html


# --- 2. the other way: no page found, nothing changes --------------------------------------


@pytest.mark.parametrize(
    ("path", "q", "location", "sid"),
    [
        # The Meadows (Durham): no stored page states who it sees
        ("/search", "my dad abused me for years, im 16 now", "Consett", "meadows-durham-sarc"),
        (
            "/cy/search",
            "mae fy ewythr wedi fy nhreisio i, dwi'n 30",
            "Bootle",
            "safe-place-merseyside",
        ),
    ],
)
def test_a_centre_no_page_speaks_for_still_says_its_age_policy_is_not_stated(
    bundled_client, by_id, path, q, location, sid
):
    assert by_id[sid].ages_not_stated
    card = _card(bundled_client, path, q, location, sid)
    assert card and (UNSTATED_EN in card or UNSTATED_CY in card), card


@pytest.mark.parametrize("sid", ["survive-north-yorkshire", "grange-park-sarc"])
def test_an_adults_service_stays_for_adults(by_id, sid):
    # Survive (adults 18+) was searched again for its status; Grange Park's CQC page says 18+:
    # neither is made a children's service
    service = by_id[sid]
    assert "children-young-people" not in service.audiences and service.minimum_age == 18


def test_status_searches_that_found_nothing_change_nothing(by_id):
    assert by_id["survive-north-yorkshire"].status == "waiting-list-closed"
    assert not by_id["safety-net-cumbria"].contact.has_route


# --- 3. the rule, on made-up listings ------------------------------------------------------


def _listing(**extra) -> dict:
    return {"audiences": ["adult-survivors"], "ages_not_stated": True} | extra


def test_a_line_saying_children_are_seen_adds_them_and_clears_the_flag():
    target = _listing()
    added = add_ages(target, {"children": True, "self_referral_from_age": 13})
    assert target["audiences"] == ["adult-survivors", "children-young-people"]
    assert target["ages_not_stated"] is False and target["self_referral_from_age"] == 13
    assert added == ["ages (children seen)", "self-referral from age 13"]


def test_a_line_without_ages_or_saying_nothing_of_children_changes_nothing():
    for ages in ({}, {"children": False}, {"children": "yes"}):
        target = _listing()
        assert add_ages(target, ages) == []
        assert target == _listing()


def test_a_self_referral_age_already_known_is_not_overwritten():
    target = _listing(self_referral_from_age=16)
    add_ages(target, {"self_referral_from_age": 13})
    assert target["self_referral_from_age"] == 16


# --- 4. every search is recorded, with its pages ---------------------------------------------


def test_every_search_is_recorded_with_its_pages_and_dates(by_id):
    assert AGES in CONTACT_FILES
    lines = read_jsonl(RESEARCH / AGES)
    named = {
        CUMBRIA_SARC,
        NORTH_WALES_SARC,
        CARDIFF_SARC,
        CAMBS_SARC,
        "survive-north-yorkshire",
        "safety-net-cumbria",
        "report-abuse-in-education",
        "meadows-durham-sarc",
        "angel-centre-gateshead",
    }
    assert {line["listing_id"] for line in lines} == named
    for line in lines:
        assert line["listing_id"] in by_id
        assert line["note"] and line["recorded_on"] == "2026-12-05"
        assert line["sources"], line["listing_id"]
        for source in line["sources"]:
            assert source["url"].startswith("http") and source["date_seen_on_page"]
            assert source["facts"]
        # a line with no ages is a miss or a status search: it adds nothing about ages
        if "ages" not in line:
            assert not by_id[line["listing_id"]].verify[-1].count("ages (children seen)")
