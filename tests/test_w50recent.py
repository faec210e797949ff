"""(w50recent, check53 findings 4 and 5) The warning for an assault in the last few days ("If it
happened in the last few days, call 999 if you are hurt or in danger… A sexual assault referral
centre (SARC) can help") tells of something already done. It showed where nothing had been:

- a time that belongs to a question or to finding out ("my 6 year old asked me tonight what sex
  is"), and "sex" said as what a parent's question is about;
- a harm still to come, a visit or a stay ahead ("we are going there on saturday", "she is
  staying there tonight", "uncle is babysitting tonight");
- the time of an overdose ("took an overdose last week"), and for a professional the overdose
  warning ("If you have taken an overdose… call 999 now") for a patient already in hospital or
  an overdose weeks past.

An assault said with a recent time keeps the warning, and an overdose said as now keeps its
own."""

from __future__ import annotations

import pytest

from tests.helpers import posted_results, searched, warned

RECENT = "If it happened in the last few days"
OVERDOSE = "If you have taken an overdose"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "my daughter is 7 and she asked me today what sex means, how should i answer",
            "Kettering",
        ),
        ("how do i explain sex to my 8 year old son tonight", "Worcester"),
        ("our boy (10) asked us this evening about sex after a lesson, what do we say", "Banbury"),
    ],
)
def test_a_parents_question_with_a_time_brings_no_recent_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), RECENT), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "my cousin does stuff to me, im 13, we are staying at his house this weekend",
            "Kidderminster",
        ),
        (
            "my best mate says her stepdad touches her and she has to go back to his on friday",
            "Rhyl",
        ),
        (
            "my niece is at her grandads tonight and he was convicted of child sex offences",
            "Scunthorpe",
        ),
        ("our uncle is looking after my little sister tonight and i think he touches her", "Crewe"),
        ("my friend thinks she will be raped at her uncles party on saturday", "Lincoln"),
    ],
)
def test_a_harm_still_to_come_brings_no_recent_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), RECENT), words


def test_a_professional_whose_pupil_goes_home_tonight_gets_no_recent_warning(bundled_client):
    soup = posted_results(
        bundled_client,
        "school nurse, year 9 girl disclosed sexual abuse by her mum's partner, she is going home"
        " tonight",
        "Lincoln",
        professional=True,
    )
    assert not warned(soup, RECENT)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my stepbrother did it again last night", "Stoke-on-Trent"),
        ("i stayed at my aunties at the weekend and her husband touched me", "Carlisle"),
        ("mum is at work tonight and my stepdad touched me", "Hereford"),
        ("she is going back to his tomorrow, he raped her on sunday", "Peterborough"),
        ("my uncle raped me yesterday and i took an overdose", "Derby"),
        ("last night my stepbrother asked me to touch him", "Doncaster"),
        ("i found out she is going there tonight, he raped her yesterday", "Wakefield"),
    ],
)
def test_an_assault_said_with_a_recent_time_keeps_the_warning(bundled_client, words, place):
    # guard: passes before and after the change
    assert warned(searched(bundled_client, words, place), RECENT), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "school counsellor, year 11 boy took an overdose two weeks ago and has now told me his"
            " uncle abused him",
            "Norwich",
        ),
        (
            "mental health nurse, 17 year old took an overdose last weekend, disclosed her"
            " stepfather abused her",
            "Ipswich",
        ),
        (
            "childrens nurse: 14 year old girl took an overdose this morning, now on the paediatric"
            " ward, says her brother raped her",
            "Hull",
        ),
    ],
)
def test_a_professional_after_an_overdose_in_care_or_past_gets_neither_warning(
    bundled_client, words, place
):
    soup = posted_results(bundled_client, words, place, professional=True)
    assert not warned(soup, OVERDOSE), words
    assert not warned(soup, RECENT), words


def test_a_professional_told_of_an_overdose_now_keeps_a_999_warning(bundled_client):
    # (w56own, check58 finding 11) said for the girl, not to the professional of their own act
    soup = posted_results(
        bundled_client,
        "DSL, a year 8 girl just told me she took 20 paracetamol an hour ago",
        "Telford",
        professional=True,
    )
    assert warned(soup, "Someone's life at risk now? Call 999.")
    assert not warned(soup, OVERDOSE)


def test_someone_telling_of_their_own_overdose_last_week_keeps_its_warning(bundled_client):
    # guard: passes before and after the change
    assert warned(searched(bundled_client, "i took an overdose last week", "Telford"), OVERDOSE)
