"""The whole directory as Open Referral UK / HSDS-shaped JSON, as the listings' own JSON and
as CSV; the last two are what `directory import` reads back, losing nothing."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from ..model import DELIVERY_MODES, Service, to_records
from ..vocabulary import ORUK_STATUSES, ORUK_TAXONOMIES
from . import table


def _taxonomy(vocabulary: str, codes: list[str], labels: dict[str, str]) -> list[dict]:
    return [
        {
            "taxonomy_term": {
                "id": f"{vocabulary}:{code}",
                "name": labels[code],
                "vocabulary": vocabulary,
            }
        }
        for code in codes
    ]


def to_oruk(service: Service) -> dict[str, Any]:
    """One service in the shape of Open Referral UK 3.0 (HSDS 3) `service` objects."""
    c = service.contact
    return {
        "id": service.id,
        "name": service.name,
        "description": service.description,
        "url": str(c.website) if c.website else None,
        "email": c.email or None,
        "status": ORUK_STATUSES[service.status],
        "organization": {"name": service.organisation},
        "eligibility_description": service.eligibility,
        "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "assured_date": service.last_checked.isoformat(),
        "attending_type": ", ".join(DELIVERY_MODES[m] for m in service.delivery_modes),
        "application_process": service.how_to_access,
        "phones": [{"number": c.phone, "description": c.phone_notes}] if c.phone else [],
        "service_areas": [
            {
                "name": service.service_area.description
                or ("England and Wales" if service.is_national else ""),
                "extent": ",".join(service.service_area.local_authorities),
                "extent_type": "gss-codes",
            }
        ],
        "service_at_locations": [
            {
                "location": {
                    "name": loc.name,
                    "address": [
                        {"address_1": loc.address, "postal_code": loc.postcode, "country": "GB"}
                    ],
                    "latitude": loc.latitude,
                    "longitude": loc.longitude,
                }
            }
            for loc in service.locations
        ],
        "schedules": [{"description": service.opening_hours}] if service.opening_hours else [],
        "languages": [{"name": name} for name in service.languages],
        "accessibility": service.accessibility,
        "attributes": [
            attribute
            for vocabulary, (field, labels) in ORUK_TAXONOMIES.items()
            for attribute in _taxonomy(vocabulary, getattr(service, field), labels)
        ],
        "url_csa_centre_directory": str(service.csa_centre_url or ""),
        "source_url": str(service.source_url),
        "last_checked": service.last_checked.isoformat(),
    }


def to_json_document(services: list[Service]) -> dict[str, Any]:
    return {
        "about": "Support services in England and Wales for people affected by child sexual "
        "abuse. The authoritative directory is the CSA Centre's: "
        "https://www.csacentre.org.uk/find-a-support-service",
        "total_items": len(services),
        "contents": [to_oruk(s) for s in sorted(services, key=lambda s: s.id)],
    }


def to_listings_document(services: list[Service]) -> dict[str, Any]:
    """Every field of every listing, in the model's own shape: what `directory import` reads
    back without losing anything (the Open Referral UK document leaves fields out)."""
    ordered = sorted(services, key=lambda s: s.id)
    # origin always stated: a record without one is read as a curated addition
    records = zip(ordered, to_records(ordered), strict=True)
    return {"records": [{**record, "origin": s.origin} for s, record in records]}


def to_csv(services: list[Service]) -> str:
    """One row a listing, every field (see ``table.COLUMNS``): an export can be edited in a
    spreadsheet and imported again."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=table.NAMES, lineterminator="\r\n")
    writer.writeheader()
    for service in sorted(services, key=lambda s: s.id):
        writer.writerow({k: table.neutralise(v) for k, v in table.to_row(service).items()})
    return out.getvalue()


def write_export(services: list[Service], folder: Path) -> list[Path]:
    """The three export files in ``folder``: services.json (Open Referral UK), listings.json
    (every field, for import) and services.csv."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "services.json": _json(to_json_document(services)),
        "listings.json": _json(to_listings_document(services)),
        "services.csv": to_csv(services),
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8", newline="")
    return [folder / name for name in files]


def _json(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False)
