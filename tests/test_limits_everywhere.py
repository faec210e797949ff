"""The limits once typed beside the code that keeps them (the /changes ``area``, ORUK ages, a
report's details, a request's body) are read from directory/limits.py, and what the API
documents is what the server keeps (issue 24)."""

from __future__ import annotations

from directory import limits


def _parameter(document: dict, path: str, name: str) -> dict:
    found = document["paths"][path]["get"]["parameters"]
    return next(p for p in found if p["name"] == name)["schema"]


def test_the_changes_area_limit_is_the_one_documented(client):
    document = client.get("/api/openapi.json").get_json()
    assert _parameter(document, "/api/v1/changes", "area")["maxLength"] == limits.MAX_AREA_CHARS
    # an area longer than the limit is cut to it, then looked up: a clear 400, never a 500
    long_area = "x" * (limits.MAX_AREA_CHARS + 50)
    assert client.get("/api/v1/changes", query_string={"area": long_area}).status_code == 400
    assert client.get("/changes", query_string={"area": long_area}).status_code == 400


def test_the_oruk_age_limits_are_the_ones_kept(client):
    document = client.get("/oruk/openapi.json").get_json()
    for name in ("minimum_age", "maximum_age"):
        assert _parameter(document, "/oruk/services", name)["maximum"] == limits.MAX_AGE
        ok = client.get("/oruk/services", query_string={name: limits.MAX_AGE})
        assert ok.status_code == 200
        refused = client.get("/oruk/services", query_string={name: limits.MAX_AGE + 1})
        assert refused.status_code == 400


def test_a_body_over_the_limit_is_refused_before_it_is_read(app, client):
    assert app.config["MAX_CONTENT_LENGTH"] == limits.MAX_BODY_BYTES
    answer = client.post("/search", data={"q": "x" * (limits.MAX_BODY_BYTES + 1)})
    assert answer.status_code == 413
