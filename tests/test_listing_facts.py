"""Issue 26: the facts the December 2026 data check found wrong or misleading, as people meet
them on the bundled listings, and every listing's route to the service."""

from __future__ import annotations

import json
import re

import pytest

from directory.coverage import coverage
from directory.geo import load_police_force_areas
from directory.sources.research_text import first_phone, read_source_date, source_kind

from .helpers import GAZETTEER_PATH, PROJECT_ROOT
from .helpers import service_page as page

RESEARCH = PROJECT_ROOT / "bundled_data" / "research"


def test_survivorsuk_is_a_london_service_not_one_for_all_of_england_and_wales(by_id):
    service = by_id["survivorsuk"]
    assert not service.is_national
    assert service.service_area.regions == ["London"]


def test_survivorsuk_is_not_shown_as_for_men_and_boys_only(by_id, bundled_client):
    # fourth data check, finding 6: "men and boys, LGBT+ people only" read as open to lesbian
    # and bisexual women; it is for men and boys, and its description adds "including trans
    # and non-binary survivors"
    assert "lgbt" not in by_id["survivorsuk"].genders
    html = page(bundled_client, "survivorsuk")
    assert "LGBT+ people only" not in html and "trans and non-binary" in html


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


# --- the second data check, December 2026 (docs/data-check-2026-12.md) -------------------


def test_the_adults_label_does_not_say_abused_as_children(bundled_client):
    from directory.oruk.mapping import TAXONOMIES  # noqa: PLC0415
    from directory.vocabulary import AUDIENCES  # noqa: PLC0415

    assert AUDIENCES["adult-survivors"] == "Adults"
    assert "as children" not in str(TAXONOMIES)
    html = page(bundled_client, "reach-counselling")  # sexual violence in the last 12 months
    assert "abused as children" not in html
    welsh = bundled_client.get("/cy/service/reach-counselling").get_data(as_text=True)
    assert "Oedolion" in welsh and "cam-drin yn blant" not in welsh


@pytest.mark.parametrize(
    "sid",
    [
        "amethyst-sarc-north-wales",
        "solace-sarc-thames-valley",
        "elms-sarc-cambridgeshire",
        "rasasc-north-wales-rape-and-sexual-abuse-support-centre",
        "serenity-sarc-northampton",
    ],
)
def test_a_centre_whose_record_sets_no_age_limit_is_not_adults_only(by_id, sid):
    assert "children-young-people" in by_id[sid].audiences


def test_an_age_limit_the_record_states_still_keeps_children_out(by_id):
    from directory.sources.research_text import states_adults_only  # noqa: PLC0415

    # over 18, children served elsewhere, adults abused in childhood
    for sid in ("millfield-house-sarc", "the-glade-sarc", "blue-sky-centre-sarc"):
        assert "children-young-people" not in by_id[sid].audiences, sid
    assert states_adults_only({"who_for": "Survivors of childhood sexual abuse"}, {})
    assert states_adults_only({"who_for": "Men experiencing domestic abuse"}, {})
    assert not states_adults_only({"who_for": "Boys and men affected by sexual abuse"}, {})
    assert not states_adults_only({"who_for": "People who have been sexually assaulted"}, {})


def test_a_merged_record_brings_its_audiences_and_abuse_types(by_id):
    # 'RASASC play therapy' (children 5-16) is merged into RASASC Cheshire
    assert "child-sexual-abuse" in by_id["rasasc-cheshire"].abuse_types
    assert "children-young-people" in by_id["rasasc-cheshire"].audiences
    report = (RESEARCH / "import-report.md").read_text(encoding="utf-8")
    line = next(x for x in report.splitlines() if "| RASASC play therapy |" in x)
    assert "abuse types child-sexual-abuse" in line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017 and 2025 news items", ("", False)),  # new-pathways: which is the page's?
        ("undated blog (founded 2006)", ("", False)),  # aurora: a founding year
        ("Salford page undated; Salford City Radio item for awareness week (2026)", ("", False)),
        ("criteria page undated; BBC item c.September 2023", ("", False)),  # brave-futures
        ("undated case study (service set up 2020)", ("", False)),
        ("c.February 2018", ("2018-02", True)),
        (
            "CQC inspection 26-27 November 2019; rebrand reported 4 August 2025",
            ("2019-11", False),  # two days: no one day (ninth walk-through F5.5)
        ),
        ("c.2016 (30th anniversary)", ("2016", True)),
        ("NHS trust news pages, c.2019-2021", ("2019", True)),
    ],
)
def test_a_source_date_is_the_date_the_cited_page_shows(text, expected):
    assert read_source_date(text) == expected


def test_source_dates_on_the_listings_the_check_found(by_id, bundled_client):
    assert by_id["new-pathways"].source_date == "2025-05-01"  # the cited page's own date
    for sid in ("aurora-foundation-london", "saint-marys-sarc-manchester", "brave-futures"):
        assert not by_id[sid].source_date, sid
    assert "about 2026" not in page(bundled_client, "saint-marys-sarc-manchester")


def test_a_blog_on_wordpress_is_not_a_news_report(by_id):
    assert source_kind("https://thebobbyscheme.wordpress.com/2019/x/") == "other"
    assert source_kind("https://www.denbighshirefreepress.co.uk/news/1") == "news"
    assert by_id["elms-sarc-cambridgeshire"].source_kind == "other"


def test_cqc_copies_are_labelled_alike_and_the_public_page_is_preferred(by_id):
    assert source_kind("https://dev.cqc.org.uk/location/RA7CQ/reports") == "official"
    assert source_kind("https://gl-dpcqc.axis12.com/location/1-1/reports") == "official"
    for sid in ("grange-park-sarc", "horizon-sarc-west-midlands-children"):
        assert str(by_id[sid].source_url).startswith("https://www.cqc.org.uk/"), sid
    # a number seen only on the developer's copy is still not offered to call
    assert not by_id["topaz-centre-sarc"].contact.phone_verified


def test_arch_teesside_links_its_own_site_and_its_number_is_confirmed(by_id):
    contact = by_id["arch-teesside"].contact
    assert str(contact.website).startswith("https://archteesside.org")
    assert contact.callable_phone == "01642 822331"


def test_meic_is_not_an_isva_service_and_its_number_rests_on_a_government_page(by_id):
    assert "advocacy-isva" not in by_id["meic"].support_types
    assert "gov.wales" in str(by_id["meic"].source_url)
    assert by_id["meic"].contact.callable_phone == "0808 802 3456"


@pytest.mark.parametrize(
    ("sid", "words"),
    [
        ("samaritans", "24 hours"),
        ("victim-support", "24/7"),
        ("meic", "8am to midnight"),
        ("sarc-teesside", "24 hours"),
        ("rasasc-cheshire", "evenings and weekends"),
    ],
)
def test_opening_hours_the_record_states_are_shown(by_id, bundled_client, sid, words):
    assert words in by_id[sid].opening_hours
    assert words in page(bundled_client, sid).split("Opening hours", 1)[1][:400]


def test_no_listing_shows_not_stated_as_its_hours(bundled):
    assert not [s.id for s in bundled if s.opening_hours.lower().startswith("not stated")]


def test_who_brave_futures_is_for_is_shown_and_reach_takes_self_referrals(by_id):
    assert "reported to police" in by_id["brave-futures"].eligibility
    assert "self-referral" in by_id["reach-counselling"].referral_routes


def test_a_local_service_with_no_number_is_not_called_a_helpline(by_id):
    service = by_id["rape-crisis-tyneside-northumberland"]
    assert "helpline" not in service.support_types
    local = json.loads((PROJECT_ROOT / "bundled_data/services/local-services.json").read_text())
    for record in local["records"]:
        s = by_id[record["id"]]
        if "helpline" in s.support_types:
            assert s.contact.phone or s.contact.text, s.id


def test_facts_a_page_supports_are_in_the_records():
    records = {
        r["name"]: r for r in map(json.loads, (RESEARCH / "local-services-seen.jsonl").open())
    }
    angel = records["The Angel Centre, Gateshead"]
    assert "Northumbria" in angel["area_served"]
    assert any("northumbria-pcc.gov.uk" in u for u in angel["other_sources"])
    assert any("shropshirestar" in u for u in records["New Pathways"]["other_sources"])
