"""Issue 26: the facts the December 2026 data check found wrong or misleading, as people meet
them on the bundled listings, and every listing's route to the service."""

from __future__ import annotations

import re

import pytest

from directory.coverage import coverage
from directory.geo import load_police_force_areas
from directory.sources.research import first_phone, source_kind

from .helpers import GAZETTEER_PATH


@pytest.fixture(scope="module")
def by_id(bundled):
    return {s.id: s for s in bundled}


def page(client, sid: str) -> str:
    response = client.get(f"/service/{sid}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_survivorsuk_is_a_london_service_not_one_for_all_of_england_and_wales(by_id):
    service = by_id["survivorsuk"]
    assert not service.is_national
    assert service.service_area.regions == ["London"]


def test_survivorsuk_is_not_shown_as_for_men_and_boys_only(by_id, bundled_client):
    assert "lgbt" in by_id["survivorsuk"].genders
    assert "men and boys only" not in page(bundled_client, "survivorsuk")


def test_ynys_saff_covers_cardiff_and_gwent_but_not_swansea(by_id, gazetteer):
    codes = set(
        by_id["ynys-saff-safe-island-sarc-cardiff-royal-infirmary"].service_area.local_authorities
    )
    named = {gazetteer.councils[c].name for c in codes}
    assert {"Cardiff", "Newport", "Merthyr Tydfil"} <= named
    assert not {"Swansea", "Neath Port Talbot"} & named


def test_ynys_saff_is_not_tagged_adults_only(by_id):
    # its source states no age policy: a children's filter must not drop it
    assert (
        "children-young-people"
        in by_id["ynys-saff-safe-island-sarc-cardiff-royal-infirmary"].audiences
    )


def test_stop_it_now_wales_shows_its_name_since_december_2023(by_id):
    assert by_id["stop-it-now-wales"].name.startswith("Lucy Faithfull Foundation Wales")


def test_sarc_teesside_website_is_not_the_national_finder(by_id, bundled_client):
    contact = by_id["sarc-teesside"].contact
    assert contact.website is None or "nhs.uk/sarcs" not in str(contact.website)
    html = page(bundled_client, "sarc-teesside")
    assert not re.search(r'href="https://www\.nhs\.uk/sarcs"[^>]*>Website', html)


def test_a_primarily_16_plus_age_is_not_shown_as_a_firm_limit(by_id, bundled_client):
    assert by_id["sarc-teesside"].minimum_age is None
    assert "Ages 16 and over" not in page(bundled_client, "sarc-teesside")


def test_hours_stated_in_a_description_are_shown_as_hours(by_id, bundled_client):
    assert "day or night" in by_id["childline"].description
    assert by_id["childline"].opening_hours
    html = page(bundled_client, "childline")
    assert "day or night" in html.split("Opening hours", 1)[1][:400]


def test_a_charity_whose_name_holds_pcc_is_not_an_official_page():
    assert (
        source_kind("https://www.nspcc.org.uk/what-is-child-abuse/", "", "NSPCC") == "own-website"
    )
    assert source_kind("https://www.nspcc.org.uk/what-is-child-abuse/") != "official"
    assert source_kind("https://www.durham-pcc.gov.uk/news/x") == "official"
    assert source_kind("https://www.westmercia-pcc.gov.uk/x") == "official"


def test_childline_source_is_not_labelled_an_official_page(by_id, bundled_client):
    assert by_id["childline"].source_kind != "official"
    assert "an official page" not in page(bundled_client, "childline")


def test_a_bracketed_area_code_is_read_whole():
    assert first_phone("(0116) 273 3330") == "0116 273 3330"
    assert first_phone("01707) 355444") == "01707 355444"


def test_a_number_not_confirmed_is_never_a_tel_link(by_id, bundled_client):
    html = page(bundled_client, "topaz-centre-sarc")
    assert not by_id["topaz-centre-sarc"].contact.phone_verified
    assert 'href="tel:' not in html.split("<h2", 1)[1].split("Source:", 1)[0]


def test_a_left_out_record_with_a_route_now_is_listed_with_it(by_id):
    # Barnsley's children's ISVA: its cited council page is its contact
    assert "barnsley.gov.uk" in str(by_id["barnsley-cisva"].contact.website)
    assert by_id["sericc-south-essex"].contact.callable_phone == "01375 380609"
    assert "free" not in by_id["aurora-foundation-london"].description.lower()


def test_every_listing_without_a_route_of_its_own_gives_one_that_works(bundled, bundled_client):
    for service in bundled:
        if not service.listed or service.contact.has_own_route:
            continue
        html = page(bundled_client, service.id)
        contact = html.split('class="govuk-body app-contact"', 1)[1].split("</p>", 1)[0]
        assert "police" not in contact.lower(), service.id
        assert 'href="https://www.nhs.uk/sarcs"' in contact or 'href="/get-help-now"' in contact, (
            service.id
        )


def test_no_police_force_area_is_left_with_no_contact_details(bundled, gazetteer):
    found = coverage(bundled, gazetteer, load_police_force_areas(GAZETTEER_PATH))
    assert not [f.force for f in found.forces if f.count and not f.with_route]
    assert found.route_total >= found.own_route_total
