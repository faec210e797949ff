"""(w62missing, check62 finding 4) A child about to meet, or be picked up by, a grown man.

"bloke on snapchat wants to pick me up later hes 30 im 14", "im 12 and a man said to meet him at
the park tomorrow dont tell mum" and Welsh "dwi'n 12 ac mae dyn isio cwrdd yn y parc ar ôl
ysgol", "mae dyn o snapchat yn dod i fy nôl i heno, dwi'n 14" had no "In danger now? Call 999"
(the second and the Welsh ones no CEOP; a sexual assault centre first). Other words and towns
than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, warned

DANGER = "In danger now? Call 999"
DANGER_CY = "Mewn perygl nawr?"
CEOP = "CEOP Safety Centre"


def _first_card(soup) -> str:
    return cards_and_words(soup)[0][1]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("a guy off instagram is gonna collect me after school hes 25 im 13", "Ipswich"),
        ("man from tiktok says he will come and get me tomorrow, im 15", "Truro"),
        ("im 11 and a man at the shop said to meet him by the canal later", "Wigan"),
        ("i am 13 and an older man told me to meet him at the station tomorrow", "Crewe"),
    ],
)
def test_a_child_to_be_met_or_picked_up_by_a_man_gets_999_and_ceop(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, DANGER)
    assert CEOP in _first_card(soup), _first_card(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwi'n 13 ac mae dyn isio cyfarfod wrth yr afon yfory", "Aberystwyth"),
        ("mae dyn o tiktok yn dod i fy nghasglu i ar ôl ysgol, dwi'n 12", "Bangor"),
    ],
)
def test_the_same_in_welsh_gets_999_and_ceop(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, DANGER_CY)
    assert CEOP in _first_card(soup), _first_card(soup)


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        # guards (pass on main too): family, friends, a parent fetching, an adult's own date
        ("my uncle on facebook is picking me up later hes 40 im 12", "Ipswich", False),
        ("im 13 and my mates want to meet at the cinema tomorrow", "Truro", False),
        ("my mum is picking me up after school im 11", "Wigan", False),
        ("im 32 and a man from hinge wants to pick me up later", "Crewe", False),
        ("dwi'n 13 ac mae fy ffrindiau isio cwrdd yn y dre yfory", "Bangor", True),
    ],
)
def test_family_friends_or_an_adult_get_no_999_box(bundled_client, words, place, welsh):
    soup = searched(bundled_client, words, place, welsh=welsh)
    assert not warned(soup, DANGER_CY if welsh else DANGER)
