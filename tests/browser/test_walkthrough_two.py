# ruff: noqa: F811 (the fixtures of test_first_screen, imported, are the tests' arguments)
"""The six people of the second phone walk-through (docs/walkthrough-2026-12/second/, issue 25),
at 390×844 on the bundled listings, in their own words; and that their words never come back:
not after Exit then Back, not from the results address reopened in a new browser context."""

from __future__ import annotations

from playwright.sync_api import expect

from ..helpers import search_with_the_form
from .conftest import Language
from .test_first_screen import (  # noqa: F401 (fixtures)
    SCREEN,
    _ages_exclude,
    _no_words_after_exit_and_back,
    _search,
    listings,
)


def _talk_on_first_screen(page) -> list[str]:
    return page.evaluate(
        "[...document.querySelectorAll('main .app-talk-now a[href*=\"/service/\"]')]"
        ".filter(a => a.getBoundingClientRect().top + scrollY < 844)"
        ".map(a => a.getAttribute('href').split('/service/')[1])"
    )


def _words_in(page, words: str) -> list[str]:
    """The words of ``words`` (longer than 3 letters) on the page or in any field."""
    text = page.locator("body").inner_text().casefold()
    values = page.evaluate("[...document.querySelectorAll('input')].map(i => i.value).join(' ')")
    html = page.content().casefold()
    return [
        w
        for w in words.split()
        if len(w) > 3 and (w in text or w in values.casefold() or w in html)
    ]


def test_a_child_gets_a_childrens_line_first_and_nothing_for_adults_above_her_service(
    phone, real_server, listings
):
    screen = _search(phone, real_server, "my uncle touches me and i dont want him to", "stroud")
    assert "childline" in _talk_on_first_screen(phone)
    fitting = [sid for _t, _w, sid in screen.cards if not _ages_exclude(listings[sid], 13)]
    if fitting:
        above = [sid for _t, _w, sid in screen.cards][
            : [s for _t, _w, s in screen.cards].index(fitting[0])
        ]
        assert [sid for sid in above if _ages_exclude(listings[sid], 13)] == []


def test_a_parent_in_norwich_gets_a_parents_line_on_the_first_screen(phone, real_server):
    """Walk-through 2, F4: the first screen held only a SARC."""
    _search(
        phone, real_server, "my ex husband abused our son need help for him and for me", "norwich"
    )
    assert "nspcc-helpline" in _talk_on_first_screen(phone)


def test_the_header_leaves_room_on_a_phone(phone, real_server):
    """The danger line, Get help now and Exit this page stay; what is above the heading shrank
    (268 px to the results heading before issue 25)."""
    _search(phone, real_server, "counselling", "Leeds")
    top = phone.locator("main h1").bounding_box()["y"]
    assert top <= 215, top
    for name in ("999", "Get help now"):
        assert phone.get_by_role("link", name=name).first.bounding_box()["y"] < top
    assert phone.get_by_role("button", name="Exit this page").bounding_box()["y"] < top


def test_a_professional_gets_the_age_filter_and_keeps_the_pack_from_the_start_page(
    phone, real_server
):
    phone.goto(real_server + "/")
    phone.get_by_label("I am a professional making a referral").check()
    search_with_the_form(phone, "therapy for 7 year old girl abused by step brother", "Leeds")
    # (fifth walk-through F8) a results address says an age was read, never which
    expect(phone.get_by_text("Showing services for the age in your search.")).to_be_visible()
    phone.get_by_role("button", name="Add to pack").first.click()
    phone.wait_for_url("**/results/*#pack-*")
    label = phone.locator(".govuk-tag--green").first
    exit_bar = phone.locator(".govuk-exit-this-page").bounding_box()
    # F7: the label is not under the sticky Exit this page bar
    assert label.bounding_box()["y"] >= exit_bar["y"] + exit_bar["height"]
    # walk-through 1: from the logo to the start page, the pack is offered and carried on
    phone.get_by_role("link", name="Find support").first.click()
    phone.wait_for_url(real_server + "/")
    expect(phone.locator("#pack-notice")).to_be_visible()
    expect(phone.locator("#pack-notice")).to_contain_text("1")
    search_with_the_form(phone, "counselling", "Bradford")
    expect(phone.get_by_text("Referral pack: 1 service")).to_be_visible()


def test_an_adult_man_is_not_offered_a_childrens_line_above_adult_services(
    phone, real_server, listings
):
    screen = _search(
        phone, real_server, "counselling for a man abused by his uncle as a boy", "ludlow"
    )
    first_adult = next(sid for _t, _w, sid in screen.cards if not _ages_exclude(listings[sid], 50))
    order = [sid for _t, _w, sid in screen.cards]
    assert [s for s in order[: order.index(first_adult)] if _ages_exclude(listings[s], 50)] == []
    assert "childline" not in screen.talk


def test_a_welsh_child_sees_meic_on_the_first_screen(phone, real_server):
    cy = Language("cy")
    _search(phone, real_server, "dw i’n 12 ac mae fy nhad yn fy nghyffwrdd", "llangefni", cy)
    assert "meic" in _talk_on_first_screen(phone)


def test_someone_worried_about_his_urges_gets_stop_it_now_first_and_no_childline(
    phone, real_server
):
    screen = _search(
        phone,
        real_server,
        "urges about young girls i cant control need help before i do something",
        "lincoln",
    )
    first = (screen.talk[:1] or [screen.first_card()])[0]
    assert first == "stop-it-now", (screen.talk, screen.cards[:3])
    assert "childline" not in screen.talk


def test_the_words_never_come_back_from_a_reopened_results_address(browser, phone, real_server):
    """F1: the address is in the history for 30 minutes; opened in a new browser context (or
    with JavaScript off) it shows the results, never the words. The tab that typed them still
    shows them for editing, after a reload and on the next page."""
    words = "my cousin hurts me when mum is out"
    _search(phone, real_server, words, "glocester")
    address = phone.url
    assert phone.locator("#q").input_value() == words
    phone.reload()
    assert phone.locator("#q").input_value() == words
    for options in ({}, {"java_script_enabled": False}):
        context = browser.new_context(viewport=SCREEN, **options)
        try:
            other = context.new_page()
            other.goto(address)
            expect(other.get_by_text("Gloucester").first).to_be_visible()
            assert _words_in(other, words + " glocester") == [], options
            expect(other.get_by_text("Your words are not shown again")).to_be_visible()
            # and its form, left empty, still searches the same words and place
            other.get_by_role("button", name="Apply filters").click()
            other.wait_for_url("**/results/*")
            expect(other.locator("h1")).to_contain_text("Gloucester")
        finally:
            context.close()
    _no_words_after_exit_and_back(phone, words)
