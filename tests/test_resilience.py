"""Resilience: fuzzed parameters and places, headers on every route, logs without searches,
hostile listing text shown escaped everywhere, and what happens when the index is missing,
corrupt or a rebuild fails. Bounded in time and count; localhost only."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory.cli import cli
from directory.config import PROJECT_ROOT
from directory.model import FILTER_FIELDS, Service
from directory.search import build_index, current_build

from .helpers import damage_index, new_app, run

pytestmark = pytest.mark.slow  # fuzzing and processes: `scripts/test --fast` leaves it out

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "1000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)

text = st.text(st.characters(codec="utf-8"), max_size=120)
param = st.one_of(
    text,
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "25",
            "101",
            "1e9",
            "%00",
            "NaN",
            "LS1 4AP",
            "Leeds",
            "BT1",
            "EH1 1AA",
            '"',
            "*",
        ]
    ),
)
filter_values = st.lists(
    st.one_of(param, st.sampled_from([c for _, (_, v) in FILTER_FIELDS.items() for c in v])),
    max_size=3,
)
query_args = st.fixed_dictionaries(
    {},
    optional={
        "q": param,
        "location": param,
        "radius": param,
        "page": param,
        "per_page": param,
        "sort": param,
        "id": filter_values,
        **{name: filter_values for name in FILTER_FIELDS},
        "unknown": param,
    },
)


def _query(args: dict) -> list[tuple[str, str]]:
    pairs = []
    for key, value in args.items():
        for v in value if isinstance(value, list) else [value]:
            pairs.append((key, v))
    return pairs


@FUZZ
@given(args=query_args)
def test_fuzzed_search_parameters_never_5xx(client, args):
    for path in ("/search", "/api/v1/services", "/referral-pack", "/referral-pack.csv"):
        response = client.get(path, query_string=_query(args))
        assert response.status_code < 500, (path, args)
        assert "Set-Cookie" not in response.headers


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES_PARSER", "2000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
@given(
    place=st.one_of(
        text,
        st.from_regex(r"\A[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\Z"),
        st.from_regex(r"\A[A-Za-z]{1,2}[0-9]{1,2} ?[0-9]?\Z"),
    )
)
def test_fuzzed_postcodes_and_places_never_raise(gazetteer, place):
    result = gazetteer.resolve(place)
    assert result.status in {
        "found",
        "ambiguous",
        "not_covered",
        "overseas",
        "bad_postcode",
        "unknown",
    }
    if result.status == "found":
        assert result.place is not None and result.place.country in ("England", "Wales")


# --- headers and cookies on every route -----------------------------------------------------


def _example_urls(app) -> list[str]:
    urls = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods:
            continue
        path = rule.rule.replace("<service_id>", "fictional-leeds-counselling")
        path = path.replace("<path:filename>", "build/manifest.json")
        urls.append(re.sub(r"<[^>]+>", "x", path))
    return urls


def test_every_route_sends_security_headers_and_no_cookie(app, client):
    urls = _example_urls(app)
    assert len(urls) >= 12
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        assert response.headers["Content-Security-Policy"].startswith("default-src 'self'"), url
        assert response.headers["Referrer-Policy"] == "no-referrer", url
        assert response.headers["X-Content-Type-Options"] == "nosniff", url
        assert response.headers["X-Frame-Options"] == "DENY", url
        assert "Set-Cookie" not in response.headers, url
        response.close()


def test_gunicorn_access_log_has_no_query_string_postcode_or_term(built_index, tmp_path):
    """The production server, started as README says, on 127.0.0.1."""
    log = tmp_path / "access.log"
    port = 19000 + os.getpid() % 1000
    env = {
        **os.environ,
        "DIRECTORY_INDEX_PATH": str(built_index),
        "DIRECTORY_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
    }
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "-c",
            "gunicorn.conf.py",
            "--access-logfile",
            str(log),
        ],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/about", timeout=1).read()
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(server.stderr.read().decode())
                time.sleep(0.05)  # the server process is starting
        for path in (
            "/search?q=secretword&location=LS1+4AP",
            "/api/v1/services?q=secretword&location=LS1%204AP",
            "/referral-pack?id=fictional-leeds-counselling",
        ):
            urllib.request.urlopen(base + path, timeout=10).read()
    finally:
        server.terminate()
        server.wait(timeout=30)
    written = log.read_text()
    assert "GET /search" in written and "GET /api/v1/services" in written
    for secret in ("secretword", "LS1", "4AP", "?", "fictional-leeds-counselling", "127.0.0.1"):
        assert secret not in written


def test_gunicorn_refuses_to_start_without_an_index(tmp_path):
    env = {
        **os.environ,
        "DIRECTORY_INDEX_PATH": str(tmp_path / "nothing"),
        "DIRECTORY_BIND": "127.0.0.1:0",
    }
    done = subprocess.run(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "No search index" in done.stderr and "directory build-index" in done.stderr


# --- hostile listing text -------------------------------------------------------------------

# OWASP XSS filter evasion cheat sheet vectors (a selection across its families)
VECTORS = [
    "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
    "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",  # noqa: E501 - verbatim vector
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
    "<IMG SRC=# onmouseover=\"alert('xxs')\">",
    '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
    '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',  # noqa: E501 - verbatim vector
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
    '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
    '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
    '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
    "<SVG/ONLOAD=alert('XSS')>",
    "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
    "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
    "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
    '<a href="javascript&colon;alert(1)">x</a>',
    "'';!--\"<XSS>=&{()}",
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
]


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory, fictional):
    base = fictional[0].model_dump()
    services = []
    for n, vector in enumerate(VECTORS):
        services.append(
            Service.model_validate(
                {
                    **base,
                    "id": f"fictional-hostile-{n}",
                    "name": f"Hostile {n} {vector}"[:200],
                    "organisation": vector[:300],
                    "description": vector,
                    "eligibility": vector,
                    "opening_hours": vector,
                    "accessibility": vector,
                    "how_to_access": vector,
                    "languages": [vector],
                    "service_area": {**base["service_area"], "description": vector},
                    "contact": {**base["contact"], "phone_notes": vector},
                }
            )
        )
    root = tmp_path_factory.mktemp("hostile")
    build_index(services + fictional, root)
    return new_app(DIRECTORY_INDEX_PATH=root)


def _assert_inert(html: str, where: str) -> None:
    """Nothing from a listing became markup: only our own tags, no handlers, no script URLs."""
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.find_all("title")) == 1 and soup.title.string == "Find support", where
    assert len(soup.find_all("body")) == 1, where
    # no meta tag of a listing's: none that refreshes, redirects or sets a policy, none in the
    # page's body, and the page still sends no referrer
    metas = soup.find_all("meta")
    assert all(m.parent.name == "head" and not m.get("http-equiv") for m in metas), where
    assert [m["content"] for m in metas if m.get("name") == "referrer"] == ["no-referrer"], where
    forbidden = ["img", "iframe", "svg", "style", "object", "embed", "frame", "xss", "base"]
    assert not soup.find_all(forbidden), (where, soup.find_all(forbidden)[:1])
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            assert not name.lower().startswith("on"), (where, str(tag)[:80])
            for v in value if isinstance(value, list) else [value]:
                squashed = re.sub(r"[\s\x00-\x1f]", "", str(v)).lower()
                assert not squashed.startswith(("javascript", "jav&", "data:")), (where, v)
    for script in soup.find_all("script"):
        assert script.get("src", "").startswith("/static/build/") and not script.string, where


def test_hostile_listing_text_is_escaped_on_every_page(hostile_app):
    client = hostile_app.test_client()
    ids = [f"fictional-hostile-{n}" for n in range(len(VECTORS))]
    pages = [
        "/search?location=Leeds&per_page=100",
        "/search?per_page=100",
        "/search?q=script&per_page=100",
        "/get-help-now",
        "/referral-pack?" + "&".join(f"id={i}" for i in ids),
    ]
    pages += [f"/service/{i}" for i in ids]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        _assert_inert(response.get_data(as_text=True), page)
    # the API returns listing text as JSON strings, never as a document a browser would render
    api = client.get("/api/v1/services?per_page=100")
    assert api.mimetype == "application/json"
    assert api.headers["X-Content-Type-Options"] == "nosniff"


MARKUP = re.compile(r"(?i)<\s*/?\s*(script|img|svg|iframe|style|meta|body|div|input|a|xss)\b")


def test_hostile_listing_text_is_stored_without_markup_in_api_csv_and_export(hostile_app, tmp_path):
    """Defect 10: pages escaped markup, but the API, the CSV and the export carried it."""
    client = hostile_app.test_client()
    api = client.get("/api/v1/services?per_page=100").get_data(as_text=True)
    names = {s["name"] for s in client.get("/api/v1/services?per_page=100").get_json()["services"]}
    assert "Hostile 0" in names  # the listing is still there, its text without the tags
    ids = "&".join(f"id=fictional-hostile-{n}" for n in range(len(VECTORS)))
    pack = client.get(f"/referral-pack.csv?{ids}").get_data(as_text=True)
    runner = hostile_app.test_cli_runner()
    result = runner.invoke(cli, ["export", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    exported = (tmp_path / "out" / "services.json").read_text() + (
        tmp_path / "out" / "services.csv"
    ).read_text()
    assert "fictional-hostile-3" in exported
    for where, text_ in (("api", api), ("csv", pack), ("export", exported)):
        assert not MARKUP.search(text_), (where, MARKUP.search(text_))


def test_hostile_listing_text_is_neutralised_in_csv(hostile_app):
    client = hostile_app.test_client()
    ids = "&".join(f"id=fictional-hostile-{n}" for n in range(len(VECTORS)))
    rows = list(
        csv.reader(io.StringIO(client.get(f"/referral-pack.csv?{ids}").get_data(as_text=True)))
    )
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


# --- missing, corrupt and failed indexes ----------------------------------------------------


def test_run_refuses_with_a_clear_message_when_the_index_is_corrupt(app, tmp_path, fictional):
    root = tmp_path / "ix"
    damage_index(build_index(fictional, root))
    app.config["DIRECTORY_INDEX_PATH"] = root
    result = run(app, "run")
    assert result.exit_code != 0
    assert "cannot be used" in result.output and "directory build-index" in result.output


def test_keeps_serving_the_last_good_index_when_a_rebuild_fails(tmp_path, fictional, monkeypatch):
    root = tmp_path / "ix"
    build_index(fictional, root)
    app = new_app(DIRECTORY_INDEX_PATH=root)
    client = app.test_client()
    assert "Fictional Kent Outreach" in client.get("/search").get_data(as_text=True)
    # a rebuild that dies half-way: the old index stays current
    from directory.search import builds

    monkeypatch.setattr(builds, "to_document", lambda service: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        build_index(fictional[:1], root)
    monkeypatch.undo()
    # a build that completes but is damaged on disk after the switch
    bad = build_index(fictional[:1], root)
    damage_index(bad)
    assert current_build(root) == bad
    response = client.get("/search")
    assert response.status_code == 200
    assert "Fictional Kent Outreach" in response.get_data(as_text=True)  # the last good one
