"""(forty-ninth walk-through F1, F2) A farewell note for one's family, and "cant live with what
he did anymore", read as a life at risk; children named beside one's own crisis or abuse are
not a parent's worry.

"ive written a note for my kids tonight i cant live with what my stepfather did to me anymore"
had no "If your life is at risk now" box and no Samaritans above the footer, and the talk box
and first card were Stop It Now (a line for people worried about their own sexual thoughts):
"my kids" read him as a parent. Other words and other towns than the report's.
"""

from __future__ import annotations

import pytest

from directory.search.despair import despair_found
from directory.search.plan_now import plan_now
from directory.search.suicide_intent import own_intent
from tests.helpers import cards_and_words, searched, talk_box, talk_names, warned, warned_then_first

LIFE = "If your life is at risk now, call 999 or go to A&E"
STOP_IT_NOW = "Stop It Now"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # a note or letters for family with a time or readiness: a farewell
        ("ive done letters for my children tonight", "Norwich"),
        ("wrote a note to my wife and im ready", "Swindon"),
        ("i have left notes for all my family and im ready to go now", "Carlisle"),
        # not able to live with it any more, or to go on living with it
        ("cant live with what my uncle did to me any more", "Exeter"),
        ("i cant go on living with the memories of what happened", "Derby"),
    ],
)
def test_a_farewell_note_or_cant_live_with_it_warns_with_samaritans_first(
    bundled_client, words, place
):
    warned_then_first(searched(bundled_client, words, place), LIFE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "ive written a letter for each of my sons tonight, my uncle abused me and i cant"
            " live with it any more",
            "Ipswich",
        ),
        ("my kids are asleep and i cant live with what my stepdad did to me anymore", "Wigan"),
        ("ive done letters for my children tonight", "Norwich"),
    ],
)
def test_children_named_in_ones_own_crisis_bring_no_stop_it_now(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    names = talk_names(talk_box(soup))
    assert "Samaritans" in names, names
    assert not any(STOP_IT_NOW in name for name in names), names
    first = [text for _, text in cards_and_words(soup)[:3]]
    assert not any(text.startswith(STOP_IT_NOW) for text in first), first


def test_the_words_read_as_life_at_risk():
    assert plan_now("i have written letters to all my loved ones and im ready now")
    assert own_intent("i honestly cant live with this anymore")
    assert despair_found("i cant carry on living with the guilt")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a note of the past, a note for something, a home left
        ("i wrote a note years ago when i was at my lowest", "York"),
        ("i wrote a note to my teacher about being bullied", "Bath"),
        ("i cant live with my ex anymore, looking for a new flat", "Leicester"),
    ],
)
def test_a_note_of_the_past_or_for_something_or_a_home_gets_no_warning(
    bundled_client, words, place
):
    assert not warned(searched(bundled_client, words, place), LIFE)


def test_notes_for_something_are_not_a_farewell():
    # guards (pass on main too)
    assert not plan_now("i wrote a note for my kids today to say well done")
    assert not plan_now("i wrote a letter to my mum today about what my uncle did")
    assert not own_intent("i cant live with my dad anymore")


def test_a_parent_who_names_their_own_thoughts_keeps_stop_it_now(bundled_client):
    # guard (passes on main too)
    soup = searched(
        bundled_client, "i have two kids and i keep having sexual thoughts about children", "Luton"
    )
    assert any(STOP_IT_NOW in name for name in talk_names(talk_box(soup)))


def test_a_parent_who_fears_for_their_children_stays_a_parent(bundled_client):
    # guard (passes on main too): her own abuse told, and her fear for the children
    soup = searched(bundled_client, "my ex abused me and now he wants to see my kids", "Reading")
    assert "NSPCC Helpline" in talk_names(talk_box(soup))
