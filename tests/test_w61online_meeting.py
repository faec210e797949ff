"""(w61online) check61 section 6 through the page, in other words and other towns than the
report's: a child meeting someone from online.

- a parent whose child has already gone to meet someone from online, with no time said, or
  went and cannot be reached: the danger-now box, CEOP among the first cards, and no line for
  people worried about their own thoughts in the talk box (the report's mother saw no 999 and
  Stop It Now second);
- a young person, age said or not, meeting someone from online after "and", asked into a car or
  a flat by someone of an adult's age said, or asked to meet with no age said at all: the box
  and CEOP first;
- Welsh: the object before the verb ("isio fy nghyfarfod i"), and no age said.

Each "new" test fails on main before the change; each guard passes on both trees and says so.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names, texts_of

DANGER = "In danger now? Call 999"
DANGER_CY = "Mewn perygl nawr? Ffoniwch 999"
CEOP = "ceop-safety-centre"


def _danger(soup, welsh: bool = False) -> bool:
    return (DANGER_CY if welsh else DANGER) in " ".join(texts_of(soup, ".app-danger-now"))


def _first_cards(soup, count: int = 3) -> list[str]:
    return [card for card, _ in cards_and_words(soup)[:count]]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my 14 year old has snuck out to meet a man from snapchat", "Colchester"),
        ("my son went to meet a guy off discord and his phone is off", "Swindon"),
        ("my daughter 13 has gone to meet a lad from insta and she wont answer", "Worthing"),
    ],
)
def test_parent_of_a_child_gone_to_meet_someone_from_online_is_in_danger_now(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert _danger(soup)
    assert CEOP in _first_cards(soup, 3), _first_cards(soup, 5)
    names = talk_names(talk_box(soup))
    assert names[0] == "NSPCC Helpline", names
    assert "Stop It Now helpline" not in names, names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im 14 and meeting a lad off insta at the park after school", "Reading"),
        ("shes 30 and wants me to come to her flat tonight, i met her on discord", "Oxford"),
        ("a guy from fortnite wants to meet me today", "Luton"),
        ("hes 27 and keeps asking me to get in his car after school", "Poole"),
    ],
)
def test_young_person_meeting_or_asked_along_soon_is_in_danger_now(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert _danger(soup)
    assert _first_cards(soup, 1) == [CEOP], _first_cards(soup, 5)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae bachgen o snapchat isio fy nghyfarfod i ar ôl ysgol, dwi'n 14", "Caernarfon"),
        ("mae rhywun ar-lein eisiau cwrdd â fi heddiw", "Llanelli"),
    ],
)
def test_welsh_meeting_someone_from_online_soon(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert _danger(soup, welsh=True)
    assert CEOP in _first_cards(soup, 2), _first_cards(soup, 5)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a friend, a date from an app with an adult's age, an older
        # brother's lift, a meeting long past, a parent whose child went to meet a friend
        ("im meeting my cousin at the bus station in an hour", "Reading"),
        ("im 29 and meeting a guy from hinge tonight, nervous", "Oxford"),
        ("my older brother wants me to get in his car after school", "Poole"),
        ("last year i went to meet a man i met online when i was 15", "Luton"),
        ("my daughter has gone to meet her friends in town", "Colchester"),
    ],
)
def test_no_danger_box_for_a_friend_a_date_a_brother_or_the_past(bundled_client, words, place):
    assert not _danger(searched(bundled_client, words, place))


def test_welsh_friend_tonight_is_no_danger(bundled_client):
    # guard (passes on main too): meeting a friend tonight
    soup = searched(bundled_client, "dwi'n mynd i gwrdd â fy ffrindiau heno", "Aberteifi", True)
    assert not _danger(soup, welsh=True)
