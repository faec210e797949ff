"""The API's error answer, ``{"error": {"status", "message", ...}}``, for the API's own refusals
and for every error status on a path under ``/api/`` (the app's error handlers ask
``is_api_request`` and answer with ``error``)."""

from __future__ import annotations

from typing import Any

from flask import Response, jsonify, request

PREFIX = "/api/"
#: the Open Referral UK API answers errors the same way (directory/oruk/)
PREFIXES = (PREFIX, "/oruk/")

MESSAGES = {
    400: "Bad request.",
    404: "Not found. See /api/openapi.json.",
    405: "Read-only: use GET.",
    413: "Request too large.",
    414: "Address too long.",
    431: "Request headers too large.",
    503: "The directory is being set up. Try again soon.",
}


def is_api_request() -> bool:
    return request.path.startswith(PREFIXES)


def error(status: int, message: str | None = None, **extra: Any) -> Response:
    """The JSON error answer; ``message`` defaults to the status's documented one."""
    if message is None:
        message = MESSAGES.get(status, "Request refused." if status < 500 else "Error.")
    response = jsonify({"error": {"status": status, "message": message, **extra}})
    response.status_code = status
    return response
