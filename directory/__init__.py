"""Find support: a directory search for help after child sexual abuse in England and Wales."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask
from flask.logging import default_handler

from . import config as config_module
from .facade import ServedDirectory
from .geo import load_gazetteer
from .logscrub import Scrub
from .search import warm
from .search_token import SearchTokens, random_secret
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
        MAX_CONTENT_LENGTH=64 * 1024,
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
    from .web import bp as web_bp
    from .web import install as install_web

    install_web(app)
    app.register_blueprint(web_bp)
    app.register_blueprint(api_bp)
    # Flask adds its stderr handler to the "directory" logger the first time app.logger is
    # read, which was the first unexpected error: INFO lines appeared only after a 500
    logging.getLogger("directory").setLevel(logging.INFO)
    _ = app.logger
    if not any(isinstance(f, Scrub) for f in default_handler.filters):
        default_handler.addFilter(Scrub())
    return app


#: pages rendered by ``warm_up``: each kind of page, with a search of our own choosing
WARM_UP_PATHS = (
    "/",
    "/search",
    "/search?q=counselling&location=Leeds",
    "/api/v1/services?q=someone+to+talk+to&location=Cardiff",
    "/get-help-now",
    "/staying-safe-online",
    "/about",
    "/accessibility",
    "/privacy",
    # the same pages in Welsh (their chrome and cards are cached per language)
    "/cy/",
    "/cy/search?q=cwnsela&location=Caerdydd",
    "/cy/get-help-now",
)


def warm_up(app: Flask) -> None:
    """Compute the synonym groups' matches and render each kind of page once, then close the
    index's open files.

    gunicorn's master runs this before it forks (``gunicorn.conf.py``), so every worker starts
    with the templates compiled, the listings loaded, the commonest searches done and the first
    cards rendered, instead of paying for them in its first requests (about 200 ms of CPU per
    worker at 400 listings, seconds at 10,000).
    Workers open their own file handles: an open file's position must not be shared across a
    fork.
    """
    index = app.extensions["index"].get()
    warm(index)
    client = app.test_client()
    paths = [*WARM_UP_PATHS, *(f"/service/{sid}" for sid in list(index.services)[:1])]
    for path in paths:
        status = client.get(path).status_code
        if status != 200:
            logging.getLogger(__name__).warning(
                "warm-up: %s answered %d", path.split("?")[0], status
            )
    index.close()
