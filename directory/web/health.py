"""``/health`` (the process answers) and ``/ready`` (an index is open and answers a search),
for process managers and load balancers. JSON, never cached, no query string read."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify

from ..finder import FindRequest

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
    return _no_store(
        jsonify({"status": "ready", "build": served.build_id, "services": len(served)})
    )
