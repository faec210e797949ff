"""(w63cy2, words-check-twenty-fifth rows 177 and 179) A Welsh man abused as a child, and a Welsh
Deaf survivor.

"dwi'n ddyn a ces i fy ngham-drin yn blentyn" had no line for male survivors among the cards
(the mutated "ddyn" was not read as "man", as "im a man and i was abused as a child" is), and
"dwi'n fyddar ac wedi cael fy ngham-drin" was read as a child's (Meic, Childline, The Mix),
where "i was abused" is told as the past and gets the line for anyone 16 or over first, with
Childline beside it. (SignHealth serves England only: a page in Wales cannot offer it.) Other
words and towns than the check's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, talk_box, talk_names

MALE_LINE = "safeline-nmsh"
LIVE_FEAR_FREE_CY = "Llinell Gymorth Byw Heb Ofn"


def _cards(client, words: str, place: str) -> list[str]:
    return [sid for sid, _ in cards_and_words(searched(client, words, place, welsh=True))]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("rwy'n ddyn a ges i fy ngham-drin yn blentyn", "Llandrindod"),
        ("dw i'n ddyn 50 oed, ces i fy ngham-drin pan o'n i'n blentyn", "Aberhonddu"),
    ],
)
def test_a_welsh_man_abused_as_a_child_gets_the_male_survivors_line(bundled_client, words, place):
    assert MALE_LINE in _cards(bundled_client, words, place)[:5]


def test_a_man_named_as_who_raped_her_brings_no_male_line(bundled_client):
    # guard (passes on main too): "gan ddyn" (by a man) is who did it, not who asks
    assert MALE_LINE not in _cards(bundled_client, "ces i fy nhreisio gan ddyn", "Aberhonddu")[:5]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i'n fyddar ac wedi cael fy ngham-drin", "Wrecsam"),
        ("wedi cael fy ngham-drin, dwi'n fyddar", "Llanelli"),
    ],
)
def test_a_welsh_deaf_survivor_is_not_read_as_a_child_alone(bundled_client, words, place):
    box = talk_names(talk_box(searched(bundled_client, words, place, welsh=True)))
    assert box[0] == LIVE_FEAR_FREE_CY, box


def test_abuse_going_on_now_keeps_meic_first(bundled_client):
    # guard (passes on main too): "dwi'n cael fy ngham-drin" is abuse now, a child's words
    soup = searched(
        bundled_client, "dwi'n fyddar ac yn cael fy ngham-drin gan fy llystad", "Y Rhyl"
    )
    assert "Meic" in talk_names(talk_box(soup))[0], talk_box(soup)
