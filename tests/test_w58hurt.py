"""(lane w58hurt, check60 findings 1 to 3) An injury said with the one who did it, with no
"now" ("she fractured my wrist", "he knocked me unconscious", "i was glassed"), and danger now
in other word orders ("hes trying to smash the door in", "he is downstairs and im hiding",
Welsh "mae o'n dod i fyny'r grisiau") showed no "In danger now? Call 999" first; a threat
said with the past after it ("…, that was 30 years ago") did. Guards: the past with an age or
a year, a broken heart or phone, a sports injury, a nosebleed alone.
"""

import pytest

from tests.helpers import danger_first, searched

DANGER = ".app-danger-now"

INJURED_NOW = [
    ("my stepdad fractured my wrist", "Swindon"),
    ("she broke my nose", "Hereford"),
    ("my boyfriend knocked me unconscious", "Carlisle"),
    ("he sliced me with a blade", "Hull"),
    ("he hit me in the face and i cant see out of my eye", "Barnsley"),
    ("my nose is pouring with blood and my dad kicked me", "Stoke"),
    ("i think my wrist is broken, he shoved me against the wall", "Torquay"),
    ("i was glassed outside the pub", "Crewe"),
    ("my face is bleeding", "Dudley"),
]

OTHER_ORDERS = [
    ("my stepdad is trying to smash my bedroom door down", "Margate"),
    ("hes trying to kick the front door in", "Lincoln"),
    ("my uncle is downstairs and im hiding", "Wakefield"),
    ("he chased me home and is outside my flat now", "Yeovil"),
    ("my ex is at the door trying to get in", "Basildon"),
]

OTHER_ORDERS_CY = [
    ("mae fy llystad yn dod i fyny'r grisiau", "Wrecsam"),
    ("mae o wrthi yn dod i fyny r grisiau nawr", "Bangor"),
]

NOT_DANGER_NOW = [
    ("my grandad broke my arm when i was 6, im 52 now", "Exeter"),
    ("i was knifed in 2011", "Derby"),
    ("he broke my heart", "Bath"),
    ("my brother broke my phone", "Poole"),
    ("i broke my wrist playing rugby", "Wigan"),
    ("my nose is bleeding", "Ipswich"),
    ("he said he would kill me if i told, that was 30 years ago", "Durham"),
    ("she threatened to kill me if i told anyone, when i was a little girl", "Bristol"),
]


@pytest.mark.parametrize(("words", "place"), INJURED_NOW + OTHER_ORDERS)
def test_injury_or_danger_in_other_orders_brings_999_first(bundled_client, words, place):
    warning = danger_first(searched(bundled_client, words, place))
    assert "Call 999" in warning and "press 55" in warning, warning


@pytest.mark.parametrize(("words", "place"), OTHER_ORDERS_CY)
def test_welsh_coming_up_the_stairs_brings_999_first(bundled_client, words, place):
    warning = danger_first(searched(bundled_client, words, place, welsh=True))
    assert "999" in warning and "55" in warning, warning


@pytest.mark.parametrize(("words", "place"), NOT_DANGER_NOW)
def test_past_heartbreak_sport_or_nosebleed_is_not_danger_now(bundled_client, words, place):
    """Guards, except the last two, which failed on main (the past said after the threat)."""
    assert searched(bundled_client, words, place).select_one(DANGER) is None, words
