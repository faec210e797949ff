"""(third walk-through F2, F7) On a phone's first screen (390×844): a place that cannot be used
is a calm question, never a red "There is a problem" box, and a number to call is on that
screen; someone worried about their own thoughts, with no place, has Stop It Now's number on
it. Other words and places than the walk-through's own."""

from __future__ import annotations

import pytest

from ..helpers import search_with_the_form
from .conftest import Language

#: the numbers to call in "Talk to someone now" that are on the first screen, top to bottom
_FIRST_NUMBERS = """() => [...document.querySelectorAll('main .app-talk-now a[href^="tel:"]')]
  .filter(a => a.getBoundingClientRect().bottom + scrollY <= innerHeight)
  .map(a => a.closest('li').querySelector('a[href*="/service/"]').getAttribute('href')
              .split('/service/')[1])"""


def _first_screen(page, base: str, q: str, where: str, lang: Language | None = None) -> list:
    page.goto(base + (lang.prefix if lang else "") + "/")
    search_with_the_form(page, q, where, lang)
    page.evaluate("window.scrollTo(0, 0)")
    assert page.locator(".govuk-error-summary").count() == 0
    return page.evaluate(_FIRST_NUMBERS)


@pytest.mark.parametrize(
    ("words", "where", "line"),
    [
        ("im 12 my stepbrother touches me", "Newport", "childline"),  # six Newports offered
        ("im 12 my stepbrother touches me", "darbly", "childline"),  # names like it offered
        ("my daughter told me her uncle abused her", "Qxzvillex", "nspcc-helpline"),
        # (w43place) no place ("near me" words), and a Crown Dependency: the longer line
        # about the place still leaves a number to call on the first screen
        ("im 13 and my cousin touches me", "round here", "childline"),
        ("my son told me his coach abused him", "JE2", "nspcc-helpline"),
    ],
)
def test_a_place_not_used_leaves_a_number_to_call_on_the_first_screen(
    phone, real_server, words, where, line
):
    numbers = _first_screen(phone, real_server, words, where)
    assert phone.locator(".app-place-problem").is_visible()
    assert numbers[:1] == [line], numbers


def test_welsh_place_not_found_is_calm_with_a_number_on_the_first_screen(phone, real_server):
    numbers = _first_screen(phone, real_server, "dw i angen help", "darbly", Language("cy"))
    assert phone.locator(".app-place-problem").is_visible()
    assert numbers


def test_own_thoughts_with_no_place_have_stop_it_now_on_the_first_screen(phone, real_server):
    numbers = _first_screen(phone, real_server, "im scared of my urges towards children", "")
    assert numbers[:1] == ["stop-it-now"], numbers
