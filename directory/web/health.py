"""``/health`` (the process answers) and ``/ready`` (an index is open and answers a search),
for process managers and load balancers. JSON, never cached, no query string read."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify

from ..finder import FindRequest
from ..search import current_build

bp = Blueprint("health", __name__)


def _no_store(response: Response) -> Response:
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/health")
def health() -> Response:
    return _no_store(jsonify({"status": "ok"}))


@bp.get("/ready")
def ready() -> Response:
    try:
        served = current_app.extensions["directory"].get()
        served.search(FindRequest(q="support"))
    except Exception as exc:  # not ready, whatever the reason: say so, don't fail
        response = jsonify({"status": "unavailable", "reason": type(exc).__name__})
        response.status_code = 503
        return _no_store(response)
    body = {"status": "ready", "build": served.build_id, "services": len(served)}
    current = current_build(current_app.config["DIRECTORY_INDEX_PATH"])
    if current is not None and current.name != served.build_id:
        # the current build cannot be used (damaged on disk): every worker serves this one
        body["current"] = current.name
    return _no_store(jsonify(body))
