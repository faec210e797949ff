"""(lane w47crisis, check46 F1; lane w48danger) On a phone's first screen (390×844, real
Chromium, the bundled listings): for someone who has taken an overdose, the warning to call 999
or go to A&E comes first, and the whole "Talk to someone now" box, with a line for thoughts of
suicide, is on the first screen too, in English and in Welsh, with a place and with none.
Before, no page said 999 or A&E to them at all. The same for someone in danger now (call 999;
press 55 if they cannot speak).

"On the first screen": the element's bounding box ends within 844 CSS pixels of the top of the
page."""

from __future__ import annotations

import pytest

from ..helpers import search_with_the_form
from .conftest import SCREEN, Language

_FOUND = """(warning) => {
  const bottom = s => { const e = document.querySelector(s);
    return e ? e.getBoundingClientRect().bottom + window.scrollY : null }
  const top = s => { const e = document.querySelector(s);
    return e ? e.getBoundingClientRect().top + window.scrollY : null }
  return {warning: bottom(warning), warningTop: top(warning),
          boxTop: top('.app-talk-now'), box: bottom('.app-talk-now'),
          lines: [...document.querySelectorAll('.app-talk-now li')].map(li => li.innerText)}
}"""

#: (language, words, where)
TAKEN = [
    ("en", "ive taken a load of tablets, my stepdad abused me for years", "Doncaster"),
    ("en", "i just overdosed. my cousin raped me when i was a kid", ""),
    ("cy", "dw i wedi cymryd gorddos, mae fy ewythr wedi fy ngham-drin", "Caerdydd"),
]


def _warning_and_box_first(phone, warning: str) -> dict:  # noqa: ANN001 (a Playwright page)
    phone.evaluate("window.scrollTo(0, 0)")
    found = phone.evaluate(_FOUND, warning)
    assert found["warning"] is not None and found["box"] is not None, found
    assert found["warningTop"] < found["boxTop"], found
    assert found["warning"] <= SCREEN["height"], found
    assert found["box"] <= SCREEN["height"], found
    return found


@pytest.mark.parametrize(("code", "words", "where"), TAKEN)
def test_the_999_warning_and_the_whole_talk_box_are_on_the_first_screen(
    phone, real_server, code: str, words: str, where: str
):
    lang = Language(code)
    phone.goto(real_server + lang.prefix + "/")
    search_with_the_form(phone, words, where, lang)
    lang.check(phone)
    found = _warning_and_box_first(phone, ".app-act-taken")
    assert any(
        line.startswith(("Samaritans", "Samariaid", "HOPELINE247")) for line in found["lines"]
    )


#: (lane w48danger) in danger now: (language, words, where)
IN_DANGER = [
    ("en", "im in danger right now, my stepdad is drunk", "Barnsley"),
    ("en", "hes coming back tonight and he will hurt me", ""),
    ("cy", "dw i mewn perygl, mae fy ewythr yn curo ar y drws", "Caernarfon"),
    # (w48box) a place with no service near that matches: the note on that came before the box
    ("en", "someone is banging on my door right now, im really scared", "Walsall"),
]


@pytest.mark.parametrize(("code", "words", "where"), IN_DANGER)
def test_the_danger_warning_and_the_whole_talk_box_are_on_the_first_screen(
    phone, real_server, code: str, words: str, where: str
):
    """(lane w48danger) The warning to call 999, and to press 55 if they cannot speak, then the
    whole talk box: as for an overdose, the first card may be below them."""
    lang = Language(code)
    phone.goto(real_server + lang.prefix + "/")
    search_with_the_form(phone, words, where, lang)
    lang.check(phone)
    _warning_and_box_first(phone, ".app-danger-now")


#: (lane w52suicide) someone else's suicide now or tonight: (language, words, where)
OTHERS_NOW = [
    ("en", "my girlfriend has sent me a goodbye message and says she wants to kill herself", ""),
    ("en", "my flatmate is going to kill himself tonight", "Grimsby"),
    ("cy", "mae fy chwaer ar fin lladd ei hun", "Aberystwyth"),
]


@pytest.mark.parametrize(("code", "words", "where"), OTHERS_NOW)
def test_the_warning_for_someone_elses_life_and_the_whole_talk_box_are_on_the_first_screen(
    phone, real_server, code: str, words: str, where: str
):
    """(lane w52suicide) "Someone's life at risk now? Call 999.", then the whole talk box with
    Samaritans in it."""
    lang = Language(code)
    phone.goto(real_server + lang.prefix + "/")
    search_with_the_form(phone, words, where, lang)
    lang.check(phone)
    found = _warning_and_box_first(phone, ".app-others-at-risk")
    assert any(line.startswith(("Samaritans", "Samariaid")) for line in found["lines"]), found
