"""(w37cy) A place we cannot find (a village the bundled files lack) on a phone (390×844, real
Chromium): the council list folded under the message costs one line, so "Talk to someone
now" and its first line stay on the first screen; opened, a council is chosen with the native
picker and the search is made there, with the person's words kept and never shown."""

from __future__ import annotations

import pytest

from ..helpers import search_with_the_form
from .conftest import SCREEN, Language
from .test_accessibility import assert_no_violations

#: (words, a village we lack, the council chosen as the page names it, language)
PEOPLE = [
    ("my uncle did things to me when i was small, i am 30 now", "Hindringham", "Norfolk", "en"),
    ("mae rhywun yn y teulu yn fy nghyffwrdd i", "Rhydlewis", "Ceredigion", "cy"),
]
_SUMMARY = {"en": "Choose your council from a list", "cy": "Dewiswch eich cyngor o restr"}
_BUTTON = {"en": "Search this council’s area", "cy": "Chwilio ardal y cyngor hwn"}


@pytest.mark.parametrize(("words", "village", "council", "code"), PEOPLE, ids=["en", "cy"])
def test_the_council_list_keeps_the_talk_box_on_the_first_screen_and_searches_there(
    phone, real_server, words, village, council, code
):
    lang = Language(code)
    phone.goto(real_server + lang.prefix + "/")
    search_with_the_form(phone, words, village, lang)
    phone.evaluate("window.scrollTo(0, 0)")
    summary = phone.get_by_text(_SUMMARY[code])
    talk = phone.locator(".app-talk-now li").first
    for part in (summary, talk):
        box = part.bounding_box()
        assert box is not None and box["y"] + box["height"] <= SCREEN["height"], box
    summary.click()
    phone.select_option("#council-choice-location", label=council)
    phone.get_by_role("button", name=_BUTTON[code]).click()
    phone.wait_for_load_state()
    lang.check(phone)
    assert council in phone.locator("h1").inner_text()
    assert phone.locator(".app-place-problem").count() == 0
    assert words.casefold() not in phone.locator("body").inner_text().casefold()


@pytest.mark.parametrize("code", ["en", "cy"])
def test_the_opened_council_list_has_no_wcag_violations(browser, real_server, code):
    context = browser.new_context(viewport=SCREEN, bypass_csp=True)
    page = context.new_page()
    lang = Language(code)
    page.goto(real_server + lang.prefix + "/search?q=help&location=Rhydlewis")
    page.get_by_text(_SUMMARY[code]).click()
    page.locator("#council-choice-location").wait_for()
    assert_no_violations(page)
    context.close()
