"""The tenth probe's ages, roles and false age notices (branch w24age), tested in other words
and towns than the probe's, both ways, English and Welsh.

The general causes:
- a young person's age said first, bare or in words ("fifteen, my stepbrother…", "13 boy my
  mums boyfriend…", "tri ar ddeg, mae fy llystad…") was read by no pattern: only "im 15",
  "15 yr old" and "boy 15" were, so the rest of the words decided (an adult's route);
- a job with the words of its team or service before it ("emergency duty team social worker",
  "111 call handler") or a job the tables lacked ("respite carer", "pharmacy assistant",
  "dental nurse", "gweithiwr clwb brecwast", "gofalwr seibiant") was not read as a worker's;
- "…when i was 15 now im 30": "15 now" was taken as the asker's age now;
- the age of a child the asker is drawn to ("attracted to my niece who is 11") was taken as
  the age of the child the help is for, and shown as "Showing services for age 11".
Tests marked "old" fail on 56f301d (21 of the 38 cases: every age said first, five of the
seven jobs, "now im 30", both drawn-to ages, three of the six pages and the age notice); the
rest are the rules' other side, or pages that were already right in these towns.
"""

from __future__ import annotations

import pytest

from directory.search.asker import who_is_asking
from directory.search.understand import clean_text

from .test_asker_probe import _first_screen, _right


def _asker(words: str):
    return who_is_asking(clean_text(words))


# --- a young person's age said first --------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "age", "gender"),
    [
        ("fifteen, my stepbrother forced me last year, can i see a counsellor without dad "
         "knowing", 15, ""),  # old: no age, not a child
        ("13 boy my mums boyfriend shows me videos", 13, "male"),  # old: no age
        ("twelve and a half, my uncle comes in my room", 12, ""),  # old: no age
        ("15 lass, my nans lodger touches me", 15, "female"),  # old: no age
        ("11, my step dad touches me", 11, ""),  # old: no age
        ("tri ar ddeg, mae fy llystad yn fy nghyffwrdd", 13, ""),  # old: no age
        ("15 bachgen, nath fy nghefnder fy ngham drin", 15, "male"),  # old: no age
    ],
)  # fmt: skip
def test_a_young_persons_age_said_first_is_theirs(words: str, age: int, gender: str) -> None:
    asker = _asker(words)
    assert (asker.persona, asker.age, asker.gender) == ("child", age, gender)


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        ("14 years ago my stepfather abused me, still struggling", "adult"),
        ("16 mlynedd yn ol nath fy ewythr fy ngham drin", "adult"),
        ("14 girls in our year group were sent pictures by a teacher", ""),
        ("16 boy hit my son at the park", "parent"),
        ("13 my daughter told me her uncle touched her", "parent"),
    ],
)
def test_a_number_first_that_is_no_age_of_the_asker(words: str, persona: str) -> None:
    asker = _asker(words)
    assert asker.persona == persona
    assert asker.age is None or asker.age >= 18


def test_a_grown_mans_age_first_stays_his() -> None:
    asker = _asker("45 m, abused by a neighbour as a boy")
    assert (asker.persona, asker.age, asker.gender) == ("adult", 45, "male")


# --- jobs in the emergency, health, care and childcare services ------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "emergency duty team social worker, need a service for a 9 year old girl tonight",  # old
        "out of hours duty team worker looking for csa support for a 13 year old",  # old
        "respite carer for a child 10, noticed sexual talk after weekends at her uncles",  # old
        "pharmacy assistant, a 15 yr old wanted emergency contraception and said her uncle did it",
        "dental nurse, a 7 year old patient said his cousin hurts him",
        "gofalwr seibiant, plentyn 11 yn dangos ymddygiad rhywiol",  # old
        "gweithiwr clwb brecwast, merch 8 wedi tynnu llun o'i llystad yn ei chyffwrdd",  # old
    ],
)
def test_a_job_said_first_is_the_askers(words: str) -> None:
    assert _asker(words).persona == "professional"


@pytest.mark.parametrize(
    "words",
    [
        "the pharmacy technician touched me when i went in for a prescription",
        "my sons respite carer has been messaging him",
        "the dental nurse kissed me",
        "gofalwr seibiant wedi cam drin fy mab",
        "respite carer keeps touching me",
    ],
)
def test_the_job_of_who_did_it_is_not_the_askers(words: str) -> None:
    assert _asker(words).persona != "professional"


# --- whose age: a past age, "now N", a child one is drawn to --------------------------------


@pytest.mark.parametrize(
    ("words", "age"),
    [
        ("i hurt my cousin when she was 9 and i was 14, now im 30 and cant live with it", 30),
        ("abused by my uncle when i was 12, 41 now and need help", 41),
    ],
)
def test_now_is_the_askers_age_now(words: str, age: int) -> None:
    assert _asker(words).age == age


@pytest.mark.parametrize(
    "words",
    [
        "aunt here, drawn to my nephew who is 12",  # old: for age 12
        "ewythr dw i, yn cael fy nenu at fy nith 11 oed, ofn fy hun",  # old: for age 11
    ],
)
def test_the_age_of_a_child_one_is_drawn_to_is_not_shown(words: str) -> None:
    asker = _asker(words)
    assert asker.for_age is None and asker.age is None


@pytest.mark.parametrize(
    ("words", "for_age"),
    [
        ("my niece who is 11 told me her stepdad touches her", 11),
        ("mae fy nith 11 oed wedi dweud bod ei llystad yn ei chyffwrdd", 11),
    ],
)
def test_a_relatives_child_the_help_is_for_keeps_its_age(words: str, for_age: int) -> None:
    assert _asker(words).for_age == for_age


# --- the page --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "path", "words", "town"),
    [
        ("child", "/search", "fifteen, my stepbrother forced me last year, can i see a "
         "counsellor without dad knowing", "Stevenage"),
        ("child", "/search", "13 boy my mums boyfriend who stays over shows me videos of "
         "his privates", "Whitby"),
        ("professional", "/search", "emergency duty team social worker need csa service for a "
         "9 year old", "Runcorn"),  # old
        ("professional", "/search", "respite carer for disabled boy 11 noticed signs of abuse "
         "by a relative", "Trowbridge"),  # old
        ("professional", "/cy/search", "gweithiwr clwb brecwast, merch 8 wedi tynnu llun o'i "
         "llystad yn gwneud pethau rhywiol", "Llanbed"),  # old
        ("survivor", "/search", "14 years ago my stepfather abused me, need counselling",
         "Stevenage"),
    ],
)  # fmt: skip
def test_the_page_fits_who_is_asking(bundled_client, kind, path, words, town) -> None:
    response = bundled_client.get(path, query_string={"q": words, "location": town})
    talk, card, who = _first_screen(response.data)
    assert _right(kind, words, talk, card, who), (talk, card, who)


def test_no_age_notice_for_the_child_one_is_drawn_to(bundled_client) -> None:
    response = bundled_client.get(
        "/search", query_string={"q": "aunt here, drawn to my nephew who is 12", "location": "Bury"}
    )
    assert b"services for age 12" not in response.data
