"""(seventh walk-through F10b) On a phone's first screen (390×844), someone who says they cannot
phone finds a way in without a voice: a text number or an online chat link in "Talk to someone
now", before any number to call there. Words and towns other than the walk-through's."""

from __future__ import annotations

import pytest

from ..helpers import search_with_the_form
from .conftest import SCREEN

_TALK_BOX_LINKS = """(height) => {
  const found = []
  for (const a of document.querySelectorAll('main .app-talk-now li a')) {
    const box = a.getBoundingClientRect()
    if (!box.height || !a.checkVisibility()) continue
    const href = a.getAttribute('href')
    if (href.includes('/service/')) continue
    found.push([box.top + window.scrollY < height, href, a.textContent.trim()])
  }
  return found
}"""


@pytest.mark.parametrize(
    ("words", "town"),
    [
        # a Deaf child
        ("my cousin touches me when he stays over, im 14 and hard of hearing", "Stockport"),
        # an adult whose calls are listened to
        ("my partner raped me and he listens in on my calls", "Derby"),
    ],
)
def test_a_way_in_without_a_voice_is_on_the_first_screen(phone, real_server, words, town):
    phone.goto(real_server + "/")
    search_with_the_form(phone, words, town)
    phone.evaluate("window.scrollTo(0, 0)")
    links = phone.evaluate(_TALK_BOX_LINKS, SCREEN["height"])
    assert links, "no talk box"
    first_screen, href, label = links[0]
    assert first_screen, f"the talk box is below the first screen for {town}"
    assert href.startswith("sms:") or label.startswith("Chat online"), links
