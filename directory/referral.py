"""Referral packs: a professional's shortlist of services as rows (for the page) and as CSV.

CSV cells that a spreadsheet would run as a formula (starting with =, +, - or @, or a tab or
carriage return) are neutralised with a leading apostrophe.

Column names and the words this module adds are English; ``gettext`` is passed in so the web
layer can give them in the page's language (the listings' own text stays as its sources wrote
it). ``N_`` marks the column names for extraction (``scripts/translations``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence

from .messages import Translate, how_to_get_access
from .model import AUDIENCES, STATUSES, Service


def N_(text: str) -> str:
    """A string to translate where it is shown."""
    return text


#: (twenty-fourth walk-through F4) every row of the CSV has every column, the first saying what
#: the row is (``KINDS``): a professional can sort and filter it as one table
COLUMNS = (
    N_("Kind"),
    N_("Service"),
    N_("Organisation"),
    N_("What it offers"),
    N_("Who it is for"),
    N_("Eligibility"),
    N_("How to get access"),
    N_("Status"),
    N_("Phone"),
    N_("Address"),
    N_("Email"),
    N_("Website"),
    N_("Opening hours"),
    N_("Area covered"),
    N_("Source date"),
    N_("Checked by us"),
    N_("Source"),
    N_("CSA Centre directory"),
)
#: columns left out of a CSV where no row fills them: the CSA Centre's own page for a service
#: is known only for listings refreshed from its directory, none of the bundled ones
OPTIONAL = frozenset({"CSA Centre directory"})
#: the CSV's kinds of row: a chosen service, a line to call now (and 999), where the pack came
#: from (strings the pages already use)
CHOSEN = N_("In your referral pack")
LINE = N_("Talk to someone now")
ORIGIN = N_("About this directory")
#: (forty-sixth walk-through F6) what the service page says where a listing states no
#: eligibility: an empty cell read as a fault of the export
NOT_STATED = N_("Not stated: ask the service")
#: how a cell starts that a spreadsheet would run as a formula
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets an apostrophe in
    front (an export that is imported again uses ``sources.table.neutralise``, which an import
    undoes exactly)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def address(service: Service) -> str:
    """Every venue's full address, as printed on a letter: "name, address, postcode"; venues
    separated by "; "."""
    venues = []
    for venue in service.locations:
        parts = [p for p in (venue.name, venue.address, venue.postcode) if p]
        if venue.address or venue.postcode:
            venues.append(", ".join(parts))
    return "; ".join(venues)


def _identity(text: str) -> str:
    return text


def phone_cell(service: Service, _: Translate = _identity) -> str:
    """How to phone, as the cards say it: a confirmed number, or where to find one. An
    unconfirmed number is never handed on as one to call, and a website is never pointed to
    unless the listing gives one (fifth walk-through F7: "use the website" with none): without
    one, the NHS page that finds the service (as cards link it), or the listing's source page."""
    contact = service.contact
    if contact.callable_phone:
        return contact.callable_phone
    if contact.website:
        return _("Being confirmed: use the website") if contact.phone else ""
    if contact.finder:
        where = _("Find its contact details on the NHS website") + f": {contact.finder}"
        return _("Being confirmed.") + " " + where if contact.phone else where
    if contact.phone:
        return _("Being confirmed: see its source page (%(column)s)") % {"column": _("Source")}
    return ""


def row(
    service: Service,
    _: Translate = _identity,
    name: str = "",
    area: str = "",
    status: str = "",
    hours: str = "",
    note: str = "",
    who: str = "",
) -> dict[str, str]:
    """The facts a referral needs, as plain text, keyed by the English column names (``name``,
    ``area``, ``status``, ``hours`` and ``note``: the service's name, the area it covers, its
    status with the warnings its card gives, its opening hours and the note its card gives
    with the phone number, and ``who``, whom it is for, as the page shows them)."""
    phone = phone_cell(service, _)
    note = note if service.contact.has_own_route else ""
    return {
        "Kind": _(CHOSEN),
        "Service": name or service.name,
        "Organisation": service.organisation,
        "What it offers": service.description,
        "Who it is for": who or "; ".join(_(AUDIENCES[c]) for c in service.audiences),
        "Eligibility": service.eligibility or _(NOT_STATED),
        "How to get access": how_to_get_access(service, _),
        "Status": status or _(STATUSES[service.status]),
        # (twenty-sixth walk-through F7) "ask for its Bedfordshire service", as the card says
        "Phone": f"{phone} ({note})" if phone and note else phone,
        "Address": address(service),
        "Email": service.contact.email,
        "Website": str(service.contact.website or ""),
        "Opening hours": hours or service.opening_hours,
        "Area covered": area or service.service_area.description,
        "Source date": source_date_cell(service, _),
        # the day a researcher last read the source (not the day the service confirmed it)
        "Checked by us": service.last_checked.isoformat(),
        "Source": str(service.source_url),
        "CSA Centre directory": str(service.csa_centre_url or ""),
    }


def source_date_cell(service: Service, _: Translate = _identity) -> str:
    """The source's date as ISO text, no more precise than the source ("2019-11", "2016"),
    with "about" when the source's date is approximate ("about 2016": the page says "about"
    too)."""
    if not service.source_date:
        return _("not shown by the source")
    if service.source_date_approximate:
        return _("about %(date)s") % {"date": service.source_date}
    return service.source_date


def to_csv(
    services: list[Service],
    _: Translate = _identity,
    name: Callable[[Service], str] = lambda s: s.name,
    area: Callable[[Service], str] = lambda s: s.service_area.description,
    status: Callable[[Service], str] = lambda s: "",
    hours: Callable[[Service], str] = lambda s: s.opening_hours,
    note: Callable[[Service], str] = lambda s: s.contact.phone_notes,
    made: str = "",
    site: str = "",
    helplines: Sequence[tuple[str, Service]] = (),
    who: Callable[[Service], str] = lambda s: "",
) -> str:
    """The pack as CSV, with the column names in the language ``_`` gives (``name``, ``area``,
    ``status``, ``hours``, ``note``, ``who``: as ``row`` takes them, in the page's language).
    Like the printed pack, rows after the services give the lines to call now (``helplines``:
    each with whom it is for, as the pack page labels it, or "" for the listing's own
    audiences), then 999, then the date it was made (``made``) and the site's address
    (``site``). Every row has every column, the first (Kind) saying what the row is (twenty-
    fourth walk-through F4: ragged rows after a blank one sorted in among the services)."""
    rows = [row(s, _, name(s), area(s), status(s), hours(s), note(s), who(s)) for s in services]
    for label, line in helplines:
        cells = row(line, _, name(line), area(line), status(line), hours(line), note(line))
        cells["Kind"] = _(LINE)
        rows.append(cells | ({"Who it is for": label} if label else {}))
    if made or site or helplines:
        danger = _("If you or a child are in danger right now, call")
        rows.append({"Kind": _(LINE), "Service": "999", "Who it is for": danger, "Phone": "999"})
    if made or site:
        origin = _("Made on %(date)s from Find support, %(address)s")
        what = origin % {"date": made, "address": site}
        rows.append({"Kind": _(ORIGIN), "Service": _("Find support"), "What it offers": what})
        rows[-1]["Website"] = site
    # a link only refreshed listings carry has a column only when a row has one (twenty-fifth
    # walk-through F7: an empty "CSA Centre directory" column in every bundled pack)
    columns = [c for c in COLUMNS if c not in OPTIONAL or any(r.get(c) for r in rows)]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(_(column)) for column in columns])
    for cells in rows:
        writer.writerow([safe_cell(cells.get(column, "")) for column in columns])
    return buffer.getvalue()
