"""(w61other, check61 finding 4) A recent sexual assault said other ways in English.

"i was rapped at the weekend" ("rape" misspelt as a word of its own), "got SA'd by my ex on
saturday" (the online "SA'd", cleaned to "sad") and "i need the morning after pill after being
raped" (care given only in the days after: the time itself) got no "If it happened in the last
few days…" box. Other words and towns than the report's.

Guards (the past, the words' everyday senses, the pill asked for without an assault) pass on
main too, and say so.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

RECENT = "If it happened in the last few days"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("think i got rapped last night at a house party", "Swindon"),
        ("i was rapped on friday night and dont know what to do", "Wigan"),
        ("my ex SA'd me yesterday", "Exeter"),
        ("got sa'd at uni last weekend", "Lancaster"),
        ("i was S.A.'d in a taxi this morning", "Gloucester"),
        ("where can i get emergency contraception after being raped", "Norwich"),
        ("need levonelle after a sexual assault", "Chester"),
        ("do i need plan b after being sexually assaulted", "Ipswich"),
    ],
)
def test_a_recent_assault_said_other_ways_gets_the_recent_box(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, RECENT), words
    assert talk_names(talk_box(soup))[0] != "Childline", words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): the past, everyday senses, the pill without an assault
        ("i was raped years ago and needed the morning after pill then", "Swindon"),
        ("where can i get the morning after pill near me", "Norwich"),
        ("he rapped on the window last night and scared me", "Wigan"),
        ("my SAD lamp stopped working yesterday and i feel low", "Exeter"),
        ("i feel so sad about what happened years ago", "Lancaster"),
        ("was assaulted last year at a gig", "Derby"),
        ("my drink was spiked at a club in 2017", "Ipswich"),
        ("abused by my swimming coach in the 90s", "Gloucester"),
        ("i was raped twenty years ago", "Norwich"),
    ],
)
def test_the_past_and_everyday_words_get_no_recent_box(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), RECENT), words
