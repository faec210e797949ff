"""The national cards in the order that fits who is asking (fourteenth walk-through F4, F7): a
child's own line before a line for all ages that fits the child no better (Meic above Live Fear
Free for a child writing in Welsh), a parent's own line before it (the NSPCC above Live Fear
Free for a Welsh mother), and for a parent asking support for themselves, the lines that will
talk with them now before a website of information (Parents Protect). Both ways: a line for
what the words are about (forced marriage) keeps its place, adults writing in Welsh keep Live
Fear Free first, a parent telling of a rape in the last few days keeps the 24/7 line first, a
parent asking for information keeps Parents Protect, and a man's search keeps the men's lines
among the first cards. Worded differently from the walk-through's own searches, in other
towns; English and Welsh."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.lexicon import clean_text
from directory.search.order_reach import for_themselves
from directory.search.understand import understand

from .helpers import national_ids

#: a website of information for parents, with nobody to talk to and no phone
INFORMATION_ONLY = "parents-protect"


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("mae fy nghefnder yn cyffwrdd fi o dan fy nillad, dwi'n 11", "Bangor"),
        ("nath fy llystad bethau i fi yn y bath, dwi'n 9 oed", "Llanelli"),
        ("mae ewythr fi'n dod i'n stafell i gyda'r nos, 13", "Wrecsam"),
        ("dwi'n 12 ac mae fy mrawd mawr yn fy nghyffwrdd i", "Aberystwyth"),
    ],
)
def test_a_welsh_child_gets_meic_before_the_line_for_all_ages(directory, q, location):
    ids = national_ids(directory, q, location)
    assert ids[0] == "meic", ids[:5]
    # the line for all of Wales stays near the top, and Childline among the first cards
    assert ids.index("live-fear-free") < 3, ids[:5]
    assert "childline" in ids[:3], ids[:5]


def test_the_welsh_page_shows_meic_as_the_first_national_card(bundled_client):
    page = bundled_client.get(
        "/cy/search",
        query_string={"q": "mae fy nghefnder yn cyffwrdd fi o dan fy nillad, dwi'n 11",
                      "location": "Bangor"},
        follow_redirects=True,
    )  # fmt: skip
    assert page.status_code == 200
    soup = BeautifulSoup(page.data, "html.parser")
    sections = [s for s in soup.select("main section") if "Ar gael ble bynnag" in s.get_text()]
    assert sections, "no national section"
    first = sections[0].select_one(".app-result h3, .app-result h2")
    assert first is not None and "Meic" in first.get_text(), first


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("mae fy merch 8 oed wedi deud bod ei hewyrth wedi ei chyffwrdd", "Caerfyrddin"),
        ("mae fy mab 5 oed wedi cael ei gam-drin gan gymydog", "Llandudno"),
    ],
)
def test_a_welsh_parent_gets_the_nspcc_before_the_line_for_all_ages(directory, q, location):
    ids = national_ids(directory, q, location)
    assert ids[0] == "nspcc-helpline", ids[:5]
    assert ids.index("live-fear-free") < 3, ids[:5]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("dwi'n 45, nath fy ewythr fy ngham-drin pan o'n i'n blentyn", "Aberystwyth"),
        ("dynes 30 oed, ces i fy ngham-drin gan fy nhad", "Caerfyrddin"),
    ],
)
def test_a_welsh_adult_keeps_the_line_for_all_of_wales_first(directory, q, location):
    ids = national_ids(directory, q, location)
    assert ids[0] == "live-fear-free", ids[:5]


def test_an_english_child_keeps_childline_first(directory):
    ids = national_ids(directory, "my stepbrother touches me at night im 10", "Kendal")
    assert ids[0] == "childline", ids[:5]


def test_a_line_for_what_the_words_are_about_keeps_its_place_for_a_child(directory):
    ids = national_ids(directory, "my dad says i have to marry a man abroad, im 15", "Luton")
    assert ids[0] == "karma-nirvana-honour-based-abuse-helpline", ids[:5]
    assert "childline" in ids[:3], ids[:5]


def test_a_parent_telling_of_a_rape_in_the_last_few_days_keeps_the_247_line_first(directory):
    ids = national_ids(directory, "my 16 year old was raped on saturday night", "Preston")
    assert ids.index("rape-crisis-247") < ids.index("nspcc-helpline"), ids[:5]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        (
            "my 8 year old was abused by his step grandad and i am not coping, i need "
            "support for me",
            "Kendal",
        ),
        ("our girl is 12, her uncle abused her. who can help me cope, i am struggling", "Grantham"),
        (
            "mae fy mab 6 oed wedi cael ei gam-drin gan ei daid, dwi ddim yn ymdopi, angen "
            "cefnogaeth i fi fy hun",
            "Y Rhyl",
        ),
    ],
)
def test_a_parent_asking_for_themselves_meets_lines_that_talk_now_first(directory, q, location):
    ids = national_ids(directory, q, location)
    assert ids[0] == "nspcc-helpline", ids[:5]
    assert INFORMATION_ONLY not in ids[:3], ids[:5]
    # it stays on the list, not dropped
    assert INFORMATION_ONLY in ids, ids
    columns = directory.index.columns
    assert all(columns.reach_now[columns.positions[i]] for i in ids[:3]), ids[:3]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("how do i keep my kids safe from abuse, what signs should i look for", "Lincoln"),
        ("my son was abused by his football coach, what should i do", "Lincoln"),
    ],
)
def test_a_parent_asking_what_to_do_keeps_parents_protect_among_the_first(directory, q, location):
    ids = national_ids(directory, q, location)
    assert INFORMATION_ONLY in ids[:2], ids[:5]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("abused by a neighbour as a lad, im 58 now and want to talk to another man about it",
         "Hexham"),
        ("male, 49, my stepfather abused me as a kid, need a helpline for men", "Taunton"),
    ],
)  # fmt: skip
def test_a_mans_search_keeps_the_mens_lines_among_the_first_cards(directory, q, location):
    ids = national_ids(directory, q, location)
    assert "safeline-nmsh" in ids[:3], ids[:5]
    assert "napac" in ids[:3], ids[:5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my son was abused and i cant cope", True),
        ("my daughter was abused, i need someone for me to talk to", True),
        ("i'm struggling since my boy told us", True),
        ("nath rhywun gam-drin fy merch, angen help i fi fy hun", True),
        ("my son was abused, he needs someone to talk to", False),
        ("my daughter needs counselling after her uncle abused her", False),
        ("mae fy merch angen rhywun i siarad efo", False),
    ],
)
def test_a_parent_asking_for_themselves_is_read(text, expected):
    cleaned = clean_text(text)
    asker = understand(text).asker
    assert asker.persona == "parent", asker
    assert for_themselves(asker, cleaned) is expected


def test_a_child_saying_myself_is_not_a_parent_asking_for_themselves():
    text = "my uncle touched me, im 12 and i cant cope"
    assert not for_themselves(understand(text).asker, clean_text(text))
