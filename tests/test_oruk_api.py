"""Open Referral UK 3.0: every exported service, every page of /oruk/services, one service in
full, the taxonomies and their terms validate against the standard's own (vendored) schemas;
Schemathesis runs against /oruk/openapi.json as it does against /api/."""

from __future__ import annotations

import uuid

import jsonschema_rs
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from directory.oruk import mapping, standard
from directory.oruk.openapi import oruk_openapi_document
from directory.sources.export import to_json_document

from .helpers import new_app


def validator(name: str) -> jsonschema_rs.Validator:
    return jsonschema_rs.Draft202012Validator(standard.schema(name), validate_formats=True)


def failures(name: str, documents: list) -> list[str]:
    check = validator(name)
    return [
        f"{d.get('name', d.get('id'))}: {error}"
        for d in documents
        for error in check.iter_errors(d)
    ][:20]


PINNED = str(uuid.uuid5(uuid.UUID("6f1c2d8e-5b0a-4c47-9e1d-3a7b2f4c9d10"), "service:childline"))
PAGE = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"}


def test_the_validators_are_not_vacuous():
    """The old export's shape (a slug id, nulls) fails; so a passing test means something."""
    old = {"id": "childline", "name": "Childline", "status": "active", "url": None}
    assert failures("compiled/service.json", [old])
    assert failures("taxonomy_term.json", [{"id": "support-type:sarc", "name": "SARC"}])


def test_every_exported_bundled_service_conforms(bundled):
    document = to_json_document(bundled)
    assert len(document["contents"]) == len(bundled) == document["total_items"]
    assert failures("compiled/service.json", document["contents"]) == []
    assert set(document) >= PAGE


def test_ids_are_stable_uuids_from_ours(bundled):
    """A system that stores our ids keeps them across rebuilds: the same listing, the same
    UUID, now and in every later release (the namespace is fixed)."""
    first = mapping.service_full(bundled[0])["id"]
    assert uuid.UUID(first).version == 5
    # written down once: a change of namespace or key would change every published id
    assert mapping.oruk_id("service", "childline") == PINNED
    ids = [mapping.service_full(s)["id"] for s in bundled]
    assert len(set(ids)) == len(ids)


def test_a_sarc_url_is_never_the_national_finder(bundled):
    sarcs = [s for s in bundled if "sarc" in s.support_types]
    assert sarcs
    for service in sarcs:
        url = mapping.service_full(service).get("url", "")
        assert url != str(service.contact.finder or "-"), service.id


def test_nothing_is_null_and_unconfirmed_phones_are_left_out(bundled):
    def nulls(node, path=""):
        if node is None:
            yield path
        elif isinstance(node, dict):
            for k, v in node.items():
                yield from nulls(v, f"{path}.{k}")
        elif isinstance(node, list):
            for n, v in enumerate(node):
                yield from nulls(v, f"{path}[{n}]")

    document = to_json_document(bundled)
    assert list(nulls(document)) == []
    for service, body in zip(
        sorted(bundled, key=lambda s: s.id), document["contents"], strict=True
    ):
        numbers = [p["number"] for p in body["phones"]]
        assert numbers == ([service.contact.phone] if service.contact.callable_phone else [])


def test_every_page_of_oruk_services_conforms(bundled_client, bundled):
    check = validator("compiled/service_list.json")
    seen: list[str] = []
    number = 1
    while True:
        response = bundled_client.get(f"/oruk/services?per_page=7&page={number}")
        assert response.status_code == 200
        body = response.get_json()
        assert set(body) >= PAGE and body["page_number"] == number
        assert body["size"] == len(body["contents"])
        for item in body["contents"]:
            assert [str(e) for e in check.iter_errors(item)] == [], item["name"]
        seen.extend(item["id"] for item in body["contents"])
        assert body["first_page"] == (number == 1)
        if body["last_page"]:
            break
        number += 1
    assert number == body["total_pages"] == -(-len(bundled) // 7)
    assert len(seen) == len(set(seen)) == body["total_items"] == len(bundled)


def test_every_service_in_full_conforms(bundled_client, bundled):
    check = validator("compiled/service.json")
    for service in bundled:
        response = bundled_client.get(f"/oruk/services/{mapping.service_uuid(service)}")
        assert response.status_code == 200
        assert [str(e) for e in check.iter_errors(response.get_json())] == [], service.id
    assert bundled_client.get("/oruk/services/childline").status_code == 404


def test_taxonomies_and_terms_conform_with_descriptions(bundled_client):
    terms = bundled_client.get("/oruk/taxonomy_terms?per_page=100").get_json()
    assert terms["total_items"] == sum(len(t.terms) for t in mapping.TAXONOMIES)
    assert failures("taxonomy_term.json", terms["contents"]) == []
    assert all(t["description"] and t["description"] != t["name"] for t in terms["contents"])
    taxonomies = bundled_client.get("/oruk/taxonomies").get_json()
    assert failures("taxonomy.json", taxonomies["contents"]) == []
    one = terms["contents"][0]
    assert bundled_client.get(f"/oruk/taxonomy_terms/{one['id']}").get_json() == one
    assert bundled_client.get(f"/oruk/taxonomies/{one['taxonomy_id']}").status_code == 200


def test_service_at_locations_conform(bundled_client, bundled):
    body = bundled_client.get("/oruk/service_at_locations?per_page=100").get_json()
    assert body["total_items"] == sum(len(s.locations) for s in bundled)
    assert failures("compiled/service_at_location_list.json", body["contents"]) == []
    first = body["contents"][0]
    one = bundled_client.get(f"/oruk/service_at_locations/{first['id']}").get_json()
    assert failures("compiled/service_at_location.json", [one]) == []
    assert one["service"]["id"] == first["service_id"]


def test_filters_by_term_taxonomy_and_age(bundled_client, bundled):
    sarc = mapping.TAXONOMIES[0].term_id("sarc")
    body = bundled_client.get(f"/oruk/services?taxonomy_term_id={sarc}&per_page=100").get_json()
    assert body["total_items"] == sum("sarc" in s.support_types for s in bundled) > 0
    other = str(uuid.uuid4())
    assert bundled_client.get(f"/oruk/services?taxonomy_term_id={other}").get_json()["empty"]
    bad = bundled_client.get("/oruk/services?taxonomy_term_id=support-type:sarc")
    assert bad.status_code == 400 and bad.get_json()["error"]["parameter"] == "taxonomy_term_id"
    aged = bundled_client.get("/oruk/services?minimum_age=16&per_page=100").get_json()
    expected = sum(s.minimum_age is not None and s.minimum_age >= 16 for s in bundled)
    assert aged["total_items"] == expected > 0


def test_search_and_postcode_answer_as_the_finder_does(client):
    """`search` and `postcode` (with `proximity` in metres, our addition on /services) use
    the same finder as the pages: a Leeds postcode finds the fictional Leeds services."""
    near = client.get("/oruk/services?postcode=LS1+4AP&proximity=8000&per_page=100").get_json()
    names = {s["name"] for s in near["contents"]}
    api = client.get("/api/v1/services?location=LS1+4AP&radius=5&per_page=100").get_json()
    assert api["services"] and {s["name"] for s in api["services"]} <= names
    unknown = client.get("/oruk/services?postcode=ZZ9+9ZZ")
    assert unknown.status_code == 400 and unknown.get_json()["error"]["parameter"] == "postcode"
    lonely = client.get("/oruk/services?proximity=1000")
    assert lonely.status_code == 400


def test_headers_like_the_api_and_no_cookies(client):
    response = client.get("/oruk/services")
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "ETag" in response.headers and "Set-Cookie" not in response.headers
    assert client.post("/oruk/services").status_code == 405
    missing = client.get("/oruk/nowhere")
    assert missing.status_code == 404 and missing.get_json()["error"]["status"] == 404
    meta = client.get("/oruk/").get_json()
    assert meta["version"] == "3.0" and meta["openapi_url"].endswith("/oruk/openapi.json")


def test_our_document_keeps_the_standards_paths_and_parameters():
    theirs = standard.openapi()
    ours = oruk_openapi_document()
    for path, item in theirs["paths"].items():
        assert "/oruk" + path in ours["paths"]
        for method, operation in item.items():
            if method == "parameters":
                continue
            names = {p["$ref"].rsplit("/", 1)[-1] for p in operation.get("parameters", [])}
            mine = {p["name"] for p in ours["paths"]["/oruk" + path][method]["parameters"]}
            assert names <= mine, path
    assert {"postcode", "proximity"} <= {
        p["name"] for p in ours["paths"]["/oruk/services"]["get"]["parameters"]
    }


@pytest.fixture(scope="module")
def oruk_schema(built_index):
    app = new_app(DIRECTORY_INDEX_PATH=built_index)
    return schemathesis.openapi.from_wsgi("/oruk/openapi.json", app)


def test_oruk_api_conforms_to_its_openapi_document(oruk_schema):
    """As tests/test_api.py does for /api/: no server error, no undocumented status, no
    response that breaks the (standard's) schemas."""
    operations = [result.ok() for result in oruk_schema.get_all_operations()]
    assert len(operations) == 9
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def check(case):
            case.call_and_validate(
                headers={"Accept-Encoding": "identity"},
                excluded_checks=[schemathesis.checks.positive_data_acceptance],
            )

        check()


def test_every_term_a_listing_can_carry_is_published_with_a_description():
    # a new vocabulary term (or a new filter) without an ORUK description would break every
    # export and /oruk/ page that carries it
    from directory import vocabulary
    from directory.oruk.mapping import TAXONOMIES

    published = {t.field: t for t in TAXONOMIES}
    for field, vocab in [
        ("support_types", vocabulary.SUPPORT_TYPES),
        ("audiences", vocabulary.AUDIENCES),
        ("abuse_types", vocabulary.ABUSE_TYPES),
        ("communities", vocabulary.COMMUNITIES),
    ]:
        assert set(vocab) == set(published[field].definitions), field
