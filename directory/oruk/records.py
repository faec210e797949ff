"""An Open Referral UK service as our listing's record: whether it belongs here (the mapping
file's rules and our own taxonomy terms), the facts the feed states in our fields, and our id
for it. Nothing is filled in: the model reports what is missing (``feed.plan_import``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import TYPE_CHECKING, Any

from ..model import COUNTRIES, GSS_CODE, REGIONS, STATUSES
from . import mapping

if TYPE_CHECKING:
    from .feed import Rule

#: the listing fields read back from a feed's taxonomy terms: those our taxonomies describe
#: (our export names the communities a listing states as its community terms: read them back)
CODE_FIELDS = mapping.VOCABULARIES
STATUS_FROM_ORUK = {
    "active": "active",
    "inactive": "temporarily-closed",
    "temporarily closed": "temporarily-closed",
    "defunct": "closed",
}
_PRECISION_BACK = {
    f"The position given is {text}.": code for code, text in mapping._PRECISION.items()
}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _list(value: Any) -> list[Any]:
    """A feed's array, or nothing when it is not one (its entries are checked one by one)."""
    return value if isinstance(value, list) else []


def _terms(item: dict[str, Any]) -> list[dict[str, Any]]:
    terms = []
    for attribute in _list(item.get("attributes")):
        term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
        if isinstance(term, dict):
            terms.append(term)
    return terms


def relevant_codes(item: dict[str, Any], rules: list[Rule]) -> dict[str, list[str]] | None:
    """Our codes for a feed's service, or None when nothing says it belongs here."""
    codes: dict[str, list[str]] = {name: [] for name in CODE_FIELDS}
    matched = False
    for term in _terms(item):
        ours = mapping.TERM_BY_ID.get(_text(term.get("id")).lower())
        if ours is None:
            taxonomy = next(
                (t for t in mapping.TAXONOMIES if t.name == _text(term.get("taxonomy"))), None
            )
            code = _text(term.get("term"))
            if taxonomy is not None and code in taxonomy.terms:
                ours = (taxonomy, code)
        if ours is not None:
            codes[ours[0].field].append(ours[1])
            matched = True
    names = {
        _text(term.get(key)).casefold()
        for term in _terms(item)
        for key in ("name", "term")
        if _text(term.get(key))
    }
    text = f"{_text(item.get('name'))} {_text(item.get('description'))}".casefold()
    for rule in rules:
        if rule.terms & names or any(
            re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) for word in rule.words
        ):
            matched = True
            for name, values in rule.codes.items():
                codes[name].extend(values)
    if not matched:
        return None
    return {name: list(dict.fromkeys(values)) for name, values in codes.items()}


def _area(item: dict[str, Any]) -> dict[str, Any] | None:
    areas = [a for a in _list(item.get("service_areas")) if isinstance(a, dict)]
    area: dict[str, Any] = {}
    names: list[str] = []
    councils: list[str] = []
    for entry in areas:
        name = _text(entry.get("name"))
        if name:
            names.append(name)
        if _text(entry.get("extent_type")) in ("gss_codes", "gss-codes"):
            councils += [c for c in _text(entry.get("extent")).split(",") if GSS_CODE.match(c)]
    if councils:
        area["local_authorities"] = councils
    for name in names:
        if name == "United Kingdom":
            area.update(national=True, uk_wide=True)
        elif name == "England and Wales":
            area["national"] = True
        else:
            parts = [p.strip() for p in name.split(",")]
            if all(p in COUNTRIES or p in REGIONS for p in parts):
                area["countries"] = [p for p in parts if p in COUNTRIES]
                area["regions"] = [p for p in parts if p in REGIONS]
            else:
                area["description"] = "; ".join(filter(None, [area.get("description"), name]))
    return area or None


def _locations(item: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    locations, accessibility = [], ""
    for entry in _list(item.get("service_at_locations")):
        location = entry.get("location") if isinstance(entry, dict) else None
        if not isinstance(location, dict):
            continue
        record: dict[str, Any] = {}
        if _text(location.get("name")):
            record["name"] = _text(location["name"])
        if location.get("latitude") is not None or location.get("longitude") is not None:
            record["latitude"] = location.get("latitude")
            record["longitude"] = location.get("longitude")
        precision = _PRECISION_BACK.get(_text(location.get("description")))
        if precision:
            record["precision"] = precision
        addresses = [a for a in _list(location.get("addresses")) if isinstance(a, dict)]
        if addresses:
            first = addresses[0]
            parts = [_text(first.get(k)) for k in ("address_1", "city")]
            record["address"] = ", ".join(p for p in parts if p)
            record["postcode"] = _text(first.get("postal_code"))
        for entry_ in _list(location.get("accessibility")):
            if isinstance(entry_, dict) and _text(entry_.get("description")):
                accessibility = accessibility or _text(entry_["description"])
        if record:
            locations.append(record)
    return locations, accessibility


def _age(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _status(item: dict[str, Any]) -> dict[str, Any]:
    """The status (and a note on it) from the feed's status and alert."""
    status = STATUS_FROM_ORUK.get(_text(item.get("status")).lower())
    if status is None:
        return {"status": item.get("status")}  # reported by the model as unknown
    alert = _text(item.get("alert"))
    by_label = {label: code for code, label in STATUSES.items()}
    if status == "active" and alert in by_label:
        return {"status": by_label[alert]}
    if status != "active" and alert and alert != STATUSES[status]:
        return {"status_note": alert, "status": status}
    return {"status": status}


def _contact(item: dict[str, Any]) -> dict[str, Any]:
    contact: dict[str, Any] = {}
    if _text(item.get("url")):
        contact["website"] = item["url"]
    if _text(item.get("email")):
        contact["email"] = item["email"]
    phones = [
        p for p in _list(item.get("phones")) if isinstance(p, dict) and _text(p.get("number"))
    ]
    if phones:
        contact["phone"] = _text(phones[0]["number"])
        if _text(phones[0].get("description")):
            contact["phone_notes"] = phones[0]["description"]
        # the feed's publisher states it as the service's number: trusted as a refresh
        # trusts the authoritative directory's (a maintainer can still mark it unconfirmed;
        # our own export leaves unconfirmed numbers out)
        contact["phone_verified"] = True
    return contact


def _texts(entries: Any, key: str) -> list[str]:
    """Each entry's ``key`` that is text, in order (``schedules``' descriptions...)."""
    return [_text(e.get(key)) for e in _list(entries) if isinstance(e, dict) and _text(e.get(key))]


def to_record(
    item: dict[str, Any],
    codes: dict[str, list[str]],
    source_url: str,
    our_id: str,
    today: dt.date,
    source_kind: str = "other",
) -> dict[str, Any]:
    """Our listing's record for a feed's service, with only what the feed states (validated
    by the model afterwards: a missing fact is reported, never filled in)."""
    record: dict[str, Any] = {"id": our_id, "name": item.get("name"), **codes}
    if _text(item.get("description")):
        record["description"] = item["description"]
    organization = item.get("organization")
    if isinstance(organization, dict) and _text(organization.get("name")):
        record["organisation"] = organization["name"]
    record.update(_status(item))
    for key in ("minimum_age", "maximum_age"):
        if item.get(key) is not None:
            record[key] = _age(item[key])
    locations, accessibility = _locations(item)
    hours, languages = (
        _texts(item.get("schedules"), "description"),
        _texts(item.get("languages"), "name"),
    )
    facts = {
        "service_area": _area(item),
        "locations": locations,
        "accessibility": accessibility,
        "contact": _contact(item),
        "opening_hours": "; ".join(hours),
        "languages": languages,
        "csa_centre_url": item["csa_centre_url"] if _text(item.get("csa_centre_url")) else None,
        "source_url": source_url,
    }
    record.update((key, value) for key, value in facts.items() if value)
    record["source_kind"] = source_kind
    assured = _text(item.get("assured_date"))[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", assured):
        record["source_date"] = assured
    record["last_checked"] = today.isoformat()
    record["origin"] = "oruk"
    return record


def our_id(item: dict[str, Any], known: dict[str, str]) -> str:
    """Our id for a feed's service: the listing it was exported from when the feed's id is
    one of ours, else one made from its name and its feed id (stable across imports)."""
    feed_id = item["id"].strip().lower()
    if feed_id in known:
        return known[feed_id]
    words = re.sub(r"[^a-z0-9]+", "-", item["name"].casefold()).strip("-")[:60].strip("-")
    digest = hashlib.blake2b(feed_id.encode(), digest_size=4).hexdigest()
    return f"{words or 'service'}-{digest}"
