"""(w56own, check58 finding 11) Warnings that did not fit the person:

- one's own overdose a week or more ago, treated in hospital since ("took too many tablets two
  weeks ago and was admitted"), was told to call 999 now; it now has Samaritans first and no
  warning (an overdose last week with no treatment said keeps the warning: a guard);
- a professional telling of a young person's overdose (the switch on) was told "If you have
  taken an overdose…"; it now says "Someone's life at risk now? Call 999.";
- a professional told that a pupil wants to die and has a plan had no warning. Someone else's
  plan already brings "Someone's life at risk now? Call 999." ("she has a plan to kill
  herself"), and a plan is what makes a wish to die urgent, so the wish with "and has a plan"
  after it does too. A wish with no plan, and a safety plan, do not (guards).
"""

from __future__ import annotations

import pytest

from tests.helpers import posted_results, searched, talk_box, talk_names, warned

OVERDOSE = "If you have taken an overdose"
OTHERS = "Someone's life at risk now? Call 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i took too many tablets two weeks ago and was admitted", "Carlisle"),
        ("overdosed last month and spent three days in hospital", "Aberystwyth"),
    ],
)
def test_ones_own_overdose_treated_since_has_samaritans_first_and_no_999_warning(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OVERDOSE), words
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)


def test_guard_an_overdose_last_week_with_no_treatment_keeps_its_warning(bundled_client):
    """Passes on main too."""
    soup = searched(bundled_client, "i took an overdose last week and feel sick", "Carlisle")
    assert warned(soup, OVERDOSE)


def test_a_professional_told_of_a_young_persons_overdose_warns_for_them(bundled_client):
    soup = posted_results(
        bundled_client,
        "teenager has swallowed a load of tablets and told me about abuse at home",
        "Scunthorpe",
        professional=True,
    )
    assert warned(soup, OTHERS)
    assert not warned(soup, OVERDOSE)


@pytest.mark.parametrize(
    "words",
    [
        "year 10 lad told me he wants to end his life and has made a plan",
        "pastoral lead: student says she wants to kill herself and has got a plan",
    ],
)
def test_a_professional_told_of_a_wish_to_die_and_a_plan_warns_for_them(bundled_client, words):
    soup = posted_results(bundled_client, words, "Stockport", professional=True)
    assert warned(soup, OTHERS), words


@pytest.mark.parametrize(
    "words",
    [
        "year 10 lad told me he wants to end his life",
        "student wants to die, she has a safety plan with camhs",
    ],
)
def test_guard_a_wish_with_no_plan_or_a_safety_plan_has_no_warning(bundled_client, words):
    """Passes on main too."""
    soup = posted_results(bundled_client, words, "Stockport", professional=True)
    assert not warned(soup, OTHERS), words
