"""Fingerprinted front-end assets: names from static/build/manifest.json (see
scripts/build-assets.mjs), served with a one-year, immutable cache lifetime."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from flask import Flask, Response, request, url_for

from .i18n import neutral_url

log = logging.getLogger(__name__)
ONE_YEAR = 365 * 24 * 60 * 60


class Assets:
    def __init__(self, static_folder: Path) -> None:
        manifest = Path(static_folder) / "build" / "manifest.json"
        try:
            self.names: dict[str, str] = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.warning(
                "front-end assets are not built (%s missing): run `npm ci && npm run "
                "build`, or scripts/run, which does it",
                manifest,
            )
            self.names = {}

    def url(self, logical: str) -> str:
        name = self.names.get(logical)
        if not name:
            return ""
        # one address for every language (web/i18n.py): not under /cy
        return neutral_url(url_for("static", filename=f"build/{name}"))


def long_cache(response: Response) -> Response:
    if request.path.startswith("/static/build/") and response.status_code == 200:
        response.headers["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
    return response


def install(app: Flask) -> None:
    assets = Assets(Path(app.static_folder or "static"))
    app.extensions["assets"] = assets
    app.add_template_global(assets.url, "asset_url")
    app.after_request(long_cache)
