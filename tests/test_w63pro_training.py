"""(w63pro, judged w53j-16) A professional asking for training for staff sees first the
services whose own words say they train professionals (the CSA Centre, the Marie Collins
Foundation), and the services near, which offer none, after them.

"cse training staff" (Hackney) had a therapy service for people with learning disabilities and
London's Barnahus first, and the NSPCC Helpline before the CSA Centre (nDCG@5 0.12). Other
words and towns than the judged query's.
"""

from __future__ import annotations

import pytest

from tests.helpers import card_ids, posted_results

TRAINERS = {"csa-centre", "marie-collins-foundation"}


def _first(client, words: str, place: str, pro: bool = True) -> list[str]:
    if pro:
        client = client.application.test_client()  # (the switch on: a client of its own)
    soup = posted_results(client, words, place, professional=pro)
    cards = [c for c in soup.select("li.app-result") if c.select_one('h3 a[href*="/service/"]')]
    return card_ids(cards)[:2]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dsl looking for cse training for our staff", "Islington"),
        ("any e-learning courses on child sexual exploitation for practitioners", "Bristol"),
        ("training on child sexual abuse for school staff", "Leeds"),
    ],
)
def test_training_asked_for_puts_the_trainers_first(bundled_client, words, place):
    assert set(_first(bundled_client, words, place)) == TRAINERS


@pytest.mark.parametrize(
    ("words", "place", "first"),
    [
        # guards (pass on main too): training as a place keeps a disclosure's services near
        # first; a child's counselling searched near keeps its first card
        (
            "football coach, a boy at training told me his uncle touches him",
            "Reading",
            "safe-support-thames-valley",
        ),
        ("counselling for a 10 year old", "Hackney", "the-havens-london"),
    ],
)
def test_training_as_a_place_or_counselling_keep_their_first_card(
    bundled_client, words, place, first
):
    assert _first(bundled_client, words, place, pro=False)[0] == first
