"""The seventh independent data check (docs/data-check-2026-12-seventh.md): its one
contradicted fact."""

from __future__ import annotations

import re

from .helpers import service_page as page


def test_rasasc_cheshire_offers_play_therapy_to_children_from_5(by_id, bundled_client):
    # its merged record and own page: "play therapy for children aged 5 – 16 years old"
    service = by_id["rasasc-cheshire"]
    assert service.minimum_age == 5 and not service.ages_not_stated
    assert "children-young-people" in service.audiences
    html = page(bundled_client, "rasasc-cheshire")
    assert "age policy not stated" not in html and "play therapy for children aged 5 to 16" in html


def test_havens_says_it_sees_people_assaulted_in_the_past_12_months(by_id, bundled_client):
    # its own text on the Tower Hamlets local offer page: "raped or sexually assaulted in the
    # past 12 months"; about-us: the centres are "open 24/7"
    service = by_id["the-havens-london"]
    assert "past 12 months" in service.description and "past 12 months" in service.eligibility
    assert service.opening_hours.startswith("Centres open 24 hours a day")
    html = page(bundled_client, "the-havens-london")
    assert "in the past 12 months" in html and "Centres open 24 hours a day" in html


def test_survivors_trust_source_is_dated_as_its_page_is(bundled_client):
    # the buzzsprout page is headed "July 09, 2021"
    html = page(bundled_client, "survivors-trust")
    assert "no date shown" not in html and "July 2021" in html


def test_one_in_four_kent_link_is_labelled_as_the_national_charitys(bundled_client):
    html = page(bundled_client, "one-in-four-kent")
    assert "does not name the Kent service" in html


def test_devon_cornwall_sarc_does_not_say_phone_without_a_number(by_id, bundled_client):
    service = by_id["devon-cornwall-sarc"]
    assert not service.contact.callable_phone
    assert "Phone the 24-hour line" not in service.description
    assert "find its number on the NHS website" in page(bundled_client, "devon-cornwall-sarc")


def test_no_description_tells_the_reader_to_phone_when_the_card_has_no_number(bundled):
    # sweep of the seventh check's pattern 5: "Phone the 24-hour line" / "can call too" on a
    # card whose number is withheld
    told = re.compile(r"\b(phone|call|ring)\b (the (?!police)|us|them|day|any|too)", re.IGNORECASE)
    for s in bundled:
        if not s.contact.callable_phone:
            assert not told.search(s.description), s.id
