"""(w57suicide, check59 finding 1) Someone else's emergency said as what the person asking
sees: not breathing, not waking up, unconscious or turning blue, with or without pills; and
someone else "talking about ending it" with a goodbye. Each had no warning at all: not
breathing or not waking is a call to 999 whatever caused it. Now "Someone's life at risk now?
Call 999." comes first, and after pills or something taken, Samaritans leads the talk box.

Guards (a baby not sleeping, one's own breathing in a panic attack, not waking up early for
work or for school, a baby's breathing at birth, "ending it with his girlfriend") pass on main
too, and say so.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

OTHERS = "Someone's life at risk now? Call 999."
OWN_LIFE = "If your life is at risk now"
OVERDOSE = "If you have taken an overdose"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my sister isnt breathing properly", "Ipswich"),
        ("my boyfriend has stopped breathing", "Wigan"),
        ("my flatmate is unconscious and her lips are going blue", "Derby"),
        ("i cant wake him up, my dad is on the floor", "Kendal"),
    ],
)
def test_someone_else_not_breathing_or_not_waking_warns_for_them(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OTHERS), words
    assert not warned(soup, OWN_LIFE), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my nan wont wake up, she had her sleeping tablets and loads of wine", "Exeter"),
        ("my cousin took something at a party and isnt breathing right", "Bolton"),
        ("my stepdad is not waking up after swallowing his meds", "Salisbury"),
    ],
)
def test_someone_else_not_breathing_after_taking_something_brings_samaritans(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OTHERS), words
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my husband left a goodbye and went out, he has been talking about ending it", "Truro"),
        ("my brother said bye to everyone and went out, he has been talking about ending it",
         "Durham"),
    ],
)  # fmt: skip
def test_someone_else_talking_of_ending_it_with_a_goodbye_warns_for_them(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OTHERS), words
    assert talk_names(talk_box(soup))[0] == "Samaritans", talk_box(soup)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my toddler is not sleeping through the night", "Ipswich"),
        ("i cant breathe properly when i have a panic attack", "Ipswich"),
        ("my son is not waking up early for school", "Wigan"),
        ("my stepdad wont wake up in the mornings because he drinks", "Derby"),
        ("my baby stopped breathing when he was born", "Kendal"),
        ("my uncle has been talking about ending it with his girlfriend", "Truro"),
    ],
)
def test_guard_sleep_habits_panic_birth_or_a_break_up_have_no_warning(bundled_client, words, place):
    """Guard: passes on main too."""
    soup = searched(bundled_client, words, place)
    assert not warned(soup, OTHERS), words
    assert not warned(soup, OWN_LIFE), words
    assert not warned(soup, OVERDOSE), words
