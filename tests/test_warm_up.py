"""gunicorn's master warms the app before forking (directory.warm_up, gunicorn.conf.py), so that
a fresh worker's first requests are not the slow ones: every kind of page in both languages,
and every listing's card."""

from __future__ import annotations

import importlib.util
import logging
from types import SimpleNamespace

from flask import template_rendered

from directory import warm_up, warmed_build
from directory.config import PROJECT_ROOT
from directory.model import validate_records
from directory.search import build_index
from directory.web import cards, i18n

from .fixtures.make_fictional import fictional_services
from .helpers import new_app, write_data

PAGE_TEMPLATES = {
    p.name for p in (PROJECT_ROOT / "templates").glob("*.html") if not p.name.startswith("_")
} - {"base.html"}


def test_warm_up_renders_every_kind_of_page_in_both_languages(app):
    rendered: set[tuple[str, str]] = set()

    def note(sender, template, context, **extra):
        rendered.add((template.name, i18n.language()))

    template_rendered.connect(note, app)
    try:
        warm_up(app)
    finally:
        template_rendered.disconnect(note, app)
    for language in ("en", "cy"):
        missing = {t for t in PAGE_TEMPLATES if (t, language) not in rendered}
        assert not missing, (language, missing)
    assert warmed_build(app) == app.extensions["index"].get().path


def test_after_warm_up_a_results_page_renders_no_card(app):
    warm_up(app)
    directory = app.extensions["directory"].get()
    warmed = cards.kept(directory)
    assert warmed >= 2 * len(directory.index.services)  # every card, in both languages
    client = app.test_client()
    for path in ("/search?q=support", "/cy/search?q=support", "/search?location=Cardiff"):
        page = client.get(path).get_data(as_text=True)
        assert page.count('<li class="app-result">') >= 3
    assert cards.kept(directory) == warmed


def test_warm_up_leaves_no_page_in_the_results_memory(app):
    warm_up(app)
    assert len(app.extensions["page_cache"]) == 0


def _gunicorn_config():
    spec = importlib.util.spec_from_file_location(
        "gunicorn_conf", PROJECT_ROOT / "gunicorn.conf.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_worker_forked_after_an_index_switch_is_forked_warm_on_the_new_build(tmp_path):
    """gunicorn's pre_fork: after a refresh, import or rollback, the master warms up on the
    build now served before forking the next worker (a recycled one, or one replacing a worker
    that died), so that worker does not open it, and render its pages, while requests wait."""
    records = fictional_services()
    root = tmp_path / "index"
    first = build_index(validate_records(records, "fictional")[0], root)
    app = new_app(
        DIRECTORY_INDEX_PATH=root, DIRECTORY_DATA_PATH=write_data(tmp_path / "d", records)
    )
    server = SimpleNamespace(app=SimpleNamespace(wsgi=lambda: app), log=logging.getLogger("t"))
    config = _gunicorn_config()

    config.when_ready(server)
    assert warmed_build(app) == first
    renamed = [
        {**r, "name": "Fictional Leeds Talking Service"}
        if r["id"] == "fictional-leeds-counselling"
        else r
        for r in records
    ]
    second = build_index(validate_records(renamed, "fictional")[0], root)
    config.pre_fork(server, worker=None)
    assert warmed_build(app) == second
    # what the next worker inherits: the new build, and its cards already rendered
    assert app.extensions["index"].opened == second
    directory = app.extensions["directory"].get()
    warmed = cards.kept(directory)
    page = app.test_client().get("/search?q=counselling&location=Leeds").get_data(as_text=True)
    assert "Fictional Leeds Talking Service" in page
    assert cards.kept(directory) == warmed
