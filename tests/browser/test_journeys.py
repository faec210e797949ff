"""What a person does in the browser: search, filter, page, shortlist, leave quickly."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from ..helpers import search_with_the_form
from .conftest import screenshot


def test_search_by_postcode_and_keyword(page, live_server, lang):
    page.goto(live_server + lang.prefix + "/")
    page.get_by_label(lang("What kind of help are you looking for? (optional)")).fill(
        "someone to talk to"
    )
    page.get_by_label(lang("Where? (optional)")).fill("ls1 4ap")
    page.get_by_role("button", name=lang("Search")).click()
    # a full postcode is cut to its district wherever it is shown
    expect(page.get_by_role("heading", name=lang("Services near LS1"))).to_be_visible()
    assert "4AP" not in page.locator("body").inner_text()
    first = page.locator("#local-title ~ ul .app-result").first
    expect(first).to_contain_text("Fictional Leeds Counselling")
    expect(first).to_contain_text(lang("mile"))  # "Less than a mile away", or "N miles away"
    expect(page.get_by_role("heading", name=lang("Available wherever you live"))).to_be_visible()
    lang.check(page)
    assert page.locator('a[href^="tel:"]').count() > 0


def test_filters_and_pagination(page, live_server, lang):
    # one a page: since other councils' services are no longer "near" Leeds, two are left
    page.goto(live_server + lang.prefix + "/search?location=Leeds&radius=100&per_page=1")
    expect(page.locator("#local-title")).to_contain_text(re.compile(r"\d"))
    page.get_by_role("link", name=lang("Next")).click()
    assert "page=2" in page.url and page.url.startswith(live_server + lang.prefix + "/search")
    expect(page.locator(".govuk-pagination__item--current")).to_contain_text("2")
    page.get_by_label(lang("Face to face"), exact=False).first.check()
    page.get_by_role("button", name=lang("Apply filters")).click()
    # the form posts: the filters are in a results address that reveals nothing
    page.wait_for_url(f"{live_server}{lang.prefix}/results/*")
    assert "delivery" not in page.url
    remove = page.get_by_role("link", name=lang("Remove filter: Face to face"))
    expect(remove).to_be_visible()
    for title in page.locator("#local-title ~ ul .app-result h3").all_inner_texts():
        assert title.startswith("Fictional")
    remove.click()
    expect(page.get_by_role("link", name=lang("Remove filter: Face to face"))).to_have_count(0)
    assert f"{lang.prefix}/results/" in page.url and "delivery" not in page.url
    lang.check(page)


def pack_button(page, service_id: str, name: str):
    """A card's referral-pack button (its accessible name also holds the service's name)."""
    return page.locator(f"#pack-{service_id}").get_by_role("button", name=name)


def test_a_referral_pack_from_two_searches_and_its_csv(page, live_server, lang):
    page.goto(live_server + lang.prefix + "/")
    search_with_the_form(page, "", "Leeds", lang)
    # a child or a survivor never sees "Add to pack"; a professional asks for it
    expect(page.get_by_role("button", name=lang("Add to pack"), exact=False)).to_have_count(0)
    page.get_by_role("button", name=lang("I am a professional making a referral")).click()
    pack_button(page, "fictional-leeds-counselling", lang("Add to pack")).click()
    expect(page.get_by_text(lang("Referral pack: 1 service"))).to_be_visible()
    # a second, different search keeps the pack (it is in the results address)
    search_with_the_form(page, "advocate", "Bradford", lang)
    expect(page.get_by_text(lang("Referral pack: 1 service"))).to_be_visible()
    pack_button(page, "fictional-bradford-isva", lang("Add to pack")).click()
    expect(page.get_by_text(lang("Referral pack: 2 services"))).to_be_visible()
    expect(pack_button(page, "fictional-bradford-isva", lang("Remove from pack"))).to_be_visible()
    assert page.context.cookies() == []
    page.get_by_role("link", name=lang("Open the referral pack")).first.click()
    expect(page.get_by_role("heading", name=lang("Referral pack"))).to_be_visible()
    lang.check(page)
    names = sorted(t.splitlines()[0] for t in page.locator("main h2").all_inner_texts())
    assert names == ["Fictional Bradford Advocates", "Fictional Leeds Counselling"]
    expect(page.locator("main")).to_contain_text(lang("Source date"))
    query = urlsplit(page.url).query
    assert query.count("id=") == 2  # the pack's own address lists the services, nothing else
    # printed, it is a handout with each service's full address and phone number
    page.emulate_media(media="print")
    main = page.locator("main")
    expect(main).to_contain_text("Fictional venue, 1 Fictional Street, Bradford, BD1 1AA")
    expect(main.get_by_text("01632 960001")).to_be_visible()
    expect(page.get_by_role("link", name=lang("Download as a spreadsheet (CSV)"))).to_be_hidden()
    page.emulate_media(media="screen")
    with page.expect_download() as download:
        page.get_by_role("link", name=lang("Download as a spreadsheet (CSV)")).click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    # one table (w30pack): every row has every column, the first saying what it is; the
    # services chosen, then the lines to call now and 999, then when it was made and where
    header = text.splitlines()[0].split(",")
    assert all(len(r) == len(header) and None not in r for r in rows)
    kind = lang("Kind")
    chosen = [r[lang("Service")] for r in rows if r[kind] == lang("In your referral pack")]
    assert set(chosen) == {"Fictional Leeds Counselling", "Fictional Bradford Advocates"}
    lines = [r for r in rows if r[kind] == lang("Talk to someone now")]
    assert any(r[lang("Phone")] == "999" for r in lines)
    assert any(
        live_server in r[lang("Website")] for r in rows if r[kind] != lang("Talk to someone now")
    )


def test_printed_results_use_the_whole_page_and_write_out_full_addresses(page, live_server, lang):
    page.goto(live_server + lang.prefix + "/")
    search_with_the_form(page, "counselling", "Leeds", lang)
    page.emulate_media(media="print")
    results = page.locator(".app-results-column").bounding_box()
    width = page.evaluate("document.documentElement.clientWidth")
    assert results["x"] < 40 and results["width"] > 0.9 * width, (results, width)
    expect(page.locator("#search")).to_be_hidden()
    card = page.locator("#local-title ~ ul .app-result").first
    expect(card).to_contain_text(
        f"{lang('Details')}: {live_server}{lang.prefix}/service/fictional-leeds-counselling"
    )
    title_after = card.locator("h3 a").evaluate("a => getComputedStyle(a, '::after').content")
    assert title_after == "none"  # not "(/service/...)", which means nothing on paper


def test_exit_this_page_button(page, live_server, lang):
    page.goto(live_server + lang.prefix + "/search?location=Leeds")
    lang.check(page)
    page.get_by_role("button", name=lang("Exit this page")).click()
    # the exit page is in the language of the page left (in tests: our own privacy notice)
    page.wait_for_url(f"{live_server}{lang.prefix}/privacy?exited=1")


def test_exit_this_page_with_shift_three_times(page, live_server, lang):
    page.goto(live_server + lang.prefix + "/service/fictional-leeds-counselling")
    page.locator("body").click(position={"x": 5, "y": 300})
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{live_server}{lang.prefix}/privacy?exited=1")


def test_exit_link_works_without_javascript(browser, live_server, lang):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server + lang.prefix + "/")
        # without JavaScript the component is a plain link (with role="button")
        page.get_by_role("button", name=lang("Exit this page")).click()
        page.wait_for_url(f"{live_server}{lang.prefix}/privacy?exited=1")
    finally:
        context.close()


def test_search_works_without_javascript(browser, live_server, lang):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server + lang.prefix + "/")
        page.get_by_label(lang("Where? (optional)")).fill("Bradford")
        page.get_by_role("button", name=lang("Search")).click()
        page.wait_for_url(f"{live_server}{lang.prefix}/results/*")
        expect(page.locator("#local-title ~ ul .app-result").first).to_contain_text(
            "Fictional Bradford Advocates"
        )
        lang.check(page)
    finally:
        context.close()


def test_the_language_switch_keeps_the_search(page, live_server):
    page.goto(live_server + "/")
    search_with_the_form(page, "advocate", "Bradford")
    english = page.locator("#local-title ~ ul .app-result h3").all_inner_texts()
    page.get_by_role("link", name="Cymraeg").click()
    page.wait_for_url(f"{live_server}/cy/results/*")
    assert page.locator("html").get_attribute("lang") == "cy"
    assert page.locator("#local-title ~ ul .app-result h3").all_inner_texts() == english != []
    expect(page.locator("#q")).to_have_value("advocate")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{live_server}/results/*")
    assert page.locator("html").get_attribute("lang") == "en"


def tab_until(page, check: str, presses: int = 120) -> None:
    """Press Tab until the JavaScript expression ``check`` holds for the focused element."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate(f"(element => {check})(document.activeElement)"):
            return
    pytest.fail(f"Tab never reached an element where {check}")


def test_keyboard_only_search_and_filters(page, live_server):
    page.goto(live_server + "/")
    # from the top of the page, Tab reaches the skip link, then "Skip to main content" works
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Skip to main content")
    page.keyboard.press("Enter")
    tab_until(page, "element.id === 'q'", presses=10)
    page.keyboard.type("advocate")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "location"
    page.keyboard.type("Leeds")
    page.keyboard.press("Enter")
    # a Bradford-only service, listed for Leeds apart from those near it (fifth walk-through F4)
    expect(page.locator("#other-areas-title ~ ul .app-result").first).to_contain_text("Bradford")
    # tab to the first filter checkbox and tick it with the space bar
    tab_until(page, "['audience', 'support'].includes(element.name)")
    name = page.evaluate("document.activeElement.name")
    value = page.evaluate("document.activeElement.value")
    page.keyboard.press("Space")
    tab_until(page, "element.textContent.trim() === 'Apply filters'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/results/*")
    expect(page.locator(f'input[name="{name}"][value="{value}"]')).to_be_checked()


def test_screenshots_for_people_to_look_at(browser, live_server):
    for width, label in ((375, "phone"), (1280, "desktop")):
        context = browser.new_context(viewport={"width": width, "height": 900})
        try:
            page = context.new_page()
            for name, path in (
                ("start", "/"),
                ("results", "/search?q=counselling&location=Leeds&radius=50"),
                ("service", "/service/fictional-bradford-isva"),
            ):
                page.goto(live_server + path)
                screenshot(page, f"{name}-{label}")
        finally:
            context.close()
