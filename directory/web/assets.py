"""Fingerprinted front-end assets: names from static/build/manifest.json (see
scripts/build-assets.mjs), served by WhiteNoise with a one-year, immutable cache lifetime and,
to browsers that accept them, as the brotli or gzip files written beside them at build time."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from flask import Flask, Response, request, url_for
from whitenoise import WhiteNoise

from .i18n import neutral_url
from .security import HEADERS

log = logging.getLogger(__name__)
ONE_YEAR = 365 * 24 * 60 * 60
IMMUTABLE = f"public, max-age={ONE_YEAR}, immutable"
#: a built file's name carries its content's hash: app.0123456789.css
_FINGERPRINTED = re.compile(r"^/static/build/[^/]+\.[0-9a-f]{10}\.[a-z]+$")


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


def is_fingerprinted(path: str, url: str) -> bool:
    """WhiteNoise's test for files that never change under their name."""
    return bool(_FINGERPRINTED.match(url))


def static_headers(headers, path: str, url: str) -> None:
    """A year's lifetime for fingerprinted files."""
    if is_fingerprinted(path, url):
        headers["Cache-Control"] = IMMUTABLE


class StaticFiles(WhiteNoise):
    """WhiteNoise, with the site's security headers on every answer it gives (it answers
    before Flask: a file, a 304, a 405 to a PUT)."""

    @staticmethod
    def serve(static_file, environ, start_response):  # noqa: ANN001, ANN205
        def start(status, headers, exc_info=None):  # noqa: ANN001, ANN202
            present = {name.lower() for name, _ in headers}
            extra = [(k, v) for k, v in HEADERS.items() if k.lower() not in present]
            return start_response(status, [*headers, *extra], exc_info)

        return WhiteNoise.serve(static_file, environ, start)


def long_cache(response: Response) -> Response:
    """The same lifetime when Flask serves a built file itself (one added after start-up,
    which WhiteNoise did not see)."""
    if request.path.startswith("/static/build/") and response.status_code == 200:
        response.headers["Cache-Control"] = IMMUTABLE
    return response


def install(app: Flask) -> None:
    static = Path(app.static_folder or "static")
    assets = Assets(static)
    app.extensions["assets"] = assets
    app.add_template_global(assets.url, "asset_url")
    app.after_request(long_cache)
    # static files are answered from memory-held file lists before the app is reached, with
    # the precompressed variant chosen by Accept-Encoding and "Vary: Accept-Encoding"
    app.wsgi_app = StaticFiles(  # type: ignore[method-assign]
        app.wsgi_app,
        root=str(static),
        prefix=(app.static_url_path or "/static").strip("/") + "/",
        max_age=60,
        immutable_file_test=is_fingerprinted,
        add_headers_function=static_headers,
    )
