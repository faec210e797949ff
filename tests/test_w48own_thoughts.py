"""(w48own; thirty-fifth walk-through F1) Someone frightened by their own sexual thoughts about
children, who said them noun first with "I" after ("frightened by sexual thoughts I get about
children"), was read as someone harmed: the 24/7 rape line, Victim Support and a SARC first,
Stop It Now only at the foot of the page. The "I" in the clause says whose the thoughts are.
A survivor's thoughts about what was done to them, or thoughts of suicide, are not thoughts
about children and never bring Stop It Now first.

Through the page (talk box, first card); words, ages and towns other than the report's."""

from __future__ import annotations

import pytest

from .helpers import cards_and_words, searched, talk_box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        (
            "I am 52, a woman, and the sexual thoughts I keep having about young children scare me",
            "Whitby",
        ),
        ("man, 36, really scared of the urges ive been having towards little girls", "Bideford"),
        ("the fantasies that i get about small kids make me feel sick, i want to stop", "Ripon"),
        ("im 15 and worried about thoughts i keep getting about younger children", "Hexham"),
        ("upset by thoughts that come into my mind about young kids", "Frome"),
        ("im 58 and get thoughts about small children that i know are wrong", "Kendal"),
    ],
)
def test_own_thoughts_said_noun_first_bring_stop_it_now_first(bundled_client, words, town):
    soup = searched(bundled_client, words, town)
    box = talk_box(soup)
    assert box[0].startswith("Stop It Now"), box
    assert not any(line.startswith(("24/7 Rape", "Victim Support")) for line in box), box
    first_id, first_words = cards_and_words(soup)[0]
    assert "Stop It Now" in first_words, (first_id, first_words[:80])


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("i have thoughts about what my stepfather did to me when i was small", "Wrexham"),
        ("i get thoughts about him every night since he abused me as a boy", "Whitby"),
        ("i have thoughts of suicide since my uncle abused me", "Bideford"),
    ],
)
def test_a_survivors_thoughts_about_what_was_done_never_bring_stop_it_now_first(
    bundled_client, words, town
):
    box = talk_box(searched(bundled_client, words, town))
    assert not box[0].startswith("Stop It Now"), box


@pytest.mark.parametrize(
    ("words", "town"),
    [
        # a survivor's flashbacks and thoughts of what was done (on main the first brought Stop
        # It Now first through "intrusive thoughts"; the second is a guard that passed there)
        ("I'm 47 and I get flashbacks and intrusive thoughts about what my grandad did", "Ripon"),
        ("intrusive thoughts about what my brother did to me keep me awake, im 39", "Hexham"),
    ],
)
def test_a_survivors_intrusive_thoughts_stay_a_survivors(bundled_client, words, town):
    box = talk_box(searched(bundled_client, words, town))
    assert not box[0].startswith("Stop It Now"), box


def test_a_parents_fear_for_their_child_is_a_parents_search(bundled_client):
    """Thoughts of one's own child being hurt are a parent's fear, not thoughts about children
    (on main: Stop It Now first)."""
    box = talk_box(
        searched(bundled_client, "i have thoughts about my son being abused at nursery", "Stroud")
    )
    assert box[0].startswith("NSPCC Helpline"), box
