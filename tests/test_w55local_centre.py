"""(w55local, check58 finding 6) After an assault in the last few days, the sexual assault
referral centre (SARC) the warning points to is the first local card when its area covers the
place, unless its own listing says it does not see this person.

"my uncle raped me this morning" in Swindon was read as a child's words, and the Swindon and
Wiltshire centre, which sees people from 16, was held back as a service for adults: the page
said "No service near you matches your words closely" and the centre came under "Other
services near you", below the national cards."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, warned

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
def test_the_covering_centre_is_the_first_card_after_a_recent_assault(
    bundled_client, words, place
):
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
