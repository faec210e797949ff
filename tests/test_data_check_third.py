"""Issue 26: the facts the third December 2026 data check (docs/data-check-2026-12-third.md)
found unsupported, contradicted or misleading, and the patterns behind them, checked across
every bundled listing where they can be checked mechanically."""

from __future__ import annotations

import json
import re

import pytest

from directory.sources.research_text import is_cqc_copy, phone_in_doubt

from .helpers import PROJECT_ROOT
from .helpers import service_page as page

RESEARCH = PROJECT_ROOT / "bundled_data" / "research"


def _records() -> list[dict]:
    lines: list[dict] = []
    for path in RESEARCH.glob("*.jsonl"):
        lines += [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return lines


# --- the findings, one by one ------------------------------------------------------------


def test_horizon_number_is_not_offered_to_call(by_id, bundled_client):
    # its record: three pages give three numbers; confirm before listing any phone
    assert not by_id["horizon-sarc-west-midlands-children"].contact.callable_phone
    assert 'href="tel:01922' not in page(bundled_client, "horizon-sarc-west-midlands-children")


def test_childrens_sarc_sheffield_does_not_say_any_age_or_south_yorkshire(by_id):
    service = by_id["childrens-sarc-sheffield"]
    assert not re.search("regardless of age", service.eligibility)
    assert "South Yorkshire" not in service.description
    assert not service.service_area.police_force_areas
    assert "NHS website" not in service.description


def test_rasasc_north_wales_shows_its_email_for_over_18s_and_a_welsh_page(by_id, bundled_client):
    service = by_id["rasasc-north-wales-rape-and-sexual-abuse-support-centre"]
    assert service.contact.email == "support@rasawales.org.uk"
    html = page(bundled_client, service.id)
    assert "mailto:support@rasawales.org.uk" in html
    assert "in Welsh" in html and "over 18" in html


def test_meadows_says_choose_option_2_not_find_it_on_the_nhs_website(by_id, bundled_client):
    service = by_id["meadows-durham-sarc"]
    assert "NHS website" not in service.description
    assert "option 2" in page(bundled_client, service.id)


@pytest.mark.parametrize(
    # Hope House left this list: a CQC page states its age policy (fourth data check, finding 1)
    "sid",
    ["meadows-durham-sarc", "angel-centre-gateshead"],
)
def test_sarcs_with_no_stated_age_policy_say_so_and_stay_findable_for_children(
    by_id, bundled_client, sid
):
    service = by_id[sid]
    assert "children-young-people" in service.audiences  # a child's search keeps it
    html = page(bundled_client, sid)
    assert "age policy not stated" in html
    assert "Children and young people" not in html.split("age policy not stated")[0][-200:]


def test_havens_number_is_labelled_as_its_advice_and_referral_line(bundled_client):
    assert "advice and referral line" in page(bundled_client, "the-havens-london")


def test_survivorsuk_number_found_on_no_page_is_not_shown(by_id, bundled_client):
    assert not by_id["survivorsuk"].contact.phone
    assert "being confirmed" not in page(bundled_client, "survivorsuk")


@pytest.mark.parametrize(
    ("sid", "public"),
    [
        ("the-havens-london", "https://www.cqc.org.uk/location/RJZ01/reports"),
        ("sussex-childrens-sarc", "https://www.cqc.org.uk/location/RDR05/inspection-summary"),
    ],
)
def test_cqc_sources_link_the_public_cqc_site(by_id, sid, public):
    assert str(by_id[sid].source_url) == public


@pytest.mark.parametrize(
    "sid",
    [
        "safe-place-merseyside",
        "the-glade-sarc",
        "grange-park-sarc",
        "horizon-sarc-west-midlands-children",
    ],
)
def test_dated_or_doubted_operators_are_not_shown_as_current(by_id, sid):
    assert not by_id[sid].organisation


def test_sussex_childrens_sarc_says_it_may_have_moved(by_id):
    service = by_id["sussex-childrens-sarc"]
    assert service.status == "unconfirmed" and "Crawley" in service.status_note


@pytest.mark.parametrize(
    ("sid", "promise"),
    [("hope-house-sarc-gloucester", "email"), ("beech-house-sarc-kent", "helpline")],
)
def test_hours_promise_no_route_the_card_does_not_show(by_id, sid, promise):
    assert promise not in by_id[sid].opening_hours.lower()


def test_blue_sky_and_nhs_sarcs_show_their_source_dates(by_id, bundled_client):
    assert by_id["blue-sky-centre-sarc"].source_date == "2013"
    assert by_id["blue-sky-centre-sarc"].source_date_approximate
    assert by_id["nhs-sarcs"].source_date == "2026-02-02"
    assert "February 2026" in page(bundled_client, "nhs-sarcs")


# --- the patterns, across every listing --------------------------------------------------


def test_no_callable_number_whose_research_doubts_it(bundled):
    doubted: set[str] = set()
    settled: set[str] = set()
    for record in _records():
        texts = [record.get("note") or "", str(record.get("phone") or "")]
        digits = re.sub(r"\D", "", str(record.get("phone") or ""))[:11]
        if phone_in_doubt(*texts) and record.get("phone"):
            doubted.add(digits)
        elif record.get("phone_confirmed"):
            # a contacts line that read the number again on an own or official page with no
            # doubt left (the fifth walk-through: The Glade's own FAQ): the import offers it
            settled.add(digits)
    doubted -= settled
    for service in bundled:
        digits = re.sub(r"\D", "", service.contact.callable_phone)
        assert not digits or digits[:11] not in doubted, service.id


def test_no_children_only_listing_says_any_age(bundled):
    for service in bundled:
        if (
            "adult-survivors" in service.audiences
            or "children-young-people" not in service.audiences
        ):
            continue
        text = f"{service.eligibility} {service.description}"
        assert not re.search(r"regardless of age|\bany age\b|whatever (?:their )?age", text), (
            service.id
        )


def test_no_listing_with_its_own_route_sends_people_to_the_nhs_website(bundled):
    for service in bundled:
        c = service.contact
        if service.id != "nhs-sarcs" and (c.callable_phone or c.website):
            assert "NHS website" not in service.description, service.id


def test_hours_promise_no_email_or_line_the_card_does_not_show(bundled):
    for service in bundled:
        hours = service.opening_hours.lower()
        if "email" in hours:
            assert service.contact.email, service.id
        if re.search(r"helpline|\bline\b", hours):
            assert service.contact.callable_phone, service.id


def test_no_source_link_on_a_cqc_copy_host(bundled):
    assert not [s.id for s in bundled if is_cqc_copy(str(s.source_url))]


def test_no_organisation_shown_that_its_record_dates(bundled):
    dated = {
        re.sub(r"\s*\([^)]*\)", "", r["organisation"]).strip()
        for r in _records()
        if re.search(
            r"\((?![^)]*\bsince\b)[^)]*\b(?:19|20)\d\d\b[^)]*\)", r.get("organisation") or ""
        )
    }
    assert dated  # the research holds some ("(2017)")
    for service in bundled:
        if service.organisation != service.name:  # a name only, not an operator
            assert service.organisation not in dated, service.id


def test_every_age_policy_not_stated_listing_is_still_found_by_childrens_filter(bundled):
    flagged = [s for s in bundled if s.ages_not_stated]
    assert flagged
    for service in flagged:
        assert "children-young-people" in service.audiences, service.id
