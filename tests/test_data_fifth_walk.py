"""The fifth phone walk-through's data gaps (F3-F6, docs/walkthrough-2026-12/fifth/README.md):
what stored pages showed when the listings were read again (contacts-2026-12-more.jsonl, lines
recorded for the fifth walk-through) and what a person now sees. Searches use other words than
the report's."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, find

from .helpers import service_page as page


def _local(directory, q: str, location: str) -> list[str]:
    results = find(directory.index, directory.gazetteer, FindRequest(q=q, location=location))
    return [i.service.id for i in [*results.local.items, *results.more_local]]


def test_the_glade_offers_its_own_self_referral_number(by_id, bundled_client):
    # printed on the centre's own FAQ as the line to phone for an appointment; it was held
    # back only by a note asking for a check first (contacts-2026-12.jsonl)
    glade = by_id["the-glade-sarc"]
    assert glade.contact.callable_phone == "0808 178 2058"
    assert 'href="tel:08081782058"' in page(bundled_client, "the-glade-sarc")


def test_someone_near_worcester_finds_the_glade_with_a_number(directory, by_id):
    ids = _local(directory, "raped by my partner last month who can help", "Worcester")
    assert "the-glade-sarc" in ids
    assert by_id["the-glade-sarc"].contact.callable_phone


@pytest.mark.parametrize(
    "sid",
    [
        # own page and council page give two different 24-hour numbers, neither the CQC one
        "horizon-sarc-west-midlands-children",
        # its 0800 number is printed only on a partner charity's site
        "the-shores-sarc-dorset",
        # only third-party pages print a number
        "samaritans-welsh-language-line",
        "napac",
        "we-are-survivors",
    ],
)
def test_numbers_no_own_or_official_page_settles_are_not_offered(by_id, sid):
    assert not by_id[sid].contact.callable_phone


@pytest.mark.parametrize("place", ["Stockton-on-Tees", "Hartlepool", "Redcar"])
def test_teesside_services_cover_the_cleveland_towns(directory, place):
    # Middlesbrough council's page: SARC Teesside covers Redcar and Cleveland, Middlesbrough,
    # Stockton and Hartlepool; Arch Teesside runs the Cleveland-wide ISVA service
    ids = _local(directory, "my stepdad did things to me when i was small", place)
    assert {"sarc-teesside", "arch-teesside"} <= set(ids)


def test_yellow_door_links_its_own_site_not_only_a_research_email(by_id, bundled_client):
    # its card had only an email taken from a university research blog
    assert str(by_id["yellow-door-southampton"].contact.website) == "https://yellowdoor.org.uk/"
    assert 'href="https://yellowdoor.org.uk/"' in page(bundled_client, "yellow-door-southampton")


def test_sarsas_card_names_the_whole_area_it_covers(directory, by_id):
    # it covers all five Avon and Somerset councils; its text named only three of them
    ids = _local(directory, "raped years ago and want someone to talk to", "Weston-super-Mare")
    assert "sarsas" in ids
    assert "North Somerset" in by_id["sarsas"].description
    assert "South Gloucestershire" in by_id["sarsas"].description
