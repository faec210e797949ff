"""Report a problem with a listing, the maintainers' queue, and our own checks of listings.

Nothing about the person who reports is stored; reports outlive every kind of build and a
restart; a flood from one client stores no more than its limit and never answers with a 5xx.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

import pytest

from directory.feedback import reports, verified
from directory.feedback.db import path_in
from directory.feedback.ratelimit import RateLimiter
from directory.limits import MAX_DETAILS_CHARS

from .fake_source import FIVE
from .helpers import app_like, refresh, run

LEEDS = "fictional-leeds-counselling"  # its number: 01632 960001
TOKEN = re.compile(r'name="token" value="([^"]+)"')


def state(app) -> Path:
    return Path(app.config["DIRECTORY_STATE_PATH"])


def report(
    client, kind="number", details="", sid=LEEDS, lang="", client_address="192.0.2.1", **headers
):
    environ = {"REMOTE_ADDR": client_address}
    form = client.get(f"{lang}/service/{sid}/report", environ_base=environ)
    assert form.status_code == 200
    token = TOKEN.search(form.get_data(as_text=True)).group(1)
    return client.post(
        f"{lang}/service/{sid}/report",
        data={"token": token, "kind": kind, "details": details},
        environ_base=environ,
        follow_redirects=True,
        headers=headers,
    )


def stored_rows(app) -> list[dict]:
    connection = sqlite3.connect(path_in(state(app)))
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute("SELECT * FROM reports")]
    finally:
        connection.close()


def every_stored_byte(app) -> bytes:
    """The state folder's files (the database, its write-ahead log), as they are on disk."""
    return b"".join(p.read_bytes() for p in sorted(state(app).iterdir()) if p.is_file())


def test_every_service_page_offers_to_report_a_problem_in_both_languages(client):
    page = client.get(f"/service/{LEEDS}").get_data(as_text=True)
    assert f'href="/service/{LEEDS}/report"' in page
    assert "Report a problem with this listing" in page
    welsh = client.get(f"/cy/service/{LEEDS}").get_data(as_text=True)
    assert f'href="/cy/service/{LEEDS}/report"' in welsh
    form = client.get(f"/cy/service/{LEEDS}/report").get_data(as_text=True)
    assert f'action="/cy/service/{LEEDS}/report"' in form
    assert "Report a problem with this listing" not in form  # in Welsh
    english = client.get(f"/service/{LEEDS}/report").get_data(as_text=True)
    assert "We do not ask for your name, email address or phone number" in english
    assert "Do not write your name or anyone's contact details" in english
    for field in ('type="email"', 'type="tel"', 'name="name"', 'name="email"', 'name="phone"'):
        assert field not in english  # nothing about the person is asked for


def test_a_report_stores_nothing_about_the_person(app, client):
    typed = (
        "Rang 01632 960001 and +44 (0)113 496 0000 twice, no answer. Mail me at "
        "someone.private@example.com or someone (at) example.org, I live at LS6 1AN / ls61an."
    )
    answer = report(
        client,
        "number",
        typed,
        client_address="203.0.113.77",
        **{"User-Agent": "HostileAgent/9.9", "X-Forwarded-For": "198.51.100.9"},
    )
    assert answer.status_code == 200
    page = answer.get_data(as_text=True)
    assert "Thank you for telling us" in page
    assert "01632 960003" in page  # the helplines are shown
    assert "Set-Cookie" not in answer.headers
    (row,) = stored_rows(app)
    assert set(row) == {
        "id",
        "service_id",
        "service_name",
        "kind",
        "details",
        "reported_on",
        "state",
        "closed_on",
        "note",
    }
    assert row["reported_on"] == dt.date.today().isoformat()  # the day, no time
    assert row["kind"] == "number" and row["service_id"] == LEEDS
    for secret in (
        "01632",
        "496 0000",
        "someone.private",
        "example.com",
        "example.org",
        "LS6 1AN",
        "ls61an",
    ):
        assert secret not in row["details"], secret
    assert row["details"].startswith("Rang [removed] and [removed] twice, no answer.")
    on_disk = every_stored_byte(app)
    for secret in (b"203.0.113.77", b"HostileAgent", b"198.51.100.9", b"someone.private"):
        assert secret not in on_disk
    now = dt.datetime.now()
    assert f"{now:%H:%M}".encode() not in on_disk.replace(b"-", b"")


@pytest.mark.parametrize(
    "form, message",
    [
        ({"token": "forged", "kind": "number"}, "This form has expired"),
        ({"token": "", "kind": "number"}, "This form has expired"),
        ({"kind": "nonsense"}, "Choose what is wrong with this listing"),
        ({"kind": "other", "details": "x" * 501}, "Say more in 500 characters or fewer"),
    ],
)
def test_a_bad_report_is_refused_with_a_message_and_not_stored(app, client, form, message):
    token = TOKEN.search(client.get(f"/service/{LEEDS}/report").get_data(as_text=True)).group(1)
    answer = client.post(f"/service/{LEEDS}/report", data={"token": token, **form})
    assert answer.status_code == 400
    assert message in answer.get_data(as_text=True)
    assert reports.listed(state(app)) == []


def test_a_form_for_one_listing_cannot_report_another_nor_an_unknown_one(app, client):
    token = TOKEN.search(client.get(f"/service/{LEEDS}/report").get_data(as_text=True)).group(1)
    other = client.post(
        "/service/fictional-national-helpline/report", data={"token": token, "kind": "number"}
    )
    assert other.status_code == 400
    assert client.post("/service/no-such/report", data={"token": token}).status_code == 404
    assert reports.listed(state(app)) == []


def test_an_expired_form_is_refused(app, client, monkeypatch):
    token = TOKEN.search(client.get(f"/service/{LEEDS}/report").get_data(as_text=True)).group(1)
    import itsdangerous.timed

    later = dt.datetime.now().timestamp() + 3 * 3600
    monkeypatch.setattr(itsdangerous.timed.time, "time", lambda: later)
    answer = client.post(f"/service/{LEEDS}/report", data={"token": token, "kind": "closed"})
    assert answer.status_code == 400
    assert reports.listed(state(app)) == []


def test_one_client_cannot_flood_the_queue_and_is_thanked_all_the_same(app, client):
    kinds = [*reports.KINDS, *reports.KINDS]
    sids = [LEEDS, "fictional-national-helpline", "fictional-bradford-isva"]
    answers = [report(client, kind, sid=sid) for sid in sids for kind in kinds]
    assert {a.status_code for a in answers} == {200}
    assert all("Thank you for telling us" in a.get_data(as_text=True) for a in answers)
    assert len(reports.listed(state(app))) == app.config["DIRECTORY_REPORT_LIMIT"] == 5
    # another client is not held back by the first
    assert report(client, "closed", client_address="192.0.2.2").status_code == 200
    assert len(reports.listed(state(app))) == 6


def test_the_limiter_forgets_clients_each_day_and_counts_a_repeat_once():
    today = [dt.date(2026, 12, 1)]
    limiter = RateLimiter(limit=2, today=lambda: today[0])
    assert limiter.allow("a", LEEDS, "number")
    assert not limiter.allow("a", LEEDS, "number")  # the same thing said again
    assert limiter.allow("a", LEEDS, "closed")
    assert not limiter.allow("a", "other", "other")  # over the limit
    assert limiter.allow("b", LEEDS, "number")
    today[0] = dt.date(2026, 12, 2)
    assert limiter.allow("a", LEEDS, "number")
    assert b"192.0.2" not in bytes(limiter._memory)  # counts only: no address kept


def test_open_reports_put_a_neutral_line_on_the_page_and_two_unlink_the_number(app, client):
    def page():
        return client.get(f"/service/{LEEDS}").get_data(as_text=True)

    assert 'href="tel:01632960001"' in page()
    assert "Someone told us" not in page()
    report(client, "number", client_address="192.0.2.10")
    shown = page()
    assert "Someone told us this number may have changed: check with the service." in shown
    assert 'href="tel:01632960001"' in shown  # one report: still a link
    report(client, "number", client_address="192.0.2.11")
    shown = page()
    assert 'href="tel:01632960001"' not in shown
    assert "01632 960001" in shown  # still shown, as text
    welsh = client.get(f"/cy/service/{LEEDS}").get_data(as_text=True)
    assert 'href="tel:01632960001"' not in welsh
    assert "Someone told us this number" not in welsh  # in Welsh
    for r in reports.listed(state(app)):
        assert run(app, "reports", "resolve", str(r.id), "--note", "number checked").exit_code == 0
    assert "Someone told us" not in page() and 'href="tel:01632960001"' in page()


def test_a_closure_report_shows_its_own_neutral_line(client):
    report(client, "closed", sid="fictional-national-helpline")
    page = client.get("/service/fictional-national-helpline").get_data(as_text=True)
    assert "Someone told us this service may have closed or moved" in page


def test_the_maintainers_queue(app, client):
    report(client, "number", "no answer at all", client_address="192.0.2.20")
    report(client, "website", "the link goes to a shop", client_address="192.0.2.21")
    report(client, "other", "", sid="fictional-national-helpline", client_address="192.0.2.22")
    listing = run(app, "reports")
    assert listing.exit_code == 0, listing.output
    lines = listing.output.splitlines()
    assert lines[0].startswith("fictional-leeds-counselling")
    assert "number" in lines[1] and "no answer at all" in lines[1]
    assert "3 open reports" in listing.output
    as_json = json.loads(run(app, "reports", "--json").output)
    assert [(r["service_id"], r["kind"]) for r in as_json] == [
        (LEEDS, "number"),
        (LEEDS, "website"),
        ("fictional-national-helpline", "other"),
    ]
    number = as_json[1]["number"]
    shown = run(app, "reports", "show", str(number))
    assert "the link goes to a shop" in shown.output and "state: open" in shown.output
    assert run(app, "reports", "resolve", str(number), "--note", "fixed the link").exit_code == 0
    assert run(app, "reports", "resolve", str(as_json[2]["number"]), "--dismiss").exit_code == 0
    left = json.loads(run(app, "reports", "--json").output)
    assert [r["kind"] for r in left] == ["number"]
    assert "note: fixed the link" in run(app, "reports", "show", str(number)).output
    missing = run(app, "reports", "show", "999")
    assert missing.exit_code != 0 and "there is no report 999" in missing.output


def test_reports_survive_builds_refresh_import_rollback_and_a_restart(maintainer, source, tmp_path):
    client = maintainer.test_client()
    report(client, "number", "still ringing out", client_address="192.0.2.30")
    report(client, "closed", client_address="192.0.2.31")

    def kinds(app=maintainer):
        return sorted(r.kind for r in reports.listed(state(app)))

    assert kinds() == ["closed", "number"]
    assert run(maintainer, "build-index", "--force").exit_code == 0
    assert kinds() == ["closed", "number"]
    source.publish(FIVE)
    assert refresh(maintainer, source).exit_code == 0
    assert kinds() == ["closed", "number"]
    record = {
        "id": "fictional-imported",
        "name": "Fictional Imported",
        "service_area": {"national": True},
        "source_url": "https://example.org/i",
        "last_checked": "2026-01-01",
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps([record]))
    assert run(maintainer, "import", str(path)).exit_code == 0
    assert kinds() == ["closed", "number"]
    rolled = run(maintainer, "rollback")
    assert rolled.exit_code == 0, rolled.output
    assert kinds() == ["closed", "number"]
    restarted = app_like(maintainer)
    assert kinds(restarted) == ["closed", "number"]
    page = restarted.test_client().get(f"/service/{LEEDS}").get_data(as_text=True)
    assert "Someone told us this service may have closed or moved" in page


def test_hostile_posts_never_answer_5xx_and_store_at_most_the_limit(app, client):
    """A smaller run of what scripts/report-flood does with 10,000 posts (and a search timed
    beside it)."""
    good = TOKEN.search(client.get(f"/service/{LEEDS}/report").get_data(as_text=True)).group(1)
    statuses: dict[int, int] = {}
    forms = [
        {"token": good[:-2] + "xx", "kind": "number"},
        {"token": good, "kind": "number", "details": "x" * 70_000},
        {"token": good, "kind": "other", "details": "\x00\x1b[31m\u202e\ud800"[:3] * 100},
        {"token": good, "kind": "closed", "details": "\x07 control \x00 chars \x1f"},
        {"token": good * 50, "kind": ["number", "closed"]},
        {"token": good, "kind": "number\x00"},
        {"token": "", "kind": ""},
        {"token": good, "kind": "other", "details": "<script>alert(1)</script>"},
    ]
    for i in range(400):
        form = forms[i % len(forms)]
        answer = client.post(
            f"/service/{LEEDS}/report", data=form, environ_base={"REMOTE_ADDR": "192.0.2.99"}
        )
        statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
    assert not [s for s in statuses if s >= 500], statuses
    stored = reports.listed(state(app))
    assert len(stored) <= app.config["DIRECTORY_REPORT_LIMIT"]
    assert all("\x00" not in r.details and "\x07" not in r.details for r in stored)
    assert all(len(r.details) <= MAX_DETAILS_CHARS for r in stored)


def test_verify_then_rebuild_shows_our_check_on_the_page(maintainer):
    client = maintainer.test_client()
    assert "Checked by us on" not in client.get(f"/service/{LEEDS}").get_data(as_text=True)
    done = run(maintainer, "verify", LEEDS, "--source", "https://example.org/source/leeds")
    assert done.exit_code == 0, done.output
    assert run(maintainer, "build-index", "--force").exit_code == 0
    page = client.get(f"/service/{LEEDS}").get_data(as_text=True)
    today = dt.date.today()
    assert f"Checked by us on {today.day} {today:%B %Y}." in page
    assert "Details from another website dated January 2026" in page  # the source's own date
    refused = run(maintainer, "verify", "no-such-listing", "--source", "https://example.org/")
    assert refused.exit_code != 0 and "no listing has the id" in refused.output
    bad = run(maintainer, "verify", LEEDS, "--source", "javascript:alert(1)")
    assert bad.exit_code != 0


def test_stale_and_coverage_list_what_has_not_been_checked(maintainer):
    folder = state(maintainer)
    today = dt.date.today()
    verified.record(folder, LEEDS, "https://example.org/a", today - dt.timedelta(days=30))
    verified.record(
        folder,
        "fictional-national-helpline",
        "https://example.org/b",
        verified.months_before(today, 13),
    )
    verified.record(
        folder,
        "fictional-bradford-isva",
        "https://example.org/c",
        verified.months_before(today, 20),
    )
    verified.record(
        folder, "fictional-bradford-isva", "https://example.org/c", today - dt.timedelta(days=3)
    )  # its latest check counts
    out = run(maintainer, "stale", "--older-than", "12m", "--json")
    assert out.exit_code == 0, out.output
    stale = {row["id"]: row["checked_on"] for row in json.loads(out.output)}
    assert LEEDS not in stale and "fictional-bradford-isva" not in stale
    assert stale["fictional-national-helpline"] == verified.months_before(today, 13).isoformat()
    assert stale["fictional-yorkshire-line"] is None  # never checked
    assert "fictional-closed-leeds" not in stale  # closed listings need no check
    wider = json.loads(run(maintainer, "stale", "--older-than", "2y", "--json").output)
    assert "fictional-national-helpline" not in {r["id"] for r in wider}
    total = len(json.loads(run(maintainer, "stale", "--older-than", "0m", "--json").output))
    coverage = run(maintainer, "coverage").output
    assert f"Checked by us in the last 12 months: 2 of {total} listings" in coverage


def test_pages_say_details_may_be_out_of_date_after_18_months(maintainer):
    client = maintainer.test_client()
    sid = "fictional-national-helpline"  # last seen at its source in January 2026
    assert "may be out of date" not in client.get(f"/service/{sid}").get_data(as_text=True)
    today = dt.date(2027, 8, 1)
    assert not verified.out_of_date(None, dt.date(2026, 3, 1), today)
    assert verified.out_of_date(None, dt.date(2026, 1, 15), today)
    assert not verified.out_of_date(dt.date(2027, 1, 1), dt.date(2020, 1, 1), today)
    assert verified.out_of_date(None, None, today)


def test_scrub_keeps_ordinary_words_and_numbers():
    assert reports.scrub("Open 9 to 5, room 12, since 2019") == "Open 9 to 5, room 12, since 2019"
    assert reports.scrub("call 0800 123 4567") == "call [removed]"
    assert reports.scrub("a\tb\r\nc\x00d") == "a b\nc d"


def test_a_sent_report_leads_to_the_thank_you_page_so_reloading_sends_nothing(app, client):
    for lang in ("", "/cy"):
        token = TOKEN.search(client.get(f"{lang}/service/{LEEDS}/report").text).group(1)
        kind = "who" if lang else "website"
        answer = client.post(f"{lang}/service/{LEEDS}/report", data={"token": token, "kind": kind})
        assert answer.status_code == 303
        assert answer.headers["Location"].endswith(f"{lang}/service/{LEEDS}/report/sent")
        assert client.get(answer.headers["Location"]).status_code == 200
    assert len(reports.listed(state(app))) == 2
