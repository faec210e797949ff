"""(lane w48stop, the nineteenth session's last words check, check49) Three misreadings:

1. Bleeding that "will not stop" searched the word "stop", and Stop It Now (a line for people
   worried about their own sexual thoughts) was the first card for someone who has cut
   themselves. Words of suicide or self-harm never search "stop" as a service's name.
2. A disabled person who says no age ("I use a wheelchair and my brother abuses me") was read
   as a child: Childline alone and the note to ask a grown-up. As a learning disability or a
   carer already did, their own disability now says nobody in particular is asking.
3. A parent's "adult son" or "grown up daughter": the lines for adults first, not the NSPCC's
   line for adults worried about a child (a child's age of 18 or over already did so).
"""

import pytest

from tests.helpers import cards_and_words, searched, talk_box, texts_of

NOTE = ".app-none-alone"


def _names(box: list[str]) -> list[str]:
    return [line.split(":")[0].strip() for line in box]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i cut myself and it wont stop", "Grimsby"),
        ("self harmed again and the bleeding wont stop", "Peterborough"),
    ],
)
def test_self_harm_that_will_not_stop_brings_no_line_for_someones_sexual_thoughts(
    bundled_client, words, place
):
    ids = [sid for sid, _ in cards_and_words(searched(bundled_client, words, place))][:3]
    assert "stop-it-now" not in ids, ids


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im a wheelchair user and my uncle touches me", "Walsall"),
        ("i am disabled and my stepbrother keeps abusing me", "Lincoln"),
    ],
)
def test_a_disabled_person_who_says_no_age_is_not_told_to_ask_a_grown_up(
    bundled_client, words, place
):
    page = searched(bundled_client, words, place)
    assert not texts_of(page, NOTE)
    box = _names(talk_box(page))
    assert box[:1] == ["24/7 Rape & Sexual Abuse Support Line"], box


def test_guard_a_disabled_child_who_says_their_age_keeps_childline_first(bundled_client):
    """Guard (passes on main too)."""
    page = searched(bundled_client, "im 11 and i use a wheelchair, my uncle touches me", "Walsall")
    assert _names(talk_box(page))[:1] == ["Childline"]


def test_a_parents_grown_up_child_gets_the_lines_for_adults_first(bundled_client):
    box = _names(
        talk_box(
            searched(
                bundled_client, "our grown up daughter told us her grandad abused her", "Ludlow"
            )
        )
    )
    assert box[:1] == ["24/7 Rape & Sexual Abuse Support Line"], box
    assert "NSPCC Helpline" not in box[:2], box
