"""The first local card is one the person can use (fourteenth walk-through F3, branch w19local).

The report's pages: in every Cumbrian search the first local card was Safety Net, "We have no
contact details for this service yet"; Devon and Cornwall's children's SARC, with a confirmed
number, came under "Other services near you" for a parent of a 7-year-old, below the SARC whose
number is still being confirmed; Elms SARC, "Adults; age policy not stated", came above the
rape crisis service that counsels young people; and a page whose local services matched the
words said "No service near you matches your words closely". Tested here in other words and
other towns, English and Welsh, both ways. Every test marked "old:" fails on 8b83477.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from directory.finder import FindRequest, find
from directory.search.near_order import reachable_first

from .helpers import near_ids, page

NO_ROUTE = "safety-net-cumbria"  # therapy for children in Cumbria, no contact details
CUMBRIA_SARC = "bridgeway-sarc"  # reached through the NHS finder
CHILDRENS_SARC = "devon-cornwall-sarc-childrens-service"  # under-18s, a confirmed number
ALL_AGES_SARC = "devon-cornwall-sarc"  # children and adults, number being confirmed
# (Elms SARC was "Adults; age policy not stated" until ages-2026-12.jsonl found a page saying
# it sees children: the tests of an adults' centre of unstated ages use another one)
ADULTS_UNSTATED = "angel-centre-gateshead"  # "Adults; age policy not stated"
YOUNG_SURVIVORS = "children-north-east-safe"  # therapy for young people and their families

# (seventeenth walk-through F2.4) shorter, the link in the sentence
MATCHED_LATER = "Services near you that match your words are further down"
MATCHED_LATER_CY = "Yn nes ymlaen mae gwasanaethau lleol sy’n cyfateb i’ch geiriau"
# (twenty-fifth walk-through F1) the heading the link goes to says why they are further down
NO_CONTACT = "Services near you that match your words but have no contact details we could confirm"
NO_CONTACT_CY = (
    "Gwasanaethau yn agos atoch chi sy’n cyfateb i’ch geiriau ond heb fanylion cyswllt y gallen "
    "ni eu cadarnhau"
)
NOTHING_MATCHES = "No service near you matches your words closely."
# (twenty-sixth walk-through F1) the sentence no longer sends them down to a match with no
# contact details: it says none near that matches has any we could confirm, (twenty-seventh
# walk-through F1) and where help they can reach is
NONE_REACHABLE = "No service near you that matches your words has contact details we could confirm"
NONE_REACHABLE_CY = (
    "Does dim gwasanaeth agos sy’n cyfateb ac sydd â manylion cyswllt wedi’u cadarnhau"
)


def _near(bundled_index, gazetteer, q: str, location: str) -> list[str]:
    return near_ids(find(bundled_index, gazetteer, FindRequest(q=q, location=location)))


# --- 1. a service with no way to reach it is never the first local card -------------------


@pytest.mark.parametrize(
    ("q", "location"),
    [
        # (fifteenth session) a child who says she is under 16, who can contact Cumbria's SARC
        # by herself no more than Safety Net, has Safety Net's therapy first
        # (tests/test_fifteenth_child_reach.py); with no age said, the centre still leads
        ("my stepdad comes in my room and touches me", "Cockermouth"),
        ("my mums boyfriend does sexual things to me", "Ulverston"),
        ("my son is 9 and a neighbour abused him, who can help", "Whitehaven"),
        ("mae fy merch 9 oed wedi cael ei cham-drin gan gymydog", "Appleby-in-Westmorland"),
    ],
)
def test_a_service_with_no_contact_details_follows_one_that_can_be_reached(
    bundled_index, gazetteer, q, location
):
    # old: Safety Net was the first card under "Other services near you"
    near = _near(bundled_index, gazetteer, q, location)
    assert near[0] != NO_ROUTE, near
    assert bundled_index.services[near[0]].contact.has_route
    # ... and it is still listed (its listing fits a child: the person may find it another way)
    assert NO_ROUTE in near, near


def test_a_no_route_service_keeps_its_place_when_nothing_near_can_be_reached(bundled_index):
    # the false reading: moving by reach never drops a card or reorders what it keeps
    columns = SimpleNamespace(
        reachable=np.array([False, True, True, True, False]),
        phoned=np.array([False, False, True, False, False]),
    )
    none = np.zeros(5, dtype=bool)
    kept = np.array([False, False, False, True, False])
    order = reachable_first(columns, np.array([0, 1, 2, 3, 4]), kept, (none, none))  # type: ignore[arg-type]
    # a confirmed phone, then another route, the no-route ones last; 3 stays where it was
    assert order.tolist() == [2, 1, 0, 3, 4]
    only_unreachable = reachable_first(columns, np.array([4, 0]), none, (none, none))  # type: ignore[arg-type]
    assert only_unreachable.tolist() == [4, 0]


# --- 2. for a child or a parent, a children's service before an adults' listing ----------


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my little girl is 6 and says her step grandad hurt her, what now", "Torquay"),
        ("my son is 8 and his uncle abused him, what do we do", "Bodmin"),
        ("mae fy mab 8 oed wedi cael ei gam-drin gan ei ewythr", "Tavistock"),
    ],
)
def test_a_parent_gets_the_childrens_centre_with_a_number_first(
    bundled_index, gazetteer, q, location
):
    # old: the centre for all ages, number being confirmed, came first; the children's
    # centre, judged by a parent's age of 35, after it under "Other services near you"
    near = _near(bundled_index, gazetteer, q, location)
    assert near[:2] == [CHILDRENS_SARC, ALL_AGES_SARC], near


def test_a_child_still_gets_the_childrens_centre_with_a_number_first(bundled_index, gazetteer):
    # the other way: where the children's centre already came first, it still does
    near = _near(
        bundled_index, gazetteer, "my stepdad comes in my room and touches me, im 13", "Bodmin"
    )
    assert near[:2] == [CHILDRENS_SARC, ALL_AGES_SARC], near


def test_an_adult_is_not_sent_to_the_childrens_centre(bundled_index, gazetteer):
    # the false reading: the child's age, not a children's centre for everyone
    near = _near(
        bundled_index, gazetteer, "i was abused as a child, im 40, want counselling", "Torquay"
    )
    assert CHILDRENS_SARC not in near[:1], near


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my stepdad comes in my room and touches me, im 13", "Hexham"),
        ("mae fy llystad yn dod i fy stafell ac yn fy nghyffwrdd i, dwi'n 13 oed", "Blyth"),
        ("my daughter is 9 and told me a family friend abused her months ago", "Morpeth"),
    ],
)
def test_an_adults_listing_follows_the_service_naming_young_survivors(
    bundled_index, gazetteer, q, location
):
    # old: Elms SARC, shown as "Adults; age policy not stated", came first
    near = _near(bundled_index, gazetteer, q, location)
    assert near.index(YOUNG_SURVIVORS) < near.index(ADULTS_UNSTATED), near


def test_a_centre_still_comes_for_a_rape_last_night(bundled_index, gazetteer):
    # the other way: words telling of a rape ask for a centre, whatever its age policy: it
    # stays near the child, not moved after the national answers
    results = find(
        bundled_index,
        gazetteer,
        FindRequest(q="my stepbrother raped me last night, im 14", location="Gateshead"),
    )
    assert ADULTS_UNSTATED in [i.service.id for i in results.local.items], near_ids(results)


# --- 3. "No service near you matches your words closely" only when it is true --------------


@pytest.mark.parametrize(
    ("path", "q", "location", "said"),
    [
        # (Keswick and Cockermouth until the Cumbrian SARC's listing said it sees children:
        # its card now comes first there, matched; St Helens, for a 14-year-old, until the
        # seventeenth walk-through F2: its SARC, "Adults; age policy not stated", is not
        # announced to a child as a match, tests/test_w22page.py)
        (
            "/search",
            "counselling for a young person abused by a relative",
            "Kendal",
            (NONE_REACHABLE, NO_CONTACT),
        ),
        (
            "/cy/search",
            "therapi i berson ifanc a gafodd ei gam-drin gan aelod o'r teulu",
            "Kendal",
            (NONE_REACHABLE_CY, NO_CONTACT_CY),
        ),
    ],
)
def test_a_page_whose_local_services_matched_does_not_say_none_matched(
    bundled_client, path, q, location, said
):
    # old: "No service near you matches your words closely", above Safety Net and the SARC
    response = bundled_client.get(
        path, query_string={"q": q, "location": location}, follow_redirects=True
    )
    soup = page(response)
    text = " ".join(soup.get_text(" ").split())
    sentence, heading = said
    assert sentence in text
    # ... and the section it points to says why they are there (Safety Net: no contact details)
    found = soup.select_one('h2[id="moved-contact-title"]')
    assert found is not None and heading in " ".join(found.get_text(" ").split())
    assert NOTHING_MATCHES not in text
    assert "Does dim gwasanaeth yn agos atoch chi sy’n cyfateb yn dda" not in text


def test_a_page_whose_local_services_did_not_match_still_says_so(bundled_client):
    # the other way: in Cambridgeshire neither service near matched these words closely
    q = "my stepdad comes in my room and touches me, im 13"
    response = bundled_client.get(
        "/search", query_string={"q": q, "location": "Huntingdon"}, follow_redirects=True
    )
    text = " ".join(page(response).get_text(" ").split())
    assert "Other services near you" in text
    assert NOTHING_MATCHES in text
    assert MATCHED_LATER not in text and NO_CONTACT not in text
