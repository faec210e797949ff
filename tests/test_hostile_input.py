"""Defect 1 of issue #13: ordinary but hostile query strings gave 500s, reserved parameter names
reached ``url_for``, and a Host header could steer links. Every answer here is a page or JSON
of our own, with the helplines and Exit this page on pages, and never a 500."""

from __future__ import annotations

import re

import pytest
from flask import request

from directory.config import PROJECT_ROOT

from .helpers import app_like

UNICODE_DIGITS = ["%C2%B2", "%E2%91%A0", "%D9%A3", "%EF%BC%95"]  # ², ①, Arabic-Indic 3, fullwidth 5


@pytest.mark.parametrize("digit", UNICODE_DIGITS)
@pytest.mark.parametrize("name", ["page", "per_page", "radius"])
@pytest.mark.parametrize("path", ["/search", "/api/v1/services"])
def test_unicode_digits_are_a_400_that_names_the_parameter(client, path, name, digit):
    response = client.get(f"{path}?{name}={digit}")
    assert response.status_code == 400
    if path.startswith("/api/"):
        assert response.get_json()["error"]["parameter"] == name
    else:
        assert "There is a problem" in response.get_data(as_text=True)


RESERVED = ["endpoint", "_external", "_anchor", "_method", "_scheme", "values"]

# queries that draw every kind of link: pagination, a filter to remove, "did you mean",
# place candidates and suggestions, a wider radius
LINKING = [
    "/search?per_page=1",
    "/search?support=helpline",
    "/search?q=counseling",
    "/search?location=Newport",
    "/search?location=Mancehster+Leedz",
    "/search?location=Leeds&radius=5&q=sarc",
    "/api/v1/services?per_page=1",
]


@pytest.mark.parametrize("url", LINKING)
def test_reserved_parameter_names_never_reach_links(client, url):
    extra = "&".join(f"{name}=x" for name in RESERVED) + "&_external=1&_scheme=https"
    response = client.get(f"{url}&{extra}", headers={"Host": "evil.example"})
    assert response.status_code == 200, url
    body = response.get_data(as_text=True)
    assert "evil.example" not in body
    links = re.findall(r'href="([^"]*)"', body) + re.findall(r'"(/api/v1/services[^"]*)"', body)
    for link in links:
        assert "evil.example" not in link, link
        for name in RESERVED:
            assert f"{name}=" not in link, link


def test_api_links_are_relative_whatever_the_host(client):
    body = client.get(
        "/api/v1/services?per_page=1&_external=1", headers={"Host": "evil.example"}
    ).get_json()
    links = [v for v in body["pagination"]["links"].values() if v]
    assert links and all(link.startswith("/api/v1/services?") for link in links)


def test_api_errors_are_json_for_every_status(client):
    for url, method, status in [
        ("/api/v1/nothing", "GET", 404),
        ("/api/v1/services", "POST", 405),
        ("/api/v1/services", "DELETE", 405),
    ]:
        response = client.open(url, method=method)
        assert response.status_code == status
        assert response.get_json()["error"]["status"] == status
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def _boom(*_args, **_kwargs):
    raise RuntimeError(f"a bug that names {request.args.get('q')}")


def test_an_unexpected_error_is_our_page_with_helplines_and_exit(client, monkeypatch, caplog):
    monkeypatch.setattr("directory.facade.Directory.search", _boom)
    response = client.get("/search?q=secretword")
    assert response.status_code == 500
    html = response.get_data(as_text=True)
    assert "Exit this page" in html and "If you are in danger, call" in html
    assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert "secretword" not in caplog.text and "RuntimeError" in caplog.text


def test_an_unexpected_api_error_is_json(client, monkeypatch):
    monkeypatch.setattr("directory.facade.Directory.search", _boom)
    response = client.get("/api/v1/services?q=x")
    assert response.status_code == 500 and response.get_json()["error"]["status"] == 500


def test_health_and_ready(client, app, tmp_path):
    assert client.get("/health").get_json() == {"status": "ok"}
    ready = client.get("/ready")
    assert ready.status_code == 200 and ready.get_json()["status"] == "ready"
    client = app_like(app, DIRECTORY_INDEX_PATH=tmp_path / "none").test_client()
    assert client.get("/health").status_code == 200
    not_ready = client.get("/ready")
    assert not_ready.status_code == 503 and not_ready.get_json()["status"] == "unavailable"


def test_error_page_draws_the_bundled_helplines_without_an_index(app, tmp_path):
    client = app_like(
        app,
        DIRECTORY_DATA_PATH=PROJECT_ROOT / "bundled_data" / "services",
        DIRECTORY_INDEX_PATH=tmp_path / "none",
    ).test_client()
    response = client.get("/search")
    assert response.status_code == 503
    html = response.get_data(as_text=True)
    assert "Exit this page" in html and "Childline" in html and "0800 1111" in html


def test_a_post_to_a_page_says_how_to_search_not_that_the_site_answers_only_get(client):
    # the search form itself posts, so "only answers GET requests" was untrue
    response = client.post("/")
    assert response.status_code == 405
    text = response.get_data(as_text=True)
    assert "GET" not in text and "Go to the start page to search." in text
