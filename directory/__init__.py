"""Find support: a directory search for help after child sexual abuse in England and Wales."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

from . import config as config_module
from .geo import load_gazetteer
from .search import IndexHolder


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

    app.extensions["gazetteer"] = load_gazetteer(Path(app.config["DIRECTORY_GAZETTEER_PATH"]))
    app.extensions["index"] = IndexHolder(app.config["DIRECTORY_INDEX_PATH"])

    from .api import bp as api_bp
    from .web import bp as web_bp
    from .web import install as install_web

    install_web(app)
    app.register_blueprint(web_bp)
    app.register_blueprint(api_bp)
    logging.getLogger("directory").setLevel(logging.INFO)
    return app
