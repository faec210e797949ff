"""(w56own, twenty-third Welsh review "Not counted") Violence now said as the injury or the
weapon had no "In danger now? Call 999." warning: stabbed, bleeding after being hit,
strangled, a knife pulled, a threat to kill made. Now the warning comes first.

Guards (the past, a nosebleed, a period, a knife "in the back" at work, a fall) pass on main
too, and say so.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

DANGER = "In danger now? Call 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my stepdad has stabbed me", "Swindon"),
        ("ive just been stabbed please help", "Gateshead"),
        ("my brother punched me and my mouth is bleeding", "Luton"),
        ("im bleeding bad my boyfriend kicked me", "Preston"),
        ("my dad has just choked me", "Walsall"),
        ("he pulled a knife on me", "Hartlepool"),
        ("my partner has threatened to kill me", "Ipswich"),
    ],
)
def test_violence_said_as_the_injury_or_the_weapon_warns_of_danger_now(
    bundled_client, words, place
):
    soup = searched(bundled_client, words, place)
    assert warned(soup, DANGER), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my ex strangled me years ago and i still have nightmares", "Walsall"),
        ("i was stabbed when i was a teenager", "Luton"),
        ("i keep bleeding from my nose", "Preston"),
        ("im bleeding a lot on my period", "Swindon"),
        ("my manager stabbed me in the back at work", "Ipswich"),
        ("i fell over and im bleeding", "Gateshead"),
    ],
)
def test_guard_the_past_a_nosebleed_or_a_figure_of_speech_has_no_danger_warning(
    bundled_client, words, place
):
    """Passes on main too."""
    soup = searched(bundled_client, words, place)
    assert not warned(soup, DANGER), words
