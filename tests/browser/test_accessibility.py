"""axe-core (from npm, injected from disk) finds no WCAG 2.2 A/AA violation on any page type,
at a phone width and at a desktop width."""

from __future__ import annotations

import pytest

from directory.config import PROJECT_ROOT

AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
PAGES = {
    "start": "/",
    "results": "/search?q=counselling&location=Leeds&radius=50&support=counselling-therapy",
    "results-problem": "/search?location=ZZ9+9ZZ",
    "results-ambiguous": "/search?location=Newport",
    "results-error": "/search?radius=7",
    "service": "/service/fictional-bradford-isva",
    "referral-pack": "/referral-pack?id=fictional-leeds-counselling&id=fictional-kent-outreach",
    "help-now": "/get-help-now",
    "staying-safe": "/staying-safe-online",
    "about": "/about",
    "privacy": "/privacy",
    "accessibility": "/accessibility",
    "not-found": "/no-such-page",
    "search-ended": "/results/an-ended-search",
}


@pytest.fixture(scope="module", params=[375, 1280], ids=["phone", "desktop"])
def axe_page(request, browser):
    # the page's CSP rightly refuses injected scripts; axe runs with CSP bypassed
    context = browser.new_context(viewport={"width": request.param, "height": 900}, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("name", list(PAGES))
@pytest.mark.parametrize("language", ["en", "cy"])
def test_no_wcag_violations(axe_page, live_server, name, language):
    prefix = "/cy" if language == "cy" else ""
    response = axe_page.goto(live_server + prefix + PAGES[name])
    assert response.status == (
        404 if name in ("not-found", "search-ended") else 400 if name.endswith("error") else 200
    )
    assert axe_page.locator("html").get_attribute("lang") == language
    assert_no_violations(axe_page)


def test_no_wcag_violations_with_the_professionals_tools(axe_page, live_server, lang):
    axe_page.goto(live_server + lang.prefix + "/search?location=Leeds&radius=50")
    axe_page.get_by_role("button", name=lang("I am a professional making a referral")).click()
    axe_page.locator("#pack-fictional-leeds-counselling").get_by_role("button").click()
    axe_page.get_by_text(lang("Referral pack: 1 service")).wait_for()
    axe_page.locator(".app-professional .govuk-details__summary").click()
    # measured from the top: half-scrolled under the sticky Exit this page button, any link
    # counts as "obscured", wherever it is
    axe_page.evaluate("window.scrollTo(0, 0)")
    assert_no_violations(axe_page)


def assert_no_violations(axe_page) -> None:
    axe_page.add_script_tag(path=str(AXE))
    result = axe_page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
    )
    problems = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]
    assert problems == []
    assert result["testEngine"]["name"] == "axe-core" and result["passes"]  # axe really ran


def test_no_wcag_violations_on_more_services_available_everywhere(axe_page, real_server, lang):
    """(w28more noticed) the page of its own for "More services available wherever you live"
    (on the bundled listings: the fictional ones have too few national services for it)."""
    axe_page.goto(real_server + lang.prefix + "/search?q=counselling&location=Leeds")
    axe_page.locator("a[href$='/more']").first.click()
    axe_page.wait_for_url("**/more")
    axe_page.evaluate("window.scrollTo(0, 0)")
    assert axe_page.locator("html").get_attribute("lang") == lang.code
    assert_no_violations(axe_page)
