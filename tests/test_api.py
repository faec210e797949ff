"""The JSON API: same results as the pages, documented by OpenAPI, never a 500."""

from __future__ import annotations

import re

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from .helpers import new_app


@pytest.fixture(scope="module")
def api_app(built_index):
    return new_app(DIRECTORY_INDEX_PATH=built_index)


@pytest.fixture(scope="module")
def api_schema(api_app):
    return schemathesis.openapi.from_wsgi("/api/openapi.json", api_app)


def test_api_conforms_to_its_openapi_document(api_schema):
    """Schemathesis generates requests from the document for every operation: no server
    error, no undocumented status code, no response that breaks the schema."""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 3  # services, one service, changes (issue 29)
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def check(case):
            # a well-formed location can still be unknown or ambiguous: that is a documented
            # 400 with suggestions, so "schema-valid data must be accepted" does not apply
            # (the WSGI client does not decompress: ask for the body as it is; compression
            # is tested on its own in test_delivery.py)
            case.call_and_validate(
                headers={"Accept-Encoding": "identity"},
                excluded_checks=[schemathesis.checks.positive_data_acceptance],
            )

        check()


PARAMS = [
    "",
    "q=counselling",
    "location=Leeds&radius=50",
    "location=LS1+4AP&q=advocate",
    "location=Leeds&radius=50&sort=relevance&q=support",
    "support=helpline&support=counselling-therapy&audience=adult-survivors",
    "location=Leeds&radius=100&per_page=2&page=2",
    "referral=self-referral&delivery=phone",
]


def html_ids(client, query):
    """The result cards' services, in the order the page shows them (not the helplines)."""
    html = client.get(f"/search?{query}").get_data(as_text=True)
    cards = "".join(re.findall(r'<ul class="app-results">.*?</ul>', html, flags=re.S))
    titles = re.findall(
        r'app-result__title"><a class="govuk-link" href="/service/([a-z0-9-]+)"', cards
    )
    return titles


@pytest.mark.parametrize("query", PARAMS)
def test_api_and_results_page_agree(client, query):
    body = client.get(f"/api/v1/services?{query}").get_json()
    shown = html_ids(client, query)
    assert shown == body["shown_order"]
    assert {s["id"] for s in body["services"] + body["national"]} <= set(shown)


def test_a_service_by_id_and_unknown_id(client):
    body = client.get("/api/v1/services/fictional-bradford-isva").get_json()
    assert body["name"] == "Fictional Bradford Advocates"
    assert body["csa_centre_url"] == "https://example.org/directory/fictional-bradford-isva"
    missing = client.get("/api/v1/services/nobody")
    assert missing.status_code == 404 and missing.get_json()["error"]["status"] == 404


def test_full_postcode_is_never_echoed(client):
    response = client.get("/api/v1/services?location=LS1+4AP")
    text = response.get_data(as_text=True)
    assert "4AP" not in text and "4ap" not in text.lower()
    body = response.get_json()
    assert body["location"] == {
        "status": "found",
        "name": "LS1",
        "country": "England",
        "message": None,
        "candidates": [],
        "suggestions": [],
        # issue 27: the council and county it resolved to, with GSS codes
        "council": {"name": "Leeds", "code": "E08000035"},
        "county": {"name": "West Yorkshire", "code": None},
        "from_words": False,
    }


@pytest.mark.parametrize(
    ("query", "parameter", "words"),
    [
        ("radius=3", "radius", "radius must be one of"),
        ("support=unicorn", "support", "allowed"),
        ("per_page=500", "per_page", "from 1 to 100"),
        ("location=ZZ9+9ZZ", "location", "postcode"),
        ("location=Newport", "location", "Choose"),
    ],
)
def test_errors_are_json_400_a_developer_can_act_on(client, query, parameter, words):
    response = client.get(f"/api/v1/services?{query}")
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["parameter"] == parameter and words in error["message"]


def test_ambiguous_location_lists_candidates(client):
    error = client.get("/api/v1/services?location=Newport").get_json()["error"]
    assert "Newport, Isle of Wight" in error["candidates"]


def test_cors_etag_cache_and_no_cookies(client):
    response = client.get("/api/v1/services?q=helpline")
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response.headers and "Cache-Control" in response.headers
    assert "Set-Cookie" not in response.headers
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    again = client.get(
        "/api/v1/services?q=helpline", headers={"If-None-Match": response.headers["ETag"]}
    )
    assert again.status_code == 304


def test_openapi_document_is_3_1(client):
    document = client.get("/api/openapi.json").get_json()
    assert document["openapi"].startswith("3.1")
    assert "/api/v1/services" in document["paths"]
