"""(thirty-seventh walk-through F2, w49kin58) Someone whose grown-up relative has told them of
abuse, with the relative's age ("my sister is 47 and …", "i care for my uncle, he is 63 …"),
is an adult asking about an adult: the lines and services for adults lead. Before, family
words read as a child's: Childline alone in the talk box, and Childline and The Mix first
among the cards. A relative's age under 18, or the relative as the one who harms, is read as
before."""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names

CHILDRENS = {"childline", "the-mix"}


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my sister is 47 and she told me last week our grandad abused her", "Stockport"),
        ("i care for my uncle, he is 63 and autistic, he says his father abused him", "Bedford"),
        ("my dad is 75 and has just told me he was abused by a priest", "Blackburn"),
    ],
)
def test_a_grown_relative_told_of_abuse_gets_adult_help(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert talk_names(talk_box(soup))[0] != "Childline"
    first_three = [sid for sid, _words in cards_and_words(soup)][:3]
    assert not CHILDRENS & set(first_three), first_three


def test_a_relative_who_harms_is_read_as_before(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "my cousin is 20 and he touches me", "Stockport")
    assert talk_names(talk_box(soup))[0] == "Childline"
