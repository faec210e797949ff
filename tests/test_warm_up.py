"""gunicorn's master warms the app before forking (directory.warm_up, gunicorn.conf.py), so that
a fresh worker's first requests are not the slow ones: every kind of page in both languages,
and every listing's card."""

from __future__ import annotations

from flask import template_rendered

from directory import warm_up, warmed_build
from directory.config import PROJECT_ROOT
from directory.web import helpers, i18n

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
    cards = {k for k in helpers._FRAGMENTS if k[0] == "_result.html"}
    client = app.test_client()
    for path in ("/search?q=support", "/cy/search?q=support", "/search?location=Cardiff"):
        page = client.get(path).get_data(as_text=True)
        assert page.count('<li class="app-result">') >= 3
    assert {k for k in helpers._FRAGMENTS if k[0] == "_result.html"} == cards


def test_warm_up_leaves_no_page_in_the_results_memory(app):
    warm_up(app)
    assert len(app.extensions["page_cache"]) == 0
