"""The `directory` console script."""

from __future__ import annotations

import json

from directory.search import current_build, history

from .fixtures.make_fictional import fictional_services
from .helpers import app_like, run, writable, write_data


def test_build_index_then_search(app, tmp_path):
    app = app_like(app, DIRECTORY_INDEX_PATH=tmp_path / "ix")
    result = run(app, "build-index")
    assert result.exit_code == 0, result.output
    assert current_build(tmp_path / "ix") is not None
    result = run(app, "search", "advocate", "--location", "Leeds", "--json")
    assert result.exit_code == 0, result.output
    # (fifth walk-through F4) a Bradford-only service is listed for Leeds apart from the
    # services near it, as covering other areas: first on the page, not in "local"
    assert json.loads(result.output)["shown"][0] == "fictional-bradford-isva"


def test_build_index_refuses_bad_data_and_keeps_the_index(app, tmp_path):
    records = fictional_services()
    records[2]["delivery_modes"] = ["carrier pigeon"]
    app = app_like(
        app,
        DIRECTORY_DATA_PATH=write_data(tmp_path / "bad", records),
        DIRECTORY_INDEX_PATH=tmp_path / "ix",
    )
    before = current_build(tmp_path / "ix")
    result = run(app, "build-index")
    assert result.exit_code != 0
    assert "delivery_modes" in result.output and "fictional-wakefield-groups" in result.output
    assert "index was not changed" in result.output
    assert current_build(tmp_path / "ix") == before


def test_validate_reports_and_exits_non_zero(app, tmp_path):
    records = fictional_services()
    records[0]["last_checked"] = "yesterday"
    app = app_like(app, DIRECTORY_DATA_PATH=write_data(tmp_path / "bad", records))
    result = run(app, "validate")
    assert result.exit_code == 1
    assert "last_checked" in result.output


def test_search_prints_messages_not_tracebacks(app):
    result = run(app, "search", "--location", "LS1 4A")
    assert result.exit_code == 0
    assert "could not recognise that postcode" in result.output
    result = run(app, "search", "--page", "0")
    assert result.exit_code != 0 and "page must be" in result.output


def test_run_refuses_without_an_index(app, tmp_path):
    result = run(app_like(app, DIRECTORY_INDEX_PATH=tmp_path / "none"), "run")
    assert result.exit_code != 0
    assert "directory build-index" in result.output


def test_run_on_another_port_writes_that_port_into_full_links(app, monkeypatch):
    """`scripts/run --port 5077`: the lasting link to a search and printed addresses name the
    address being served, not port 5000, when DIRECTORY_PUBLIC_URL is not set."""
    import flask.cli

    served = {}
    monkeypatch.setattr(
        flask.cli, "run_simple", lambda host, port, wsgi, **_: served.update(app=wsgi)
    )
    app = app_like(app, DIRECTORY_PUBLIC_URL_SET=False)
    result = run(app, "run", "--host", "127.0.0.1", "--port", "5077")
    assert result.exit_code == 0, result.output
    html = served["app"].test_client().get("/search?q=counselling").get_data(as_text=True)
    assert 'value="http://127.0.0.1:5077/search?q=counselling"' in html
    # an address the operator set is kept
    served.clear()
    app = app_like(app, DIRECTORY_PUBLIC_URL="https://find.example", DIRECTORY_PUBLIC_URL_SET=True)
    assert run(app, "run", "--port", "5077").exit_code == 0
    html = served["app"].test_client().get("/search?q=counselling").get_data(as_text=True)
    assert 'value="https://find.example/search?q=counselling"' in html


def test_search_prints_the_groups_in_the_order_the_page_shows_them(app):
    # without a place, services available wherever you live come first, as on the page
    result = run(app, "search", "counselling")
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.index("Available wherever you live") < out.index("Services in particular areas")
    listed = json.loads(run(app, "search", "counselling", "--json").output)
    assert listed["shown"][: len(listed["national"])] == listed["national"]


def test_a_build_from_an_older_version_of_the_app_is_rebuilt_when_the_app_starts(app, tmp_path):
    # scripts/run calls build-index --if-missing: an old build would serve without what the
    # code now indexes (the Welsh-language filter found nothing on one)
    app = app_like(app, DIRECTORY_INDEX_PATH=tmp_path / "ix")
    assert run(app, "build-index").exit_code == 0
    old = current_build(tmp_path / "ix")
    meta = json.loads((old / "meta.json").read_text())
    del meta["format"]
    writable(old / "meta.json").write_text(json.dumps(meta))
    # as an older version wrote and verified it (a verified build changed in place is damaged)
    history.mark_verified(old, meta["services"])
    result = run(app, "build-index", "--if-missing")
    assert result.exit_code == 0, result.output
    assert "older version of the app" in result.output
    assert current_build(tmp_path / "ix") != old
    result = run(app, "build-index", "--if-missing")
    assert "index present" in result.output
