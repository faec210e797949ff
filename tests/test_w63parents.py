"""(w63parents, check62 finding 2) A parent worried that their child may come to harm was sent to
Stop It Now first.

"i worry about my child at nursery" had Stop It Now (the line for people worried about their
own or another adult's sexual thoughts or behaviour) as the first card and second in "Talk to
someone now"; so did the Welsh "grŵp cymorth i rieni" (support group for parents). A worry for
the child's safety somewhere, or a parent asking only for parents' support, gets the NSPCC's
line for adults worried about a child first, the parents' services next, and Stop It Now after
them. A worry about someone's behaviour, a child's own sexual behaviour, a partner's images and
people worried about their own thoughts keep Stop It Now where it was. Other words and towns
than the report's.
"""

from __future__ import annotations

import pytest

from directory.search.child_safety import worry_for_childs_safety
from tests.helpers import cards_and_words, searched, talk_box, talk_names

STOP = "stop-it-now"
STOP_LINE = "Stop It Now helpline"


def _page(client, words: str, place: str, welsh: bool) -> tuple[list[str], list[str]]:
    soup = searched(client, words, place, welsh)
    return [sid for sid, _ in cards_and_words(soup)], talk_names(talk_box(soup))


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("i get anxious about my kids when they stay over at their grandads", "Carlisle", False),
        ("worried my daughter could get hurt at her childminders", "Lichfield", False),
        ("im scared for my little boy at playgroup", "Shrewsbury", False),
        ("dwi'n pryderu am fy merch yn yr ysgol", "Llanelli", True),
    ],
)
def test_a_parents_worry_for_their_childs_safety_has_the_nspcc_first(
    bundled_client, words, place, welsh
):
    cards, box = _page(bundled_client, words, place, welsh)
    national = [sid for sid in cards if sid in ("nspcc-helpline", STOP)]
    assert national[:1] == ["nspcc-helpline"], cards[:4]
    assert box[0] in ("NSPCC Helpline", "Llinell Gymorth y NSPCC"), box
    assert STOP_LINE not in box[:2], box


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        ("is my son safe at his mums new house", "Wigan", False),
        ("help i rieni", "Wrecsam", True),
        ("grŵp i rieni", "Caerfyrddin", True),
        ("cymorth i rieni", "Aberteifi", True),
    ],
)
def test_no_stop_it_now_before_the_parents_lines(bundled_client, words, place, welsh):
    """A worry for the child's safety asked as a question, and parents' support asked in
    general (Welsh words, where Stop It Now's Welsh-language line lifted it to the first card):
    Stop It Now neither the first card, nor above the NSPCC's, nor second in the box."""
    cards, box = _page(bundled_client, words, place, welsh)
    assert cards and cards[0] != STOP, cards[:3]
    assert STOP_LINE not in box[:2], box
    if STOP in cards:
        assert cards.index("nspcc-helpline") < cards.index(STOP), cards[:5]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a worry about someone's behaviour, a child's own sexual
        # behaviour, a partner's images: Stop It Now stays in the first two lines of the box
        ("the way my brother in law looks at my son bothers me", "Hereford"),
        ("my 13 year old keeps watching porn with his little cousins", "Worcester"),
        ("worried about my sisters new boyfriend around my kids", "Lincoln"),
        ("im worried about my son at school because a teacher keeps messaging him", "Bath"),
        ("my partner got arrested for child abuse images", "Durham"),
    ],
)
def test_a_worry_about_someones_behaviour_keeps_stop_it_now(bundled_client, words, place):
    cards, box = _page(bundled_client, words, place, False)
    assert STOP_LINE in box[:2], box
    assert STOP in cards[:3], cards[:5]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): people worried about their own thoughts
        ("i keep having sexual thoughts about kids and hate it", "Preston"),
        ("scared i might hurt a child one day", "Chester"),
    ],
)
def test_own_thoughts_keep_stop_it_now_first(bundled_client, words, place):
    cards, box = _page(bundled_client, words, place, False)
    assert box[:1] == [STOP_LINE], box
    assert cards[:1] == [STOP], cards[:3]


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("nervous about my toddler starting preschool", True),
        ("scared my son will get hurt at school", True),
        ("dwin pryderu am fy merch yn yr ysgol", True),
        # the worry is about someone, or a reason names someone: the other readers decide
        ("worried about my daughter at her dads he shouts", False),
        ("worried about my sisters new boyfriend around my kids", False),
        ("the way my boyfriend looks at my daughter worries me", False),
    ],
)
def test_a_worry_for_the_childs_safety_is_read(words, read):
    assert worry_for_childs_safety(words) is read
