"""Fourth walk-through F1/F3: whoever is asking, the first screen of a phone (390×844) holds a
number to ring or text (not only 999), even when the first local service has none of its own (a
forensic centre reached through the NHS finder, a listing "May be closing", a children's service
with no contact details). Words and towns other than the walk-through's."""

from __future__ import annotations

import pytest

from ..helpers import search_with_the_form
from .conftest import SCREEN

_NUMBERS_ON_FIRST_SCREEN = """(height) => {
  const found = []
  for (const a of document.querySelectorAll('main a[href^="tel:"], main a[href^="sms:"]')) {
    const box = a.getBoundingClientRect()
    if (!box.height || !a.checkVisibility()) continue
    if (a.getAttribute('href') === 'tel:999') continue
    if (box.top + window.scrollY < height) found.push(a.getAttribute("href"))
  }
  return found
}"""


@pytest.mark.parametrize(
    ("words", "town"),
    [
        # an adult man; Kendal's first local card is a children's service with no contact
        ("bloke in my forties, a neighbour molested me when i was young", "Kendal"),
        # a child; Lancaster's first local card is a service that "May be closing"
        ("a man at church keeps touching me and i dont want him to", "Lancaster"),
        # an adult; Norwich's first local card is a forensic centre with no number of its own
        ("i was raped by my step father years ago and cant cope", "Norwich"),
        # an adult man; Chelmsford's first local card has a number of its own, and comes first
        ("bloke in my fifties, abused as a teenager, looking for counselling", "Chelmsford"),
    ],
)
def test_a_number_to_ring_is_on_the_first_phone_screen(phone, real_server, words, town):
    phone.goto(real_server + "/")
    search_with_the_form(phone, words, town)
    phone.evaluate("window.scrollTo(0, 0)")
    numbers = phone.evaluate(_NUMBERS_ON_FIRST_SCREEN, SCREEN["height"])
    assert numbers, f"no number to ring or text on the first screen for {town}"
