"""(check58 findings 2 and 4; w55cy) Danger now said plainly in Welsh, beside English twins that
are read ("im not safe", "i dont feel safe at home", "my uncle is in her room now", "he keeps me
in the house and wont let me leave"): not safe said simply, north and south, with or without
accents, "saff" and "diogel", "teimlo'n"; the one who harms, by role, in a girl's or the
children's room now; kept in and not let out. Before, none brought the 999 warning. Guards:
not sure, online safety, school, the past, a girl in her own room, him in his, grounded, a
parent's question. Other words and towns than the check's."""

from __future__ import annotations

import pytest

from tests.helpers import danger_first, searched, warned

DANGER = "Mewn perygl nawr? Ffoniwch 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i'm yn saff", "Ffestiniog"),
        ("sa i'n saff", "Treorci"),
        ("smo fi'n teimlo'n saff yma nawr", "Aberdâr"),
        ("fi ddim yn saff plis help", "Castell-nedd"),
        ("help, dw i ddim yn ddiogel", "Llangefni"),
        ("dwi ddim yn teimlo'n ddiogel yn y ty", "Dinbych"),
        ("dwi'n fyddar a dw i ddim yn saff", "Aberaeron"),
        ("rydw i'n teimlo'n anniogel", "Y Bala"),
    ],
)
def test_not_safe_said_plainly_in_welsh_gets_999_first(bundled_client, words, place):
    text = danger_first(searched(bundled_client, words, place, welsh=True))
    assert DANGER in text and "55" in text, (words, text)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae cariad ei mam yn ei llofft hi rŵan", "Porthmadog"),
        ("mae ei llystad hi yn ei hystafell heno", "Aberhonddu"),
        ("mae'r athro yn eu hystafell nhw nawr", "Hwlffordd"),
        ("mae fy nghefnder yn ei hystafell hi, mae gen i ofn", "Llanidloes"),
        ("mae dyn yn ei hystafell hi ar hyn o bryd", "Tywyn"),
    ],
)
def test_the_one_who_harms_in_her_room_now_gets_999_first(bundled_client, words, place):
    text = danger_first(searched(bundled_client, words, place, welsh=True))
    assert DANGER in text, (words, text)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("ma fe'n cadw fi yn y stafell a sa i'n cael mynd mas", "Pontypridd"),
        ("mae hi'n fy nghadw i'n gaeth", "Caergybi"),
        ("mae fy llystad yn fy nghadw i dan glo", "Y Trallwng"),
    ],
)
def test_kept_in_and_not_let_out_gets_999_first(bundled_client, words, place):
    text = danger_first(searched(bundled_client, words, place, welsh=True))
    assert DANGER in text, (words, text)


@pytest.mark.parametrize(
    "words",
    [
        "dw i ddim yn siŵr pa wasanaeth sydd orau",
        "dydw i ddim yn teimlo'n saff ar-lein?",
        "dwi ddim yn teimlo'n ddiogel yn yr ysgol",
        "o'n i ddim yn saff pan o'n i'n fach",
        "mae fy chwaer yn ei hystafell hi nawr",
        "mae o yn ei ystafell nawr",
        "dwi ddim yn cael mynd allan heno",
        "mae mam yn fy nghadw i yn y tŷ achos dwi'n sâl",
        "sut i siarad efo fy mhlentyn am ddiogelwch",
    ],
)
def test_guard_not_sure_online_school_the_past_own_room_grounded_bring_none(bundled_client, words):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Machynlleth", welsh=True), DANGER), words
