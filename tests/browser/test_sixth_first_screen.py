"""Sixth walk-through, on a phone's first screen (390×844) and the bundled (real) listings:
English Get help now shows numbers to call above its list of groups, with the list starting
just below the first screen since the eleventh walk-through's "last few days" warning (F8); a
Welsh child's results keep the whole "Talk to someone now" box on the first screen, the note
about English descriptions coming after it (F7.2).

"On the first screen" means an element whose top (or, for the whole box, its bottom) is above
844 CSS pixels from the top of the page (tests/browser/test_first_screen.py)."""

from __future__ import annotations

from ..helpers import search_with_the_form
from .conftest import SCREEN, Language

_BOX = """(selector) => { const e = document.querySelector(selector);
  if (!e) return null; const b = e.getBoundingClientRect();
  return [b.top + scrollY, b.bottom + scrollY] }"""


def test_get_help_now_shows_numbers_to_call_and_its_groups_on_the_first_screen(phone, real_server):
    phone.goto(real_server + "/get-help-now")
    tels = phone.evaluate(
        """() => [...document.querySelectorAll('main a[href^="tel:"]')]
             .filter(a => a.getAttribute('href') !== 'tel:999')
             .map(a => a.getBoundingClientRect().bottom + scrollY)"""
    )
    on_screen = [bottom for bottom in tels if bottom < SCREEN["height"]]
    assert len(on_screen) >= 2, tels[:4]
    # the list of groups starts straight after (a tap to the reader's own group): since the
    # eleventh walk-through (F8) the "last few days" warning, after the danger line, takes
    # the first screen's last lines, and the list begins just below them
    groups = phone.evaluate(
        """() => [...document.querySelectorAll('.app-help-groups a')]
             .map(a => a.getBoundingClientRect().top + scrollY)"""
    )
    assert groups and groups[0] < SCREEN["height"] * 1.1, groups


def test_a_welsh_child_sees_the_whole_talk_box_on_the_first_screen(phone, real_server):
    welsh = Language("cy")
    # a child of 12 in Penarth (Vale of Glamorgan), in everyday Welsh
    phone.goto(real_server + "/cy/")
    search_with_the_form(
        phone, "mae fy nghefnder yn gwneud pethau i fi, dwi’n 12 oed", "Penarth", welsh
    )
    welsh.check(phone)
    phone.evaluate("window.scrollTo(0, 0)")
    box = phone.evaluate(_BOX, ".app-talk-now")
    assert box is not None
    assert box[1] < SCREEN["height"], box
    note = phone.evaluate(_BOX, ".app-english-note")
    assert note is None or note[0] > box[1]
