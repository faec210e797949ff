"""Facts the twelfth walk-through found missing, read again on stored public pages (December
2026, docs/data.md): adult counselling in Suffolk for survivors of childhood abuse (men
included), from the charity's own page; therapy for children in Bedfordshire, from the Police
and Crime Commissioner's pages; every other phone, age and local service asked about searched
again and recorded, found or not."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, find
from directory.sources.research_files import read_jsonl

from .helpers import BUNDLED_SERVICES, near_ids, page, text_of

RESEARCH = BUNDLED_SERVICES.parent / "research"
TWELFTH = "twelfth walk-through"
SIT = "survivors-in-transition-suffolk"
FORENSIC = "the-ferns-sarc-suffolk"
EMBRACE = "embrace-cvoc-bedfordshire"
BEDS_SARC = "emerald-centre-sarc"
SUFFOLK = {"E07000200", "E07000202", "E07000203", "E07000244", "E07000245"}


@pytest.mark.parametrize(
    ("query", "location"),
    [
        (
            "woman 41, my uncle sexually abused me when i was little, i want therapy",
            "Bury St Edmunds",
        ),
        (
            "bloke 58 abused as a boy by my older cousin, need someone to talk to face to face",
            "Lowestoft",
        ),
        (
            "my dad did things to me as a child, i'm 35 now and struggling, any counselling",
            "Ipswich",
        ),
    ],
)
def test_an_adult_abused_as_a_child_in_suffolk_is_offered_local_counselling_first(
    bundled_index, gazetteer, query, location
):
    local = near_ids(find(bundled_index, gazetteer, FindRequest(q=query, location=location)))
    # before, the forensic centre was the only local answer ("no service near you matches")
    assert local[:1] == [SIT], local
    assert FORENSIC in local


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("im 13 and my stepbrother touched me, who can i talk to", "Felixstowe"),
        ("my son is 8 and his uncle abused him, where can he get help", "Beccles"),
    ],
)
def test_the_adults_service_is_not_offered_to_a_child_or_for_a_child(
    bundled_index, gazetteer, query, location
):
    shown = find(bundled_index, gazetteer, FindRequest(q=query, location=location)).shown_ids()
    assert SIT not in shown[:3], shown


def test_the_new_service_shows_only_what_its_pages_say(bundled_index, bundled_client):
    service = bundled_index.services[SIT]
    assert service.audiences == ["adult-survivors", "family-friends"]
    assert not service.ages_not_stated
    assert service.source_kind == "own-website"
    assert str(service.contact.website) == "https://survivorsintransition.co.uk/"
    assert not service.contact.phone  # no stored page prints one
    assert set(service.service_area.local_authorities) == SUFFOLK
    shown = text_of(page(bundled_client.get(f"/service/{SIT}")), "main")
    assert "sexually abused as children" in shown
    assert "partners and family members" in shown


@pytest.mark.parametrize(
    ("query", "location"),
    [
        ("my daughter is 9 and was abused by her step grandad, she needs counselling", "Dunstable"),
        ("im 12 my uncle touched me and i cant stop thinking about it", "Bedford"),
        ("family support worker, girl of 6 abused by her cousin, therapy referral", "Sandy"),
    ],
)
def test_a_child_in_bedfordshire_is_offered_therapy_before_the_forensic_centre(
    bundled_index, gazetteer, query, location
):
    local = near_ids(find(bundled_index, gazetteer, FindRequest(q=query, location=location)))
    # before, the forensic centre was the only Bedfordshire service
    assert local[:2] == [EMBRACE, BEDS_SARC], local


def test_the_childrens_service_is_not_offered_to_an_adult(bundled_index, gazetteer):
    request = FindRequest(
        q="i am 45, abused by my father as a child, want counselling", location="Luton"
    )
    results = find(bundled_index, gazetteer, request)
    assert EMBRACE not in near_ids(results)
    assert EMBRACE not in results.shown_ids()[:3]


def test_the_childrens_service_shows_its_national_number_as_such(bundled_index, bundled_client):
    service = bundled_index.services[EMBRACE]
    assert service.audiences == ["children-young-people"]
    assert service.minimum_age == 5
    assert service.source_kind == "official"
    assert str(service.source_date) == "2023-08-03"
    assert service.contact.phone == "0345 60 999 60"
    shown = text_of(page(bundled_client.get(f"/service/{EMBRACE}")), "main")
    assert "national number: ask for its Bedfordshire service" in shown


def test_every_search_for_the_twelfth_walk_through_is_recorded_with_its_pages():
    more = read_jsonl(RESEARCH / "contacts-2026-12-more.jsonl")
    lines = [c for c in more if TWELFTH in c["note"]]
    assert {c["listing_id"] for c in lines} >= {
        "survivors-trust",
        "family-lives",
        "youngminds-parents-helpline",
        "report-abuse-in-education",
        "ynys-saff-safe-island-sarc-cardiff-royal-infirmary",
        "meadows-durham-sarc",
        "casa-suite-humber-sarc",
        "saint-marys-sarc-manchester",
        "safety-net-cumbria",
        "rape-and-sexual-abuse-counselling-centre-rsacc-durham-and-da",
        "horizon-sarc-west-midlands-children",
        "napac",
        "amethyst-sarc-north-wales",
        "emerald-centre-sarc",
    }
    for line in lines:
        assert all(s["url"].startswith("http") and s["date_seen_on_page"] for s in line["sources"])
        assert "searched" in line["note"].lower()
    regional = read_jsonl(RESEARCH / "regional-services-seen.jsonl")
    added = [r for r in regional if TWELFTH in r["note"]]
    assert [r["name"] for r in added] == [
        "Survivors in Transition (Ipswich, Suffolk)",
        "Embrace Child Victims of Crime (Bedfordshire)",
    ]
