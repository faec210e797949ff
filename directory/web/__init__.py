"""HTML pages. Views are thin: read parameters, call one function, render."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from flask import (
    Blueprint,
    Flask,
    Response,
    current_app,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import Babel
from flask_compress import Compress
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
from werkzeug.exceptions import BadRequest, NotFound

from .. import messages, referral
from ..config import PROJECT_ROOT
from ..facade import Directory
from ..finder import RADII, SORTS, FindError, FindRequest, FindResults
from ..geo import without_full_postcode
from ..model import FILTER_FIELDS, SLUG, Service
from ..params import request_from_args, shortlist_ids
from ..search import cleaning_once
from ..search_token import SearchState, SearchTokens, TokenExpired, TokenInvalid
from . import (
    alone_note,
    assets,
    cards,
    errors,
    feedback,
    findable,
    first_screen,
    health,
    helpers,
    i18n,
    languages,
    listing_text,
    pack,
    pagecache,
    places,
    reported,
    security,
    talk,
)
from .i18n import gettext

bp = Blueprint("web", __name__)


def install(app: Flask) -> None:
    """Templates (ours, then the GOV.UK Frontend macros), translations, assets, headers,
    compression."""
    # pages, JSON and CSV compressed (brotli or gzip, as the browser accepts) after every other
    # after-request function has run: registered first, it runs last. A streamed response is
    # never buffered to compress it; static files come precompressed (see assets.py).
    # results pages whose search is in their address, kept a minute as sent (pagecache.py):
    # registered before flask-compress, so that it runs after it and keeps the page as sent
    pagecache.install(app)
    app.config.setdefault("COMPRESS_ALGORITHM", ["br", "gzip"])
    app.config.setdefault("COMPRESS_STREAMS", False)
    # brotli's quality 1 for what is made per request: a quarter of the time of
    # flask-compress's default (quality 4) for about a tenth more bytes (docs/performance.md);
    # static files are compressed at build time at the highest quality (assets.py)
    app.config.setdefault("COMPRESS_BR_LEVEL", 1)
    app.config.setdefault(
        "COMPRESS_MIMETYPES",
        ["text/html", "application/json", "text/csv", "text/plain", "application/xml"],
    )
    Compress(app)
    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(str(app.template_folder)),
            PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
        ]
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    # the language comes from the address only (web/i18n.py): /cy/... is Welsh
    app.wsgi_app = i18n.LanguageFromPath(app.wsgi_app)  # type: ignore[method-assign]
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(PROJECT_ROOT / "translations"))
    Babel(app, default_locale="en", locale_selector=i18n.language)
    i18n.install_gettext(app)
    assets.install(app)
    security.install(app)
    errors.install(app)
    findable.install(app)
    app.register_blueprint(health.bp)
    feedback.install(app)  # report a problem, what changed near you (web/feedback.py)
    # each module's template globals and filters, registered where they are defined
    modules = (
        alone_note,
        cards,
        helpers,
        i18n,
        languages,
        listing_text,
        places,
        reported,
        talk,
    )
    for module in modules:
        app.register_blueprint(module.bp)


def directory() -> Directory:
    """The directory for the build being served, found once per request (raises
    IndexMissing/IndexCorrupt: 503)."""
    return helpers.served()


@bp.app_context_processor
def site_wide() -> dict:
    try:
        lines = directory().lines_to_call(talk.helpline_order())
    except Exception:  # no usable index: the helplines of the bundled data, still shown
        lines = talk.fallback_helplines(current_app)
    return {
        "helplines": reported.all_as_reported(lines),
        "exit_url": i18n.exit_url(),
        "csa_directory_url": current_app.config["DIRECTORY_SOURCE_BASE_URL"],
        "filter_fields": FILTER_FIELDS,
        "radii": RADII,
        "sorts": SORTS,
    }


@bp.get("/")
def start():
    directory()  # no index: the 503 page rather than a form that cannot search
    minutes = round(current_app.config["DIRECTORY_SEARCH_EXPIRY_MINUTES"])
    return render_template("start.html", default_radius=FindRequest.radius, search_minutes=minutes)


def tokens() -> SearchTokens:
    return current_app.extensions["search_tokens"]


def _state_of(form: dict[str, list[str]]) -> SearchState:
    """The search a form or query string asks for, with a full postcode cut to its district."""
    state = SearchState.from_form(form)
    location = state.args.get("location")
    if location:
        state = state.with_args(location=[without_full_postcode(v) for v in location])
    return state


#: (issue 24, issue 25) the services near the place that match fewer of the words ("Other
#: services near you") or say they help other areas follow the last of those that match: on
#: the local list's last page, at most this many of each, so that no page buries the best
#: answers under dozens of cards (84 on a first page at 10,000 listings)
LESSER_LOCAL_SHOWN = 20


def _on_this_page(found: FindResults) -> FindResults:
    """``found`` with only what its page of local services shows after them."""
    if found.local.has_next:
        return replace(found, more_local=[], other_areas=[])
    return replace(
        found,
        more_local=found.more_local[:LESSER_LOCAL_SHOWN],
        other_areas=found.other_areas[:LESSER_LOCAL_SHOWN],
    )


def _find_request(state: SearchState) -> FindRequest:
    """The finder's request for a search (raises FindError for a parameter it cannot use)."""
    find_request = request_from_args(state.query_args())
    if i18n.language() == "cy":
        find_request = replace(find_request, wales_first=True)
    return find_request


def _results_page(state: SearchState, opaque: bool):
    """The results page for a search; ``opaque``: its links are results addresses too."""
    with cleaning_once():
        return _drawn_results_page(state, opaque)


def _drawn_results_page(state: SearchState, opaque: bool):
    served = directory()
    page = helpers.SearchPage(state, opaque)
    try:
        find_request = _find_request(state)
    except FindError as error:
        return render_template(
            "search.html",
            error=error,
            error_message=helpers.error_text(error),
            results=None,
            state=state,
            search_page=page,
        ), 400
    found = _on_this_page(served.search(find_request))
    return render_template(
        "search.html",
        results=found,
        error=None,
        state=state,
        search_page=page,
        screen=first_screen.first_screen(found, state.professional),
        location_message=messages.location_message(
            found,
            gettext,
            messages.EXAMPLE_POSTCODE_CY if i18n.language() == "cy" else messages.EXAMPLE_POSTCODE,
            partial(places.place_html, sentence=True),
        ),
        nothing_near_message=messages.nothing_near_message(
            found, gettext, lambda s, p, n: i18n.translations().ungettext(s, p, n)
        ),
        corrected_message=messages.corrected_message(
            found, gettext, partial(places.place_name, sentence=True)
        ),
        suggestion_words=messages.suggestion_words(found),
        national_first_shown=helpers.NATIONAL_FIRST_SHOWN,
    )


@bp.get("/search")
def results():
    """A search in the query string: lasting links, old bookmarks. The form never makes one."""
    kept = pagecache.answer(directory().build_id, i18n.language())
    if kept is not None:
        return kept
    return _results_page(_state_of(request.args.to_dict(flat=False)), opaque=False)


@bp.post("/search")
def search_posted():
    """The search form and the referral-pack buttons post here; the answer is a redirect to a
    results address that reveals nothing and expires (see directory/search_token.py)."""
    form = request.form.to_dict(flat=False)
    chosen = {name: request.form.get(name) or "" for name in ("add", "remove")}
    if any(value and not SLUG.fullmatch(value) for value in chosen.values()):
        raise BadRequest()  # not a listing's id (a changed form): nothing to add or remove
    before = _posted_state(request.form.get("t", ""))
    anchor = ""
    if "add" in form or "remove" in form or "professional" in form:
        state = before
        if request.form.get("professional") is not None:
            state = state.as_professional(request.form["professional"] == "1")
        if chosen["add"]:
            state = state.adding(chosen["add"])
            anchor = "#pack-" + chosen["add"]
        if chosen["remove"]:
            state = state.removing(chosen["remove"])
            anchor = "#pack-" + chosen["remove"]
    else:
        state = _state_of(form).keeping_tools_of(before)
        if request.form.get("keep_words") == "1":
            # a results page's form, whose words were not written into the page: the boxes
            # left empty keep the search's own (templates/_search_form.html)
            kept = {
                name: before.args[name]
                for name in ("q", "location")
                if name in before.args and name not in state.args
            }
            if kept:
                state = state.with_args(**kept)
        if request.form.get("as_professional") == "1":  # the start page's "I am a professional"
            state = state.as_professional(True)
    # a pack button on the page of more services available everywhere: back to that page
    target = "web.more_national" if anchor and request.form.get("more") == "1" else None
    token = tokens().encode(state)
    return redirect(url_for(target or "web.results_token", token=token) + anchor, 303)


def _posted_state(token: str) -> SearchState:
    """What the page that posted stood for. Its search only while its address lives: from an
    ended search's address (a page left open, an old address posted back) only the referral
    pack and the professional's choice carry over, never the words or the place."""
    try:
        return tokens().decode(token)
    except TokenExpired:
        return tokens().decode(token, expired_ok=True).tools_only()
    except TokenInvalid:
        return SearchState()


def _ended(problem: Exception):
    """The page for a results address that has ended (410) or never was one (404)."""
    status = 410 if isinstance(problem, TokenExpired) else 404
    return render_template("search_ended.html", national=_ended_lines()), status


@bp.get("/results/<token>")
def results_token(token: str):
    try:
        state = tokens().decode(token)
    except (TokenExpired, TokenInvalid) as problem:
        return _ended(problem)
    return _results_page(state, opaque=True)


@bp.get("/results/<token>/more")
def more_national(token: str):
    """(issue 25) "More services available wherever you live (N)": the services available
    everywhere that the results page does not show first, in the same order and cards, on a
    page of their own (a results address: the token, never the words or the place)."""
    try:
        state = tokens().decode(token)
    except (TokenExpired, TokenInvalid) as problem:
        return _ended(problem)
    try:
        find_request = _find_request(state)
    except FindError:  # a search the results page cannot show either: its error, as there
        return _results_page(state, opaque=True)
    found = directory().search(find_request)
    # none when the results page shows them all (an old link after a new build): it says so;
    # (twenty-seventh walk-through F6, twenty-eighth F3) by who each is made for: for someone
    # worried about his own thoughts what could be his, for an adult survivor the lines for
    # survivors, first; lines for a crisis last; (w36own) those made for other people apart
    mine, others, struggling = cards.national_rest(found)
    if not others:  # (the lines for a crisis last among the rest, as they were)
        mine, struggling = mine + struggling, []
    return render_template(
        "more_national.html",
        results=found,
        more=mine,
        others=others,
        struggling=struggling,
        state=state,
        search_page=helpers.SearchPage(state, opaque=True),
    )


@bp.get("/search-ended")
def search_ended():
    """The neutral page that replaces, in a tab that used "Exit this page", any page that
    showed a search when Back brings it back (assets/js/guard.js). It says nothing about what
    was searched."""
    return render_template("search_ended.html", national=_ended_lines())


def _ended_lines() -> list[tuple[str, Service]]:
    """The lines "This search has ended" lists (``talk.ended_lines``, as Get help now's first
    lines, by who each is for): on a Welsh page, Wales's own lines first (Meic, Byw Heb Ofn),
    as Get help now has them (tenth walk-through F7.7: the Welsh page listed only the lines
    for England and Wales, sixteen English names before any that works in Welsh)."""
    served = directory()
    welsh = i18n.language() == "cy"
    wales = reported.all_as_reported(served.wales_lines) if welsh else []
    return talk.ended_lines(reported.all_as_reported(served.national_lines), wales)


@bp.get("/service/<service_id>")
def service(service_id: str):
    served = directory()
    found = served.service(service_id)
    if found is None:
        raise NotFound()
    # (fifth walk-through F5) the lines to call now for the people this service is for
    welsh = i18n.language() == "cy"
    lines = reported.all_as_reported(
        served.service_lines(found, talk.helpline_order(), welsh=welsh)
    )
    return render_template(
        "service.html",
        service=found,
        areas=places.area_names(served, found),
        helplines=lines,
        # (w30pack) the foot of the page labels them as the referral pack would
        plain_lines=not any(label for label, _line in talk.labelled(lines, [found])),
    )


def _shortlist():
    chosen = directory().shortlist(shortlist_ids(request.args.to_dict(flat=False)))
    return reported.all_as_reported(chosen)


def _pack_lines(chosen: list) -> list[tuple[str, Service]]:
    """(w29lines) The pack's lines to call now, for the people its services are for, each
    with whom it is for when the pack's services are for different people (else "")."""
    served = directory()
    lines = served.pack_lines(chosen, talk.helpline_order(), welsh=i18n.language() == "cy")
    return talk.labelled(reported.all_as_reported(lines), chosen)


@bp.get("/referral-pack")
def referral_pack():
    chosen = _shortlist()
    rows = [pack.pack_row(s) for s in chosen]
    lines = _pack_lines(chosen)
    return render_template(
        "referral_pack.html",
        services=chosen,
        rows=rows,
        helplines=[line for _label, line in lines],
        pack_lines=lines,
        today=pack.today_text(),
        site=helpers.public_url(url_for("web.start")),
    )


@bp.get("/referral-pack.csv")
def referral_pack_csv():
    chosen = _shortlist()
    csv = referral.to_csv(
        chosen,
        gettext,
        listing_text.name_in_language,
        lambda s: places.area_html(s).striptags(),
        lambda s: listing_text.status_text(s).striptags(),
        listing_text.hours_in_language,
        listing_text.phone_note_in_language,
        made=pack.today_text(),
        site=helpers.public_url(url_for("web.start")),
        helplines=_pack_lines(chosen),
        who=listing_text.who_text,
    )
    response = Response(csv, mimetype="text/csv")
    filename = gettext("referral-pack") + ".csv"
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@bp.get("/favicon.ico")
def favicon():
    """No icon (an icon could name the topic in a tab): an empty answer browsers keep."""
    return Response(status=204, headers={"Cache-Control": "public, max-age=31536000"})


@bp.get("/get-help-now")
def help_now():
    served = directory()
    national = talk.help_now_groups(reported.all_as_reported(served.national_lines))
    return render_template(
        "help_now.html",
        national=national,
        first=talk.help_now_first(national, talk.HELP_NOW_PAGE_FIRST),
        wales=reported.all_as_reported(served.wales_lines),
        quiet=reported.all_as_reported(served.quiet_lines),
    )


@bp.get("/staying-safe-online")
def staying_safe():
    minutes = round(current_app.config["DIRECTORY_SEARCH_EXPIRY_MINUTES"])
    return render_template("staying_safe.html", search_minutes=minutes)


@bp.get("/about")
def about():
    served = directory()
    return render_template("about.html", meta=served.meta, coverage=served.coverage)


@bp.get("/about/coverage.svg")
def coverage_map():
    """The map of where local services are, drawn from the bundled gazetteer (no tiles)."""
    svg = directory().coverage_map
    return Response(svg, mimetype="image/svg+xml", headers={"Cache-Control": "public, max-age=600"})


@bp.get("/accessibility")
def accessibility():
    return render_template("accessibility.html")


@bp.get("/privacy")
def privacy():
    minutes = round(current_app.config["DIRECTORY_SEARCH_EXPIRY_MINUTES"])
    kept = round(current_app.config["DIRECTORY_PAGE_CACHE_SECONDS"])
    return render_template("privacy.html", search_minutes=minutes, page_seconds=kept)
