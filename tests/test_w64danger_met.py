"""(w64danger, check63 finding 4) A child about to meet a grown man, or gone with one:

- a grown man coming to the child's home ("im 13 and a man from roblox is coming to my
  house", "…a man is coming to my house tonight"): no warning, and a SARC first with no CEOP;
- asked to travel to him ("a 25 year old on tiktok wants me to get the train to see him
  tomorrow"): no warning, and "a 25 year old" was read as the asker's own age, so the talk box
  held no Childline and did hold Stop It Now (the line for people worried about their own
  thoughts);
- Welsh "mae dyn o tiktok isio fy nghyfarfod heno", the time said straight after (its English
  twin had 999 and CEOP);
- a parent whose child has run away with a man met online: no 999.

Each now gets "In danger now? Call 999…" and CEOP's Safety Centre first; the child's talk box
holds Childline. Other words and towns than the report's. The guards (a friend, a nan, a
boiler fixed, a son at his dad's, a question) pass on main too.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names, texts_of

DANGER = "In danger now? Call 999"
DANGER_CY = "Mewn perygl nawr?"
CEOP = "ceop-safety-centre"


def _box(soup) -> str:
    return " ".join(texts_of(soup, ".app-danger-now"))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im 12 and a man from fortnite is on his way to my house", "Tonbridge"),
        ("im 14 and a guy off snapchat is coming round to our flat later", "Dartford"),
        ("a 31 year old from discord wants me to catch the bus to meet him after school", "Hove"),
    ],
)
def test_a_child_about_to_meet_a_grown_man_gets_999_and_ceop_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert DANGER in _box(soup)
    assert cards_and_words(soup)[0][0] == CEOP, cards_and_words(soup)[:3]


def test_an_adults_age_said_of_him_is_not_the_childs_own(bundled_client):
    soup = searched(
        bundled_client,
        "a 28 year old on instagram wants me to get a train to stay with him tonight",
        "Brighton",
    )
    names = talk_names(talk_box(soup))
    assert "Childline" in names, names
    assert "Stop It Now helpline" not in names, names


def test_welsh_meeting_with_its_time_after_gets_999(bundled_client):
    soup = searched(
        bundled_client, "dwi'n 12 ac mae dyn o snapchat isio fy nghwrdd heddiw", "Pwllheli", True
    )
    assert DANGER_CY in _box(soup)
    assert cards_and_words(soup)[0][0] == CEOP


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("our 14 year old has gone off with an older guy from instagram", "Preston"),
        ("my daughter ran away with a man she met on snapchat", "Lancaster"),
    ],
)
def test_a_child_run_away_with_a_grown_man_gets_999(bundled_client, words, place):
    assert DANGER in _box(searched(bundled_client, words, place))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a friend, a nan, a job done at home, a weekend at dad's,
        # the past, a question
        ("im 12 and my mate from fortnite is coming to my house", "Tonbridge"),
        ("i want to catch the bus to see my grandad later", "Hove"),
        ("im 14 and a man is coming to our flat later to fix the boiler", "Dartford"),
        ("our 14 year old ran off to her dads for the weekend", "Preston"),
        ("my daughter ran away with an older man in 2015, she is 27 now", "Lancaster"),
    ],
)
def test_calm_twins_get_no_999_box(bundled_client, words, place):
    assert DANGER not in _box(searched(bundled_client, words, place))
