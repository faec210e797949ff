"""(w65pro2, check63 finding 10 row 182) A professional telling of a grown-up in their care: a
resident with dementia, an elderly patient. "care home manager: resident with dementia
disclosed abuse by carer" (Torquay) had the children's centre as its first card: a care home's
resident is an adult, often old, and the adults' centre comes first. Other words and towns
than the finding's.
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
    ("words", "place", "centre", "childrens"),
    [
        (
            "nursing home nurse, a resident living with dementia says a night carer abused her",
            "Plymouth",
            "devon-cornwall-sarc",
            "devon-cornwall-sarc-childrens-service",
        ),
        (
            "deputy manager at a care home: elderly resident disclosed sexual abuse by staff",
            "Truro",
            "devon-cornwall-sarc",
            "devon-cornwall-sarc-childrens-service",
        ),
    ],
)
def test_a_grown_up_in_care_gets_the_adults_centre_first(
    bundled_client, words, place, centre, childrens
):
    cards = _cards(bundled_client, words, place)
    assert cards[0] == centre
    assert childrens not in cards[:1]


@pytest.mark.parametrize(
    ("words", "place", "first"),
    [
        # guards (pass on main too): a child named keeps the children's centre first
        (
            "care home manager: a 9 year old visiting her gran disclosed abuse by a resident",
            "Exeter",
            "devon-cornwall-sarc-childrens-service",
        ),
    ],
)
def test_a_child_named_keeps_the_childrens_centre(bundled_client, words, place, first):
    assert _cards(bundled_client, words, place)[0] == first
