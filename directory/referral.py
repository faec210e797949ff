"""Referral packs: a professional's shortlist of services as rows (for the page) and as CSV.

CSV cells that a spreadsheet would run as a formula (starting with =, +, - or @, or a tab or
carriage return) are neutralised with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io

from .messages import how_to_get_access
from .model import AUDIENCES, STATUSES, Service

COLUMNS = (
    "Service",
    "Organisation",
    "Who it is for",
    "Eligibility",
    "How to get access",
    "Status",
    "Phone",
    "Address",
    "Email",
    "Website",
    "Opening hours",
    "Area covered",
    "Source date",
    "Source",
    "CSA Centre directory",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def address(service: Service) -> str:
    """Every venue's full address, as printed on a letter: "name, address, postcode"; venues
    separated by "; "."""
    venues = []
    for venue in service.locations:
        parts = [p for p in (venue.name, venue.address, venue.postcode) if p]
        if venue.address or venue.postcode:
            venues.append(", ".join(parts))
    return "; ".join(venues)


def row(service: Service) -> dict[str, str]:
    """The facts a referral needs, as plain text."""
    return {
        "Service": service.name,
        "Organisation": service.organisation,
        "Who it is for": "; ".join(AUDIENCES[c] for c in service.audiences),
        "Eligibility": service.eligibility,
        "How to get access": how_to_get_access(service),
        "Status": STATUSES[service.status],
        # an unconfirmed number is never handed on as one to call
        "Phone": service.contact.callable_phone
        or ("Being confirmed: use the website" if service.contact.phone else ""),
        "Address": address(service),
        "Email": service.contact.email,
        "Website": str(service.contact.website or ""),
        "Opening hours": service.opening_hours,
        "Area covered": service.service_area.description,
        "Source date": service.source_date or "not shown by the source",
        "Source": str(service.source_url),
        "CSA Centre directory": str(service.csa_centre_url or ""),
    }


def to_csv(services: list[Service]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for service in services:
        writer.writerow({k: safe_cell(v) for k, v in row(service).items()})
    return buffer.getvalue()
