"""The OpenAPI 3.1 description of the API. Listing schemas come from the model itself, so the
document cannot drift from what the API returns."""

from __future__ import annotations

import copy
import functools
from typing import Any

from pydantic.json_schema import models_json_schema

from ..finder import DEFAULT_PER_PAGE, DEFAULT_RADIUS, RADII, SORTS
from ..geo import UNUSABLE, LocationStatus
from ..limits import MAX_LOCATION_CHARS, MAX_PAGE, MAX_PER_PAGE, MAX_QUERY_CHARS
from ..model import FILTER_FIELDS, Service
from ..web.reported import Reported
from .errors import error_schema

REF = "#/components/schemas/{model}"


def _nullable(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


def _parameters() -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = [
        {
            "name": "q",
            "in": "query",
            "description": "What kind of help, in plain words.",
            "schema": {"type": "string", "maxLength": MAX_QUERY_CHARS},
        },
        {
            "name": "location",
            "in": "query",
            "description": "A UK postcode (full or partial), town or council in England or Wales.",
            "schema": {"type": "string", "maxLength": MAX_LOCATION_CHARS},
        },
        {
            "name": "radius",
            "in": "query",
            "description": "Miles from the location.",
            "schema": {"type": "integer", "enum": list(RADII), "default": DEFAULT_RADIUS},
        },
        {
            "name": "sort",
            "in": "query",
            "description": "distance (default with a location) or relevance.",
            "schema": {"type": "string", "enum": list(SORTS)},
        },
        {
            "name": "page",
            "in": "query",
            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1},
        },
        {
            "name": "per_page",
            "in": "query",
            "schema": {
                "type": "integer",
                "minimum": 1,
                "maximum": MAX_PER_PAGE,
                "default": DEFAULT_PER_PAGE,
            },
        },
    ]
    for name, (label, vocabulary) in FILTER_FIELDS.items():
        params.append(
            {
                "name": name,
                "in": "query",
                "style": "form",
                "explode": True,
                "description": f"{label}. Repeat for several values (OR); fields combine with AND.",
                "schema": {"type": "array", "items": {"type": "string", "enum": list(vocabulary)}},
            }
        )
    return params


def _schemas() -> dict[str, Any]:
    _, definitions = models_json_schema(
        [(Service, "serialization"), (Reported, "serialization")], ref_template=REF
    )
    schemas = definitions["$defs"]
    listing = schemas["Service"]
    listing["properties"].pop("verify", None)
    listing["required"] = [r for r in listing.get("required", []) if r != "verify"]
    # a listing as the API returns it: the listing's fields plus where it stands from you
    result = copy.deepcopy(listing)
    result["title"] = "ServiceResult"
    result["properties"]["distance_miles"] = _nullable({"type": "number", "minimum": 0})
    result["properties"]["covers_your_area"] = _nullable(
        {"type": "string", "enum": ["council", "county", "region", "country"]}
    )
    result["properties"]["reported"] = {
        "anyOf": [{"$ref": REF.format(model="Reported")}, {"type": "null"}],
        "description": "What people told us about the listing that a maintainer has not "
        "checked yet (null when nothing): show it beside the listing.",
    }
    result["required"] = [
        *result.get("required", []), "distance_miles", "covers_your_area", "reported",
    ]  # fmt: skip
    schemas["ServiceResult"] = result
    link = _nullable({"type": "string"})
    schemas["SearchResults"] = {
        "type": "object",
        "required": [
            "services",
            "national",
            "national_total",
            "more_nearby",
            "national_first",
            "fallback",
            "shown_order",
            "location",
            "radius_miles",
            "sort",
            "facets",
            "suggestion",
            "partial_match",
            "nothing_near",
            "pagination",
        ],
        "properties": {
            "services": {
                "type": "array",
                "items": {"$ref": REF.format(model="ServiceResult")},
                "description": "Local services, this page.",
            },
            "national": {
                "type": "array",
                "items": {"$ref": REF.format(model="ServiceResult")},
                "description": "Available wherever you live (always returned).",
            },
            "national_total": {"type": "integer", "minimum": 0},
            "more_nearby": {
                "type": "array",
                "items": {"$ref": REF.format(model="ServiceResult")},
                "description": "Local services near the place that match fewer of the words, or "
                "may not be for who seems to be asking: shown after the national ones.",
            },
            "national_first": {
                "type": "boolean",
                "description": "Without a place, services available everywhere come first.",
            },
            "fallback": {
                "type": "boolean",
                "description": "No listing matched the words: `national` holds the helplines "
                "that fit who seems to be asking.",
            },
            "shown_order": {
                "type": "array",
                "items": {"type": "string"},
                "description": "Service ids in the order the results page shows them.",
            },
            "location": _nullable(
                {
                    "type": "object",
                    "required": [
                        "status",
                        "name",
                        "country",
                        "message",
                        "candidates",
                        "suggestions",
                        "council",
                        "county",
                        "from_words",
                    ],
                    "properties": {
                        "status": {
                            "type": "string",
                            "enum": [s.value for s in LocationStatus if s not in UNUSABLE],
                        },
                        "name": _nullable(
                            {"type": "string", "description": "Never a full postcode."}
                        ),
                        "country": _nullable({"type": "string"}),
                        "message": _nullable({"type": "string"}),
                        "candidates": {"type": "array", "items": {"type": "string"}},
                        "suggestions": {"type": "array", "items": {"type": "string"}},
                        "council": _nullable(
                            {
                                "type": "object",
                                "required": ["name", "code"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "code": {"type": "string", "description": "GSS code."},
                                },
                                "description": "The council in force today the place lies in.",
                            }
                        ),
                        "county": _nullable(
                            {
                                "type": "object",
                                "required": ["name", "code"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "code": _nullable(
                                        {
                                            "type": "string",
                                            "description": "GSS code of its county council, "
                                            "where it has one.",
                                        }
                                    ),
                                },
                                "description": "The ceremonial county (in Wales the preserved "
                                "county) the place lies in.",
                            }
                        ),
                        "from_words": {
                            "type": "boolean",
                            "description": "The place was taken from the words (q), "
                            "location being empty.",
                        },
                    },
                }
            ),
            "radius_miles": {"type": "integer", "enum": list(RADII)},
            "sort": {"type": "string", "enum": list(SORTS)},
            "facets": {
                "type": "object",
                "required": list(FILTER_FIELDS),
                "properties": {
                    name: {
                        "type": "object",
                        "additionalProperties": {"type": "integer"},
                        "propertyNames": {"enum": list(vocabulary)},
                    }
                    for name, (_, vocabulary) in FILTER_FIELDS.items()
                },
            },
            "suggestion": _nullable({"type": "string"}),
            "partial_match": {"type": "boolean"},
            "nothing_near": _nullable(
                {
                    "type": "object",
                    "required": ["message", "wider_radius_miles", "wider_count"],
                    "properties": {
                        "message": {"type": "string"},
                        "wider_radius_miles": _nullable({"type": "integer"}),
                        "wider_count": {"type": "integer"},
                    },
                }
            ),
            "pagination": {
                "type": "object",
                "required": ["page", "per_page", "total", "pages", "links"],
                "properties": {
                    "page": {"type": "integer", "minimum": 1},
                    "per_page": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE},
                    "total": {"type": "integer", "minimum": 0},
                    "pages": {"type": "integer", "minimum": 1},
                    "links": {
                        "type": "object",
                        "required": ["self", "first", "last", "prev", "next"],
                        "properties": {k: link for k in ("self", "first", "last", "prev", "next")},
                    },
                },
            },
        },
    }
    schemas["Error"] = error_schema()
    return schemas


def _changes_schemas() -> dict[str, Any]:
    change = {
        "type": "object",
        "required": ["id", "name", "change", "date", "build", "national", "fields"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "change": {"type": "string", "enum": ["added", "closed", "changed"]},
            "date": {"type": "string", "format": "date"},
            "build": {"type": "string"},
            "national": {"type": "boolean"},
            "fields": {
                "type": "object",
                "description": "For a change: each changed field's old and new value.",
                "additionalProperties": {
                    "type": "object",
                    "properties": {"old": {}, "new": {}},
                },
            },
        },
    }
    return {
        "Change": change,
        "Changes": {
            "type": "object",
            "required": ["since", "area", "changes"],
            "properties": {
                "since": {"type": "string", "format": "date"},
                "area": {"type": ["string", "null"]},
                "changes": {"type": "array", "items": {"$ref": REF.format(model="Change")}},
            },
        },
    }


def _json(ref: str, description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": REF.format(model=ref)}}},
    }


@functools.cache
def openapi_document() -> dict[str, Any]:
    errors = {
        "400": _json("Error", "A parameter cannot be used; the message says why."),
        "503": _json("Error", "The directory is being set up."),
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Find support: support services directory API",
            "version": "1.0.0",
            "description": (
                "Search support services in England and Wales for people affected by child "
                "sexual abuse. Field names follow Open Referral UK where they exist. Every "
                "listing links to the authoritative CSA Centre directory (csa_centre_url). "
                "Read-only; no authentication; no cookies."
            ),
        },
        "paths": {
            "/api/v1/services": {
                "get": {
                    "operationId": "searchServices",
                    "summary": "Search services, as the results page does",
                    "parameters": _parameters(),
                    "responses": {
                        "200": _json("SearchResults", "Matching services."),
                        "304": {"description": "Not modified (ETag matched)."},
                        **errors,
                    },
                }
            },
            "/api/v1/changes": {
                "get": {
                    "operationId": "listChanges",
                    "summary": "What changed in the directory since a date, in an area",
                    "description": (
                        "Listings added, closed (or removed) and changed by each build of the "
                        "directory, newest first. Services available wherever you live are in "
                        "every area."
                    ),
                    "parameters": [
                        {
                            "name": "since",
                            "in": "query",
                            "required": False,
                            "description": "Changes on or after this day (default 90 days ago).",
                            "schema": {"type": "string", "format": "date"},
                        },
                        {
                            "name": "area",
                            "in": "query",
                            "required": False,
                            "description": (
                                "A police force area's name or a council's GSS code; "
                                "empty for all of England and Wales."
                            ),
                            "schema": {"type": "string", "maxLength": 80},
                        },
                    ],
                    "responses": {
                        "200": _json("Changes", "What changed."),
                        "304": {"description": "Not modified (ETag matched)."},
                        **errors,
                    },
                }
            },
            "/api/v1/services/{id}": {
                "get": {
                    "operationId": "getService",
                    "summary": "One service",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": _json("ServiceResult", "The service."),
                        "304": {"description": "Not modified (ETag matched)."},
                        "404": _json("Error", "No service has that id."),
                        "503": errors["503"],
                    },
                }
            },
        },
        "components": {"schemas": {**_schemas(), **_changes_schemas()}},
    }
