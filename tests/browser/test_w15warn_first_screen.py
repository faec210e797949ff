"""Eleventh walk-through (layout, F8), on a phone's first screen (390×844, real Chromium, the
bundled listings): for a child telling of a sexual assault in the last few days, the "last few
days" warning AND the first line of "Talk to someone now" are on the first screen, in English and
in Welsh, with the place found, with no place, and with a place several towns share (its choices
come before the box); Get help now shows the same warning on its first screen, with numbers to
call still there (English) and Meic's number still there (Welsh).

Before, the warning took ten lines (fourteen in Welsh): a Welsh child's box started at 794 px and
its first line ended at 954 px when the place had two namesakes.

"On the first screen": the element's bounding box ends within 844 CSS pixels of the top of the
page."""

from __future__ import annotations

import pytest

from ..helpers import search_with_the_form
from .conftest import SCREEN, Language

_BOTTOMS = """() => {
  const bottom = s => { const e = document.querySelector(s);
    return e ? e.getBoundingClientRect().bottom + window.scrollY : null }
  return {warning: bottom('.app-recent'), talk: bottom('.app-talk-now li'),
          box: bottom('.app-talk-now')}
}"""

#: (language, words, where, the whole box too)
CHILDREN = [
    ("en", "my stepbrother raped me last night, im 13", "Kendal", True),
    ("en", "my mums boyfriend raped me this afternoon im 12", "", True),
    # two places called Richmond: "which one?" comes before the box
    ("en", "a lad from my school sexually assaulted me yesterday i am 14", "Richmond", False),
    ("cy", "cefais fy nhreisio neithiwr, dwi'n 14", "Aberystwyth", True),
    ("cy", "mae fy llystad wedi fy nhreisio heddiw, dwi'n 13", "Richmond", False),
]


@pytest.mark.parametrize(("code", "words", "where", "whole"), CHILDREN)
def test_the_warning_and_the_talk_boxs_first_line_are_on_the_first_screen(
    phone, real_server, code: str, words: str, where: str, whole: bool
):
    lang = Language(code)
    phone.goto(real_server + lang.prefix + "/")
    search_with_the_form(phone, words, where, lang)
    lang.check(phone)
    phone.evaluate("window.scrollTo(0, 0)")
    found = phone.evaluate(_BOTTOMS)
    assert found["warning"] is not None and found["talk"] is not None, found
    assert found["warning"] <= SCREEN["height"], found
    assert found["talk"] <= SCREEN["height"], found
    if whole:
        assert found["box"] <= SCREEN["height"], found


_HELP_NOW = """() => {
  const bottoms = s => [...document.querySelectorAll(s)]
    .map(e => e.getBoundingClientRect().bottom + window.scrollY)
  return {warning: bottoms('.app-recent')[0], sarc: bottoms('.app-recent-sarc')[0],
          tels: bottoms('main a[href^="tel:"]:not([href="tel:999"])'),
          meic: bottoms('main a[href$="/service/meic"] ~ a[href^="tel:"]')[0]}
}"""


def test_get_help_now_shows_the_warning_with_numbers_still_on_the_first_screen(phone, real_server):
    phone.goto(real_server + "/get-help-now")
    found = phone.evaluate(_HELP_NOW)
    assert found["warning"] <= SCREEN["height"] and found["sarc"] <= SCREEN["height"], found
    assert len([t for t in found["tels"] if t <= SCREEN["height"]]) >= 2, found


def test_welsh_get_help_now_shows_the_warning_and_meics_number_on_the_first_screen(
    phone, real_server
):
    phone.goto(real_server + "/cy/get-help-now")
    Language("cy").check(phone)
    found = phone.evaluate(_HELP_NOW)
    assert found["warning"] <= SCREEN["height"], found
    assert found["meic"] is not None and found["meic"] <= SCREEN["height"], found
