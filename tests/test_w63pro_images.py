"""(w63pro, walk48 F3 and the lead's check on 10f6c1ea) A child's sexual images asked for, or
sent, online: CEOP and Childline first for the child, CEOP, Report Remove and the NSPCC first
for a grown-up telling of it, whatever is near.

"a man in a game chat keeps askin for pics of me in my pjs im 10…" (Hemsby) had a forensic
centre "after a recent assault" and a therapy service "through a professional" before CEOP;
"teacher pupil sending explicit images to adult online" (Hull) had a forensic centre first and
no CEOP. Other words and towns than the findings'.
"""

from __future__ import annotations

import pytest

from tests.helpers import card_ids, posted_results

CEOP = "ceop-safety-centre"


def _first(client, words: str, place: str, pro: bool = False, most: int = 3) -> list[str]:
    if pro:
        client = client.application.test_client()
    soup = posted_results(client, words, place, professional=pro)
    cards = [c for c in soup.select("li.app-result") if c.select_one('h3 a[href*="/service/"]')]
    return card_ids(cards)[:most]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im 12 a guy on roblox keeps asking me to send him photos of myself", "Cromer"),
        ("im 13 and someone on snapchat wants me to send nudes and wont leave me alone", "Leeds"),
        ("11 yr old here a man on discord keeps begging me for selfies", "Swaffham"),
    ],
)
def test_a_child_asked_for_pictures_online_sees_ceop_then_childline(bundled_client, words, place):
    assert _first(bundled_client, words, place, most=2) == [CEOP, "childline"]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "dsl here, year 9 girl has been sending nude pictures to an older man online",
            "Sheffield",
        ),
        ("pastoral lead: student sharing indecent images with a man she met on instagram", "York"),
    ],
)
def test_a_professional_telling_of_a_pupils_images_online_sees_the_image_lines(
    bundled_client, words, place
):
    first = _first(bundled_client, words, place, pro=True)
    assert first == [CEOP, "report-remove", "nspcc-helpline"]


def test_a_parent_telling_of_a_man_online_asking_for_naked_photos_sees_ceop_first(
    bundled_client,
):
    first = _first(
        bundled_client, "my son is 12 and a man on xbox asked him for naked pics", "Derby"
    )
    assert first[0] == CEOP and "nspcc-helpline" in first


@pytest.mark.parametrize(
    ("words", "place", "first"),
    [
        # guards (pass on main too): an assault in the last few days keeps the forensic centre
        # first; a child touched at a sleepover, no images, keeps the page as it was
        (
            "im 14 he raped me on saturday and now he keeps messaging me asking for pics",
            "Bradford",
            "hazlehurst-centre-sarc",
        ),
        ("im 9 my cousin touched me at a sleepover", "Ipswich", None),
    ],
)
def test_an_assault_or_no_images_keeps_the_page(bundled_client, words, place, first):
    cards = _first(bundled_client, words, place)
    if first is not None:
        assert cards[0] == first
    assert cards[0] != CEOP
