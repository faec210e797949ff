"""Every input limit is one fact in one place (directory/limits.py, issue 24): the API's
document states what the server accepts, and text beyond a limit is cut, never refused with a
500 or read further."""

from __future__ import annotations

from directory import limits
from directory.params import request_from_args
from directory.search.understand import clean_text


def parameter(document: dict, name: str) -> dict:
    found = [p for p in document["paths"]["/api/v1/services"]["get"]["parameters"]]
    return next(p for p in found if p["name"] == name)["schema"]


def test_the_api_document_states_the_limits_the_server_keeps(client):
    document = client.get("/api/openapi.json").get_json()
    assert parameter(document, "q")["maxLength"] == limits.MAX_QUERY_CHARS
    assert parameter(document, "location")["maxLength"] == limits.MAX_LOCATION_CHARS
    assert parameter(document, "per_page")["maximum"] == limits.MAX_PER_PAGE
    assert parameter(document, "page")["maximum"] == limits.MAX_PAGE


def test_words_beyond_a_limit_are_cut_not_refused(client):
    long_words = "counselling " * 100  # 1,200 characters
    assert client.get("/api/v1/services", query_string={"q": long_words}).status_code == 200
    request = request_from_args({"q": [long_words]})
    assert len(request.q) <= limits.MAX_QUERY_CHARS
    # the search reads the first MAX_UNDERSTOOD_CHARS of the cleaned words
    assert len(clean_text(long_words)) <= limits.MAX_UNDERSTOOD_CHARS


def test_a_place_beyond_its_limit_is_cut_and_answered(client):
    place = "Leeds" + " x" * 200
    answer = client.get("/api/v1/services", query_string={"location": place})
    assert answer.status_code in (200, 400)  # a clear answer either way, never a 500
