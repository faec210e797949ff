"""The OpenAPI document of /api/ describes every field the API answers, and /oruk/'s every field
of its errors. The schemas are generated from the types the views build answers with: a key
added to an answer but not to its type is caught here, where Schemathesis would let it through
as an additional property."""

from __future__ import annotations

import json
from typing import Any

import pytest
import schemathesis

from directory.api.schemas import SearchResults, component_schemas


def _resolve(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def undocumented(value: Any, schema: dict, components: dict, where: str = "") -> list[str]:
    """The paths of the keys in ``value`` that ``schema`` does not name."""
    schema = _resolve(schema, components)
    if "anyOf" in schema:
        found = [undocumented(value, option, components, where) for option in schema["anyOf"]]
        return min(found, key=len)
    if isinstance(value, list):
        items = schema.get("items", {})
        return [p for v in value for p in undocumented(v, items, components, where)]
    described = "properties" in schema or schema.get("additionalProperties")
    if not isinstance(value, dict) or not described:
        return []
    named, more = schema.get("properties", {}), schema.get("additionalProperties")
    missing = []
    for key, item in value.items():
        if key in named:
            missing += undocumented(item, named[key], components, f"{where}.{key}")
        elif isinstance(more, dict):
            missing += undocumented(item, more, components, f"{where}.{key}")
        else:
            missing.append(f"{where}.{key}")
    return missing


def _answer_schema(document: dict, path: str, status: str) -> dict:
    responses = document["paths"][path]["get"]["responses"]
    return responses[status]["content"]["application/json"]["schema"]


@pytest.mark.parametrize(
    ("url", "path", "status"),
    [
        ("/api/v1/services?location=Leeds&radius=50", "/api/v1/services", "200"),
        ("/api/v1/services?location=LS1+4AP&q=advocate", "/api/v1/services", "200"),
        ("/api/v1/services?q=helpline&per_page=2&page=2", "/api/v1/services", "200"),
        ("/api/v1/services?location=Newport", "/api/v1/services", "400"),
        ("/api/v1/services/fictional-bradford-isva", "/api/v1/services/{id}", "200"),
        ("/api/v1/services/nobody", "/api/v1/services/{id}", "404"),
        ("/api/v1/changes", "/api/v1/changes", "200"),
        # (/oruk/ answers add fields the standard lacks, as its profile allows: mapping.py)
        ("/oruk/services?page=0", "/oruk/services", "400"),
    ],
)
def test_every_field_answered_is_documented(client, url, path, status):
    prefix = "/oruk" if url.startswith("/oruk") else "/api"
    document = client.get(f"{prefix}/openapi.json").get_json()
    response = client.get(url)
    assert str(response.status_code) == status
    components = document["components"]["schemas"]
    schema = _answer_schema(document, path, status)
    assert undocumented(response.get_json(), schema, components) == []


@pytest.mark.parametrize("prefix", ["/api", "/oruk"])
def test_every_reference_in_the_documents_resolves(client, prefix):
    document = client.get(f"{prefix}/openapi.json").get_json()
    text = json.dumps(document)
    components = document["components"]["schemas"]
    refs = {part.split('"', 1)[0] for part in text.split('"$ref": "')[1:]}
    assert refs and all(r.startswith("#/components/schemas/") for r in refs)
    assert {r.rsplit("/", 1)[-1] for r in refs} <= set(components)


def test_the_answers_schema_names_what_the_type_names():
    schema = component_schemas(SearchResults)["SearchResults"]
    assert set(schema["required"]) == set(SearchResults.__annotations__)
    assert schema["properties"]["services"]["items"] == {
        "$ref": "#/components/schemas/ServiceResult"
    }


@pytest.mark.parametrize(
    ("prefix", "search"), [("/api", "/api/v1/services"), ("/oruk", "/oruk/services")]
)
def test_the_documents_are_valid_openapi_3_1(client, prefix, search):
    """Checked against the OpenAPI 3.1 meta-schema (Schemathesis's copy); a broken document
    is refused, so the check can fail."""
    document = client.get(f"{prefix}/openapi.json").get_json()
    assert document["openapi"] == "3.1.0"
    schemathesis.openapi.from_dict(document).validate()
    broken = json.loads(json.dumps(document))
    broken["paths"][search]["get"]["parameters"][0]["in"] = "body"  # not a place in 3.1
    with pytest.raises(ValueError):
        schemathesis.openapi.from_dict(broken).validate()
