"""(w54ensuicide, check57 findings 1 and 2) Suicide said tentatively, a medicine asked for to
die, a wish with a way named, and someone else's goodbye or life feared for:

- "thinking of jumping … tonight", "i might take all my pills", "which tablets would kill me",
  "i want to hang myself", "thinking about how i would kill myself" had no life-at-risk
  warning, and some no Samaritans; "bridge" in a plan searched for The Bridge SARC;
- someone else's goodbye posted online, a life feared for, and someone else's pills taken after
  a goodbye to the asker had no warning for someone else, or the reader's own.

Guards (a swim, a dose, a medicine asked about for a headache, the past, a job feared for, a
goodbye at a leaving do) pass on main too, and say so.
"""

from __future__ import annotations

import pytest

from tests.helpers import (
    cards_and_words,
    posted_results,
    searched,
    talk_box,
    talk_names,
    warned,
    warned_then_first,
)

OWN_LIFE = "If your life is at risk now"
OTHERS = "Someone's life at risk now? Call 999."
OVERDOSE = "If you have taken an overdose"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("been thinking of jumping in front of a train tonight", "Crewe"),
        ("keep thinking of jumping tonight", "Exeter"),
        ("i might swallow all of my painkillers", "Wigan"),
        ("which painkillers would kill me fastest", "Norwich"),
        ("what meds kill you quickest", "York"),
    ],
)
def test_a_plan_said_tentatively_or_a_medicine_asked_warns_and_brings_samaritans(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    warned_then_first(soup, OWN_LIFE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i just want to hang myself", "Derby"),
        ("i cant stop thinking about how i could end my life", "Luton"),
        ("i might take an overdose tonight", "Hull"),
    ],
)
def test_a_wish_with_a_way_or_how_it_would_be_done_warns(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OWN_LIFE), words


def test_the_plans_words_are_not_searched_for_a_service_named_by_them(bundled_client):
    soup = searched(bundled_client, "going to jump off the bridge", "Bath")
    assert warned(soup, OWN_LIFE)
    assert "the-bridge-sarc-bristol" not in [sid for sid, _ in cards_and_words(soup)[:3]]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("thinking of jumping on the trampoline tonight", "Bolton"),
        ("i might take my tablets after tea", "Bolton"),
        ("which tablets are best for a migraine", "Bolton"),
        ("i was thinking of jumping off the bridge when i was a teenager", "Bath"),
    ],
)
def test_guard_a_jump_for_fun_a_dose_a_headache_or_the_past_has_no_warning(
    bundled_client, words, place
):
    """Guard: passes on main too."""
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OWN_LIFE), words
    assert not warned(soup, OTHERS), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my brother just put a goodbye post on instagram", "Telford"),
        ("my girlfriend has said goodbye to all her friends on snapchat", "Lincoln"),
        ("im scared for my best mates life", "Bolton"),
        ("really worried for his life, he wont answer", "Dover"),
    ],
)
def test_someone_elses_goodbye_online_or_life_feared_for_warns_for_them_with_samaritans(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OTHERS), words
    assert not warned(soup, OWN_LIFE), words
    assert "Samaritans" in talk_names(talk_box(soup)), talk_box(soup)


def test_someone_elses_pills_after_a_goodbye_to_the_asker_are_theirs_not_the_readers(
    bundled_client,
):
    soup = searched(
        bundled_client, "my dad texted me goodbye and has swallowed all his tablets", "Hull"
    )
    assert warned(soup, OTHERS)
    assert not warned(soup, OVERDOSE)


def test_guard_the_readers_own_overdose_keeps_its_warning(bundled_client):
    """Guard: passes on main too."""
    soup = searched(bundled_client, "i took all my pills and my mum texted me", "Hull")
    assert warned(soup, OVERDOSE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i fear for my job after telling hr", "Bolton"),
        ("my colleague said goodbye to everyone at her leaving do", "Bolton"),
        ("my friend posted goodbye to everyone before she moved to australia", "Bolton"),
    ],
)
def test_guard_a_job_feared_for_or_a_parting_has_no_warning(bundled_client, words, place):
    """Guard: passes on main too."""
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OTHERS), words
    assert not warned(soup, OWN_LIFE), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my patient told me he is going to end his life tonight, abused by his uncle", "Ipswich"),
        ("teacher: a 14 year old pupil says she will take all her pills tonight", "Derby"),
    ],
)
def test_a_professional_told_of_someones_life_at_risk_has_samaritans_in_the_box(
    bundled_client, words, place
):
    soup = posted_results(bundled_client, words, place, professional=True)
    assert warned(soup, OTHERS), words
    assert "Samaritans" in talk_names(talk_box(soup)), talk_box(soup)


def test_guard_a_professionals_referral_with_no_life_at_risk_has_no_samaritans(bundled_client):
    """Guard: passes on main too."""
    soup = posted_results(
        bundled_client,
        "referral for an adult survivor of abuse by her father",
        "Ipswich",
        professional=True,
    )
    assert "Samaritans" not in talk_names(talk_box(soup)), talk_box(soup)
