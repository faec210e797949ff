"""Issue 26: the facts the fourth December 2026 data check (docs/data-check-2026-12-fourth.md)
found contradicted or misleading, and the patterns behind them, checked across every bundled
listing where they can be checked mechanically."""

from __future__ import annotations

import re

import pytest

from directory.web.listing_text import who_text

from .helpers import service_page as page

# --- the findings, one by one ------------------------------------------------------------


@pytest.mark.parametrize("sid", ["hope-house-sarc-gloucester", "swindon-wiltshire-sarc"])
def test_sarcs_whose_cqc_page_says_16_and_over_say_so(by_id, bundled_client, sid):
    # CQC, 3-4 May 2023: "Children under the age of 16 are not seen at this service"
    service = by_id[sid]
    assert service.minimum_age == 16 and not service.ages_not_stated
    html = page(bundled_client, sid)
    assert "Ages 16 and over" in html and "age policy not stated" not in html


@pytest.mark.parametrize("sid", ["serenity-sarc-northampton", "solace-sarc-thames-valley"])
def test_sarcs_whose_cqc_page_names_children_do_not_say_age_policy_not_stated(by_id, sid):
    service = by_id[sid]
    assert "children-young-people" in service.audiences and not service.ages_not_stated


def test_respond_links_its_home_not_its_volunteer_page(by_id):
    assert str(by_id["respond-learning-disability"].contact.website) == "https://respond.org.uk/"


def test_jewish_womens_aid_links_its_home_and_shows_its_page_date(by_id, bundled_client):
    service = by_id["jewish-womens-aid"]
    assert str(service.contact.website) == "https://www.jwa.org.uk/"
    assert service.source_date == "2023-11-09"
    assert "November 2023" in page(bundled_client, service.id)


def test_rasa_adult_services_is_not_listed_for_children(by_id):
    service = by_id["rasa-merseyside"]
    assert service.audiences == ["adult-survivors"] and not service.ages_not_stated
    assert "phone line" not in service.description


def test_horizon_headline_age_is_under_18_and_it_may_have_moved(by_id, bundled_client):
    service = by_id["horizon-sarc-west-midlands-children"]
    assert service.maximum_age == 17
    assert "Up to age 25" not in page(bundled_client, service.id)
    assert "25 with complex needs" in service.description
    assert "Wednesbury" in service.status_note


@pytest.mark.parametrize("sid", ["we-are-survivors", "safeline-nmsh"])
def test_men_and_boys_only_is_not_said_of_their_family_and_friends(bundled_client, sid):
    html = page(bundled_client, sid)
    assert "Family and friends; men and boys only" not in html
    assert "men and boys only; also family and friends" in html


def test_survivorsuk_is_not_labelled_for_lgbt_people(by_id, bundled_client):
    # "men and boys, LGBT+ people only" read as open to lesbian and bisexual women; its
    # description says "men and boys ..., including trans and non-binary survivors"
    assert "lgbt" not in by_id["survivorsuk"].genders
    html = page(bundled_client, "survivorsuk")
    assert "LGBT+ people only" not in html and "trans and non-binary" in html


def test_the_mix_shows_its_text_route_and_promises_no_phone_or_email(by_id, bundled_client):
    service = by_id["the-mix"]
    assert service.contact.text == "85258"
    html = page(bundled_client, service.id)
    assert 'href="sms:85258"' in html and "THEMIX" in html
    assert not re.search(r"\bphone\b|\bemail\b", service.description)


@pytest.mark.parametrize(
    ("sid", "promise"),
    [
        ("family-lives", r"phone|email"),
        ("crasac-coventry", r"helpline"),
        ("rasa-merseyside", r"phone line"),
    ],
)
def test_descriptions_promise_no_route_the_card_lacks(by_id, sid, promise):
    assert not re.search(promise, by_id[sid].description)


@pytest.mark.parametrize(
    ("sid", "date"),
    [("shout-85258", "2024-11-04"), ("samaritans-welsh-language-line", "2021-07-01")],
)
def test_dated_national_pages_show_their_date(by_id, sid, date):
    assert by_id[sid].source_date == date


def test_bridgeway_record_names_cumbria(by_id):
    service = by_id["bridgeway-sarc"]
    assert "Cumbria" in service.description and service.service_area.police_force_areas


def test_arch_teesside_has_no_stale_confirm_first_note(by_id):
    service = by_id["arch-teesside"]
    assert service.contact.callable_phone
    assert not [v for v in service.verify if "confirm it before it is offered" in v]


# --- the patterns, across every listing --------------------------------------------------

_PHONE_PROMISE = re.compile(
    r"\b(?:help|support|phone) ?line\b|\byou can (?:\w+ )?(?:phone|call)\b", re.IGNORECASE
)


def test_no_description_promises_a_route_the_card_cannot_give(bundled):
    for service in bundled:
        c = service.contact
        text = service.description.replace("not a helpline", "")
        # "YoungMinds Parents Helpline": a description may say what the name already does
        if _PHONE_PROMISE.search(text) and "helpline" not in service.name.lower():
            assert c.phone, service.id
        if re.search(r"\be-?mail\b", text, re.IGNORECASE):
            assert c.email, service.id
        if re.search(r"\btext\b", text, re.IGNORECASE):
            assert c.text, service.id


def test_no_gender_restriction_covers_family_friends_or_professionals(bundled, bundled_client):
    with bundled_client.application.test_request_context("/"):
        for service in bundled:
            text = who_text(service)
            if "only" not in text:
                continue
            restricted = text.split(" only")[0]
            for label in ("Family and friends", "Parents and carers", "Professionals"):
                assert label not in restricted, (service.id, text)


def test_no_listing_is_for_lgbt_people_and_one_gender_at_once(bundled):
    for service in bundled:
        assert not ({"lgbt"} < set(service.genders) and len(service.genders) > 1), service.id


def test_no_listing_named_for_adults_is_offered_to_children(bundled):
    for service in bundled:
        if re.search(r"\badults?\b", service.name, re.IGNORECASE):
            assert "children-young-people" not in service.audiences, service.id


def test_no_website_is_a_volunteer_or_news_page_of_a_specialist_service(bundled):
    for service in bundled:
        website = str(service.contact.website or "")
        assert "/cosa/" not in website and "/news/chief-rabbi" not in website, service.id


def test_every_listing_with_a_source_date_in_its_notes_shows_one(bundled):
    # national records keep "Source date: ..." in their notes; the dated ones show it
    for service in bundled:
        notes = " ".join(service.verify)
        found = re.search(r"Source date: [^;.]*\b(?:19|20)\d\d\b", notes)
        if found and "undated" not in found.group(0) and service.id != "nhs-sarcs":
            assert service.source_date, service.id
