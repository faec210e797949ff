"""From a listing as the source states it to our model: sanitised, mapped, placed, validated."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import nh3

from ..geo import Gazetteer
from ..model import GSS_CODE, REGIONS, RecordError, Service, validate_record
from .adapter import RawListing

# the source's words -> our vocabularies (lower case, matched as whole words)
SUPPORT_WORDS: dict[str, tuple[str, ...]] = {
    "helpline": ("helpline", "phone line", "support line"),
    "counselling-therapy": ("counselling", "counseling", "therapy", "therapeutic", "psychotherapy"),
    "advocacy-isva": ("advocacy", "isva", "chisva", "advocate"),
    "support-groups": ("group", "groups", "peer support"),
    "family-support": ("family support", "parenting", "families"),
    "practical-legal": ("legal", "practical", "court", "criminal justice"),
    "sarc": ("sarc", "sexual assault referral"),
    "information-advice": ("information", "advice", "signposting"),
}
AUDIENCE_WORDS: dict[str, tuple[str, ...]] = {
    "children-young-people": ("child", "children", "young people", "young person", "teen"),
    "adult-survivors": ("adult", "adults", "survivor", "survivors"),
    "parents-carers": ("parent", "parents", "carer", "carers"),
    "family-friends": ("family", "friends", "partner"),
    "professionals": ("professional", "professionals", "practitioner"),
}
_BLOCK_END = re.compile(r"(?i)</(p|div|li|ul|ol|h[1-6]|td|tr|section|article|a)\s*>|<br\s*/?>")
#: areas that mean "anywhere": the whole name, not a word in it ("International", "Peak
#: District National Park" are not national)
NATIONAL_AREAS = frozenset(
    {"national", "nationwide", "england and wales", "england & wales", "uk", "uk-wide",
     "uk wide", "united kingdom", "the uk"}
)  # fmt: skip


def plain_text(fragment: str) -> str:
    """HTML from the source as plain text: tags, scripts, styles, event handlers and
    ``javascript:`` URLs removed by nh3 (the ammonia sanitiser), entities decoded."""
    # block ends become spaces, so "<p>Help</p><p>Call</p>" reads "Help Call"
    spaced = _BLOCK_END.sub(" ", fragment or "")
    cleaned = nh3.clean(spaced, tags=set(), clean_content_tags={"script", "style"})
    return " ".join(html.unescape(cleaned).split())


def _terms(words: list[str], table: dict[str, tuple[str, ...]]) -> list[str]:
    text = " " + " ".join(w.lower() for w in words) + " "
    return [
        code
        for code, needles in table.items()
        if any(re.search(rf"\b{re.escape(n)}\b", text) for n in needles)
    ]


def _slug(url: str) -> str:
    path = urlsplit(url).path.strip("/").split("/")[-1]
    return "csa-" + (re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")[:80] or "listing")


@dataclass(frozen=True)
class Parsed:
    service: Service | None
    errors: list[RecordError]


def _area(raw: RawListing, gazetteer: Gazetteer, verify: list[str]) -> dict[str, Any]:
    """The service area the source names: national, regions, countries, councils."""
    area: dict[str, Any] = {"description": "; ".join(raw.areas)}
    councils: list[str] = []
    regions: list[str] = []
    for name in raw.areas:
        lowered = " ".join(name.lower().split())
        if lowered in NATIONAL_AREAS:
            area["national"] = True
        elif name in REGIONS:
            regions.append(name)
        elif lowered in ("england", "wales"):
            area.setdefault("countries", []).append(name.title())
        else:
            codes = gazetteer.council_codes_named(name)
            kept = [c for c in codes if GSS_CODE.match(c)]
            if kept:
                councils.extend(kept)
            elif codes:
                verify.append(f"Area outside England and Wales, not mapped: {name!r}")
            else:
                verify.append(f"Area not recognised by the gazetteer: {name!r}")
    area["local_authorities"] = councils
    area["regions"] = regions
    return area


def _locations(raw: RawListing, gazetteer: Gazetteer, verify: list[str]) -> list[dict[str, Any]]:
    """The venue the source gives, placed by its postcode when the gazetteer knows it."""
    locations: list[dict[str, Any]] = []
    if raw.postcode or raw.street:
        location: dict[str, Any] = {
            "name": raw.locality,
            "address": ", ".join(x for x in (raw.street, raw.locality) if x),
            "postcode": raw.postcode,
        }
        place = gazetteer.resolve(raw.postcode) if raw.postcode else None
        if place is not None and place.found and place.place is not None:
            location["latitude"] = round(place.place.latitude, 5)
            location["longitude"] = round(place.place.longitude, 5)
        else:
            verify.append("Venue postcode could not be placed on the map.")
        locations.append(location)
    return locations


def to_service(raw: RawListing, gazetteer: Gazetteer, checked: dt.date) -> Parsed:
    """Map one raw listing; a place the gazetteer cannot find is kept and flagged."""
    verify: list[str] = []
    area = _area(raw, gazetteer, verify)
    locations = _locations(raw, gazetteer, verify)
    website = raw.website
    if website and urlsplit(website).scheme not in ("http", "https"):
        verify.append("The source's website link was not a web address and was left out.")
        website = ""
    description = plain_text(raw.description_html)
    record = {
        "id": _slug(raw.url),
        "name": plain_text(raw.name),
        "organisation": plain_text(raw.organisation),
        "description": description,
        "support_types": _terms(raw.service_types, SUPPORT_WORDS),
        "audiences": _terms(raw.audiences, AUDIENCE_WORDS),
        "service_area": area,
        "locations": locations,
        "contact": {
            "phone": raw.phone,
            "email": raw.email,
            "website": website or None,
        },
        "opening_hours": plain_text(raw.hours),
        "languages": raw.languages,
        "csa_centre_url": raw.url,
        "source_url": raw.url,
        "last_checked": checked.isoformat(),
        "verify": verify,
        "origin": "source",
    }
    service, errors = validate_record(record, raw.url, 1)
    return Parsed(service, errors)
