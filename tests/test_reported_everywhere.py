"""Open reports that a number does not work, or that a service closed, are shown wherever the
listing's number is: the results cards (English and Welsh), the "Talk to someone now" box, Get
help now, the referral pack, and the JSON API (issue 29). Two independent reports that the
number does not work stop it being a number to call everywhere, until a maintainer resolves
them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directory.api.openapi import openapi_document
from directory.feedback import reports

from .helpers import run

LEEDS = "fictional-leeds-counselling"  # its number: 01632 960001
LEEDS_TEL = 'href="tel:01632960001"'
HELPLINE = "fictional-national-helpline"  # its number: 01632 960003
HELPLINE_TEL = 'href="tel:01632960003"'
NUMBER_LINE = "Someone told us this number may have changed: check with the service."
NUMBER_LINE_CY = "Mae rhywun wedi dweud wrthon ni y gallai’r rhif hwn fod wedi newid"
CLOSED_LINE = "Someone told us this service may have closed or moved"
SEARCH = "/search?q=counselling&location=Leeds"
# /search pages are kept a minute as sent (web/pagecache.py): these tests look again at once
pytestmark = pytest.mark.app_config(DIRECTORY_PAGE_CACHE_SECONDS=0)


def state(app) -> Path:
    return Path(app.config["DIRECTORY_STATE_PATH"])


def say(app, service_id: str, kind: str, times: int = 1) -> None:
    """``times`` reports (as if from that many clients) that ``kind`` is wrong."""
    for _ in range(times):
        reports.add(state(app), service_id, service_id, kind, "")


def html(client, path: str) -> str:
    answer = client.get(path)
    assert answer.status_code == 200, path
    return answer.get_data(as_text=True)


def card(page: str, service_id: str) -> str:
    """The results card of one listing."""
    start = page.index(f'/service/{service_id}"')
    start = page.rindex('<li class="app-result">', 0, start)
    return page[start : page.index("</li>\n", start)]


def test_results_cards_say_so_and_unlink_the_number_after_two_reports(app, client):
    search = SEARCH
    before = card(html(client, search), LEEDS)
    assert LEEDS_TEL in before and "app-reported" not in before
    say(app, LEEDS, "number")
    one = card(html(client, search), LEEDS)
    assert NUMBER_LINE in one and LEEDS_TEL in one  # one report: still a number to call
    say(app, LEEDS, "number")
    two = card(html(client, search), LEEDS)
    assert NUMBER_LINE in two and LEEDS_TEL not in two
    welsh = card(html(client, "/cy" + search), LEEDS)
    assert NUMBER_LINE_CY in welsh and LEEDS_TEL not in welsh
    # the page seen after an ordinary search form post (a /results/<token> address)
    posted = client.post("/search", data={"q": "counselling", "location": "Leeds"})
    assert LEEDS_TEL not in card(html(client, posted.headers["Location"]), LEEDS)
    for r in reports.listed(state(app)):
        assert run(app, "reports", "resolve", str(r.id)).exit_code == 0
    after = card(html(client, search), LEEDS)
    assert LEEDS_TEL in after and "app-reported" not in after


def test_a_closure_report_is_said_on_the_card(app, client):
    say(app, LEEDS, "closed")
    shown = card(html(client, SEARCH), LEEDS)
    assert CLOSED_LINE in shown and LEEDS_TEL in shown  # a closure report unlinks nothing


def test_get_help_now_and_the_talk_box_follow_reports_of_a_helpline(app, client):
    talk_search = "/search?q=someone+to+talk+to&location=Leeds"
    assert HELPLINE_TEL in html(client, "/get-help-now")
    talk = html(client, talk_search)
    assert HELPLINE_TEL in talk[talk.index("app-talk-now") :]
    say(app, HELPLINE, "number", times=2)
    help_now = html(client, "/get-help-now")
    assert HELPLINE_TEL not in help_now and NUMBER_LINE in help_now
    assert HELPLINE_TEL not in html(client, "/cy/get-help-now")
    talk = html(client, talk_search)
    box = talk[talk.index("app-talk-now") :]
    box = box[: box.index("</aside>")]
    assert HELPLINE_TEL not in box and NUMBER_LINE in box


def test_the_referral_pack_hands_on_no_number_two_people_said_does_not_work(app, client):
    pack = f"/referral-pack?id={LEEDS}"
    assert "01632 960001" in html(client, pack)
    say(app, LEEDS, "number")
    page = html(client, pack)
    assert NUMBER_LINE in page and "01632 960001" in page
    say(app, LEEDS, "number")
    page = html(client, pack)
    assert NUMBER_LINE in page and "01632 960001" not in page
    # no website in this listing: never "use the website" (fifth walk-through F7)
    assert "Being confirmed: see its source page" in page and "use the website" not in page
    csv = client.get(f"/referral-pack.csv?id={LEEDS}").get_data(as_text=True)
    assert "01632 960001" not in csv and "Being confirmed" in csv


def test_the_api_says_what_was_reported_and_gives_no_number_to_call(app, client):
    def listing() -> dict:
        return client.get(f"/api/v1/services/{LEEDS}").get_json()

    def in_search() -> dict:
        found = client.get("/api/v1/services?q=counselling&location=Leeds").get_json()
        return next(s for s in found["services"] if s["id"] == LEEDS)

    assert listing()["reported"] is None and listing()["contact"]["phone_verified"] is True
    say(app, LEEDS, "number")
    say(app, LEEDS, "closed")
    expected = {
        "number_may_have_changed": True,
        "closed_reported": True,
        "number_not_callable": False,
    }
    assert listing()["reported"] == expected == in_search()["reported"]
    assert listing()["contact"]["phone_verified"] is True
    say(app, LEEDS, "number")
    for body in (listing(), in_search()):
        assert body["reported"]["number_not_callable"] is True
        assert body["contact"]["phone_verified"] is False  # not a number to call
        assert body["contact"]["phone"] == "01632 960001"  # still said, as the page says it
    unreported = client.get("/api/v1/services/fictional-national-helpline").get_json()
    assert unreported["reported"] is None


def test_the_openapi_document_describes_the_reported_field():
    schemas = openapi_document()["components"]["schemas"]
    result = schemas["ServiceResult"]
    assert "reported" in result["required"]
    assert {"$ref": "#/components/schemas/Reported"} in result["properties"]["reported"]["anyOf"]
    assert set(schemas["Reported"]["properties"]) == {
        "number_may_have_changed",
        "closed_reported",
        "number_not_callable",
    }
    json.dumps(schemas)  # the document stays JSON


def test_pages_without_a_state_database_show_listings_as_built(app, client):
    assert not (state(app) / "directory.sqlite3").exists()
    assert LEEDS_TEL in card(html(client, SEARCH), LEEDS)
    assert not (state(app) / "directory.sqlite3").exists()  # reading created nothing
