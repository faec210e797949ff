"""`directory refresh` against a fictional directory served on 127.0.0.1.

After every failing case the data and the serving index are byte-for-byte what they were.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from directory.search import current_build
from directory.sources.refresh import merge

from .fake_source import FIVE, Reply, listing
from .helpers import digest, refresh, run, served, source_ids

pytestmark = pytest.mark.slow  # the fake source, a server: `scripts/test --fast` leaves it out


def test_refresh_applies_every_page_and_keeps_local_data(maintainer, source, fictional):
    result = refresh(maintainer, source)
    assert result.exit_code == 0, result.output
    assert "applied: 5 listings fetched" in result.output
    assert source_ids(maintainer) == {f"csa-{s}" for s in FIVE}
    services = served(maintainer)
    assert {s.id for s in fictional} <= set(services)  # local listings untouched
    a = services["csa-a"]
    assert str(a.csa_centre_url) == f"{source.base}/directory/a/"
    assert a.last_checked == dt.date.today()
    assert a.locations[0].latitude is not None  # venue postcode placed by the gazetteer
    assert a.service_area.local_authorities == ["E08000035"]
    assert a.support_types == ["counselling-therapy"]
    assert "/directory/?page=3" in source.paths()
    report = sorted((maintainer.root / "diffs").glob("refresh-*.json"))[-1]
    assert json.loads(report.read_text())["counts"]["added"] == 5
    # polite: an identifying User-Agent with a contact, and robots.txt read first
    agents = {h.get("User-Agent") for _, _, h in source.requests}
    contact = "directory-maintainers@example.invalid"
    assert agents == {f"FindSupportDirectoryRefresh/1.0 (+mailto:{contact})"}
    assert source.paths()[0] == "/robots.txt"


def test_unchanged_pages_cost_a_304_and_change_nothing(maintainer, source):
    assert refresh(maintainer, source).exit_code == 0
    before = digest(maintainer)
    source.requests.clear()
    result = refresh(maintainer, source)
    assert result.exit_code == 0 and "no changes" in result.output
    conditional = [h for _, p, h in source.requests if p.startswith("/directory/")]
    assert conditional and all("If-None-Match" in h for h in conditional)
    assert digest(maintainer) == before


def test_a_500_then_success_is_retried(maintainer, source):
    source.reply("/directory/?page=2", [Reply(status=500, body="oops")])
    result = refresh(maintainer, source)
    assert result.exit_code == 0, result.output
    assert source.paths().count("/directory/?page=2") == 2


def test_429_waits_for_retry_after(maintainer, source):
    source.reply("/directory/b/", [Reply(status=429, headers={"Retry-After": "1"})])
    result = refresh(maintainer, source)
    assert result.exit_code == 0, result.output
    times = [t for t, p, _ in source.requests if p == "/directory/b/"]
    assert len(times) == 2 and times[1] - times[0] >= 0.95


FAILURES = {
    "read timeout": (lambda s: s.reply("/directory/c/", [Reply(hang=5)]), 4, "timed out"),
    "redirect to another host": (
        lambda s: s.reply(
            "/directory/c/",
            [Reply(status=302, headers={"Location": "http://127.0.0.2:9/directory/c/"})],
        ),
        4,
        "another host",
    ),
    "robots.txt disallows a listing": (
        lambda s: setattr(s, "robots", "User-agent: *\nDisallow: /directory/d/\n"),
        4,
        "robots.txt",
    ),
    "server keeps failing": (
        lambda s: s.reply("/directory/", [Reply(status=503)] * 10),
        4,
        "HTTP 503",
    ),
    "response too large": (
        lambda s: s.reply("/directory/e/", [Reply(body="x" * 2_100_000)]),
        4,
        "limit",
    ),
    "page shape changed": (
        lambda s: s.reply("/directory/", [Reply(body="<html><div class='new-card'></div></html>")]),
        5,
        "no listings",
    ),
    "listing without structured data": (
        lambda s: s.reply("/directory/a/", [Reply(body="<html><h1>Only HTML</h1>")]),
        5,
        "no schema.org Service",
    ),
    "malformed structured data": (
        lambda s: s.reply(
            "/directory/a/",
            [Reply(body='<html><script type="application/ld+json">{"@type": "Serv')],
        ),
        5,
        "no schema.org Service",
    ),
    "a listing that breaks the schema": (
        lambda s: s.publish({**FIVE, "f": listing("f", telephone="call us!")}),
        6,
        "contact.phone",
    ),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_failures_change_nothing(maintainer, source, case):
    assert refresh(maintainer, source).exit_code == 0  # a first, good refresh
    before = digest(maintainer)
    arrange, code, words = FAILURES[case]
    arrange(source)
    result = refresh(maintainer, source)
    assert result.exit_code == code, result.output
    assert words in result.output
    assert "nothing changed" in result.output
    assert digest(maintainer) == before


def test_half_the_listings_gone_is_refused_then_forced(maintainer, source):
    assert refresh(maintainer, source).exit_code == 0
    before = digest(maintainer)
    source.publish({s: FIVE[s] for s in ("a", "b")})
    result = refresh(maintainer, source)
    assert result.exit_code == 3 and "3 of 5 listings vanished" in result.output
    assert digest(maintainer) == before
    forced = refresh(maintainer, source, "--force")
    assert forced.exit_code == 0, forced.output
    services = served(maintainer)
    assert services["csa-c"].not_seen_since == dt.date.today()  # kept, marked, not deleted
    assert services["csa-a"].not_seen_since is None


def test_no_listings_at_all_is_refused(maintainer, source):
    assert refresh(maintainer, source).exit_code == 0
    before = digest(maintainer)
    source.publish({})
    result = refresh(maintainer, source)
    assert result.exit_code == 5  # an empty first page: the shape changed or the site is empty
    assert digest(maintainer) == before


def test_dry_run_shows_the_diff_and_changes_nothing(maintainer, source):
    before = digest(maintainer)
    result = refresh(maintainer, source, "--dry-run")
    assert result.exit_code == 0
    assert "dry run: 5 listings fetched; 5 added" in result.output
    assert "csa-a" in result.output  # the table
    assert digest(maintainer) == before


def test_changed_fields_are_listed(maintainer, source):
    assert refresh(maintainer, source).exit_code == 0
    source.publish({**FIVE, "b": listing("b", telephone="01632 960999")})
    result = refresh(maintainer, source, "--dry-run")
    assert "changed  csa-b" in result.output and "contact" in result.output


def test_script_and_javascript_payloads_never_reach_pages(maintainer, source):
    evil = listing(
        "x",
        name="Fictional <script>alert(1)</script>Service",
        description='<p onclick="steal()">Help</p><script>document.cookie</script>'
        '<a href="javascript:alert(1)">click</a><img src=x onerror=alert(1)>'
        "<style>body{display:none}</style>",
        url="javascript:alert(1)",
    )
    source.publish({**FIVE, "x": evil})
    assert refresh(maintainer, source).exit_code == 0
    service = served(maintainer)["csa-x"]
    stored = service.model_dump_json()
    for bad in ("<script", "javascript:", "onclick", "onerror", "<style", "document.cookie"):
        assert bad not in stored
    assert service.description == "Help click"
    assert service.contact.website is None and service.verify
    html = maintainer.test_client().get("/service/csa-x").get_data(as_text=True)
    assert "javascript:" not in html and "<script>alert" not in html


def test_unplaceable_area_is_kept_and_flagged(maintainer, source):
    source.publish({"q": listing("q", areaServed=["Atlantis"], address={})})
    assert refresh(maintainer, source).exit_code == 0
    service = served(maintainer)["csa-q"]
    assert service.service_area.description == "Atlantis"
    assert any("Atlantis" in note for note in service.verify)


def test_grace_period_then_retired_and_reappearing(fictional):
    today = dt.date(2026, 11, 25)
    source = fictional[0].model_copy(update={"id": "csa-z", "origin": "source"})
    merged, _ = merge([source], {}, today, grace_days=60)
    assert merged["csa-z"].not_seen_since == today and merged["csa-z"].status == "active"
    later = merge(list(merged.values()), {}, today + dt.timedelta(days=30), 60)[0]
    assert later["csa-z"].status == "active"  # still shown, with the warning
    retired = merge(list(later.values()), {}, today + dt.timedelta(days=61), 60)[0]
    assert retired["csa-z"].status == "closed"  # retired, still kept
    back = merge(list(retired.values()), {"csa-z": source}, today + dt.timedelta(days=70), 60)[0]
    assert back["csa-z"].not_seen_since is None and back["csa-z"].status == "active"


def test_vanished_listing_shows_a_warning(maintainer, source):
    assert refresh(maintainer, source).exit_code == 0
    source.publish({s: FIVE[s] for s in ("a", "b", "c", "d")})
    assert refresh(maintainer, source).exit_code == 0  # 1 of 5 is under the 20% valve
    html = maintainer.test_client().get("/service/csa-e").get_data(as_text=True)
    assert "Not seen at the source since" in html


def test_rollback_restores_the_previous_build(maintainer, source):
    first = current_build(maintainer.root)
    assert refresh(maintainer, source).exit_code == 0
    assert source_ids(maintainer)
    result = run(maintainer, "rollback")
    assert result.exit_code == 0 and "rolled back" in result.output
    assert current_build(maintainer.root) == first
    assert source_ids(maintainer) == set()


def test_build_index_will_not_silently_drop_refreshed_data(maintainer, source):
    assert refresh(maintainer, source).exit_code == 0
    before = digest(maintainer)
    result = run(maintainer, "build-index")
    assert result.exit_code != 0 and "would drop them" in result.output
    assert digest(maintainer) == before
