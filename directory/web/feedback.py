"""Pages that keep the listings true: "Report a problem with this listing" on every service
page, and "What changed near you" (/changes and its Atom feeds). Views are thin: the work is
in ``directory/feedback/``.

The report form asks for nothing about the person: no cookie, no name or contact details; it
carries a signed, expiring token of its own; the reporting client is counted (in memory only,
by a keyed hash: ``feedback/ratelimit.py``) so one client cannot flood the queue.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

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
from itsdangerous import BadData, URLSafeTimedSerializer
from markupsafe import Markup, escape
from werkzeug.exceptions import NotFound

from ..feedback import changes, reports, verified
from ..feedback.db import StateUnavailable
from ..feedback.ratelimit import RateLimiter, client_of, trusted_proxies
from ..geo import load_police_force_areas
from ..geo.police import welsh_name as welsh_force_name
from ..limits import MAX_AREA_CHARS, MAX_DETAILS_CHARS
from ..model import Service
from ..search_token import random_secret
from . import helpers, i18n, listing_text, places, reported
from .i18n import gettext

bp = Blueprint("feedback", __name__)


def N_(text: str) -> str:  # noqa: N802 (marks a string for the catalogue: scripts/translations)
    return text


#: how long a report form can be sent after it was shown (seconds)
FORM_MAX_AGE = 2 * 60 * 60
#: how far back /changes looks when no date is given (days)
DEFAULT_DAYS = 90
KIND_LABELS = {
    "number": N_("The phone number does not work or is wrong"),
    "closed": N_("The service has closed or moved"),
    "who": N_("Who the service is for is wrong"),
    "website": N_("The website is wrong"),
    "other": N_("Something else"),
}
CHANGE_LABELS = {"added": N_("Added"), "closed": N_("Closed or removed"), "changed": N_("Changed")}


def install(app: Flask) -> None:
    """The state folder, the report forms' signer, the rate limiter, the record of each
    build's changes, and these pages."""
    state = Path(app.config["DIRECTORY_STATE_PATH"])
    secret = app.config.get("DIRECTORY_SECRET_KEY") or random_secret()
    app.extensions["report_forms"] = URLSafeTimedSerializer(secret, salt="report-a-problem")
    app.extensions["report_limiter"] = RateLimiter(int(app.config["DIRECTORY_REPORT_LIMIT"]))
    app.extensions["report_proxies"] = trusted_proxies(app.config["DIRECTORY_TRUSTED_PROXIES"])
    changes.register(Path(app.config["DIRECTORY_INDEX_PATH"]), state)
    verified.register(Path(app.config["DIRECTORY_INDEX_PATH"]), state)
    app.add_template_filter(as_reported, "as_reported")
    app.add_template_global(listing_state, "listing_state")
    app.register_blueprint(bp)


def _state() -> Path:
    return Path(current_app.config["DIRECTORY_STATE_PATH"])


def checked_on(service: Service) -> dt.date | None:
    """Our latest check of a listing, as the build being served carries it (feedback/verified.py:
    a check shows from the next build)."""
    return verified.in_build(helpers.served().index.path).get(service.id)


def as_reported(service: Service) -> Service:
    """The service as its page shows it: its number not offered as a link to call once
    enough people said it does not work (web/reported.py)."""
    return reported.as_reported(service)


def listing_state(service: Service) -> dict[str, Any]:
    """What a listing's page says about reports and checks."""
    checked = checked_on(service)
    return {
        "notice": reported.notice(service.id),
        "checked_on": checked,
        "out_of_date": verified.out_of_date(checked, service.last_checked),
    }


# --- report a problem -------------------------------------------------------------------


def _service_or_404(service_id: str) -> Service:
    found = helpers.served().service(service_id)
    if found is None:
        raise NotFound()
    return found


#: report forms as rendered, by listing, language, error and kind chosen, with placeholders
#: where each request's token and the person's text go (bounded; see ``_form``)
_FORMS: dict[tuple, tuple[object, str]] = {}
_MAX_FORMS = 2_000
_TYPED = re.compile("app-typed-(token|details)")


def _form(service: Service, *, status: int = 200, error: str = "", kind: str = "",
          details: str = "") -> tuple[str, int]:  # fmt: skip
    """The report form, with a new token. Rendered once per listing (as built), language,
    mount, error and kind chosen, and kept while the reported listings (shown in the footer's
    helplines) stay the same: a refused post (a forged or expired token, a flood's) costs a
    copy and two substitutions, not the GOV.UK components' rendering (about 2.5 ms, more than a
    search). What the person typed is put into the copy, escaped, and never kept."""
    token = current_app.extensions["report_forms"].dumps(service.id)
    kind = kind if kind in reports.KINDS else ""
    key = (i18n.language(), request.script_root, service.id, id(service), error, kind)
    said = reported.notices()
    kept = _FORMS.get(key)
    if kept is None or kept[0] is not said:
        items = [
            {"value": k, "text": gettext(label), "checked": k == kind}
            for k, label in KIND_LABELS.items()
        ]
        html = render_template(
            "report.html", service=service, token="app-typed-token", kinds=items, error=error,
            details="app-typed-details", max_details=MAX_DETAILS_CHARS,
        )  # fmt: skip
        if len(_FORMS) >= _MAX_FORMS:
            _FORMS.clear()
        kept = _FORMS[key] = (said, html)
    typed = {"token": token, "details": str(escape(details))}
    return _TYPED.sub(lambda m: typed[m.group(1)], kept[1]), status


@bp.get("/service/<service_id>/report")
def report_form(service_id: str):
    return _form(_service_or_404(service_id))


@bp.post("/service/<service_id>/report")
def report_sent(service_id: str):
    limiter = current_app.extensions["report_limiter"]
    client = client_of(request.remote_addr or "", request.headers.get("X-Forwarded-For"),
                       current_app.extensions["report_proxies"])  # fmt: skip
    limiter.note_post(client)  # every post, first: a flood of forged forms counts too
    service = _service_or_404(service_id)
    kind = request.form.get("kind", "")
    details = request.form.get("details", "")
    try:
        signed_for = current_app.extensions["report_forms"].loads(
            request.form.get("token", ""), max_age=FORM_MAX_AGE
        )
    except BadData:
        signed_for = None
    if signed_for != service.id:
        return _form(service, status=400, kind=kind, details=details[:MAX_DETAILS_CHARS],
                     error=gettext("This form has expired. Please choose what is wrong again "
                                   "and send it."))  # fmt: skip
    if kind not in reports.KINDS:
        return _form(service, status=400, details=details[:MAX_DETAILS_CHARS],
                     error=gettext("Choose what is wrong with this listing"))  # fmt: skip
    if len(details) > MAX_DETAILS_CHARS:
        return _form(service, status=400, kind=kind, details=details[:MAX_DETAILS_CHARS],
                     error=gettext("Say more in %(max)d characters or fewer",
                                   max=MAX_DETAILS_CHARS))  # fmt: skip
    # over the limit, the person is thanked all the same: nothing tells a flood it is refused
    if limiter.allow(client, service.id, kind):
        try:
            reports.add(_state(), service.id, service.name, kind, details)
        except StateUnavailable:
            current_app.logger.error("a report could not be stored")
    # to the thank-you page: going back or reloading it sends nothing again
    return redirect(url_for("feedback.report_thanks", service_id=service.id), 303)


@bp.get("/service/<service_id>/report/sent")
def report_thanks(service_id: str):
    service = _service_or_404(service_id)
    return render_template(
        "report_thanks.html", service=service, national=helpers.served().national_lines
    )


# --- what changed near you --------------------------------------------------------------


def _police():
    return load_police_force_areas(Path(current_app.config["DIRECTORY_GAZETTEER_PATH"]))


class BadChangesRequest(ValueError):
    def __init__(self, param: str, message: str) -> None:
        super().__init__(message)
        self.param, self.message = param, message


def changes_request(args: dict[str, str]) -> tuple[dt.date, str]:
    """The date and area a request for changes asks for (raises BadChangesRequest)."""
    raw = (args.get("since") or "").strip()
    today = dt.date.today()
    if raw:
        try:
            since = dt.date.fromisoformat(raw)
        except ValueError:
            raise BadChangesRequest(
                "since", gettext("Enter the date as year-month-day, for example 2026-01-31")
            ) from None
        if since > today:
            raise BadChangesRequest("since", gettext("The date must be today or in the past"))
    else:
        since = today - dt.timedelta(days=DEFAULT_DAYS)
    area = (args.get("area") or "").strip()[:MAX_AREA_CHARS]
    if area and changes.area_matcher(area, _police()) is None:
        raise BadChangesRequest(
            "area", gettext("Choose a police force area or a council from the list")
        )
    return since, area


def changes_since(since: dt.date, area: str) -> list[changes.Change]:
    try:
        return changes.since(_state(), since, area, _police())
    except StateUnavailable:
        current_app.logger.warning("the state database could not be read")
        return []


def _area_choices() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The dropdown's police force areas and councils, each (value, name, language of the
    name): on a Welsh page a Welsh force's or council's Welsh name, the English ones marked
    "en" (an empty language is the page's)."""
    police = _police()
    gazetteer = current_app.extensions["gazetteer"]
    welsh = i18n.language() == "cy"
    forces = []
    for name in police.names():
        in_welsh = welsh and welsh_force_name(name)
        forces.append((name, in_welsh or name, "en" if welsh and not in_welsh else ""))
    councils = []
    for force in police.names():
        for code in police.councils_in(force):
            in_welsh = welsh and gazetteer.welsh_name(code)
            name = in_welsh or _council_name(gazetteer, code)
            councils.append((code, name, "en" if welsh and not in_welsh else ""))
    forces.sort(key=lambda choice: choice[1].casefold())
    councils.sort(key=lambda choice: choice[1])
    return forces, councils


def _council_name(gazetteer: Any, code: str) -> str:
    """A council's name (its Welsh name on a Welsh page, when it has one)."""
    if i18n.language() == "cy" and gazetteer.welsh_name(code):
        return gazetteer.welsh_name(code)
    place = gazetteer.council(code)
    return place.name if place else code


def _area_name(area: str) -> Markup:
    """The area chosen, as the page names it: a police force area as cards name it ("ardal
    Heddlu Gogledd Cymru", "ardal heddlu <span lang="en">Kent</span>" on a Welsh page), a
    council by its Welsh name on a Welsh page when it has one, else marked English there."""
    if not area:
        return Markup("")
    police = _police()
    for name in police.names():
        if set(police.councils_in(name)) == set(police.councils_in(area)):
            if i18n.language() == "cy":
                return places.force_area_html(name)
            return Markup("{}").format(name)
    gazetteer = current_app.extensions["gazetteer"]
    code = area.upper()
    if i18n.language() == "cy" and not gazetteer.welsh_name(code):
        return listing_text.as_english(_council_name(gazetteer, code))
    return Markup("{}").format(_council_name(gazetteer, code))


def _change_name(change: changes.Change) -> Markup:
    """A listing's name in the list of changes: on a Welsh page its Welsh name when it has one
    (as on its own page), otherwise its name marked as English."""
    if i18n.language() != "cy":
        return Markup("{}").format(change.name)
    try:
        service = helpers.served().service(change.service_id)
    except Exception:  # no usable index: the name the change recorded
        service = None
    if service is not None and service.name_cy:
        return Markup("{}").format(service.name_cy)
    return listing_text.as_english(change.name)


@bp.get("/changes")
def changes_page():
    forces, councils = _area_choices()
    try:
        since, area = changes_request(request.args.to_dict())
        error = None
    except BadChangesRequest as problem:
        since, area, error = dt.date.today() - dt.timedelta(days=DEFAULT_DAYS), "", problem
    found = [] if error else changes_since(since, area)
    page = render_template(
        "changes.html",
        changes=[(c, _fields_text(c), _change_name(c)) for c in found],
        since=since,
        area=area,
        area_name=_area_name(area),
        forces=forces,
        councils=councils,
        error=error,
        change_labels=CHANGE_LABELS,
        since_text=request.args.get("since", since.isoformat()),
    )
    return page, (400 if error else 200)


#: a listing's fields by the names its page gives them (the rest: their own names, spaced)
FIELD_LABELS = {
    "name": N_("Name"),
    "contact": N_("Contact"),
    "opening_hours": N_("Opening hours"),
    "eligibility": N_("Eligibility"),
    "accessibility": N_("Accessibility"),
    "languages": N_("Languages"),
    "service_area": N_("Area covered"),
    "locations": N_("Address"),
    "support_types": N_("Type of support"),
    "delivery_modes": N_("How it is delivered"),
    "audiences": N_("Who it is for"),
    "how_to_access": N_("How to get access"),
}


def _field_label(name: str) -> str:
    label = FIELD_LABELS.get(name)
    return gettext(label) if label else name.replace("_", " ")


def _fields_text(change: changes.Change) -> str:
    return ", ".join(_field_label(f) for f in change.fields)


ATOM = "http://www.w3.org/2005/Atom"


@bp.get("/changes.atom")
def changes_feed():
    try:
        since, area = changes_request(request.args.to_dict())
    except BadChangesRequest as problem:
        return Response(problem.message, status=400, mimetype="text/plain")
    found = changes_since(since, area)
    public = current_app.config["DIRECTORY_PUBLIC_URL"]
    page_url = public + url_for("feedback.changes_page", area=area or None)
    self_url = public + url_for("feedback.changes_feed", area=area or None)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    lang = i18n.language()
    feed.set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    title = (
        gettext("What changed in %(area)s", area=_area_name(area).striptags())
        if area
        else gettext("What changed in the directory")
    )
    newest = max((c.date for c in found), default=since.isoformat())
    for tag, text in (("id", self_url), ("title", title), ("updated", f"{newest}T00:00:00Z")):
        ET.SubElement(feed, f"{{{ATOM}}}{tag}").text = text
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = gettext(
        "Find support"
    )
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=page_url, type="text/html")
    for change in found:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        service_url = public + url_for("web.service", service_id=change.service_id)
        ET.SubElement(
            entry, f"{{{ATOM}}}id"
        ).text = f"{public}/changes/{change.build}/{change.service_id}"
        ET.SubElement(
            entry, f"{{{ATOM}}}title"
        ).text = f"{gettext(CHANGE_LABELS[change.kind])}: {_change_name(change).striptags()}"
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = f"{change.date}T00:00:00Z"
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=service_url)
        summary = _fields_text(change)
        if summary:
            ET.SubElement(entry, f"{{{ATOM}}}summary").text = gettext(
                "Changed: %(fields)s", fields=summary
            )
    body = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return Response(body, mimetype="application/atom+xml")
