"""The words a card, a service page, the referral pack and its spreadsheet use for "How to get
access" never contradict the listing's own: where its sources say people can contact it
themselves only from an age (13, 16) and younger children are referred by police or social
care, it says so, and never a bare "You can contact them yourself" to a professional referring
a young child (eighth walk-through F7.5). The Welsh notes about English listings, and /about,
say what this directory is (F8.3, F10). Tested on other listings, towns and words than the
report's."""

from __future__ import annotations

import csv
import io
import re

import pytest

from directory.messages import access_at_a_glance, how_to_get_access
from directory.model import Service
from directory.sources.research_text import self_referral_age

#: listings whose sources state an age from which people can refer themselves (not the
#: report's two SARCs): The Havens (London), the Emerald Centre (Bedfordshire), The Bridge
#: (Bristol), all from 13
FROM_13 = ["the-havens-london", "emerald-centre-sarc", "the-bridge-sarc-bristol"]
BARE = "You can contact them yourself"


def _service(**fields) -> Service:
    base = {
        "id": "example-centre",
        "name": "Example Centre",
        "description": "A centre.",
        "source_url": "https://example.org/",
        "last_checked": "2026-12-01",
        "service_area": {"national": True},
        "referral_routes": ["self-referral", "professional-referral"],
    }
    return Service.model_validate(base | fields)


def test_an_age_from_which_people_refer_themselves_is_said_with_the_route():
    service = _service(self_referral_from_age=14)
    full = how_to_get_access(service)
    assert "aged 14 or over can contact them themselves" in full
    assert "younger children are referred by a professional" in full
    assert BARE not in full
    glance = access_at_a_glance(service)
    assert "from age 14" in glance and "through a professional" in glance
    # without an age, as before
    plain = _service()
    assert how_to_get_access(plain).startswith(BARE)
    assert access_at_a_glance(plain) == BARE


@pytest.mark.parametrize("service_id", FROM_13)
def test_bundled_listings_take_the_age_their_own_text_states(bundled, service_id):
    service = next(s for s in bundled if s.id == service_id)
    assert service.self_referral_from_age == 13
    # the listing's own words (its description) say the same age
    assert re.search(r"\b13\b", service.description)
    assert BARE not in how_to_get_access(service)


def test_a_listing_that_takes_anyone_keeps_the_plain_words(bundled):
    # a rape crisis centre for 13 and over (its minimum age, not a referral condition)
    service = next(s for s in bundled if s.id == "srasac-sheffield")
    assert service.self_referral_from_age is None
    assert access_at_a_glance(service) == BARE


def test_the_import_takes_the_age_only_where_the_record_states_it():
    raw = {
        "who_for": "Children and adults; under-14s are referred by the police; 14+ self-refer",
        "note": "Opened in 2024.",
    }
    problems: list[str] = []
    verify: list[str] = []
    assert self_referral_age(raw, {"self_referral_from_age": 14}, problems, verify) == 14
    assert not problems and "14" in verify[0]
    # an age the record does not state beside words of referral is left out, and reported
    problems = []
    assert self_referral_age(raw, {"self_referral_from_age": 12}, problems, []) is None
    assert problems and "not in the researched record" in problems[0]
    assert self_referral_age({"who_for": "Open 24 hours, aged 16"}, {}, [], []) is None


def test_a_card_for_a_professional_asking_about_a_young_child(bundled_client):
    html = bundled_client.get(
        "/search?q=nursery+worker,+a+boy+of+5+told+us+about+sexual+abuse,+where+can+we+refer"
        "&location=Luton"
    ).get_data(as_text=True)
    cards = [c for c in html.split('<li class="app-result">')[1:] if "Emerald Centre" in c]
    assert cards, "the Bedfordshire SARC is among the results near Luton"
    card = cards[0][: cards[0].index("</h3>") + 2000]
    assert "Yourself from age 13; younger children through a professional" in card
    assert BARE not in card


def test_the_service_page_pack_and_spreadsheet_say_the_same(bundled_client):
    page = bundled_client.get("/service/the-havens-london").get_data(as_text=True)
    assert "People aged 13 or over can contact them themselves" in page
    assert BARE not in page
    query = "&".join(f"id={i}" for i in FROM_13)
    pack = bundled_client.get(f"/referral-pack?{query}").get_data(as_text=True)
    assert pack.count("People aged 13 or over can contact them themselves") == 3
    assert BARE not in pack
    text = bundled_client.get(f"/referral-pack.csv?{query}").get_data(as_text=True)
    # the listings' rows (the talk-to-someone lines follow them)
    rows = [r for r in csv.DictReader(io.StringIO(text)) if r["Kind"] == "In your referral pack"]
    assert len(rows) == 3
    for row in rows:
        assert row["How to get access"].startswith("People aged 13 or over")


def test_the_welsh_pages_say_it_in_welsh(bundled_client):
    page = bundled_client.get("/cy/service/emerald-centre-sarc").get_data(as_text=True)
    assert "Gall pobl 13 oed a hŷn gysylltu â nhw eu hunain" in page
    assert "Gallwch gysylltu â nhw eich hun" not in page
    pack = bundled_client.get("/cy/referral-pack?id=the-bridge-sarc-bristol").get_data(as_text=True)
    assert "plant iau yn cael eu hatgyfeirio gan weithiwr proffesiynol" in pack


# --- F8.3: the Welsh note about English listings is true ----------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "/cy/search?q=cymorth+ar+ol+trais+rhywiol&location=Abertawe",
        "/cy/get-help-now",
        "/cy/service/the-bridge-sarc-bristol",
    ],
)
def test_the_welsh_note_does_not_call_our_summaries_their_own_words(bundled_client, address):
    html = bundled_client.get(address).get_data(as_text=True)
    assert "yn Saesneg yn unig; dydyn ni ddim wedi" in html
    # never "we show their own words": the English is often the directory's own summary
    assert "eu geiriau eu hunain" not in html and "ei eiriau ei hun" not in html


# --- F10: /about says what this directory is ------------------------------------------------


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_about_says_the_listings_are_our_own_and_links_the_authoritative_list(
    bundled_client, prefix
):
    html = bundled_client.get(f"{prefix}/about").get_data(as_text=True)
    main = html[html.index("<main") :]
    first = main[: main.index("</p>", main.index("</p>") + 4)]
    # the first two paragraphs: our own listings, each with its source; the CSA Centre
    # directory is the authoritative list, linked, and ours were not taken from it
    assert "local copy" not in html and "copi lleol" not in html
    if prefix:
        assert "ei gofnodion ei hun" in first and "ffynhonnell" in first
        assert "Dydy ein cofnodion ni ddim yn dod ohono" in first
    else:
        assert "its own listings" in first and "links to its source" in first
        assert "Our listings were not taken from it" in first
    assert 'href="https://' in first and "CSA Centre" in first
