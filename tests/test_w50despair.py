"""(lane w50despair, twenty-first session; check53 findings 2, 3 and 10) Suicide said
indirectly, a parent whose child wants to die, and an adult with no age who wants to end it.

1. A wish not to be alive said without "die" or "kill" ("no point in being alive", "no
   reason to live", "my family would be better off if i was gone") says first "If your life
   is at risk now, call 999 or go to A&E.", as "i dont want to live" does, with Samaritans
   first in the talk box. Despair of going on with no life said ("whats the point of anything
   any more", "cant do life anymore", "wish i had never been born") brings Samaritans first
   and no warning; "point", "better" and "anymore" are not searched for services.
"""

import re

import pytest

from tests.helpers import searched, talk_box, talk_names, texts_of

LIFE = ".app-life-at-risk"
SUICIDE_LINES = ("Samaritans", "HOPELINE247")


def _no_service_for_the_words(soup) -> bool:
    text = " ".join(soup.get_text(" ").split())
    return (
        bool(re.search(r"\b0 services", text)) or "could not find a service for those words" in text
    )


# --- 1. suicide said indirectly (check53 F2) ------------------------------------------------

NOT_LIVING = [
    ("honestly whats the point of being alive", "Stockport"),
    ("my family would be better off if i was gone", "Ipswich"),
    ("my children would be better off without me", "Colchester"),
    ("theres no reason to live anymore since my stepdad", "Lincoln"),
    ("I can't see any point in life after what my grandad did", "Hereford"),
]


@pytest.mark.parametrize(("words", "place"), NOT_LIVING)
def test_a_wish_not_to_be_alive_said_without_die_gets_the_warning_and_samaritans_first(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    warning = texts_of(soup, LIFE)
    assert warning and "call 999 or go to A&E" in warning[0], warning
    html = str(soup)
    assert html.index("app-life-at-risk") < html.index('id="talk-now-title"')
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)
    assert not _no_service_for_the_words(soup)


DESPAIR = [
    ("whats the point of anything any more", "Salisbury"),
    ("i cant do life anymore", "Scarborough"),
    ("i wish i had never been born", "Bedford"),
    ("honestly i dont see any point now", "Preston"),
]


@pytest.mark.parametrize(("words", "place"), DESPAIR)
def test_despair_with_no_life_said_brings_samaritans_first_and_no_warning(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)
    assert not texts_of(soup, LIFE), texts_of(soup, LIFE)
    assert not _no_service_for_the_words(soup)
    cards = soup.select("li.app-result")
    assert cards and "Stop It Now" not in cards[0].get_text(), cards[0].get_text()[:80]


#: guards (pass on main too): the point of something else, the past, better off of something
NOT_DESPAIR = [
    ("i dont see the point in reporting it to the police, it was years ago", "Leeds"),
    ("whats the point of a SARC if it happened last year", "Derby"),
    ("my kids are better off without their dad, he abused them", "Luton"),
    ("is there any point in counselling for my son", "Bath"),
]


@pytest.mark.parametrize(("words", "place"), NOT_DESPAIR)
def test_the_point_of_something_else_is_not_despair(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert not texts_of(soup, LIFE), texts_of(soup, LIFE)
    assert not any(line.startswith(SUICIDE_LINES) for line in talk_box(soup)), talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("as a teenager i thought there was no point living", "York"),
        ("theres no point living in fear, i want to report him", "Poole"),
    ],
)
def test_a_wish_of_long_ago_or_living_in_fear_gets_no_warning(bundled_client, words, place):
    """Guard (passes on main too): the warning is for a wish not to be alive, now."""
    soup = searched(bundled_client, words, place)
    assert not texts_of(soup, LIFE), texts_of(soup, LIFE)


# --- 3. an adult with no age who wants to end it (check53 F10) --------------------------------

NO_AGE = [
    ("i want to end my life, i cant get over what my uncle did to me", "Warrington"),
    ("i just want to die, my grandad did things to me", "Taunton"),
]


@pytest.mark.parametrize(("words", "place"), NO_AGE)
def test_with_no_age_said_samaritans_leads_and_childline_stays(bundled_client, words, place):
    names = talk_names(talk_box(searched(bundled_client, words, place)))
    assert names[0] == "Samaritans", names
    assert "Childline" in names, names


def test_a_child_who_says_their_age_keeps_childline_first(bundled_client):
    """Guard (passes on main too)."""
    soup = searched(bundled_client, "i want to kill myself my stepdad hurts me im 14", "Wigan")
    names = talk_names(talk_box(soup))
    assert names[0] == "Childline", names
    assert any(n.startswith(SUICIDE_LINES) for n in names), names


# --- 2. a parent or carer whose child wants to die (check53 F3) -------------------------------

CHILD_WANTS_TO_DIE = [
    ("my 14 year old says she wants to end her life, her stepdad abused her", "Bristol"),
    ("my grandson keeps talking about killing himself", "Norwich"),
    ("im a foster carer and the girl i look after tried to take her own life", "Derby"),
    ("our daughter doesnt want to live anymore since her uncle touched her", "Truro"),
]


@pytest.mark.parametrize(("words", "place"), CHILD_WANTS_TO_DIE)
def test_a_parent_told_of_a_childs_wish_to_die_gets_hopeline_high_and_no_stop_it_now(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    names = talk_names(talk_box(soup))
    assert any(n.startswith("HOPELINE247") for n in names[:2]), names
    assert "Stop It Now helpline" not in names, names
    assert not texts_of(soup, LIFE), texts_of(soup, LIFE)  # "your life": not theirs


def test_a_childs_harm_to_another_keeps_stop_it_now_beside_the_suicide_line(bundled_client):
    """Their own child harmed another and now wants to die: Stop It Now answers parents
    worried about a child's sexual behaviour, and stays."""
    words = "my son abused his little brother and now he says he wants to kill himself"
    names = talk_names(talk_box(searched(bundled_client, words, "Oldham")))
    assert "Stop It Now helpline" in names, names
    assert any(n.startswith("HOPELINE247") for n in names), names


def test_a_threat_to_silence_a_child_is_not_read_as_a_wish_to_die(bundled_client):
    """Guard (passes on main too): the abuser's threat is the abuse."""
    soup = searched(bundled_client, "my stepdad said he would kill himself if i told", "Crewe")
    names = talk_names(talk_box(soup))
    assert not any(n.startswith(SUICIDE_LINES) for n in names), names
