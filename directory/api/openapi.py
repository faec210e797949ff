"""The OpenAPI 3.1 description of the API. Its schemas are generated from the types the views
build their answers with (``schemas.py``); only the paths are written here."""

from __future__ import annotations

import functools
from typing import Any

from ..limits import MAX_AREA_CHARS
from ..vocabulary import FILTER_FIELDS
from .schemas import REF, Changes, Error, SearchQuery, SearchResults, ServiceResult
from .schemas import component_schemas as _components

NOT_MODIFIED = {"304": {"description": "Not modified (ETag matched)."}}


def _query(name: str, schema: dict[str, Any], **more: Any) -> dict[str, Any]:
    schema.pop("title", None)  # pydantic names each property; a parameter has its name
    description = schema.pop("description", None)
    described = {"description": description} if description else {}
    return {"name": name, "in": "query", **described, "schema": schema, **more}


def _parameters() -> list[dict[str, Any]]:
    """The search's parameters: the single ones from ``SearchQuery``, a filter's from its
    vocabulary."""
    single = SearchQuery.model_json_schema()["properties"]
    params = [_query(name, schema) for name, schema in single.items()]
    for name, (label, vocabulary) in FILTER_FIELDS.items():
        many = {"type": "array", "items": {"type": "string", "enum": list(vocabulary)}}
        described = f"{label}. Repeat for several values (OR); fields combine with AND."
        params.append(_query(name, {**many, "description": described}, style="form", explode=True))
    return params


def answer(ref: str, description: str) -> dict[str, Any]:
    """A JSON response whose body is the component ``ref``."""
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": REF.format(model=ref)}}},
    }


#: the errors an operation may answer, besides its own
ERRORS = {
    "400": ("Error", "A parameter cannot be used; the message says why."),
    "503": ("Error", "The directory is being set up."),
}


def _get(
    operation_id: str, summary: str, ok: dict, errors: dict = ERRORS, **more: Any
) -> dict[str, Any]:
    refusals = {status: answer(*error) for status, error in errors.items()}
    responses = {"200": ok, **NOT_MODIFIED, **refusals}
    return {"get": {"operationId": operation_id, "summary": summary, **more,
                    "responses": responses}}  # fmt: skip


@functools.cache
def openapi_document() -> dict[str, Any]:
    changes_parameters = [
        _query(
            "since",
            {"type": "string", "format": "date"},
            required=False,
            description="Changes on or after this day (default 90 days ago).",
        ),
        _query(
            "area",
            {"type": "string", "maxLength": MAX_AREA_CHARS},
            required=False,
            description="A police force area's name or a council's GSS code; empty for all of "
            "England and Wales.",
        ),
    ]
    one = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
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
            "/api/v1/services": _get(
                "searchServices",
                "Search services, as the results page does",
                answer("SearchResults", "Matching services."),
                parameters=_parameters(),
            ),
            "/api/v1/changes": _get(
                "listChanges",
                "What changed in the directory since a date, in an area",
                answer("Changes", "What changed."),
                description="Listings added, closed (or removed) and changed by each build of "
                "the directory, newest first. Services available wherever you live are in "
                "every area.",
                parameters=changes_parameters,
            ),
            "/api/v1/services/{id}": _get(
                "getService",
                "One service",
                answer("ServiceResult", "The service."),
                {"404": ("Error", "No service has that id."), "503": ERRORS["503"]},
                parameters=[one],
            ),
        },
        "components": {"schemas": _components(SearchResults, ServiceResult, Changes, Error)},
    }
