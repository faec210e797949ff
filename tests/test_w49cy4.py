"""(eighteenth Welsh review F5, F6, w49cy4) Danger now said the ways Welsh speakers say it:
hitting "fi" unmutated, "mae'n dod i fy mrifo", "mynd i'n lladd i", "ofn am fy mywyd", the
spoken negatives of safe ("sa i'n saff", "smo fi'n saff", "dw i'm yn saff", "ddim yn
teimlo'n saff"), "mewn peryg", "ma fe 'ma nawr": the page says first "Mewn perygl nawr?
Ffoniwch 999…". Safe now, or harm long ago, brings none. Other words and towns than the
review's."""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

DANGER = "Mewn perygl nawr?"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae o'n taro fi rŵan", "Bethesda"),
        ("maen dod i fy nghuro i", "Treorci"),
        ("mae fy llystad yn mynd i'n lladd i", "Ystradgynlais"),
        ("smo fi'n saff heno", "Aberaeron"),
        ("dwi ddim yn teimlo'n ddiogel nawr", "Rhaeadr Gwy"),
        ("dw i mewn peryg heno", "Abergele"),
        ("ma fo 'ma rŵan", "Nefyn"),
    ],
)
def test_welsh_danger_now_said_as_people_say_it(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place, welsh=True), DANGER), words


@pytest.mark.parametrize(
    "words",
    ["dw i'n saff nawr ond roedd o'n fy nharo i pan o'n i'n blentyn", "dw i'n teimlo'n saff heno"],
)
def test_safe_now_or_long_ago_brings_no_danger_warning(bundled_client, words):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Nefyn", welsh=True), DANGER), words
