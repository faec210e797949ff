"""Safe on a shared device: what a search leaves in the browser, and help first on a phone."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from ..helpers import search_with_the_form

EXPIRY_SECONDS = 30 * 60
#: what was typed, and the shapes a full postcode takes in an address
SECRETS = ("stepdad", "counselling", "LS8 2AB", "LS8+2AB", "LS8%202AB", "LS82AB", "2AB")


def leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s.casefold() in text.casefold()]


#: a results address's sealed token, random to read: a short secret turns up in one by chance
#: (a fresh-clone run saw "...W02AbG..." for "2AB"), a word of the search never does
_SEALED = re.compile(r"/results/[A-Za-z0-9_-]{20,}")


def leaks_in_address(address: str) -> list[str]:
    """What an address shows of the search: every secret outside a sealed token, and inside it
    the secrets long enough not to turn up by chance."""
    outside = leaks(_SEALED.sub("/results/TOKEN", address))
    inside = [s for s in leaks(address) if len(s) > 4 and s not in outside]
    return outside + inside


def test_a_form_search_leaves_nothing_in_history_titles_or_headings(
    page, live_server, server_clock
):
    addresses: list[str] = []  # every address the tab's history could hold
    page.on("framenavigated", lambda frame: frame.parent_frame or addresses.append(frame.url))
    titles, headings = [], []

    def look() -> None:
        titles.append(page.title())
        # the page's own headings (service names in h3 may well say "counselling")
        headings.extend(page.locator("h1, h2").all_inner_texts())
        assert not [h for h in page.locator("h3").all_inner_texts() if "stepdad" in h]

    page.goto(live_server + "/")
    page.get_by_label("What kind of help are you looking for? (optional)").fill(
        "stepdad counselling"
    )
    page.get_by_label("Where? (optional)").fill("LS8 2AB")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/results/*")
    expect(page.locator("#local-title ~ ul .app-result").first).to_contain_text("Counselling")
    look()
    # a filter, then another page of the same search: still nothing revealing
    page.locator('input[name="delivery"]').first.check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**/results/*")
    look()
    page.get_by_role("link", name="Remove filter", exact=False).first.click()
    page.wait_for_load_state()
    look()
    history = page.evaluate("history.length")

    # Exit this page replaces this history entry rather than adding one
    page.get_by_role("button", name="Exit this page").click()
    page.wait_for_url("**/privacy?exited=1")
    assert page.evaluate("history.length") == history

    for address in addresses:
        assert leaks_in_address(address) == [], address
    assert set(titles) == {"Find support"}
    assert [h for h in headings if leaks(h)] == []
    assert not [a for a in addresses if a.endswith("/search")]  # the form never GETs /search

    # later, Back shows the neutral page, and then an empty form
    server_clock.ahead = EXPIRY_SECONDS + 60
    page.go_back()
    expect(page.get_by_role("heading", name="This search has ended")).to_be_visible()
    assert leaks(page.locator("body").inner_text()) == []
    expect(page.get_by_role("link", name="Get help now").first).to_be_visible()
    expect(page.get_by_label("What kind of help are you looking for? (optional)")).to_have_value("")
    while page.url.startswith(live_server + "/results/"):
        page.go_back()
        assert leaks(page.locator("body").inner_text()) == []
    assert page.url == live_server + "/"
    expect(page.get_by_label("What kind of help are you looking for? (optional)")).to_have_value("")


def test_on_a_phone_the_first_screen_after_a_search_shows_results_and_help(browser, live_server):
    context = browser.new_context(viewport={"width": 375, "height": 667})
    try:
        page = context.new_page()
        page.goto(live_server + "/")
        search_with_the_form(page, "counselling", "Leeds")
        # the local services' heading and, under it, the lines to call (a number on the first
        # screen, fourth walk-through F1), then the first local card (on a 375×667 phone it
        # starts at the foot of the screen; before, the card came first and no number did)
        # (w9 first screen: the page's one heading names the place; the section's own heading
        # is for screen readers)
        expect(page.get_by_role("heading", level=1, name="Services near Leeds")).to_be_in_viewport()
        number = page.locator(".app-talk-now a[href^='tel:']").first
        box = number.bounding_box()
        assert box["y"] + box["height"] <= 667, box
        first = page.locator("#local-title ~ ul .app-result").first
        assert first.locator("h3").bounding_box()["y"] < 2 * 667
        # "Get help now" without opening the menu
        expect(page.get_by_role("button", name="Menu")).to_have_attribute("aria-expanded", "false")
        help_now = page.locator(".app-danger-bar").get_by_role("link", name="Get help now")
        expect(help_now).to_be_in_viewport()
        # the search can be changed from the summary
        page.get_by_role("link", name="Edit search").click()
        expect(page.locator("#q")).to_be_in_viewport()
        expect(page.locator("#q")).to_have_value("counselling")
        # helplines that fit are within one more screen
        page.evaluate("window.scrollTo(0, 0)")
        helplines = page.locator(".app-talk-now").bounding_box()
        assert helplines["y"] < 2 * 667, helplines
        expect(page.locator(".app-talk-now")).to_contain_text("Fictional National Helpline")
    finally:
        context.close()


def test_helplines_beside_the_results_fit_who_the_search_is_for(page, live_server):
    page.goto(live_server + "/")
    search_with_the_form(page, "", "Leeds")
    for audience, shown in (("adult-survivors", 1), ("children-young-people", 0)):
        page.locator('input[name="audience"]:checked').uncheck() if page.locator(
            'input[name="audience"]:checked'
        ).count() else None
        page.locator(f'input[name="audience"][value="{audience}"]').check()
        page.get_by_role("button", name="Apply filters").click()
        page.wait_for_url("**/results/*")
        # the fictional national helpline is for adults and parents, not for children
        talk_now = page.locator(".app-talk-now").get_by_text("Fictional National Helpline")
        expect(talk_now).to_have_count(shown)
