"""(twenty-third Welsh review F2; w56cy) Danger now said in Welsh with an English verb
("punchio fi rwan", "kicking fi nawr"), as "mod i mewn perygl" (that I am in danger), or as the
fear that he will kill ("ofn y bydd o'n fy lladd i"). Before, none brought the 999 warning,
where "hes hitting me right now", "i think im in danger" and "im scared hes going to kill me"
did. Guards: the past, "I don't think I'm in danger", a game won, someone else's suicide, the
English twin. Other words and towns than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import danger_first, searched, warned

DANGER = "Mewn perygl nawr? Ffoniwch 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae llystad fi'n punchio fi rwan plis", "Caerfyrddin"),
        ("ma fe'n kicking fi nawr", "Pontypridd"),
        ("rwy'n credu 'mod i mewn perygl", "Aberhonddu"),
        ("mi dw i'n meddwl 'mod i mewn perig", "Dolgellau"),
        ("mae ofn arna i bod e'n mynd i fy lladd i", "Llangollen"),
        ("sgared bod dad yn mynd i ladd fi", "Maesteg"),
    ],
)
def test_danger_now_said_these_welsh_ways_gets_999_first(bundled_client, words, place):
    text = danger_first(searched(bundled_client, words, place, welsh=True))
    assert DANGER in text, (words, text)


@pytest.mark.parametrize(
    "words",
    [
        "roedd gen i ofn ei fod o'n mynd i fy lladd i",
        "dwi ddim yn meddwl mod i mewn perygl",
        "ma fe'n beatio fi ar fifa nawr",
        "mae gen i ofn ei fod o'n mynd i ladd ei hun",
    ],
)
def test_guard_the_past_not_thinking_so_a_game_and_someone_elses_life_bring_no_999(
    bundled_client, words
):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Llanrwst", welsh=True), DANGER), words


def test_guard_the_english_twin_is_unchanged(bundled_client):
    # guard: passes before and after the change
    soup = searched(bundled_client, "hes hitting me right now", "Pontypridd")
    assert warned(soup, "In danger now? Call 999.")
