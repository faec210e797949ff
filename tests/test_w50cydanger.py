"""(twentieth Welsh review F3-F5, check53 finding 1, w50cydanger) Danger now said in spoken
Welsh: a threat to kill or hurt ("ma", "am", "neith", "bygwth"), a knife ("gan/gyda/gynno ...
gyllell"), hiding, not safe at home, frightened to go home, locked in and not let out. The page
says first, above the helplines, "Mewn perygl nawr? Ffoniwch 999…" and how to call without
speaking (55), as it does for the English. The past, a threat to keep a secret, a question about
children in general and a rule of the house bring none. Other words and towns than the
review's."""

from __future__ import annotations

import pytest

from tests.helpers import danger_first, searched, warned

DANGER = "Mewn perygl nawr? Ffoniwch 999."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # F3: threats to kill or hurt, a weapon
        ("ma nhad i'n mynd i'n lladd i", "Aberdâr"),
        ("mae e isio fy mrifo i heno", "Llandudno"),
        ("wneith fy llystad fy mrifo i", "Pwllheli"),
        ("ma fe'n fy mygwth i", "Pontypridd"),
        ("mae gynno fo gyllell", "Caernarfon"),
        ("mae cyllell gyda dad", "Abertawe"),
    ],
)
def test_a_threat_or_a_knife_said_in_welsh_gets_999_first(bundled_client, words, place):
    text = danger_first(searched(bundled_client, words, place, welsh=True))
    assert DANGER in text and "55" in text, (words, text)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # F4: hiding, not safe at home; "ma fo yn y tŷ" said with fear
        ("rwy'n cuddio o dan y gwely", "Hwlffordd"),
        ("wi'n cuddio yn y cwpwrdd", "Castell-nedd"),
        ("sa i'n saff adre", "Aberystwyth"),
        ("ma fo yn y ty a dw i ofn", "Dolgellau"),
        # F5: frightened to go home
        ("ma ofn arna i fynd nol adre", "Rhydaman"),
        ("smo fi moyn mynd gatre", "Aberteifi"),
        ("dw i'n rhy scared i fynd adre", "Y Rhyl"),
    ],
)
def test_hiding_or_unsafe_at_home_said_in_welsh_gets_999_first(bundled_client, words, place):
    assert DANGER in danger_first(searched(bundled_client, words, place, welsh=True)), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae o wedi fy nghloi i yn y llofft", "Caergybi"),
        ("ma fe wedi cloi fi mewn", "Casnewydd"),
        ("mae'r drws wedi ei gloi a dyw e ddim yn gadael i fi fynd mas", "Aberhonddu"),
        ("dw i ofn. dyw e ddim yn gadael i fi fynd mas", "Dinbych"),
        ("wneith o ddim gadael i mi fynd", "Llangefni"),
    ],
)
def test_locked_in_said_in_welsh_gets_999_first(bundled_client, words, place):
    assert DANGER in danger_first(searched(bundled_client, words, place, welsh=True)), words


@pytest.mark.parametrize(
    "words",
    [
        "pan o'n i'n 9 roedd fy llystad yn cloi fi mewn",
        "o'n i'n rhy ofnus i fynd adre pan o'n i'n blentyn",
        "mae e'n bygwth fi os dw i'n deud wrth rywun",
        "sut mae gwybod os yw plentyn yn ddiogel gartref",
        "dydy dad ddim yn gadael i mi fynd allan gyda fy ffrindiau",
        "mae o wedi cloi fi allan",
        "mae parti nos sadwrn a dydy mam ddim yn gadael i mi fynd",
        "dyw e ddim yn gadael i fi fynd mas heno",
    ],
)
def test_guard_the_past_a_secret_kept_a_general_question_or_a_house_rule_bring_none(
    bundled_client, words
):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Bala", welsh=True), DANGER), words
