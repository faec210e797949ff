"""(twenty-seventh walk-through F5, w33child) The referral pack's bare address, opened from the
Menu or typed, shows what this tab added (assets/js/app.mjs, openThePack); with no pack, or
without JavaScript, it says how to make one."""

from __future__ import annotations

from playwright.sync_api import expect

from ..helpers import search_with_the_form


def _add_one(page, live_server, lang) -> None:
    page.goto(live_server + lang.prefix + "/")
    search_with_the_form(page, "", "Leeds", lang)
    page.get_by_role("button", name=lang("I am a professional making a referral")).click()
    page.locator("#pack-fictional-leeds-counselling").get_by_role(
        "button", name=lang("Add to pack")
    ).click()
    expect(page.get_by_text(lang("Referral pack: 1 service"))).to_be_visible()


def test_the_bare_pack_address_shows_what_was_added(page, live_server, lang):
    _add_one(page, live_server, lang)
    # typed, as from the Menu: no ids in the address
    page.goto(live_server + lang.prefix + "/referral-pack")
    expect(page.get_by_role("heading", name=lang("Referral pack"), exact=True)).to_be_visible()
    expect(page.locator(".app-pack-services h2").first).to_contain_text(
        "Fictional Leeds Counselling"
    )
    assert page.url.startswith(live_server + lang.prefix + "/referral-pack?id=")
    assert "fictional-leeds-counselling" in page.url
    assert page.locator("[data-app-pack-empty]").count() == 0
    lang.check(page)


def test_with_no_pack_the_bare_address_says_how_to_make_one(page, live_server, lang):
    page.goto(live_server + lang.prefix + "/referral-pack")
    search = "Search the directory" if lang.code == "en" else "Chwilio’r cyfeiriadur"
    expect(page.get_by_role("link", name=search)).to_be_visible()
    assert page.locator(".app-pack-services").count() == 0
    assert page.url == live_server + lang.prefix + "/referral-pack"


def test_without_javascript_it_still_explains(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server + "/referral-pack")
        expect(page.locator("main")).to_contain_text("No services chosen yet")
    finally:
        context.close()
