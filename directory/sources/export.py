"""The whole directory as Open Referral UK / HSDS-shaped JSON, and as CSV."""

from __future__ import annotations

import csv
import io
from typing import Any

from ..model import ABUSE_TYPES, AUDIENCES, DELIVERY_MODES, SUPPORT_TYPES, Service
from ..referral import safe_cell
from .importer import CSV_COLUMNS

ORUK_STATUS = {"active": "active", "temporarily-closed": "inactive", "closed": "defunct"}


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
        "status": ORUK_STATUS[service.status],
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
        "attributes": (
            _taxonomy("support-type", service.support_types, SUPPORT_TYPES)
            + _taxonomy("audience", service.audiences, AUDIENCES)
            + _taxonomy("abuse-type", service.abuse_types, ABUSE_TYPES)
        ),
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


# the import columns, so an export can be edited and imported, plus what only an export has
CSV_FIELDS = (*CSV_COLUMNS, "status", "not_seen_since", "origin")


def to_csv(services: list[Service]) -> str:
    """Columns match `directory import`'s CSV, so an export can be edited and imported."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for s in sorted(services, key=lambda s: s.id):
        first = s.locations[0] if s.locations else None
        row = {
            "id": s.id,
            "name": s.name,
            "organisation": s.organisation,
            "status": s.status,
            "support_types": ";".join(s.support_types),
            "audiences": ";".join(s.audiences),
            "delivery_modes": ";".join(s.delivery_modes),
            "referral_routes": ";".join(s.referral_routes),
            "minimum_age": s.minimum_age,
            "maximum_age": s.maximum_age,
            "phone": s.contact.phone,
            "email": s.contact.email,
            "website": str(s.contact.website or ""),
            "national": "yes" if s.is_national else "",
            "councils": ";".join(s.service_area.local_authorities),
            "regions": ";".join(s.service_area.regions),
            "area_description": s.service_area.description,
            "address": first.address if first else "",
            "postcode": first.postcode if first else "",
            "opening_hours": s.opening_hours,
            "eligibility": s.eligibility,
            "how_to_access": s.how_to_access,
            "languages": ";".join(s.languages),
            "description": s.description,
            "source_url": str(s.source_url),
            "csa_centre_url": str(s.csa_centre_url or ""),
            "last_checked": s.last_checked.isoformat(),
            "not_seen_since": s.not_seen_since.isoformat() if s.not_seen_since else "",
            "origin": s.origin,
        }
        writer.writerow({k: safe_cell(v) for k, v in row.items()})
    return out.getvalue()
