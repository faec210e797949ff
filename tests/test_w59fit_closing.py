"""(check60 finding 10) A local service whose listing says it may be closing is not the first
card when an open service fits as well: Trust House Lancashire, "May be closing", was card 1 in
eleven Preston, Lancaster and Blackburn searches, above the 24/7 line, the NSPCC's and Papyrus's.
It stays on the page, lower down, with its tag and under a heading saying why
(``weights.CLOSING_LOCAL_SHARE``, ``strong_local.closing_behind``).

Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, posted_results

CLOSING = "trust-house-lancashire"
HEADING = "Services near you that match your words but may be closing or not taking new people"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i was sexually abused by my uncle when i was young", "Chorley"),
        ("my son was abused by his grandad, we need someone to talk to", "Blackpool"),
        ("flashbacks from childhood abuse", "Morecambe"),
        ("sexual abuse support", "Accrington"),
    ],
)
def test_a_service_that_may_be_closing_is_not_the_first_card(bundled_client, words, place):
    soup = posted_results(bundled_client, words, place)
    cards = cards_and_words(soup)
    assert cards[0][0] != CLOSING, cards[0]
    kept = [said for sid, said in cards if sid == CLOSING]
    assert kept and "May be closing" in kept[0]
    section = soup.select_one('section[aria-labelledby="moved-closing-title"]')
    assert section is not None and HEADING in " ".join(section.get_text(" ").split())


@pytest.mark.parametrize(
    ("words", "place", "pro"),
    [
        # guards (pass on main too): the only service offering what the words ask for, matching
        # better than every open national line; a professional looking for a local service to
        # refer to
        ("counselling for adults abused as children", "Burnley", False),
        ("counselling service for a 12 year old abused by her uncle", "Burnley", True),
    ],
)
def test_it_stays_first_when_it_fits_better_or_for_a_professional(
    bundled_client, words, place, pro
):
    client = bundled_client.application.test_client() if pro else bundled_client
    cards = cards_and_words(posted_results(client, words, place, professional=pro))
    assert cards[0][0] == CLOSING, cards[:3]
