"""A shared phone: a results address opened again from another window or profile shows the
results narrowed as before, but neither the age the person gave nor their words (fifth
walk-through F8: "Showing services for age 12" told whoever reopened it that a child had
searched). In the tab that searched, the words come back into the box; the age is never
written into the page."""

from __future__ import annotations

import re

from ..helpers import search_with_the_form

WORDS = "my nan's husband does things to me at night i'm 11"


def test_a_reopened_results_address_shows_no_age_and_no_words(browser, real_server):
    first = browser.new_context(viewport={"width": 390, "height": 844})
    page = first.new_page()
    page.goto(real_server + "/")
    search_with_the_form(page, WORDS, "Exeter")
    address = page.url
    line = page.locator(".app-stated-age").inner_text()
    assert "the age in your search" in line and "11" not in line
    assert page.locator("#q").input_value() == WORDS  # this tab keeps them
    first.close()

    other = browser.new_context(viewport={"width": 390, "height": 844})
    again = other.new_page()
    again.goto(address)
    text = again.locator("main").inner_text()
    html = again.content()
    other.close()
    assert "the age in your search" in text
    assert not re.search(r"\bage 11\b|\b11 years?\b", text)
    for word in ("husband", "nan's", "does things"):
        assert word not in html
