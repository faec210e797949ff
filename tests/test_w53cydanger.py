"""(welsh21 F7, w53cydanger) Danger now said in Welsh in shapes the page missed: someone hitting
the person asking, or someone at home, said with "now" ("waldio", "bwrw", "dyrnu", "cicio",
"slapio", "colbio" with "fi", "mam", "fy chwaer", and "nawr" or "rŵan"); the one who harms
them coming up the stairs or to their room, with fear or help said; fear with him home, typed
as young people type it ("sgeard", "sgerd", "ofnus"; "gatre", "getre" beside "adra"); not
going home, with fear said. The page says first, above the helplines, "Mewn perygl nawr?
Ffoniwch 999…", as the English twins' pages do. The rain ("bwrw glaw", "bwrw hi lawr"), a
carpet or a mat beaten, a game won, the past, a habit with no time and a plain "I'm not going
home till eight" bring none. Other words and towns than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import danger_first, searched, warned

DANGER = "Mewn perygl nawr? Ffoniwch 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae e'n dyrnu fi nawr", "Aberystwyth"),
        ("ma fo'n cicio fy mrawd bach rŵan", "Pwllheli"),
        ("mae llystad fi'n slapio mam ar hyn o bryd", "Dinbych"),
        ("ma fe'n waldio fy chwaer fach i nawr", "Llangefni"),
        ("mae nhw'n colbio mam nawr", "Pontypridd"),
        ("mae o wrthi'n leinio mam rŵan", "Amlwch"),
    ],
)
def test_someone_hitting_now_said_in_welsh_gets_999_first(bundled_client, words, place):
    text = danger_first(searched(bundled_client, words, place, welsh=True))
    assert DANGER in text and "55" in text, (words, text)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae o'n dod i fyny'r grisiau, dw i'n crynu", "Dolgellau"),
        ("ma dad yn dod lan llofft nawr", "Aberdâr"),
        ("mae fy llystad yn dod i fy stafell, helpwch fi", "Y Bala"),
    ],
)
def test_him_coming_up_the_stairs_said_in_welsh_gets_999_first(bundled_client, words, place):
    assert DANGER in danger_first(searched(bundled_client, words, place, welsh=True)), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwi'n sgerd mae o adre", "Llangollen"),
        ("dw i'n ofnus ma fe gatre", "Aberteifi"),
        ("ma dad getre a fi'n sgeard", "Tregaron"),
        ("mae dad adra a dw i ofn", "Rhuthun"),
        ("smo fi'n mynd nôl adre heno, mae ofn arna i", "Rhydaman"),
        ("dw i ddim yn mynd adra, dwi'n sgeard", "Porthmadog"),
    ],
)
def test_fear_with_him_home_said_in_welsh_gets_999_first(bundled_client, words, place):
    assert DANGER in danger_first(searched(bundled_client, words, place, welsh=True)), words


@pytest.mark.parametrize(
    "words",
    [
        "mae mam yn curo'r mat",
        "mae hi'n bwrw glaw yn drwm heddiw",
        "mae hi'n bwrw hi lawr rŵan",
        "mae fy chwaer yn fy nghuro i ar fifa",
        "nath o fy waldio i pan o'n i'n fach",
        "roedd e'n bwrw mam pan o'n i'n ifanc",
        "mae o'n curo mam bob nos",
        "sa i'n mynd gatre tan ar ôl ysgol",
        "mae dad yn dod lan staer i ddweud nos da",
        "mae dad adre a dw i isio deud wrtho fo",
    ],
)
def test_guard_rain_a_mat_a_game_the_past_or_a_habit_bring_none(bundled_client, words):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Machynlleth", welsh=True), DANGER), words
