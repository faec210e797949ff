"""Facts the eleventh walk-through found missing, read again on stored public pages (December
2026, docs/data.md): an adult counselling service near Portsmouth for survivors of childhood
abuse (men included), Yellow Door's area as its own pages state it, Stop It Now's hours from its
own older pages, NAPAC's source on its own site; every search recorded, found or not."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, find
from directory.sources.research_files import read_jsonl

from .helpers import BUNDLED_SERVICES, near_ids, page, text_of

RESEARCH = BUNDLED_SERVICES.parent / "research"
ELEVENTH = "eleventh walk-through"
PARCS = "parcs-portsmouth"
YELLOW_DOOR = "yellow-door-southampton"
TEST_VALLEY = "E07000093"  # Andover, Romsey: Hampshire, outside Southampton


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("i am 52, a man, my grandfather abused me as a kid, i need counselling", "Gosport"),
        ("woman in my 30s, sexually abused as a child by my father, want therapy", "Portsmouth"),
        ("abused by a family friend when i was young, now 60, looking for a group", "Havant"),
    ],
)
def test_an_adult_abused_as_a_child_near_portsmouth_is_offered_local_counselling(
    bundled_index, gazetteer, query, location
):
    results = find(bundled_index, gazetteer, FindRequest(q=query, location=location))
    local = near_ids(results)
    # before, the only local answer was the forensic centre (Treetops)
    assert PARCS in local, local
    assert local.index(PARCS) < 2, local


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("im 13 and my stepbrother touched me, who can i talk to", "Portsmouth"),
        ("my son is 7 and was abused by his uncle, where can he get help", "Havant"),
    ],
)
def test_the_adults_counselling_service_is_not_first_for_a_child(
    bundled_index, gazetteer, query, location
):
    shown = find(bundled_index, gazetteer, FindRequest(q=query, location=location)).shown_ids()
    assert PARCS not in shown[:3], shown


def test_the_new_service_shows_only_what_its_pages_say(bundled_index):
    service = bundled_index.services[PARCS]
    assert service.audiences == ["adult-survivors"]
    assert service.source_kind == "own-website"
    # its number is printed only on its own older page about a children's service that closed
    assert service.contact.phone and not service.contact.phone_verified
    assert set(service.service_area.local_authorities) == {"E06000044", "E07000088", "E07000090"}


def test_yellow_door_covers_hampshire_as_its_own_page_says_and_asks_families_to_check(
    bundled_client, bundled_index
):
    service = bundled_index.services[YELLOW_DOOR]
    # it was 'City of Southampton only', from a 2020 diocese story
    assert TEST_VALLEY in service.service_area.local_authorities
    shown = text_of(page(bundled_client.get(f"/service/{YELLOW_DOOR}")), "main")
    assert "Isle of Wight" in shown
    assert "ask whether its children's therapy reaches where you live" in shown


def test_stop_it_now_shows_the_hours_its_older_pages_give_in_english_and_welsh(bundled_client):
    english = text_of(page(bundled_client.get("/service/stop-it-now")), "main")
    assert "9am to 9pm Monday to Thursday, 9am to 5pm on Friday" in english
    assert "check its website for today" in english
    assert "Opening hours Not stated" not in english
    welsh = text_of(page(bundled_client.get("/cy/service/stop-it-now")), "main")
    assert "o ddydd Llun i ddydd Iau" in welsh
    assert "9am to 9pm" not in welsh


def test_napac_cites_its_own_dated_page_not_the_2016_press_item(bundled_index):
    service = bundled_index.services["napac"]
    assert str(service.source_url) == "https://napac.org.uk/board_statement_26sept21/"
    assert service.source_kind == "own-website"
    assert str(service.source_date) == "2021-09-26"
    assert not service.contact.phone  # no page of its own prints a number


def test_every_search_for_the_eleventh_walk_through_is_recorded_with_its_pages():
    more = read_jsonl(RESEARCH / "contacts-2026-12-more.jsonl")
    lines = [c for c in more if ELEVENTH in c["note"]]
    named = {c["listing_id"] for c in lines}
    assert named >= {
        "horizon-sarc-west-midlands-children",
        "grange-park-sarc",
        "treetops-centre-sarc",
        "casa-suite-humber-sarc",
        "safety-net-cumbria",
        "new-pathways",
        "napac",
        "safeline-nmsh",
        "rasasc-north-wales-rape-and-sexual-abuse-support-centre",
        "samaritans-welsh-language-line",
        "solace-sarc-thames-valley",
        "stop-it-now",
        "grasac-gloucestershire",
        "yellow-door-southampton",
        "one-in-four-kent",
    }
    for line in lines:
        assert all(s["url"].startswith("http") and s["date_seen_on_page"] for s in line["sources"])
        assert "searched" in line["note"].lower()
    regional = read_jsonl(RESEARCH / "regional-services-seen.jsonl")
    added = [r for r in regional if ELEVENTH in r["note"]]
    assert [r["name"] for r in added] == ["PARCS (Portsmouth Abuse and Rape Counselling Service)"]
