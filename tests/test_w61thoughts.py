"""(w61thoughts) The line for people worried about their own sexual thoughts about children
(Stop It Now): only for them, and always for them.

check61 §7 and §9, forty-seventh walk-through F3: urges to eat chocolate and looking at pictures
of girls on Instagram got a talk box of only Stop It Now; a wife who found images on her
husband's laptop got no line for the children at home; "my thoughts about my niece frighten me"
got the NSPCC first and a SARC; a GP whose patient disclosed looking at images got no Stop It
Now.
Other words and towns than the reports'. Guards pass on main too and say so.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from tests.helpers import cards_and_words, posted_results, searched, talk_box, talk_names

STOP = "Stop It Now helpline"
NSPCC = "NSPCC Helpline"


def _box(soup: BeautifulSoup) -> list[str]:
    """The talk box's names, or none when the page has no box."""
    if soup.find(id="talk-now-title") is None:
        return []
    return talk_names(talk_box(soup))


def _first_card(soup: BeautifulSoup) -> str:
    return cards_and_words(soup)[0][1]


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("i get urges to buy clothes online every night", "Derby", False),
        ("i look at pictures of celebrities on my phone for hours", "Bolton", False),
        ("rwy'n poeni am fy meddyliau yn y nos", "", True),
    ],
)
def test_urges_looking_or_thoughts_about_nothing_sexual_are_not_stop_it_nows(
    bundled_client, words, place, welsh
):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert STOP not in _box(soup), _box(soup)
    assert not _first_card(soup).startswith(STOP)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): urges, looking or thoughts that say children or sex
        ("i keep getting urges towards young children", "Coventry"),
        ("i look at pictures of underage boys and hate myself", ""),
        ("i get urges i know are wrong about kids", "Reading"),
        # ... and an urge to smoke, calm, read as nothing on main too
        ("i get an urge to smoke when im stressed", ""),
    ],
)
def test_urges_or_looking_about_children_keep_stop_it_now_alone(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    urge = "smoke" in words
    assert (_box(soup) != [STOP]) if urge else (_box(soup) == [STOP]), _box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("found indecent images of kids on my boyfriends phone", "Luton"),
        ("my brother was arrested for downloading child porn and my kids stay at his", ""),
        ("there is a paedophile in our family what do we do", "Wigan"),
    ],
)
def test_a_relative_of_someone_with_images_gets_the_nspcc_beside_stop_it_now(
    bundled_client, words, place
):
    names = _box(searched(bundled_client, words, place))
    assert names[:2] == [STOP, NSPCC], names


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my thoughts about my nephew scare me, ive never done anything", "Mansfield"),
        ("my thoughts about my little half sister scare me, i have never done anything", "Retford"),
    ],
)
def test_thoughts_about_a_child_of_the_family_that_frighten_them_are_their_own(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert _box(soup) == [STOP], _box(soup)
    assert not any(
        "SARC" in card or "Sexual Assault" in card for _id, card in cards_and_words(soup)
    )


def test_worry_for_a_nephew_stays_a_parents(bundled_client):
    # guard (passes on main too): a relative worried about a child, not their own thoughts
    names = _box(searched(bundled_client, "im worried my nephew is being abused by his stepdad"))
    assert names[0] == NSPCC, names


@pytest.mark.parametrize(
    "words",
    [
        "social worker - client disclosed he downloads child abuse images",
        "health visitor, dad disclosed he has sexual thoughts about his baby",
    ],
)
def test_a_professional_told_of_someones_interest_in_children_gets_stop_it_now(
    bundled_client, words
):
    client = bundled_client.application.test_client()
    names = _box(posted_results(client, words, "", professional=True))
    assert STOP in names, names


def test_a_professional_told_of_abuse_done_keeps_the_nspcc_first(bundled_client):
    # guard (passes on main too): a disclosure of abuse done, not of someone's interest
    client = bundled_client.application.test_client()
    soup = posted_results(client, "school nurse, pupil disclosed abuse by her uncle", "", True)
    assert _box(soup)[0] == NSPCC, _box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a parent whose child touched another, a sex offender
        ("my 13 year old son touched his younger cousin", "Halifax"),
        ("my new partner is on the sex offenders register and my kids live with us", ""),
    ],
)
def test_a_parent_told_of_sexual_behaviour_keeps_stop_it_now(bundled_client, words, place):
    names = _box(searched(bundled_client, words, place))
    assert STOP in names, names
