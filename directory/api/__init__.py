"""The JSON API for referral systems: the same search as the pages, as Open Referral UK-shaped
JSON. Views are thin: read parameters, call the finder, serialise."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, url_for

from .. import messages
from ..facade import Directory
from ..finder import FindError, FindResults, ResultItem
from ..geo import UNUSABLE
from ..params import link_args, request_from_args
from ..web import reported
from .errors import error
from .openapi import openapi_document
from .schemas import (
    Changes,
    Council,
    County,
    Links,
    NothingNear,
    SearchLocation,
    SearchResults,
)

bp = Blueprint("api", __name__, url_prefix="/api")


def current_directory() -> Directory:
    """The directory the app serves now (its build can change between requests)."""
    return current_app.extensions["directory"].get()


def service_json(item: ResultItem) -> dict:
    """A listing as the API returns it: as the pages show it (no callable number once enough
    people said it does not work: web/reported.py), and where it stands from the place."""
    body = reported.as_reported(item.service).model_dump(mode="json", exclude={"verify"})
    body["distance_miles"] = item.distance_miles
    body["covers_your_area"] = item.covers or None
    said = reported.reported_json(item.service.id)
    body["reported"] = said.model_dump(mode="json") if said else None
    return body


def _safe_location_name(results: FindResults) -> str | None:
    """The place's name for responses and links: a full postcode is cut to its district."""
    place = results.place
    if place is None:
        return None
    if place.kind == "postcode":
        return place.name.split(" ")[0]
    return place.name


def _location_json(results: FindResults) -> SearchLocation | None:
    """The place as understood, with the council and county it resolved to and their GSS codes
    ("Caernarfon" -> Gwynedd, W06000002), and whether it was taken from the words."""
    resolution = results.resolution
    if resolution is None:
        return None
    place = results.place
    council: Council | None = None
    county: County | None = None
    if place is not None and place.local_authority_code:
        council = {"name": place.local_authority, "code": place.local_authority_code}
    if place is not None and place.county:
        county = {"name": place.county, "code": place.county_code or None}
    return {
        "status": resolution.status,
        "name": _safe_location_name(results),
        "country": resolution.place.country if resolution.place else None,
        "message": messages.location_message(results) or messages.corrected_message(results),
        "candidates": [c.label for c in resolution.candidates],
        "suggestions": list(resolution.suggestions),
        "council": council,
        "county": county,
        "from_words": results.place_from_words,
    }


def _link(results: FindResults, page: int) -> str:
    args: dict[str, Any] = link_args(request.args.to_dict(flat=False))
    args.pop("id", None)
    safe = _safe_location_name(results)
    if safe is not None:
        args["location"] = [safe]  # the same results: full postcodes resolve by district
    if results.place_from_words:  # the place was taken from the words: link the split search
        args["q"] = [results.request.q]
    args["page"] = [str(page)]
    return url_for("api.services", **args)


def _nothing_near_json(results: FindResults) -> NothingNear:
    wider = results.wider
    return {
        "message": messages.nothing_near_message(results) or "",  # never None: a place
        "wider_radius_miles": wider.radius if wider else None,
        "wider_count": wider.count if wider else 0,
    }


def results_json(results: FindResults) -> SearchResults:
    page = results.local
    links: Links = {
        "self": _link(results, page.number),
        "first": _link(results, 1),
        "last": _link(results, page.pages),
        "prev": _link(results, page.number - 1) if page.has_previous else None,
        "next": _link(results, page.number + 1) if page.has_next else None,
    }
    return {
        "services": [service_json(item) for item in page.items],
        "national": [service_json(item) for item in results.national],
        "national_total": results.national_total,
        "more_nearby": [service_json(item) for item in results.more_local],
        "national_first": results.national_first,
        "fallback": results.fallback,
        "shown_order": results.shown_ids(),
        "location": _location_json(results),
        "radius_miles": results.request.radius,
        "sort": results.sort,
        "facets": results.facets,
        "suggestion": results.suggestion,
        "partial_match": results.partial,
        "nothing_near": _nothing_near_json(results) if results.nothing_near else None,
        "pagination": {
            "page": page.number,
            "per_page": page.per_page,
            "total": page.total,
            "pages": page.pages,
            "links": links,
        },
    }


def cached(response: Response, max_age: int) -> Response:
    """Let clients revalidate: an ETag of the body, and how long they may reuse it."""
    response.headers["Cache-Control"] = f"public, max-age={max_age}" if max_age else "no-cache"
    response.add_etag()
    response.make_conditional(request)  # changes the response in place
    return response


@bp.after_request
def cors(response: Response) -> Response:
    """Read-only CORS: any origin may GET; nothing else is allowed."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
    response.headers["Access-Control-Max-Age"] = "86400"
    response.headers["Vary"] = "Origin"
    return response


@bp.get("/v1/services")
def services() -> Response:
    try:
        find_request = request_from_args(request.args.to_dict(flat=False))
    except FindError as exc:
        return error(400, exc.message, parameter=exc.param)
    results = current_directory().search(find_request)
    if results.location_problem in UNUSABLE:
        body = _location_json(results)
        assert body is not None  # an unusable place is one that was resolved
        return error(
            400,
            body["message"],
            parameter="location",
            candidates=body["candidates"],
            suggestions=body["suggestions"],
        )
    return cached(jsonify(results_json(results)), 0)


@bp.get("/v1/services/<service_id>")
def service(service_id: str) -> Response:
    found = current_directory().service(service_id)
    if found is None:
        return error(404, "No service has that id.")
    return cached(jsonify(service_json(ResultItem(found))), 300)


@bp.get("/v1/changes")
def changes() -> Response:
    """What changed in the directory since a date, for a police force area or a council."""
    from ..web.feedback import BadChangesRequest, changes_request, changes_since

    try:
        since, area = changes_request(request.args.to_dict())
    except BadChangesRequest as exc:
        return error(400, exc.message, parameter=exc.param)
    found = changes_since(since, area)
    body: Changes = {"since": since.isoformat(), "area": area or None,
                     "changes": [c.as_json() for c in found]}  # fmt: skip
    return cached(jsonify(body), 300)


@bp.get("/openapi.json")
def openapi() -> Response:
    return cached(jsonify(openapi_document()), 3600)
