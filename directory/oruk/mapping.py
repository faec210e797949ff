"""Our listings as Open Referral UK 3.0 documents (the standard's compiled ``service``,
``service_list``, ``service_at_location_list``, ``taxonomy`` and ``taxonomy_term`` schemas).

Every id is a UUID 5 in one fixed namespace, made from our own ids (``oruk_id``), so a system
that stores them keeps them across rebuilds and exports. Fields we do not know are left out,
never written as null. Fields the profile lacks but HSDS 3.0 defines (``phones``, a language's
``name``) and two of our own (``source_url``, ``csa_centre_url``: where the facts were read) are
added; the profile allows additional fields. Imports nothing from the web layer.
"""

from __future__ import annotations

import math
import tomllib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import PROJECT_ROOT
from ..model import Location, Service
from ..vocabulary import (
    ABUSE_TYPES,
    AUDIENCES,
    COMMUNITIES,
    ORUK_STATUSES,
    STATUSES,
    SUPPORT_TYPES,
)

#: Never change: every ORUK id we publish is derived in it.
NAMESPACE = uuid.UUID("6f1c2d8e-5b0a-4c47-9e1d-3a7b2f4c9d10")

PROFILE_URL = "https://github.com/openreferral/uk-profile"
VERSION = "3.0"


def oruk_id(kind: str, *key: str) -> str:
    """The stable UUID of one of our objects: ``kind`` (service, location, ...) and our key."""
    return str(uuid.uuid5(NAMESPACE, ":".join((kind, *key))))


@dataclass(frozen=True)
class Taxonomy:
    """One of our vocabularies as an ORUK taxonomy."""

    name: str  # the vocabulary's name in term ids and the ``taxonomy`` field
    field: str  # the listing's field holding its codes
    title: str
    description: str
    terms: dict[str, str]  # code -> label
    definitions: dict[str, str]  # code -> one sentence (each term's ``description``)

    @property
    def id(self) -> str:
        return oruk_id("taxonomy", self.name)

    def term_id(self, code: str) -> str:
        return oruk_id("taxonomy-term", self.name, code)


#: the listing fields our taxonomies describe, and their vocabularies
VOCABULARIES = {
    "support_types": SUPPORT_TYPES,
    "audiences": AUDIENCES,
    "abuse_types": ABUSE_TYPES,
    "communities": COMMUNITIES,
}
TAXONOMIES_FILE = PROJECT_ROOT / "bundled_data" / "oruk" / "taxonomies.toml"


def load_taxonomies(path: Path = TAXONOMIES_FILE) -> tuple[Taxonomy, ...]:
    """The taxonomies of ``taxonomies.toml``, checked against the vocabularies: a term without
    a sentence, an unknown term, field or key stops with the file and what is wrong."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: cannot be read ({exc})") from exc
    taxonomies = []
    for name, table in document.items():
        where = f"{path}: [{name}]"
        if not isinstance(table, dict) or set(table) != {"field", "title", "description", "terms"}:
            raise ValueError(f"{where} needs exactly field, title, description and terms")
        vocabulary = VOCABULARIES.get(str(table["field"]))
        if vocabulary is None:
            raise ValueError(f"{where}: field must be one of {', '.join(VOCABULARIES)}")
        definitions = table["terms"]
        if not isinstance(definitions, dict):
            raise ValueError(f"{where}: terms must be a table of code = sentence")
        wrong = sorted(set(definitions) ^ set(vocabulary))
        if wrong:
            raise ValueError(f"{where}: terms must define each code of its field: {wrong}")
        texts = [table["title"], table["description"], *definitions.values()]
        if not all(isinstance(text, str) and text.strip() for text in texts):
            raise ValueError(f"{where}: every title, description and term needs a sentence")
        taxonomies.append(
            Taxonomy(name, table["field"], table["title"], table["description"], vocabulary,
                     definitions)
        )  # fmt: skip
    return tuple(taxonomies)


TAXONOMIES = load_taxonomies()
TAXONOMY_BY_ID = {t.id: t for t in TAXONOMIES}


def taxonomy_term(taxonomy: Taxonomy, code: str) -> dict[str, Any]:
    return {
        "id": taxonomy.term_id(code),
        "name": taxonomy.terms[code],
        "description": taxonomy.definitions[code],
        "taxonomy": taxonomy.name,
        "taxonomy_id": taxonomy.id,
        "term": code,
    }


def all_terms() -> list[dict[str, Any]]:
    return [taxonomy_term(t, code) for t in TAXONOMIES for code in t.terms]


TERM_BY_ID: dict[str, tuple[Taxonomy, str]] = {
    t.term_id(code): (t, code) for t in TAXONOMIES for code in t.terms
}


def taxonomy_document(taxonomy: Taxonomy) -> dict[str, Any]:
    return {
        "id": taxonomy.id,
        "name": taxonomy.title,
        "description": taxonomy.description,
        "version": "1",
        "taxonomy_terms": [taxonomy_term(taxonomy, code) for code in taxonomy.terms],
    }


def service_uuid(service: Service) -> str:
    return oruk_id("service", service.id)


def _organization(service: Service) -> dict[str, Any] | None:
    if not service.organisation:
        return None
    # the profile requires a description; our listings hold none for organisations, and we do
    # not make one up: an empty one says "not known"
    return {
        "id": oruk_id("organization", service.organisation.casefold()),
        "name": service.organisation,
        "description": "",
    }


def _url(service: Service) -> str | None:
    """The service's own website: never a finder page (the NHS finder of every SARC)."""
    c = service.contact
    if c.website is None or (c.finder is not None and str(c.website) == str(c.finder)):
        return None
    return str(c.website)


def _area_name(service: Service) -> str:
    area = service.service_area
    if area.description:
        return area.description
    if area.uk_wide:
        return "United Kingdom"
    if area.national:
        return "England and Wales"
    return ", ".join([*area.countries, *area.regions])


def _service_areas(service: Service, sid: str) -> list[dict[str, Any]]:
    area = service.service_area
    entry: dict[str, Any] = {"id": oruk_id("service-area", service.id), "service_id": sid}
    if _area_name(service):
        entry["name"] = _area_name(service)
    if area.local_authorities:
        entry["extent"] = ",".join(area.local_authorities)
        entry["extent_type"] = "gss_codes"  # ONS codes of the councils covered
    return [entry]


def _location(service: Service, n: int, loc: Location) -> dict[str, Any]:
    lid = oruk_id("location", service.id, str(n))
    body: dict[str, Any] = {"id": lid, "location_type": "physical"}
    if loc.name:
        body["name"] = loc.name
    if loc.precision:
        body["description"] = f"The position given is {_PRECISION[loc.precision]}."
    if loc.has_point:
        body["latitude"] = loc.latitude
        body["longitude"] = loc.longitude
    if loc.address and loc.postcode:
        # our listings hold an address as one line: city and state_province (required by the
        # profile) are empty rather than guessed
        body["addresses"] = [
            {
                "id": oruk_id("address", service.id, str(n)),
                "location_id": lid,
                "address_1": loc.address,
                "city": "",
                "state_province": "",
                "postal_code": loc.postcode,
                "country": "GB",
                "address_type": "physical",
            }
        ]
    if service.accessibility:
        body["accessibility"] = [
            {
                "id": oruk_id("accessibility", service.id, str(n)),
                "location_id": lid,
                "description": service.accessibility,
            }
        ]
    return body


_PRECISION = {
    "postcode-district": "the centre of its postcode district, not the venue itself",
    "town": "the centre of its town, not the venue itself",
}


def service_at_locations(service: Service) -> list[dict[str, Any]]:
    sid = service_uuid(service)
    out = []
    for n, loc in enumerate(service.locations):
        location = _location(service, n, loc)
        out.append(
            {
                "id": oruk_id("service-at-location", service.id, str(n)),
                "service_id": sid,
                "location_id": location["id"],
                "location": location,
            }
        )
    return out


def _attributes(service: Service, sid: str) -> list[dict[str, Any]]:
    return [
        {
            "id": oruk_id("attribute", service.id, taxonomy.name, code),
            "link_id": sid,
            "link_type": "service",
            "taxonomy_term_id": taxonomy.term_id(code),
            "taxonomy_term": taxonomy_term(taxonomy, code),
        }
        for taxonomy in TAXONOMIES
        for code in getattr(service, taxonomy.field)
    ]


def assured_date(service: Service) -> str:
    """When the facts were last checked: by us against the listing's source, or, for a
    listing read from another ORUK feed, by that feed's publisher (its own assured_date)."""
    if service.origin == "oruk" and len(service.source_date) == 10:
        return service.source_date
    return service.last_checked.isoformat()


def service_list_item(service: Service) -> dict[str, Any]:
    """The one-to-one fields (the standard's ``service_list``)."""
    sid = service_uuid(service)
    body: dict[str, Any] = {"id": sid, "name": service.name}
    if service.description:
        body["description"] = service.description
    url = _url(service)
    if url:
        body["url"] = url
    if service.contact.email:
        body["email"] = service.contact.email
    body["status"] = ORUK_STATUSES[service.status]
    if service.minimum_age is not None:
        body["minimum_age"] = service.minimum_age
    if service.maximum_age is not None:
        body["maximum_age"] = service.maximum_age
    body["assured_date"] = assured_date(service)
    if service.status != "active":
        body["alert"] = service.status_note or STATUSES[service.status]
    organization = _organization(service)
    if organization:
        body["organization_id"] = organization["id"]
        body["organization"] = organization
    body["source_url"] = str(service.source_url)
    if service.csa_centre_url:
        body["csa_centre_url"] = str(service.csa_centre_url)
    return body


def service_full(service: Service) -> dict[str, Any]:
    """One service with everything we know of it (the standard's compiled ``service``)."""
    sid = service_uuid(service)
    body = service_list_item(service)
    body["service_areas"] = _service_areas(service, sid)
    body["service_at_locations"] = service_at_locations(service)
    body["schedules"] = (
        [
            {
                "id": oruk_id("schedule", service.id),
                "service_id": sid,
                "description": service.opening_hours,
            }
        ]
        if service.opening_hours
        else []
    )
    body["languages"] = [
        {"id": oruk_id("language", service.id, name.casefold()), "service_id": sid, "name": name}
        for name in service.languages
    ]
    phone = service.contact.callable_phone  # an unconfirmed number is never offered
    notes = service.contact.phone_notes
    body["phones"] = (
        [
            {
                "id": oruk_id("phone", service.id),
                "service_id": sid,
                "number": phone,
                **({"description": notes} if notes else {}),
            }
        ]
        if phone
        else []
    )
    body["contacts"] = []
    body["attributes"] = _attributes(service, sid)
    return body


def service_at_location_list_items(service: Service) -> list[dict[str, Any]]:
    """Each of a service's venues with the service's one-to-one fields
    (``service_at_location_list``)."""
    listed = service_list_item(service)
    return [{**entry, "service": listed} for entry in service_at_locations(service)]


def page(items: Sequence[Any], page_number: int, per_page: int) -> dict[str, Any]:
    """The standard's ``Page`` around one page of ``items`` (all of them, already mapped)."""
    total = len(items)
    pages = max(1, math.ceil(total / per_page))
    start = (page_number - 1) * per_page
    contents = list(items[start : start + per_page])
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page_number,
        "size": len(contents),
        "first_page": page_number == 1,
        "last_page": page_number >= pages,
        "empty": total == 0,
        "contents": contents,
    }
