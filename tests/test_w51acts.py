"""(w51acts, check54 findings 2, 3 and 7) Overdoses said another way, someone else's crisis, and
an adult in crisis.

- An overdose said with whose pills they were ("took my nan's sleeping tablets") or a vague
  amount with feeling ill after ("took some of my tablets and feel sick", "not sure how many")
  had no overdose warning and no Samaritans; everyday doses and errands stay unwarned.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

OVERDOSE = "If you have taken an overdose"
RECENT = "If it happened in the last few days"
LIFE_AT_RISK = "If your life is at risk now"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ive just swallowed loads of my grandads heart tablets", "Kendal"),
        ("i took my dads painkillers", "Barrow-in-Furness"),
        ("took my step mums anxiety pills 20 mins ago", "Durham"),
        ("i swallowed a few of my meds earlier and now im dizzy", "Grantham"),
        ("i had a couple of my boyfriends tablets and ive been sick since", "Hereford"),
        ("i took some of my antidepressants, dont know how many", "Lowestoft"),
    ],
)
def test_an_overdose_said_with_whose_pills_or_a_vague_amount_is_warned(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OVERDOSE), words
    assert "Samaritans" in talk_names(talk_box(soup))[:2], talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i took my nans tablets round to her house", "Kendal"),
        ("i take my pills every night before bed", "Durham"),
        ("i took my tablets this morning", "Grantham"),
        ("took some paracetamol for a headache", "Hereford"),
        ("i took my brothers pills off him when i was 16", "Lowestoft"),
    ],
)
def test_everyday_tablets_and_errands_are_not_warned(bundled_client, words, place):
    """A guard: these pass on main too."""
    assert not warned(searched(bundled_client, words, place), OVERDOSE), words


def test_an_overdose_last_night_told_after_an_older_assault_is_no_recent_assault(bundled_client):
    soup = searched(
        bundled_client,
        "my ex raped me back in may and i reported it. i cant cope and last night i swallowed a "
        "few of my pills, im feeling really dizzy today",
        "Northampton",
    )
    assert warned(soup, OVERDOSE)
    assert not warned(soup, RECENT)
