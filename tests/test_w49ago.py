"""(w49ago) Someone who tells of an assault on themselves "when i was" doing something, with no
time and no age ("raped when i was drunk", "when i was asleep"), may have been assaulted days
ago: the page gives the warning for an assault in the last few days and leads the talk box with
the line for anyone 16 or over. Before, "when i was" read as long ago: no warning, and
Childline and the NSPCC's line for adults worried about a child came first. A time truly long
past ("when i was a kid", "last year") still brings no warning."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, warned

RECENT = "If it happened in the last few days"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i was raped when i was out drinking", "Swindon"),
        ("someone raped me when i was passed out", "Luton"),
        ("i think i was sexually assaulted when i was at a club", "Stoke-on-Trent"),
    ],
)
def test_an_assault_while_doing_something_may_be_recent(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, RECENT), words
    assert talk_names(talk_box(soup))[0] == "24/7 Rape & Sexual Abuse Support Line"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i was raped when i was a kid", "Exeter"),
        ("i was sexually assaulted last year", "Preston"),
        ("someone raped me when i was 9", "Ipswich"),
    ],
)
def test_a_time_long_past_brings_no_recent_warning(bundled_client, words, place):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, place), RECENT), words
