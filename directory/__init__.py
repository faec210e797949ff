"""Find support: a directory search for help after child sexual abuse in England and Wales."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
from flask import Flask
from flask.logging import default_handler

from . import config as config_module
from .facade import ServedDirectory
from .geo import load_gazetteer
from .limits import MAX_BODY_BYTES
from .logscrub import Scrub
from .search_token import SearchState, SearchTokens, random_secret
from .serving import ServingIndex


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """The app factory. ``config`` overrides the settings read from the environment."""
    app = Flask(
        __name__,
        template_folder=str(config_module.PROJECT_ROOT / "templates"),
        static_folder=str(config_module.PROJECT_ROOT / "static"),
    )
    app.config.update(config_module.from_environment())
    app.config.update(
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
        SEND_FILE_MAX_AGE_DEFAULT=60 * 60 * 24 * 365,
    )
    if config:
        app.config.update(config)
        if "DIRECTORY_PUBLIC_URL" in config:
            app.config["DIRECTORY_PUBLIC_URL_SET"] = config.get("DIRECTORY_PUBLIC_URL_SET", True)

    app.extensions["gazetteer"] = load_gazetteer(Path(app.config["DIRECTORY_GAZETTEER_PATH"]))
    app.extensions["index"] = ServingIndex(app.config["DIRECTORY_INDEX_PATH"])
    # every question pages, API and CLI ask of the directory (directory/facade.py)
    app.extensions["directory"] = ServedDirectory(
        app.extensions["index"],
        app.extensions["gazetteer"],
        Path(app.config["DIRECTORY_GAZETTEER_PATH"]),
    )
    # results addresses; the clock can be replaced (tests move it on instead of waiting)
    app.extensions["search_tokens"] = SearchTokens(
        app.config["DIRECTORY_SECRET_KEY"] or random_secret(),
        ttl=app.config["DIRECTORY_SEARCH_EXPIRY_MINUTES"] * 60,
        clock=app.config.get("DIRECTORY_CLOCK", time.time),
    )

    from .api import bp as api_bp
    from .oruk.views import bp as oruk_bp
    from .web import bp as web_bp
    from .web import install as install_web

    install_web(app)
    app.register_blueprint(web_bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(oruk_bp)  # the Open Referral UK 3.0 API (directory/oruk/)
    # Flask adds its stderr handler to the "directory" logger the first time app.logger is
    # read, which was the first unexpected error: INFO lines appeared only after a 500
    logging.getLogger("directory").setLevel(logging.INFO)
    _ = app.logger
    if not any(isinstance(f, Scrub) for f in default_handler.filters):
        default_handler.addFilter(Scrub())
    return app


#: pages rendered by ``warm_up`` (with the status each answers): each kind of page in both
#: languages, with searches of our own choosing
WARM_UP_PATHS = (
    ("/", 200),
    ("/search", 200),
    ("/search?q=counselling&location=Leeds", 200),
    # a misspelt word: "did you mean" loads wordfreq's English word list (0.2-0.3 s)
    ("/search?q=conselling&location=Leeds", 200),
    ("/search?q=support&location=Wrexham&radius=50&sort=distance", 200),
    # a name several places share: the gazetteer's first such question sizes the towns known
    # only by a postcode district (``geo/chosen.py``, ~0.5 s once), which every worker shares
    ("/search?q=support&location=Newport", 200),
    ("/search?radius=7", 400),
    ("/results/expired", 404),  # "This search has ended"
    ("/api/v1/services?q=someone+to+talk+to&location=Cardiff", 200),
    ("/get-help-now", 200),
    ("/staying-safe-online", 200),
    ("/about", 200),
    ("/accessibility", 200),
    ("/privacy", 200),
    ("/no-such-page", 404),
    ("/changes", 200),  # what changed near you (web/feedback.py)
    # the same pages in Welsh (their chrome and cards are cached per language)
    ("/cy/", 200),
    ("/cy/search?q=cwnsela&location=Caerdydd", 200),
    ("/cy/search?q=counselling&location=Cardiff&radius=50", 200),
    ("/cy/get-help-now", 200),
    ("/cy/staying-safe-online", 200),
    ("/cy/about", 200),
    ("/cy/accessibility", 200),
    ("/cy/privacy", 200),
    ("/cy/results/expired", 404),
    ("/cy/no-such-page", 404),
    ("/cy/changes", 200),
)
#: listings whose cards ``warm_up`` renders ahead, in both languages (national services
#: first: they are on most results pages); beyond this a worker renders a card when first shown
WARM_UP_CARDS = 1000

log = logging.getLogger(__name__)


def warm_up(app: Flask) -> None:
    """Render each kind of page once and every listing's card (up to ``WARM_UP_CARDS``) in
    both languages, then close the index's open files.

    gunicorn's master runs this before it forks (``gunicorn.conf.py``), and again before
    forking a worker after an index switch, so every worker starts with the templates
    compiled, the build opened, wordfreq's word list read and the cards rendered, instead
    of paying for them in its first requests while other requests wait behind them
    (docs/performance.md).
    Workers open their own file handles: an open file's position must not be shared across a
    fork (reopening costs a worker 1-3 ms).
    """
    index = app.extensions["index"].get()
    client = app.test_client()
    some = list(index.columns.ids[:2])
    # "More services available wherever you live" (a results address: a token of our own)
    more = app.extensions["search_tokens"].encode(SearchState(args={"q": ("counselling",)}))
    paths = [
        *WARM_UP_PATHS,
        *((f"{lang}/results/{more}/more", 200) for lang in ("", "/cy")),
        *((f"{lang}/service/{sid}", 200) for sid in some[:1] for lang in ("", "/cy")),
        *((f"{lang}/referral-pack?id={'&id='.join(some)}", 200) for lang in ("", "/cy")),
        # the report form and its thank-you page (web/feedback.py): nothing is sent
        *(
            (f"{lang}/service/{sid}/report{sent}", 200)
            for sid in some[:1]
            for lang in ("", "/cy")
            for sent in ("", "/sent")
        ),
    ]
    # no page is kept in the results pages' memory: the workers start with it empty
    cache = app.extensions.get("page_cache")
    for path, expected in paths:
        status = client.get(path, headers={"Accept-Encoding": "br, gzip"}).status_code
        if status != expected:
            log.warning("warm-up: %s answered %d", path.split("?")[0], status)
    if cache is not None:
        cache.clear()
    _render_cards(app, index)
    index.close()
    app.extensions["warmed_build"] = index.path


def warmed_build(app: Flask) -> Path | None:
    """The build ``warm_up`` last warmed the app on (None before it ran)."""
    return app.extensions.get("warmed_build")


def _render_cards(app: Flask, index: Any) -> None:
    from .web import cards, i18n

    national = np.asarray(index.columns.national, dtype=bool)
    positions = [*np.flatnonzero(national).tolist(), *np.flatnonzero(~national).tolist()]
    services = [index.services[index.columns.ids[p]] for p in positions[:WARM_UP_CARDS]]
    for code, prefix in i18n.PREFIXES.items():
        environ = {i18n.LANGUAGE_KEY: code, i18n.MOUNT_KEY: ""}
        with app.test_request_context("/", base_url=f"http://localhost{prefix}/",
                                      environ_overrides=environ):  # fmt: skip
            for service in services:
                cards.warm_card(service)
