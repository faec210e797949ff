"""The Open Referral UK 3.0 API at /oruk/: read-only, the same CORS, caching, security headers
and JSON errors as /api/. Views read parameters, ask ``query`` and ``mapping``, serialise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, url_for

from ..api import cached, cors, current_directory
from ..api.errors import error
from . import mapping
from .openapi import oruk_openapi_document
from .query import QueryError, paging, select

bp = Blueprint("oruk", __name__, url_prefix="/oruk")
bp.after_request(cors)


def _args() -> dict[str, str]:
    return {k: v for k, v in request.args.items()}


@bp.errorhandler(QueryError)
def refused(exc: QueryError) -> Response:
    """A parameter that cannot be used: a 400 naming it (``query`` says why)."""
    return error(400, exc.message, parameter=exc.parameter)


def _paged(items: list[Any], convert: Callable[[Any], Any] | None = None) -> Response:
    chosen = paging(_args())
    body = mapping.page(items, chosen.page, chosen.per_page)
    if convert is not None:
        body["contents"] = [convert(item) for item in body["contents"]]
    return cached(jsonify(body), 0)


@bp.get("/")
def meta() -> Response:
    return cached(
        jsonify(
            {
                "version": mapping.VERSION,
                "profile": mapping.PROFILE_URL,
                "openapi_url": url_for("oruk.openapi", _external=True),
            }
        ),
        3600,
    )


@bp.get("/openapi.json")
def openapi() -> Response:
    return cached(jsonify(oruk_openapi_document()), 3600)


@bp.get("/services")
def services() -> Response:
    found = select(current_directory(), _args())
    return _paged(found, mapping.service_list_item)


@bp.get("/services/<service_id>")
def service(service_id: str) -> Response:
    found = current_directory().index.services.get(_our_id(service_id, "service"))
    if found is None:
        return error(404, "No service has that id.")
    return cached(jsonify(mapping.service_full(found)), 300)


def _our_id(oruk_id: str, kind: str) -> str:
    """Our slug for one of our UUIDs, from the build's services."""
    return _ids(kind).get(oruk_id.lower(), "")


def _ids(kind: str) -> dict[str, str]:
    directory = current_directory()
    cache = current_app.extensions.setdefault("oruk_ids", {})
    key = (directory.build_id, kind)
    if key not in cache:
        if len(cache) > 8:  # builds switched many times: forget the old ones
            cache.clear()
        cache[key] = {mapping.oruk_id(kind, sid): sid for sid in directory.index.services}
    return cache[key]


@bp.get("/service_at_locations")
def service_at_locations() -> Response:
    found = select(current_directory(), _args())
    return _paged([e for s in found for e in mapping.service_at_location_list_items(s)])


@bp.get("/service_at_locations/<sal_id>")
def service_at_location(sal_id: str) -> Response:
    directory = current_directory()
    for service in directory.index.services.values():
        for entry in mapping.service_at_location_list_items(service):
            if entry["id"] == sal_id.lower():
                body = {**entry, "service": mapping.service_full(service)}
                return cached(jsonify(body), 300)
    return error(404, "No service-at-location has that id.")


@bp.get("/taxonomies")
def taxonomies() -> Response:
    return _paged(list(mapping.TAXONOMIES), mapping.taxonomy_document)


@bp.get("/taxonomies/<taxonomy_id>")
def taxonomy(taxonomy_id: str) -> Response:
    found = mapping.TAXONOMY_BY_ID.get(taxonomy_id.lower())
    if found is None:
        return error(404, "No taxonomy has that id.")
    return cached(jsonify(mapping.taxonomy_document(found)), 3600)


@bp.get("/taxonomy_terms")
def taxonomy_terms() -> Response:
    return _paged(mapping.all_terms())


@bp.get("/taxonomy_terms/<term_id>")
def taxonomy_term(term_id: str) -> Response:
    found = mapping.TERM_BY_ID.get(term_id.lower())
    if found is None:
        return error(404, "No taxonomy term has that id.")
    return cached(jsonify(mapping.taxonomy_term(*found)), 3600)
