"""Issue 26: the facts the fifth December 2026 data check (docs/data-check-2026-12-fifth.md)
found contradicted, unsupported or misleading, and the patterns behind them, checked across
every bundled listing where they can be checked mechanically."""

from __future__ import annotations

import re

from directory.sources.research_text import _ANY_AGE

from .helpers import service_page as page

# --- the findings, one by one ------------------------------------------------------------


def test_hackenthorpe_lodge_sees_16_and_over_not_any_age(by_id, bundled_client):
    # CQC, 29-30 October 2019: "patients aged 16 and over in South Yorkshire"
    service = by_id["hackenthorpe-lodge-sarc"]
    assert service.minimum_age == 16
    assert not _ANY_AGE.search(service.description + " " + service.eligibility)
    assert "https://www.cqc.org.uk/location/1-2482906517/reports" in map(str, service.other_sources)
    html = page(bundled_client, service.id)
    assert "Ages 16 and over" in html and "regardless of age" not in html


def test_ynys_saff_names_children_only_from_a_page_that_says_it_sees_them(by_id, bundled_client):
    # its record states no age policy; a later search (ages-2026-12.jsonl, fifteenth
    # walk-through F3) found the Children's Commissioner for Wales saying the Cardiff centre
    # examines children: changed deliberately from "age policy not stated"
    service = by_id["ynys-saff-safe-island-sarc-cardiff-royal-infirmary"]
    assert not service.ages_not_stated and "children-young-people" in service.audiences
    assert any("childcomwales.org.uk" in str(url) for url in service.other_sources)
    assert "age policy not stated" not in page(bundled_client, service.id)


def test_newcastle_paediatric_sarc_is_for_under_16s(by_id, bundled_client):
    # CQC RTD02 (21 July 2025): under 16, and 16-17 with a learning disability
    service = by_id["newcastle-paediatric-sarc"]
    assert service.maximum_age == 15
    assert "learning disability" in service.description
    assert service.organisation == "The Newcastle upon Tyne Hospitals NHS Foundation Trust"
    assert service.opening_hours == "24 hours a day, 7 days a week"
    assert "Up to age 15" in page(bundled_client, service.id)


def test_saturn_centre_is_the_over_14s_sarc(by_id):
    service = by_id["saturn-centre-sarc"]
    assert service.minimum_age == 14
    assert "under-18s" not in service.description and "under 14" in service.description


def test_the_blue_door_is_not_offered_to_children(by_id):
    service = by_id["the-blue-door-humberside"]
    assert service.audiences == ["adult-survivors"] and not service.ages_not_stated


def test_live_fear_free_shows_its_24_hours_and_text_number(by_id, bundled_client):
    service = by_id["live-fear-free"]
    assert service.opening_hours == "24 hours a day, 7 days a week"
    assert service.contact.text == "07860077333"
    html = page(bundled_client, service.id)
    assert 'href="sms:07860077333"' in html and "24 hours a day, 7 days a week" in html


# --- the patterns, across every listing --------------------------------------------------


def test_no_listing_with_an_age_limit_or_no_age_policy_says_any_age(bundled):
    # pattern a: the NHS sentence about all its SARCs ("regardless of age") is not shown
    # beside an age limit or beside "age policy not stated"
    for service in bundled:
        if service.minimum_age is not None or service.maximum_age is not None:
            assert not _ANY_AGE.search(service.eligibility), service.id
            assert not _ANY_AGE.search(service.description), service.id
        if service.ages_not_stated:
            assert not _ANY_AGE.search(service.eligibility), service.id
            assert not re.search(r"whatever (?:their )?age", service.description), service.id


def test_no_children_named_where_the_record_says_age_policy_not_stated(bundled):
    # pattern b: curation's children's audience, no ages, and a record saying no age policy
    for service in bundled:
        notes = " ".join(v for v in service.verify if v.startswith("Research notes"))
        if (
            re.search(r"age policy not stated", notes, re.IGNORECASE)
            and "children-young-people" in service.audiences
            and service.minimum_age is None
            and service.maximum_age is None
            # unless a later page says it sees children (ages-2026-12.jsonl)
            and not any("ages (children seen)" in v for v in service.verify)
        ):
            assert service.ages_not_stated, service.id


def test_sarcs_sourced_only_from_the_nhs_regional_page_do_not_claim_any_age(bundled):
    for service in bundled:
        if "north-east-yorkshire" in str(service.source_url) and "sarc" in service.support_types:
            text = service.description + " " + service.eligibility
            assert not re.search(r"regardless of age|whatever (?:their )?age", text), service.id
