"""(w59adult, check60 F10) "what age should i teach my child about private parts" had a sexual
assault referral centre first: a parent's question about keeping a child safe is no disclosure.
Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched


def _first(client, words: str, place: str) -> list[str]:
    return [sid for sid, _ in cards_and_words(searched(client, words, place))][:1]


#: the services that help parents keep children safe
FOR_PARENTS = {"nspcc-helpline", "parents-protect", "stop-it-now", "lucy-faithfull-foundation"}


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("how do i teach my son about body safety", "Taunton"),
        ("how do i explain consent to my 5 year old", "Kendal"),
        ("how can i keep my children safe from abuse", "Lincoln"),
    ],
)
def test_a_parents_question_about_keeping_a_child_safe_leads_with_help_for_parents(
    bundled_client, words, place
):
    first = _first(bundled_client, words, place)
    assert set(first) <= FOR_PARENTS and first, first


@pytest.mark.parametrize(
    ("words", "place", "centre"),
    [
        # guards (pass on main too): a parent telling of harm keeps the centre first
        ("my child said someone touched her private parts", "Taunton", "the-bridge-sarc-bristol"),
        ("my son told me his uncle touched his private parts", "Kendal", "bridgeway-sarc"),
    ],
)
def test_a_parent_telling_of_harm_keeps_the_centre_first(bundled_client, words, place, centre):
    assert _first(bundled_client, words, place) == [centre]
