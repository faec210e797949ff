"""(w65pro2, check63 finding 10 rows 179, 180) A professional asking of an allegation against
someone who works with children ("LADO referral guidance for allegation against a teaching
assistant", Kent), or telling of a colleague taking pictures of the children ("nursery manager:
staff member taking photos of children on personal phone", Brighton), had a forensic centre
as the first card. The line advising professionals (the NSPCC) now comes first, as for the
worries about a colleague that w63pro read. Other words and towns than the finding's.
"""

from __future__ import annotations

import pytest

from tests.helpers import card_ids, posted_results


def _cards(client, words: str, place: str) -> list[str]:
    client = client.application.test_client()
    soup = posted_results(client, words, place, professional=True)
    cards = [c for c in soup.select("li.app-result") if c.select_one('h3 a[href*="/service/"]')]
    return card_ids(cards)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("how do i make a lado referral, allegation about a dinner lady", "Maidstone"),
        ("head teacher: allegation made against one of our volunteers", "Oxford"),
        ("playgroup leader - a colleague took pictures of the toddlers on her mobile", "Hove"),
        ("scout leader, another leader has been filming the cubs on his phone", "Slough"),
    ],
)
def test_an_allegation_or_pictures_taken_puts_the_nspcc_first(bundled_client, words, place):
    assert _cards(bundled_client, words, place)[0] == "nspcc-helpline"


@pytest.mark.parametrize(
    ("words", "place", "first"),
    [
        # guards (pass on main too): abuse told done, or a recent rape, keeps the centre near
        # first
        (
            "teacher: a member of staff raped a pupil last night, allegation made to police",
            "Canterbury",
            "beech-house-sarc-kent",
        ),
        (
            "youth worker, young person says a colleague assaulted her yesterday",
            "Crawley",
            "saturn-centre-sarc",
        ),
    ],
)
def test_abuse_told_done_keeps_the_centre_first(bundled_client, words, place, first):
    assert _cards(bundled_client, words, place)[0] == first
