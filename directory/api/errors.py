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


def error_schema(place_fields: bool = True) -> dict[str, Any]:
    """The JSON Schema of the error body above, for the OpenAPI documents (ours, and the Open
    Referral UK one, whose errors name no place candidates or suggestions)."""
    fields: dict[str, Any] = {
        "status": {"type": "integer"},
        "message": {"type": "string"},
        "parameter": {"type": "string"},
    }
    if place_fields:
        fields["candidates"] = {"type": "array", "items": {"type": "string"}}
        fields["suggestions"] = {"type": "array", "items": {"type": "string"}}
    return {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {"type": "object", "required": ["status", "message"], "properties": fields}
        },
    }
