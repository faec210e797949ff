"""(w64life, check63 finding 1) "kms" (kill myself) said as meant, and never a page with no
card for words of suicide.

"kms fr" and "going 2 kms tonite cant take it no more" had no "If your life is at risk now"
box, and the second page showed the talk box and not one card. Other words and towns than the
report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, warned, warned_then_first

OWN_LIFE = "If your life is at risk now, call 999 or go to A&E"
#: the lines for thoughts of suicide or for anyone struggling to cope, as listed
CRISIS_IDS = ("samaritans", "papyrus", "shout")


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("kms for real", "Wakefield"),
        ("kms ngl", "Halifax"),
        ("finna kms fr", "Doncaster"),
        ("bout 2 kms cant do this no more", "Rotherham"),
        ("ima kms tonight", "Barnsley"),
    ],
)
def test_kms_said_as_meant_warns_for_the_askers_life(bundled_client, words, place):
    warned_then_first(searched(bundled_client, words, place), OWN_LIFE)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a joke with "lol" after it (the rule for "die lol"),
        # kilometres, and the past
        ("kms lol i just waved at someone who wasnt waving at me", "Wakefield"),
        ("gonna kms haha my mum saw my texts", "Halifax"),
        ("cycled 12 kms to school today", "Doncaster"),
        ("im going 2 kms further on my run", "York"),
        ("i used to say kms all the time when i was 15", "Rotherham"),
    ],
)
def test_a_joke_kilometres_or_the_past_get_no_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), OWN_LIFE), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("cant go on tonite take", "Harrogate"),
        ("cant carry on tonite take it", "Scarborough"),
        ("cant keep going take it", "Selby"),
    ],
)
def test_words_of_suicide_never_leave_the_page_without_a_crisis_line_card(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    cards = cards_and_words(soup)
    assert cards, f"no cards for {words!r}"
    # a line for thoughts of suicide or anyone struggling leads the cards
    assert any(c in cards[0][0] for c in CRISIS_IDS), cards[:3]
