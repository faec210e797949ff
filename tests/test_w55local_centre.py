"""(w55local, check58 finding 6) After an assault in the last few days, the sexual assault
referral centre (SARC) the warning points to is the first local card when its area covers the
place, unless its own listing says it does not see this person.

"my uncle raped me this morning" in Swindon was read as a child's words, and the Swindon and
Wiltshire centre, which sees people from 16, was held back as a service for adults: the page
said "No service near you matches your words closely" and the centre came under "Other
services near you", below the national cards."""

from __future__ import annotations

import pytest

from tests.helpers import bundled_records, cards_and_words, searched, talk_box, warned

RECENT = "If it happened in the last few days"
CENTRE = "swindon-wiltshire-sarc"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my stepdad raped me last night", "Trowbridge, Wiltshire"),
        ("my cousin sexually assaulted me yesterday", "Marlborough, Wiltshire"),
        ("my grandad did stuff to me in his car on saturday", "Devizes"),
    ],
)
def test_the_covering_centre_is_the_first_card_after_a_recent_assault(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, RECENT), words
    first = cards_and_words(soup)[0]
    assert first[0] == CENTRE, (words, first)


def test_the_centre_stays_first_when_the_age_given_is_one_it_sees(bundled_client):
    soup = searched(bundled_client, "im 16 and my brother's friend raped me last night", "Calne")
    assert cards_and_words(soup)[0][0] == CENTRE


def test_a_centre_whose_stated_ages_leave_the_child_out_is_not_put_first(bundled_client):
    """(guard) Its listing says it sees people from 16: a 13-year-old is not sent there."""
    soup = searched(bundled_client, "my uncle raped me last night im 13", "Warminster")
    assert CENTRE not in [sid for sid, _ in cards_and_words(soup)][:1]


# (w55local, check58 finding 8) North Wales' own services state "sexual violence", not child
# sexual abuse: for a young person's words with no age they were held back, and the page said
# "No service near you matches your words closely" while South Wales' New Pathways came first


def _north_wales_ids() -> set[str]:
    return {
        sid
        for sid, record in bundled_records().items()
        if "North Wales" in record.get("service_area", {}).get("police_force_areas", [])
    }


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("my grandad touches me", "Prestatyn", False),
        ("my step brother keeps abusing me", "Flint", False),
        ("mae fy nhaid yn fy ngham-drin i", "Porthmadog", True),
    ],
)
def test_north_wales_services_come_first_for_a_young_persons_words(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert "matches your words closely" not in soup.get_text(" ")
    assert "cyfateb yn dda i’ch geiriau" not in soup.get_text(" ")
    first = cards_and_words(soup)[0][0]
    assert first in _north_wales_ids(), (words, first)


def test_a_welsh_age_said_as_ydw_i_is_read(bundled_client):
    soup = searched(
        bundled_client, "mae fy llystad yn gwneud petha i fi. 13 ydw i", "Aberaeron", True
    )
    assert "Yn dangos gwasanaethau ar gyfer yr oed yn eich chwiliad" in soup.get_text(" ")


# (w55local, check58 finding 7) a grown-up telling of their own abuse as a child, who mentions
# their own children, is asking for themselves: not given parents' and offenders' lines


def test_an_adult_survivor_who_mentions_their_children_is_not_read_as_a_parent(bundled_client):
    words = (
        "i have tried for years to get help. when i was about eight my mums boyfriend started"
        " coming into my bedroom at night. i am now 44, married with two children of my own,"
        " and since my son turned eight i have had nightmares. i want to talk to someone"
    )
    soup = searched(bundled_client, words, "Bristol")
    box = " ".join(talk_box(soup))
    assert "Stop It Now" not in box and "NSPCC Helpline" not in box, box
    assert cards_and_words(soup)[0][0] != "family-lives"


def test_a_parent_whose_child_was_harmed_stays_a_parent(bundled_client):
    """(guard) Their own past told too, the help asked is for their child."""
    words = "my partner abused our son and it brought back what happened to me as a child"
    soup = searched(bundled_client, words, "Lincoln")
    assert "NSPCC Helpline" in " ".join(talk_box(soup))
