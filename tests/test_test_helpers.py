"""The test helpers' own promises: an app sharing compiled templates with the run's other
apps serves the same pages as an app compiling its own, so does one whose routes' builders
another app compiled, and the parsed-page helpers fail naming what they did not find."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from flask import url_for

from directory import create_app

from .helpers import GAZETTEER_PATH, SharedTemplates, new_app, page, text_of, texts_of
from .shared_routes import compile_builder

PATHS = ["/", "/cy/", "/search?q=counselling&location=Leeds", "/cy/search?q=cwnsela", "/about"]


def _masked(html: str) -> str:
    # each page has its own nonce and tokens
    return re.sub(r'(nonce|token|value)="[^"]*"', r'\1=""', html)


def test_shared_compiled_templates_serve_the_same_pages(built_index):
    templates = SharedTemplates()
    # an app whose templates compile otherwise fills the cache first: its code is never used
    # by an app set up as create_app sets it up
    other = new_app(DIRECTORY_INDEX_PATH=built_index)
    other.jinja_env.bytecode_cache = templates
    other.jinja_env.lstrip_blocks = False
    shared = new_app(DIRECTORY_INDEX_PATH=built_index)
    shared.jinja_env.bytecode_cache = templates
    own = create_app(
        {
            "TESTING": True,
            "DIRECTORY_GAZETTEER_PATH": GAZETTEER_PATH,
            "DIRECTORY_INDEX_PATH": built_index,
            "DIRECTORY_STATE_PATH": Path(tempfile.mkdtemp(prefix="directory-state-")),
        }
    ).test_client()
    for path in PATHS:
        other.test_client().get(path)
    assert templates.compiled
    for path in PATHS:
        mine, theirs = own.get(path), shared.test_client().get(path)
        assert mine.status_code == theirs.status_code == 200, path
        assert _masked(theirs.get_data(as_text=True)) == _masked(mine.get_data(as_text=True))


def test_the_page_helpers_read_text_as_shown_and_name_a_missing_selector(client):
    soup = page(client.get("/search?q=counselling&location=Leeds"))
    assert text_of(soup, ".app-search-summary").startswith("Within 25 miles")
    assert text_of(soup, "h1").startswith("Services near Leeds")
    assert "Available wherever you live" in " ".join(texts_of(soup, "h2"))
    with pytest.raises(AssertionError, match="app-no-such-thing"):
        text_of(soup, ".app-no-such-thing")
    with pytest.raises(AssertionError):
        page(client.get("/no-such-page"))


def test_every_route_of_a_new_app_builds_with_the_code_werkzeug_compiles(built_index):
    """Route builders are compiled once a test process (shared_routes): a second app's routes
    get the same code werkzeug compiles for them, and build the same addresses."""
    first = new_app(DIRECTORY_INDEX_PATH=built_index)
    app = new_app(DIRECTORY_INDEX_PATH=built_index)
    rules = list(app.url_map.iter_rules())
    assert len(rules) > 20
    for rule, earlier in zip(rules, first.url_map.iter_rules(), strict=True):
        assert rule is not earlier and rule._build.__func__ is earlier._build.__func__
        for append_unknown, built in ((False, rule._build), (True, rule._build_unknown)):
            own = compile_builder(rule, append_unknown)
            assert built.__self__ is rule, rule.rule
            assert built.__func__.__code__ == own.__code__, rule.rule
    with app.test_request_context():
        assert url_for("web.service", service_id="a b") == "/service/a%20b"
        assert url_for("web.results_token", token="t1", page=2) == "/results/t1?page=2"
