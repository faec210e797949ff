"""(w60life, check61 finding 5) Someone else not waking, in Welsh, and a young child poisoned.

Welsh "mae fy mam ar y llawr a dydy hi ddim yn deffro" and "mae fy mam ddim yn deffro" had no
warning (their English twins had "Someone's life at risk now? Call 999."); "my toddler drank
bleach" had "If you have taken an overdose…", spoken to the parent. Other words and towns.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

OTHERS_EN = "Someone's life at risk now? Call 999."
OTHERS_CY = "Perygl i fywyd rhywun nawr? Ffoniwch 999."
OWN_OD_EN = "If you have taken an overdose or are badly hurt"


@pytest.mark.parametrize(
    ("welsh", "english", "place"),
    [
        (
            "mae fy nhad ar lawr y gegin a dydy o ddim yn anadlu",
            "my dad is on the kitchen floor and not breathing",
            "Wrecsam",
        ),
        ("dw i methu deffro fy chwaer", "i cant wake my sister up", "Caerfyrddin"),
        ("mae fy mrawd yn anymwybodol", "my brother is unconscious", "Llanelli"),
        ("mae fy nain ddim yn deffro", "my nan wont wake up", "Dinbych"),
    ],
)
def test_welsh_someone_else_not_waking_warns_for_their_life(bundled_client, welsh, english, place):
    assert warned(searched(bundled_client, welsh, place, welsh=True), OTHERS_CY), welsh
    # the English twin, in the same town, has the warning too
    assert warned(searched(bundled_client, english, place), OTHERS_EN), english


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my baby drank some bleach", "Crewe"),
        ("my toddler has drunk weedkiller", "Macclesfield"),
    ],
)
def test_a_young_child_poisoned_warns_for_their_life_not_the_parents(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, OTHERS_EN), words
    assert not warned(soup, OWN_OD_EN), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on integrate too): a habit of sleeping late, one's own lie-in, and
        # one's own bleach drunk keeps one's own warning
        ("dydy fy mab ddim yn deffro yn y bore i fynd i'r ysgol", "Rhyl"),
        ("dwi ddim yn deffro tan ganol dydd", "Bangor"),
    ],
)
def test_welsh_sleeping_late_gets_no_warning(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place, welsh=True), OTHERS_CY), words


def test_ones_own_bleach_keeps_ones_own_warning(bundled_client):
    # guard (passes on integrate too)
    assert warned(searched(bundled_client, "ive just drunk bleach", "Chester"), OWN_OD_EN)
