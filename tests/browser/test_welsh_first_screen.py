"""Wales first on Welsh pages (issue 28): a Welsh-speaking child in Gwynedd who searches in
Welsh sees Meic, or another line for children that works in Welsh, in the quick "Talk to
someone now" box and on the first phone screen (390×844), on the bundled (real) listings; Get
help now in Welsh starts with Wales's own lines. And axe-core finds nothing on the Welsh pages
that show the Welsh names of police areas and councils and the services' own Welsh.

"On the first screen" means an element whose top is above 844 CSS pixels from the top of the
page (tests/browser/test_first_screen.py)."""

from __future__ import annotations

import pytest

from . import test_first_screen as first_screen
from .conftest import Language
from .test_accessibility import assert_no_violations
from .test_first_screen import SCREEN, _search

#: the first-screen tests' fixtures: the app on the bundled listings, a phone, the listings
listings = first_screen.listings  # real_server and phone are conftest fixtures

WELSH = Language("cy")
#: a child's words in Welsh (the audit's Welsh persona, p5), in Caernarfon, Gwynedd
CHILD_SEARCHES = ["dw i angen siarad efo rhywun", "mae fy llystad yn fy nghyffwrdd"]


def welsh_lines_for_children(listings) -> set[str]:
    return {
        sid
        for sid, s in listings.items()
        if s.offers_welsh and "children-young-people" in s.audiences and s.listed
    }


@pytest.mark.parametrize("words", CHILD_SEARCHES)
def test_a_welsh_child_in_gwynedd_sees_a_welsh_line_for_children_first(
    phone, real_server, listings, words
):
    welsh_lines = welsh_lines_for_children(listings)
    assert "meic" in welsh_lines
    screen = _search(phone, real_server, words, "Caernarfon", WELSH)
    WELSH.check(phone)
    # in the quick box
    assert welsh_lines & set(screen.talk), screen.talk
    # and on the first screen, in the box or as a card
    first = {sid for top, _where, sid in screen.drawn if top < SCREEN["height"]}
    assert welsh_lines & first, sorted(screen.drawn)[:8]


def test_get_help_now_in_welsh_starts_with_the_lines_of_wales(phone, real_server, listings):
    phone.goto(real_server + "/cy/get-help-now")
    WELSH.check(phone)
    # the lines, not the "last few days" warning's link to the SARCs (eleventh walk-through F8)
    links = phone.evaluate(
        """() => [...document.querySelectorAll(
               'main a[href*="/service/"]:not(.app-recent a)')].map(a =>
             [a.getBoundingClientRect().top + scrollY,
              a.getAttribute('href').split('/service/')[1]])"""
    )
    first_id = links[0][1]
    assert listings[first_id].offers_welsh, links[:3]
    meic = next(top for top, sid in links if sid == "meic")
    assert meic < SCREEN["height"]


@pytest.mark.parametrize(
    "path",
    [
        "/cy/service/rasasc-north-wales-rape-and-sexual-abuse-support-centre",
        "/cy/service/meic",
        "/cy/service/live-fear-free",
        "/cy/about",
        "/cy/get-help-now",
        "/cy/",
        "/cy/staying-safe-online",
        "/cy/privacy",
        "/cy/search?q=cwnsela",
        "/cy/search?q=cwnsela&location=Y+Drenewydd",
    ],
)
def test_welsh_pages_on_the_bundled_listings_have_no_wcag_violations(browser, real_server, path):
    context = browser.new_context(viewport=SCREEN, bypass_csp=True)
    page = context.new_page()
    try:
        assert page.goto(real_server + path).status == 200
        assert_no_violations(page)
    finally:
        context.close()


def test_welsh_results_in_gwynedd_have_no_wcag_violations(browser, real_server):
    context = browser.new_context(viewport=SCREEN, bypass_csp=True)
    page = context.new_page()
    try:
        _search(page, real_server, CHILD_SEARCHES[0], "Caernarfon", WELSH)
        assert_no_violations(page)
    finally:
        context.close()
