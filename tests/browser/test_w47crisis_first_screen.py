"""(lane w47crisis, check46 F1) On a phone's first screen (390×844, real Chromium, the bundled
listings): for someone who has taken an overdose, the warning to call 999 or go to A&E comes
first, and the whole "Talk to someone now" box, with a line for thoughts of suicide, is on the
first screen too, in English and in Welsh, with a place and with none. Before, no page said 999
or A&E to them at all.

"On the first screen": the element's bounding box ends within 844 CSS pixels of the top of the
page."""

from __future__ import annotations

import pytest

from ..helpers import search_with_the_form
from .conftest import SCREEN, Language

_FOUND = """() => {
  const bottom = s => { const e = document.querySelector(s);
    return e ? e.getBoundingClientRect().bottom + window.scrollY : null }
  const top = s => { const e = document.querySelector(s);
    return e ? e.getBoundingClientRect().top + window.scrollY : null }
  return {warning: bottom('.app-act-taken'), warningTop: top('.app-act-taken'),
          boxTop: top('.app-talk-now'), box: bottom('.app-talk-now'),
          lines: [...document.querySelectorAll('.app-talk-now li')].map(li => li.innerText)}
}"""

#: (language, words, where)
TAKEN = [
    ("en", "ive taken a load of tablets, my stepdad abused me for years", "Doncaster"),
    ("en", "i just overdosed. my cousin raped me when i was a kid", ""),
    ("cy", "dw i wedi cymryd gorddos, mae fy ewythr wedi fy ngham-drin", "Caerdydd"),
]


@pytest.mark.parametrize(("code", "words", "where"), TAKEN)
def test_the_999_warning_and_the_whole_talk_box_are_on_the_first_screen(
    phone, real_server, code: str, words: str, where: str
):
    lang = Language(code)
    phone.goto(real_server + lang.prefix + "/")
    search_with_the_form(phone, words, where, lang)
    lang.check(phone)
    phone.evaluate("window.scrollTo(0, 0)")
    found = phone.evaluate(_FOUND)
    assert found["warning"] is not None and found["box"] is not None, found
    assert found["warningTop"] < found["boxTop"], found
    assert found["warning"] <= SCREEN["height"], found
    assert found["box"] <= SCREEN["height"], found
    assert any(
        line.startswith(("Samaritans", "Samariaid", "HOPELINE247")) for line in found["lines"]
    )
