"""(w51recent, check54 findings 5, 8 and 9) The warning for an assault in the last few days ("If
it happened in the last few days, call 999 if you are hurt or in danger… A sexual assault
referral centre (SARC) can help") tells of something already done, to the person reading.

It showed where the time belonged to something else:

- a parent's question about talking to their child, with a time ("how do i talk to my daughter
  about touching tonight"): the time is the talk's;
- a question of what to do then ("… should i call the police tonight"): the time is the call's;
- someone arriving, with the harm said in the present ("my uncle is coming tonight and he
  touches me"; Welsh "mae fy llystad yn dod adre heno"): the harm is ahead, which the danger
  warning reads.

An assault said with its own recent time keeps the warning."""

from __future__ import annotations

import pytest

from tests.helpers import posted_results, searched, warned

RECENT = "If it happened in the last few days"
RECENT_CY = "Os digwyddodd yn y dyddiau diwethaf"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("how should i speak to my 6 year old about good and bad touch this evening", "Ludlow"),
        ("how can we chat with our son about his privates and pants rule tonight", "Yeovil"),
        ("tips to explain private parts to my little girl today", "Barrow-in-Furness"),
    ],
)
def test_a_parents_talk_about_touching_with_a_time_brings_no_recent_warning(
    bundled_client, words, place
):
    assert not warned(searched(bundled_client, words, place), RECENT), words


def test_a_welsh_parents_talk_about_touching_with_a_time_brings_no_recent_warning(
    bundled_client,
):
    soup = searched(
        bundled_client, "sut dw i'n siarad efo fy merch am gyffwrdd drwg heddiw", "Bala", welsh=True
    )
    assert not warned(soup, RECENT_CY)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "my 7 year old son says an older boy touched him at football, should we ring the"
            " police today",
            "Chesterfield",
        ),
        (
            "my niece told me a lad in her class touched her privates, do i report it this"
            " evening or wait",
            "Grantham",
        ),
    ],
)
def test_a_question_of_what_to_do_then_brings_no_recent_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), RECENT), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my step grandad is coming to ours tonight and he touches me", "Boston"),
        ("my cousin arrives this afternoon and he touches me", "Wisbech"),
        ("mums boyfriend is coming back this evening and he does stuff to me", "Macclesfield"),
    ],
)
def test_someone_arriving_with_the_harm_said_now_brings_no_recent_warning(
    bundled_client, words, place
):
    assert not warned(searched(bundled_client, words, place), RECENT), words


def test_welsh_someone_arriving_brings_no_recent_warning(bundled_client):
    soup = searched(
        bundled_client,
        "mae fy ewythr yn dod draw heno a mae o'n fy nghyffwrdd",
        "Pwllheli",
        welsh=True,
    )
    assert not warned(soup, RECENT_CY)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("how do i talk to my son, his cousin touched him last night", "Ludlow"),
        ("how do i talk to my daughter about being raped at a party last night", "Yeovil"),
        ("should i call the police, my stepdad raped me at his flat tonight", "Boston"),
        ("he touched me this morning and i dont know who to tell", "Grantham"),
        ("my step brother did it again tonight and he is coming back tomorrow", "Macclesfield"),
        # a question of care or evidence then is asked only after an assault just done
        ("should i go to hospital today he raped me im 14", "Kendal"),
        ("can i shower tonight, my stepbrother raped me im 16", "Ripon"),
        ("my son says his cousin touched him should i take him to the doctors today", "Selby"),
    ],
)
def test_an_assault_with_its_own_recent_time_keeps_the_warning(bundled_client, words, place):
    # guard: passes before and after the change
    assert warned(searched(bundled_client, words, place), RECENT), words


def test_a_welsh_assault_last_night_keeps_the_warning(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "nath fy ewythr fy nghyffwrdd neithiwr", "Bala", welsh=True)
    assert warned(soup, RECENT_CY)


@pytest.mark.parametrize(
    ("words", "place", "switch"),
    [
        (
            "youth worker: boy of 14 told me his stepbrother raped him on saturday, they share a"
            " room",
            "Stafford",
            True,
        ),
        (
            "school nurse here, year 10 pupil says her uncle assaulted her sexually yesterday",
            "Salisbury",
            False,
        ),
        ("ambulance crew, 15 yr old girl says a man touched her this evening", "Taunton", True),
    ],
)
def test_a_professional_is_not_told_what_to_do_if_they_are_hurt(
    bundled_client, words, place, switch
):
    # the warning speaks to the one harmed, and tells them they need not involve the police
    soup = posted_results(bundled_client, words, place, professional=switch)
    assert not warned(soup, RECENT), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im a nurse and i was raped last night", "Salisbury"),
        ("i work as a teacher and my husband sexually assaulted me yesterday", "Taunton"),
    ],
)
def test_someone_who_names_their_job_and_their_own_assault_keeps_the_warning(
    bundled_client, words, place
):
    # guard: passes before and after the change
    assert warned(searched(bundled_client, words, place), RECENT), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # (check54 finding 9) a time only the story gives: waking to it
        ("woke up to my cousin touching me", "Wigan"),
        ("i woke up at the party and a lad had his hand down my pants", "Blackpool"),
        # ... a child back from a stay, the body telling of harm now
        (
            "my 5 year old got back from her grandads and there was blood in her knickers",
            "Burnley",
        ),
        ("picked her up from her uncles and she is so sore down there, she is 3", "Lancaster"),
        # an assault on themselves with no time, by someone who says they are grown up
        ("got sexually assaulted leaving a club, im 52", "Swansea"),
        ("i was raped after a night out, im 19", "Cardiff"),
    ],
)
def test_a_recent_assault_the_story_dates_brings_the_warning(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place), RECENT), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("every time she comes back from her dads she is upset and wets the bed", "Burnley"),
        ("i woke up from a nightmare about my uncle touching me", "Wigan"),
        ("when i was 7 i woke up and my brother was touching me", "Wigan"),
        ("i was raped years ago, im 52", "Swansea"),
        ("my daughter came back from school with a sore knee", "Burnley"),
    ],
)
def test_a_habit_a_dream_or_the_past_brings_no_recent_warning(bundled_client, words, place):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, place), RECENT), words
