"""(lane w55fit, check58 finding 9) Someone who says they are not safe around children, or a
danger to them, without the words "urges" or "thoughts", is asking about their own sexual
thoughts about children: Stop It Now leads "Talk to someone now" and the cards. Before, "im not
safe to be around children" had Childline, the NSPCC and Rape Crisis and a counselling card."""

import pytest

from tests.helpers import cards_and_words, searched, talk_box

STOP_IT_NOW = "stop-it-now"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i dont think im safe to be left alone with kids", "Ipswich"),
        ("im not safe to be near young children", "Wrexham"),
        ("i might be a risk to young children", "Lincoln"),
    ],
)
def test_not_safe_around_children_brings_stop_it_now_first(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    lines = talk_box(soup)
    assert lines and "Stop It Now" in lines[0], lines
    assert cards_and_words(soup)[0][0] == STOP_IT_NOW


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # (guard) a parent whose children are not safe around someone else
        ("my kids are not safe around him", "Ipswich"),
        # (guard) a child not safe with other children
        ("im 14 and im not safe around other kids at school", "Lincoln"),
    ],
)
def test_guard_no_stop_it_now_for_children_not_safe_around_someone(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    lines = talk_box(soup)
    assert not lines or "Stop It Now" not in lines[0], lines
