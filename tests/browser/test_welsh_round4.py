"""Issue 28 in a browser, on the bundled (real) listings: the Welsh start page offers Meic (a
line for children that works in Welsh) on the first phone screen, and axe-core finds nothing on
the Welsh pages the fourth round changed (start, Staying safe, Privacy, a search with no place
and a search whose place name has an article)."""

from __future__ import annotations

from . import test_first_screen as first_screen
from .conftest import Language
from .test_first_screen import SCREEN

#: the first-screen tests' fixtures: the app on the bundled listings, a phone, the listings
listings = first_screen.listings  # real_server and phone are conftest fixtures

WELSH = Language("cy")


def test_the_welsh_start_page_shows_meic_on_the_first_phone_screen(phone, real_server, listings):
    assert listings["meic"].offers_welsh
    phone.goto(real_server + "/cy/")
    WELSH.check(phone)
    line = phone.locator(".app-child-line")
    assert "Meic" in line.inner_text() and "Childline" not in line.inner_text()
    link = line.locator('a[href^="tel:"]')
    assert link.get_attribute("href") == "tel:08088023456"
    box = link.bounding_box()
    assert box is not None and box["y"] + box["height"] < SCREEN["height"]
