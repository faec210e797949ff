"""Report a problem with a listing in the browser, with JavaScript on and off, in English and
Welsh; the maintainer's `directory reports` then lists each report."""

from __future__ import annotations

import json
import threading

import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

from ..helpers import new_app, run

LEEDS = "fictional-leeds-counselling"
TEXT = {
    "en": {
        "link": "Report a problem with this listing",
        "send": "Send report",
        "thanks": "Thank you for telling us",
        "more": "Tell us more (optional)",
        "number": "The phone number does not work or is wrong",
        "closed": "The service has closed or moved",
        "website": "The website is wrong",
        "other": "Something else",
    },
    "cy": {
        "link": "Rhoi gwybod am broblem gyda’r cofnod hwn",
        "send": "Anfon yr adroddiad",
        "thanks": "Diolch am ddweud wrthon ni",
        "more": "Dywedwch fwy wrthon ni (dewisol)",
        "number": "Dydy’r rhif ffôn ddim yn gweithio neu mae’n anghywir",
        "closed": "Mae’r gwasanaeth wedi cau neu symud",
        "website": "Mae’r wefan yn anghywir",
        "other": "Rhywbeth arall",
    },
}
#: (language, JavaScript on, what is wrong): one client may say each thing once a day
CASES = [("en", True, "number"), ("en", False, "closed"), ("cy", True, "website"),
         ("cy", False, "other")]  # fmt: skip


@pytest.fixture(scope="module")
def reporting(built_index, tmp_path_factory):
    app = new_app(
        DIRECTORY_INDEX_PATH=built_index,
        DIRECTORY_STATE_PATH=tmp_path_factory.mktemp("state"),
    )
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    app.base = f"http://127.0.0.1:{server.server_port}"
    yield app
    server.shutdown()
    thread.join()


@pytest.mark.parametrize("code, javascript, kind", CASES)
def test_report_a_problem_from_a_service_page(browser, reporting, code, javascript, kind):
    context = browser.new_context(java_script_enabled=javascript)
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        text = TEXT[code]
        prefix = "/cy" if code == "cy" else ""
        page.goto(f"{reporting.base}{prefix}/service/{LEEDS}")
        page.get_by_role("link", name=text["link"]).click()
        page.get_by_label(text[kind]).check()
        page.get_by_label(text["more"]).fill(f"Tried on Monday ({code}), call me on 07700 900123")
        page.get_by_role("button", name=text["send"]).click()
        expect(page.get_by_role("heading", name=text["thanks"])).to_be_visible()
        assert page.locator("html").get_attribute("lang") == code
        assert page.locator('a[href^="tel:"]').count() > 0  # the helplines
        assert context.cookies() == []
    finally:
        context.close()
    listed = json.loads(run(reporting, "reports", "--json").output)
    mine = [r for r in listed if r["kind"] == kind]
    assert len(mine) == 1 and mine[0]["service_id"] == LEEDS
    assert mine[0]["details"] == f"Tried on Monday ({code}), call me on [removed]"
    table = run(reporting, "reports").output
    assert LEEDS in table and kind in table


@pytest.mark.parametrize(
    "path, status",
    [
        (
            "/service/fictional-national-helpline/report",
            200,
        ),  # not LEEDS: its reports are counted above
        ("/changes?area=West+Yorkshire", 200),
        ("/changes?since=not-a-date", 400),
    ],
)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_new_pages_have_no_wcag_violations(browser, reporting, path, status, language):
    from .test_accessibility import assert_no_violations

    context = browser.new_context(viewport={"width": 375, "height": 900}, bypass_csp=True)
    try:
        page = context.new_page()
        prefix = "/cy" if language == "cy" else ""
        assert page.goto(reporting.base + prefix + path).status == status
        assert_no_violations(page)
        if "report" in path:  # the form with its error (nothing chosen), then the thank-you
            page.get_by_role("button", name=TEXT[language]["send"]).click()
            expect(page.locator(".govuk-error-summary")).to_be_visible()
            assert_no_violations(page)
            page.get_by_label(TEXT[language]["other"]).check()
            page.get_by_role("button", name=TEXT[language]["send"]).click()
            expect(page.get_by_role("heading", name=TEXT[language]["thanks"])).to_be_visible()
            assert_no_violations(page)
    finally:
        context.close()
