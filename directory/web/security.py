"""Security and privacy headers on every response, and request logs without query strings."""

from __future__ import annotations

import logging
import re

from flask import Flask, Response, request

HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
        "base-uri 'none'; object-src 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "geolocation=(), camera=(), microphone=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}

_QUERY = re.compile(r"\?[^ \"]*")
_TOKEN = re.compile(r"(/results/)[^/?# \"]+")


def strip_query(text: str) -> str:
    """Remove query strings and results tokens from a request line: what was searched never
    reaches a log, even in a form that the server's key could decrypt."""
    return _TOKEN.sub(r"\1-", _QUERY.sub("", text))


class NoQueryStrings(logging.Filter):
    """A logging filter for access logs (werkzeug's and gunicorn's): drops query strings."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(strip_query(a) if isinstance(a, str) else a for a in args)
        record.msg = strip_query(str(record.msg))
        return True


def add_headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    # no cookie, whatever any code path tried to set
    response.headers.pop("Set-Cookie", None)
    if "Cache-Control" not in response.headers and response.mimetype == "text/html":
        response.headers["Cache-Control"] = "no-store"
    return response


def note_route(response: Response) -> Response:
    """Tell gunicorn's access log the route's pattern (``/service/<service_id>``): it logs
    that instead of the path, which can hold what a visitor typed."""
    request.environ["directory.route"] = request.url_rule.rule if request.url_rule else "-"
    return response


def install(app: Flask) -> None:
    app.after_request(add_headers)
    app.after_request(note_route)
    logging.getLogger("werkzeug").addFilter(NoQueryStrings())
