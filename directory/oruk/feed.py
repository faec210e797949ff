"""Open Referral UK 3.0 feeds as a second source (`directory import-oruk FEED`).

A feed is an ORUK API (its base, or its /services list) or a JSON document (a page of
services, a list of them, or one service), at a URL or in a file. URLs are fetched with the
refresh's ``PoliteFetcher`` (robots.txt, a pause between requests, the HTTP cache, size and
time limits). Whatever is wrong with the feed's shape (broken JSON, wrong types, too many
pages, pages that loop, one id twice) stops the import with a message and changes nothing.

Each service read is accounted for: kept (its relevance decided by the mapping file,
``bundled_data/oruk/relevance.toml``), not relevant, left out (our model lacks a fact it
requires; nothing is filled in), or passed over (its id is a curated, bundled or refreshed
listing's: only ``--force`` replaces one, and a maintainer's notes are always kept).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from ..model import (
    ABUSE_TYPES,
    AUDIENCES,
    COUNTRIES,
    GSS_CODE,
    REGIONS,
    STATUSES,
    SUPPORT_TYPES,
    Service,
    validate_record,
)
from . import mapping

RELEVANCE = Path(__file__).resolve().parents[2] / "bundled_data" / "oruk" / "relevance.toml"
MAX_PAGES = 200
MAX_SERVICES = 5000
MAX_FILE_BYTES = 50_000_000
CODE_FIELDS = {
    "support_types": SUPPORT_TYPES,
    "audiences": AUDIENCES,
    "abuse_types": ABUSE_TYPES,
}
STATUS_FROM_ORUK = {
    "active": "active",
    "inactive": "temporarily-closed",
    "temporarily closed": "temporarily-closed",
    "defunct": "closed",
}
_PRECISION_BACK = {
    f"The position given is {text}.": code for code, text in mapping._PRECISION.items()
}


class FeedError(Exception):
    """The feed cannot be read as ORUK: nothing is changed."""


# --- the mapping file ------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    terms: frozenset[str]
    words: tuple[str, ...]
    codes: dict[str, tuple[str, ...]]


def load_rules(path: Path = RELEVANCE) -> list[Rule]:
    try:
        document = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FeedError(f"{path}: cannot read the mapping file ({exc})") from exc
    rules = []
    for n, raw in enumerate(document.get("rule", []), start=1):
        if not isinstance(raw, dict):
            raise FeedError(f"{path}: rule {n} is not a table")
        codes: dict[str, tuple[str, ...]] = {}
        for name, vocabulary in CODE_FIELDS.items():
            values = raw.get(name, [])
            unknown = [v for v in values if v not in vocabulary]
            if unknown:
                raise FeedError(f"{path}: rule {n}: unknown {name} {unknown}")
            codes[name] = tuple(values)
        unexpected = set(raw) - {"terms", "words", *CODE_FIELDS}
        if unexpected:
            raise FeedError(f"{path}: rule {n}: unknown keys {sorted(unexpected)}")
        rules.append(
            Rule(
                frozenset(str(t).casefold() for t in raw.get("terms", [])),
                tuple(str(w).casefold() for w in raw.get("words", [])),
                codes,
            )
        )
    return rules


# --- reading a feed --------------------------------------------------------------------------


@dataclass
class FeedRead:
    """The services of a feed as the feed states them, with where each was read."""

    services: list[tuple[dict[str, Any], str]]  # (service, its source URL or "")
    pages: int = 1


def _json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise FeedError(f"{where}: not JSON ({getattr(exc, 'msg', 'nested too deeply')})") from exc


def _services_of(document: Any, where: str) -> tuple[list[Any], int | None, bool | None]:
    """A document's services, its total_pages and last_page (None when not a page)."""
    if isinstance(document, list):
        return document, None, None
    if not isinstance(document, dict):
        raise FeedError(f"{where}: expected a JSON object or list, not {type(document).__name__}")
    if "contents" in document:
        contents = document["contents"]
        if not isinstance(contents, list):
            raise FeedError(f"{where}: contents is not a list")
        total = document.get("total_pages")
        if total is not None and (not isinstance(total, int) or isinstance(total, bool)):
            raise FeedError(f"{where}: total_pages is not a whole number")
        last = document.get("last_page")
        return contents, total, last if isinstance(last, bool) else None
    if "id" in document and "name" in document:
        return [document], None, None
    raise FeedError(f"{where}: neither a page of services nor a service")


def _check_shape(services: list[Any], where: str) -> None:
    for n, item in enumerate(services, start=1):
        if not isinstance(item, dict):
            raise FeedError(f"{where}: service {n} is not a JSON object")
        for key in ("id", "name"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise FeedError(f"{where}: service {n}: {key} is missing or not text")
        for key in ("attributes", "service_areas", "service_at_locations", "schedules"):
            if key in item and not isinstance(item[key], list):
                raise FeedError(f"{where}: service {item['id']!r}: {key} is not a list")


def read_file(path: Path) -> FeedRead:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FeedError(f"{path}: over the {MAX_FILE_BYTES}-byte limit")
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FeedError(f"{path}: cannot be read ({exc})") from exc
    services, _, _ = _services_of(_json(text, str(path)), str(path))
    _check_shape(services, str(path))
    if len(services) > MAX_SERVICES:
        raise FeedError(f"{path}: more than {MAX_SERVICES} services")
    _no_duplicates(services, str(path))
    return FeedRead([(s, str(s.get("source_url") or "")) for s in services])


def _with_page(url: str, number: int) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "page"] + [("page", str(number))]
    return urlunsplit(parts._replace(query=urlencode(query)))


def read_url(get_text: Callable[[str], str], url: str, max_pages: int = MAX_PAGES) -> FeedRead:
    """Every service of the feed at ``url``, following the standard's paging; the full
    service (/services/{id}) for each one a list gives without its taxonomy."""
    document = _json(get_text(url), url)
    if isinstance(document, dict) and "contents" not in document and "openapi_url" in document:
        url = url.rstrip("/") + "/services"  # the API's base: its meta answer
        document = _json(get_text(url), url)
    services, total, last = _services_of(document, url)
    _check_shape(services, url)
    if total is not None and total > max_pages:
        raise FeedError(f"{url}: {total} pages, more than the {max_pages} allowed")
    pages = 1
    while (total is not None and pages < total) or (total is None and last is False):
        pages += 1
        if pages > max_pages:
            raise FeedError(f"{url}: more than {max_pages} pages: stopping")
        page_url = _with_page(url, pages)
        more, _, last = _services_of(_json(get_text(page_url), page_url), page_url)
        _check_shape(more, page_url)
        if not more:
            raise FeedError(f"{page_url}: an empty page before the last one")
        services.extend(more)
        if len(services) > MAX_SERVICES:
            raise FeedError(f"{url}: more than {MAX_SERVICES} services: stopping")
    _no_duplicates(services, url)
    base = url.split("?", 1)[0].rstrip("/")
    read = []
    for item in services:
        own = f"{base}/{quote(item['id'], safe='')}" if base.endswith("/services") else url
        if "attributes" not in item and base.endswith("/services"):
            full = _json(get_text(own), own)
            if not isinstance(full, dict) or full.get("id") != item["id"]:
                raise FeedError(f"{own}: not the service the list named")
            _check_shape([full], own)
            item = full
        read.append((item, str(item.get("source_url") or own)))
    return FeedRead(read, pages)


def _no_duplicates(services: list[dict[str, Any]], where: str) -> None:
    seen: set[str] = set()
    for item in services:
        if item["id"] in seen:
            raise FeedError(f"{where}: the id {item['id']!r} is given to two services")
        seen.add(item["id"])


# --- from ORUK to our listings ---------------------------------------------------------------


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
    for ours, theirs in (("description", "description"),):
        if _text(item.get(theirs)):
            record[ours] = item[theirs]
    organization = item.get("organization")
    if isinstance(organization, dict) and _text(organization.get("name")):
        record["organisation"] = organization["name"]
    status = STATUS_FROM_ORUK.get(_text(item.get("status")).lower())
    if status is None:
        record["status"] = item.get("status")  # reported by the model as unknown
    else:
        alert = _text(item.get("alert"))
        by_label = {label: code for code, label in STATUSES.items()}
        if status == "active" and alert in by_label:
            status = by_label[alert]
        elif status != "active" and alert and alert != STATUSES[status]:
            record["status_note"] = alert
        record["status"] = status
    for key in ("minimum_age", "maximum_age"):
        if item.get(key) is not None:
            record[key] = _age(item[key])
    area = _area(item)
    if area is not None:
        record["service_area"] = area
    locations, accessibility = _locations(item)
    if locations:
        record["locations"] = locations
    if accessibility:
        record["accessibility"] = accessibility
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
    if contact:
        record["contact"] = contact
    hours = [
        _text(s.get("description"))
        for s in _list(item.get("schedules"))
        if isinstance(s, dict) and _text(s.get("description"))
    ]
    if hours:
        record["opening_hours"] = "; ".join(hours)
    languages = [
        _text(lang.get("name"))
        for lang in _list(item.get("languages"))
        if isinstance(lang, dict) and _text(lang.get("name"))
    ]
    if languages:
        record["languages"] = languages
    if _text(item.get("csa_centre_url")):
        record["csa_centre_url"] = item["csa_centre_url"]
    if source_url:
        record["source_url"] = source_url
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


# --- the plan ---------------------------------------------------------------------------------


@dataclass
class ImportReport:
    read: int = 0
    kept: list[str] = field(default_factory=list)
    not_relevant: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # "name: why"
    passed_over: list[str] = field(default_factory=list)  # "id: why"

    def lines(self) -> list[str]:
        out = [
            f"{self.read} services read: {len(self.kept)} kept, "
            f"{len(self.not_relevant)} not relevant, {len(self.left_out)} left out "
            f"(missing facts), {len(self.passed_over)} passed over (another listing has the id)"
        ]
        out += [f"left out: {line}" for line in self.left_out]
        out += [f"passed over: {line}" for line in self.passed_over]
        return out

    @property
    def accounted(self) -> bool:
        counted = (self.kept, self.not_relevant, self.left_out, self.passed_over)
        return sum(map(len, counted)) == self.read


@dataclass
class ImportPlan:
    services: list[Service]
    report: ImportReport


def plan_import(
    current: list[Service],
    feed: FeedRead,
    rules: list[Rule],
    force: bool = False,
    today: dt.date | None = None,
    source_kind: str = "other",
) -> ImportPlan:
    """The listings after the import, and the report; nothing is written here."""
    today = today or dt.date.today()
    by_id = {s.id: s for s in current}
    known = {mapping.service_uuid(s): s.id for s in current}
    report = ImportReport(read=len(feed.services))
    merged = dict(by_id)
    for item, source_url in feed.services:
        label = f"{item['name'][:80]} ({item['id'][:40]})"
        codes = relevant_codes(item, rules)
        if codes is None:
            report.not_relevant.append(label)
            continue
        sid = our_id(item, known)
        record = to_record(item, codes, source_url, sid, today, source_kind)
        service, errors = validate_record(record, "feed", len(report.kept) + 1)
        if service is None:
            why = "; ".join(f"{e.field}: {e.message}" for e in errors[:4])
            report.left_out.append(f"{label}: {why}")
            continue
        before = by_id.get(sid)
        if before is not None and before.origin != "oruk" and not force:
            report.passed_over.append(f"{sid}: a {before.origin} listing; --force replaces it")
            continue
        if before is not None and before.verify:  # a maintainer's notes are never dropped
            service = service.model_copy(update={"verify": before.verify})
        if before is not None and _same(before, service):
            service = before
        merged[sid] = service
        report.kept.append(sid)
    return ImportPlan(list(merged.values()), report)


def _same(a: Service, b: Service) -> bool:
    """The same listing but for when it was last compared with its source."""
    return a.model_copy(update={"last_checked": b.last_checked}) == b


def is_url(feed: str) -> bool:
    return urlsplit(feed).scheme in ("http", "https")
