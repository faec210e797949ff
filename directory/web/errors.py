"""Error answers for every status on every route.

Pages get the site's own error page (the helplines, Exit this page, the security headers);
anything under ``/api/`` gets the API's documented JSON (``api/errors.py``). An
unexpected exception is logged (path only, never the query string) and answered the same way,
so a visitor never sees a server's bare error page.
"""

from __future__ import annotations

import logging
import traceback

from flask import Flask, Response, current_app, render_template, request
from flask.globals import request_ctx
from werkzeug.exceptions import HTTPException, InternalServerError

from ..api.errors import error as api_error
from ..api.errors import is_api_request
from ..search import IndexCorrupt, IndexMissing
from .i18n import gettext

log = logging.getLogger("directory.web")


def _page_text(status: int) -> tuple[str, str]:
    if status == 404:
        return gettext("Page not found"), gettext("We could not find that page.")
    if status == 405:
        return gettext("Not allowed"), gettext(
            "This page cannot be used that way. Go to the start page to search."
        )
    if status == 503:
        return gettext("Search is not available"), gettext(
            "The directory is being set up. Please try again soon, or call one of "
            "the helplines on the Get help now page."
        )
    if status >= 500:
        return gettext("Sorry, something went wrong"), gettext(
            "Please try again, or call one of the helplines on this page."
        )
    return gettext("Sorry, we could not use that address"), gettext("Please start a new search.")


def error_response(status: int, headers: dict[str, str] | None = None) -> Response:
    """The answer for ``status``: JSON under /api/, else the site's error page."""
    if is_api_request():
        response = api_error(status)
    else:
        title, message = _page_text(status)
        _addresses_without_the_host()
        try:
            html = render_template("error.html", title=title, message=message, noindex=True)
        except Exception:  # the error page itself failed: still answer with something safe
            log.exception("the error page could not be rendered")
            html = "<!DOCTYPE html><title>Find support</title><p>If you are in danger, call 999."
        response = Response(html, mimetype="text/html")
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _addresses_without_the_host() -> None:
    """Let ``url_for`` build the page's links when the request had no usable Host (``..``,
    5,000 characters): Flask then has no URL adapter, and every ``url_for`` failed, so the
    error page could not be drawn. The links are paths (the host is never part of them), so
    an adapter bound to a placeholder host builds the same ones."""
    if request_ctx and request_ctx.url_adapter is None:
        request_ctx.url_adapter = current_app.url_map.bind(
            "localhost", script_name=request.script_root or "/", url_scheme="http"
        )


def _http_error(error: HTTPException) -> Response:
    status = error.code or 500
    headers = {}
    allowed = getattr(error, "valid_methods", None)
    if status == 405 and allowed:
        headers["Allow"] = ", ".join(allowed)
    return error_response(status, headers)


def _no_index(_error: Exception) -> Response:
    current_app.logger.error("no usable search index: run `directory build-index`")
    return error_response(503, {"Retry-After": "30"})


def _unexpected(error: Exception) -> Response:
    if isinstance(error, HTTPException):
        return _http_error(error)
    # the route's pattern and the frames, never the path, the query or the exception's
    # message: any of them can hold what a visitor typed
    route = request.url_rule.rule if request.url_rule else "(no route)"
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error("unexpected %s on %s\n%s", type(error).__name__, route, frames)
    return error_response(InternalServerError.code)


def install(app: Flask) -> None:
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(IndexMissing, _no_index)
    app.register_error_handler(IndexCorrupt, _no_index)
    app.register_error_handler(Exception, _unexpected)
