"""The OpenAPI 3.1 description of /oruk/: the standard's own document (vendored, see
``standard.py``) with its paths under /oruk, its schemas made internal, the statuses we answer
besides 200 declared, and our additions (``postcode`` and ``proximity`` on /services) marked
as such."""

from __future__ import annotations

import copy
import functools
from typing import Any

from ..api.openapi import NOT_MODIFIED, answer
from ..api.schemas import REF, OrukError, component_schemas
from ..limits import MAX_AGE, MAX_PAGE, MAX_PER_PAGE
from . import standard
from .query import DEFAULT_PER_PAGE, MAX_PROXIMITY

PREFIX = "/oruk"
#: the standard's schema files and the component names they become
SCHEMAS = {
    "compiled/service.json": "service",
    "compiled/service_list.json": "service_list",
    "compiled/service_at_location.json": "service_at_location",
    "compiled/service_at_location_list.json": "service_at_location_list",
    "taxonomy.json": "taxonomy",
    "taxonomy_term.json": "taxonomy_term",
}


def _internal(node: Any) -> Any:
    """The standard's remote schema references as references to our components."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(standard.REMOTE):
            name = SCHEMAS[ref.removeprefix(standard.REMOTE)]
            return {"$ref": REF.format(model=name)}
        return {k: _internal(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_internal(v) for v in node]
    return node


def _parameters(document: dict[str, Any], refs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for ref in refs:
        name = ref["$ref"].rsplit("/", 1)[-1]
        parameter = copy.deepcopy(document["components"]["parameters"][name])
        schema = parameter["schema"]
        if schema.get("type") == "time":  # not a JSON Schema type: the standard means a time
            parameter["schema"] = {"type": "string", "format": "time"}
        if name == "page":
            schema.update(minimum=1, maximum=MAX_PAGE, default=1)
        if name == "per_page":
            schema.update(minimum=1, maximum=MAX_PER_PAGE, default=DEFAULT_PER_PAGE)
        if name in ("minimum_age", "maximum_age"):
            schema.update(minimum=0, maximum=MAX_AGE)
        if name in ("taxonomy_term_id", "taxonomy_id"):
            parameter["description"] += " A UUID; one that is not ours matches no service."
        if name in ("start_time", "end_time", "day"):
            parameter["description"] += " Not supported here: answered with 400."
        if name == "proximity":
            parameter["schema"] = {"type": "number", "minimum": 0, "maximum": MAX_PROXIMITY}
            parameter["description"] += " Needs postcode."
        out.append(parameter)
    return out


def _paths(theirs: dict[str, Any]) -> dict[str, Any]:
    """The standard's paths under /oruk, with the statuses we answer besides 200."""
    paths: dict[str, Any] = {}
    for path, item in theirs["paths"].items():
        item = copy.deepcopy(item)
        shared = item.pop("parameters", [])
        for operation in item.values():
            operation["parameters"] = shared + _parameters(theirs, operation.get("parameters", []))
            responses = operation["responses"]
            responses["200"] = _internal(responses["200"])
            responses.update(NOT_MODIFIED)
            responses["400"] = answer("Error", "A parameter cannot be used; the message says why.")
            responses["503"] = answer("Error", "The directory is being set up.")
            if "{id}" in path:
                responses["404"] = answer("Error", "Nothing has that id.")
        paths[PREFIX + path] = item
    services = paths[PREFIX + "/services"]["get"]
    names = {p["name"] for p in services["parameters"]}
    for name in ("postcode", "proximity"):  # an addition: the standard has these on
        if name not in names:  # /service_at_locations only
            extra = _parameters(theirs, [{"$ref": f"#/components/parameters/{name}"}])[0]
            extra["description"] = (
                "An addition to the standard's /services (it has this parameter on "
                "/service_at_locations): " + extra["description"]
            )
            services["parameters"].append(extra)
    # the standard names the whole service as the answer for one service-at-location; we
    # answer the service-at-location, nested, as HSDS does
    one = paths[PREFIX + "/service_at_locations/{id}"]["get"]["responses"]["200"]
    one["content"]["application/json"]["schema"] = {"$ref": REF.format(model="service_at_location")}
    paths[PREFIX + "/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": REF.format(model="Meta")
    }
    return paths


def _schemas(theirs: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = {name: standard.schema(file) for file, name in SCHEMAS.items()}
    page = copy.deepcopy(theirs["components"]["schemas"]["Page"])
    page["required"] = list(page["properties"])  # we always state every paging field
    schemas["Page"] = page
    schemas["Meta"] = copy.deepcopy(
        theirs["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    )
    schemas["Meta"]["required"] = ["version", "profile", "openapi_url"]
    errors = component_schemas(OrukError)
    errors["Error"] = errors.pop("OrukError")
    return {**schemas, **errors}


@functools.cache
def oruk_openapi_document() -> dict[str, Any]:
    theirs = standard.openapi()
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Find support: Open Referral UK 3.0 API",
            "version": theirs["info"]["version"],
            "description": (
                "The Open Referral UK 3.0 API (https://github.com/openreferral/uk-profile, "
                "schemas CC BY-SA 4.0, the Open Referral project) over the directory of support "
                "services in England and Wales for people affected by child sexual abuse. "
                "Read-only; no authentication; no cookies. Not supported: start_time, end_time "
                "and day (opening hours are held as text), organizations, and the optional "
                "minimal, full, modified_after and format parameters."
            ),
            "license": {"name": "CC BY-SA 4.0 (the standard's schemas)"},
        },
        "paths": _paths(theirs),
        "components": {"schemas": _schemas(theirs)},
    }
