"""HTML pages. Views are thin: read parameters, call one function, render."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, render_template, request

from .. import messages
from ..finder import RADII, SORTS, FindError, FindRequest, find, lookup, request_from_args
from ..geo import Gazetteer
from ..model import FILTER_FIELDS
from ..search import IndexCorrupt, IndexMissing, SearchIndex
from . import helpers

bp = Blueprint("web", __name__)
bp.app_template_global()(helpers.url_with)
bp.app_template_global()(helpers.without_filter)
bp.app_template_filter("label")(helpers.label)
bp.app_template_filter("long_date")(helpers.long_date)
bp.app_template_filter("age_range")(helpers.age_range)


def current_index() -> SearchIndex:
    return current_app.extensions["index"].get()


def gazetteer() -> Gazetteer:
    return current_app.extensions["gazetteer"]


@bp.app_context_processor
def site_wide() -> dict:
    try:
        lines = helpers.helplines(current_index())
    except (IndexMissing, IndexCorrupt):
        lines = []
    return {
        "helplines": lines,
        "exit_url": current_app.config["DIRECTORY_EXIT_URL"],
        "csa_directory_url": current_app.config["DIRECTORY_SOURCE_BASE_URL"],
        "filter_fields": FILTER_FIELDS,
    }


@bp.get("/")
def start():
    current_index()  # no index: the 503 page rather than a form that cannot search
    return render_template("start.html", radii=RADII, default_radius=FindRequest.radius)


@bp.get("/search")
def results():
    index = current_index()
    try:
        find_request = request_from_args(request.args.to_dict(flat=False))
    except FindError as error:
        return render_template(
            "search.html", error=error, form=request.args, radii=RADII, sorts=SORTS, results=None
        ), 400
    found = find(index, gazetteer(), find_request)
    return render_template(
        "search.html",
        results=found,
        form=request.args,
        radii=RADII,
        sorts=SORTS,
        location_message=messages.location_message(found),
        nothing_near_message=messages.nothing_near_message(found),
        corrected_message=messages.corrected_message(found),
        error=None,
    )


@bp.get("/service/<service_id>")
def service(service_id: str):
    found = lookup(current_index(), service_id)
    if found is None:
        abort(404)
    return render_template(
        "service.html", service=found, areas=helpers.area_names(gazetteer(), found)
    )


@bp.get("/about")
def about():
    return render_template("about.html", meta=current_index().meta)


def _wants_json() -> bool:
    return request.path.startswith("/api/")


@bp.app_errorhandler(404)
def not_found(_error):
    if _wants_json():
        return jsonify(
            {"error": {"status": 404, "message": "Not found. See /api/openapi.json."}}
        ), 404
    return render_template(
        "error.html", title="Page not found", message="We could not find that page."
    ), 404


@bp.app_errorhandler(405)
def not_allowed(_error):
    if _wants_json():
        return jsonify({"error": {"status": 405, "message": "Read-only: use GET."}}), 405
    return render_template(
        "error.html", title="Not allowed", message="This site only answers GET requests."
    ), 405


@bp.app_errorhandler(IndexMissing)
@bp.app_errorhandler(IndexCorrupt)
def no_index(_error):
    current_app.logger.error("no usable search index: run `directory build-index`")
    return render_template(
        "error.html",
        title="Search is not available",
        message="The directory is being set up. Please try again soon, or use the helplines below.",
    ), 503
