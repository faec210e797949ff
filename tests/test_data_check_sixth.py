"""Issue 26: the facts the sixth December 2026 data check (docs/data-check-2026-12-sixth.md)
found contradicted or misleading, and the patterns behind them, checked across every bundled
listing where they can be checked mechanically."""

from __future__ import annotations

import re

from directory.sources.research_text import is_cqc_page

from .helpers import service_page as page

#: the importer's note when a contacts line adds a number confirmed on an own or official page
_CONFIRMED_BY_CONTACTS = re.compile(r"Contact routes from \S+ \([^)]*\bphone\b(?! \(not)")

# --- the findings, one by one ------------------------------------------------------------


def test_herts_rape_crisis_is_for_women_over_18_with_its_own_helpline(by_id, bundled_client):
    # own page: "run by women for women over the age of 18 who live in Hertfordshire";
    # "contacting the helpline on 01707 276512"
    service = by_id["herts-rape-crisis"]
    assert service.minimum_age == 18 and not service.ages_not_stated
    assert service.audiences == ["adult-survivors"]
    assert service.genders == ["female"]
    assert service.contact.phone == "01707 276512" and service.contact.phone_verified
    html = page(bundled_client, service.id)
    assert "Ages 18 and over" in html and "age policy not stated" not in html
    assert 'href="tel:01707276512"' in html


def test_spring_lodge_says_its_number_is_office_hours_and_the_centre_is_24_7(by_id, bundled_client):
    service = by_id["spring-lodge-sarc"]
    assert service.opening_hours == "24 hours a day, 7 days a week"
    assert "office hours" in service.contact.phone_notes
    html = page(bundled_client, service.id)
    assert "office hours" in html and "24 hours a day, 7 days a week" in html


def test_emcypsas_shows_its_24_7_hours(by_id):
    # NUH: EMCYPSAS "delivers 24/7 advice, care and support"
    assert by_id["emcypsas-coral-cove-nottingham"].opening_hours == (
        "24 hours a day, 7 days a week"
    )


def test_signhealth_claims_no_delivery_it_gives_no_route_for(by_id):
    service = by_id["signhealth-deaf-domestic-abuse-service"]
    assert not service.contact.text and not service.contact.email
    assert "text" not in service.delivery_modes and "video" not in service.delivery_modes


def test_lucy_faithfull_wales_has_no_welsh_badge_from_the_helpline_and_shows_its_date(
    by_id, bundled_client
):
    service = by_id["stop-it-now-wales"]
    assert "Welsh" not in service.languages
    assert service.source_date == "2022-09-01"
    assert "Welsh-speaking service" not in page(bundled_client, service.id)


def test_a_number_seen_only_on_a_cqc_page_is_not_offered_to_call(by_id, bundled_client):
    # decided once: a CQC page is a regulator's, not the service's own, NHS, police or
    # council page (Topaz was withheld, Hazlehurst shown)
    for sid in ("hazlehurst-centre-sarc", "the-shores-sarc-dorset", "topaz-centre-sarc"):
        service = by_id[sid]
        assert service.contact.phone and not service.contact.phone_verified, sid
        digits = service.contact.phone.replace(" ", "")
        assert f'href="tel:{digits}"' not in page(bundled_client, sid), sid
    assert "phone day or night" not in by_id["topaz-centre-sarc"].description


# --- the patterns, across every listing --------------------------------------------------


def test_no_listing_offers_a_number_whose_only_page_is_cqcs(bundled):
    # pattern e: a CQC-sourced listing offers a number only when a contacts line confirmed it
    # on the service's own, NHS, police or council page (The Havens: its own site)
    for service in bundled:
        if (
            service.contact.phone
            and service.contact.phone_verified
            and is_cqc_page(str(service.source_url))
        ):
            assert any(_CONFIRMED_BY_CONTACTS.match(v) for v in service.verify), service.id


def test_every_delivery_mode_shown_has_its_route(bundled):
    # pattern c: "Text message" with a number to text, "Email" with an address,
    # "Video call" with a website to arrange it
    for service in bundled:
        modes, contact = service.delivery_modes, service.contact
        if "text" in modes:
            assert contact.text, service.id
        if "email" in modes:
            assert contact.email, service.id
        if "video" in modes:
            assert contact.website, service.id


def test_no_black_and_minoritised_tag_without_a_source(bundled):
    # pattern f: no record says JWA, the Muslim Women's Network or Karma Nirvana is a Black
    # and minoritised "by and for" service; their faith and honour-based tags stay
    by_id = {s.id: s for s in bundled}
    assert "jewish" in by_id["jewish-womens-aid"].communities
    assert "muslim" in by_id["muslim-womens-network-helpline"].communities
    for service in bundled:
        assert "black-minoritised" not in service.communities, service.id


def test_hours_the_records_give_are_shown(by_id):
    # pattern b: hours in the record or contacts line from the service's own or a news page
    for sid in (
        "nspcc-helpline",
        "womens-aid-live-chat",
        "meadows-durham-sarc",
        "bridgeway-sarc",
        "spring-lodge-sarc",
        "emcypsas-coral-cove-nottingham",
    ):
        assert by_id[sid].opening_hours, sid


def test_texts_added_from_the_records_own_pages(by_id):
    assert by_id["meic"].contact.text == "84001"
    assert by_id["papyrus-hopeline"].contact.text
