"""A child who can contact none of the local centres by herself (thirty-first and thirty-second
walk-throughs F1; judged case w37j-1): Cumbria's SARC sees people alone from 16, so for a child
who says she is younger it is no more within her reach than the children's therapy service
with no contact details, and the therapy (what she would ask a grown-up for) comes first, the
centre after it. A recent assault keeps the centre first; a child of 16 or more, or one who says
no age, keeps the centre she can reach first; parents and professionals are unchanged. Other
words and towns than the reports'; English and Welsh."""

from __future__ import annotations

import pytest

from tests.helpers import bundled_records, local_card_ids

THERAPY = "safety-net-cumbria"  # therapy for children in Cumbria, no contact details
CENTRE = "bridgeway-sarc"  # Cumbria's SARC: people on their own from 16


def test_the_facts_this_rests_on():
    records = bundled_records()
    assert records[CENTRE]["self_referral_from_age"] == 16
    assert not records[THERAPY].get("contact")


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("im 12 and my step brother does stuff to me i dont like", "Workington", False),
        ("my grandads friend touches me when i go round, im nine", "Maryport", False),
        ("15 and my uncle has been touching me for ages", "Barrow-in-Furness", False),
        ("dwi'n 11 ac mae fy nghefnder yn gwneud pethau i fi", "Keswick", True),
    ],
)
def test_a_child_under_the_centres_own_age_sees_the_therapy_first(
    bundled_client, q, location, welsh
):
    cards = local_card_ids(bundled_client, q, location, welsh)
    assert THERAPY in cards and CENTRE in cards, cards
    assert cards.index(THERAPY) < cards.index(CENTRE), cards


@pytest.mark.parametrize(
    ("q", "location", "pro"),
    [
        ("im 13 and my stepdad raped me last night", "Workington", False),
        ("im 17 and my stepdad has been abusing me for years", "Keswick", False),
        ("my cousin keeps touching me when i stay over", "Maryport", False),
        ("my daughter is 11 and her uncle touched her", "Barrow-in-Furness", False),
        ("12 year old disclosed abuse by her brother, referral for therapy", "Keswick", True),
    ],
)
def test_guard_others_keep_the_centre_they_can_reach_first(bundled_client, q, location, pro):
    """Guard (the order before the change): a recent rape, a child of 16 or more, a child who
    says no age, a parent and a professional keep Cumbria's SARC above a service with no
    contact details."""
    cards = local_card_ids(bundled_client, q, location, pro=pro)
    assert CENTRE in cards, cards
    assert THERAPY not in cards or cards.index(CENTRE) < cards.index(THERAPY), cards
