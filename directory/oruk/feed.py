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
import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from ..model import Service, validate_record
from . import mapping
from .records import CODE_FIELDS, our_id, relevant_codes, to_record

RELEVANCE = Path(__file__).resolve().parents[2] / "bundled_data" / "oruk" / "relevance.toml"
MAX_PAGES = 200
MAX_SERVICES = 5000
MAX_FILE_BYTES = 50_000_000


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
    source_kind: str = "other",
) -> ImportPlan:
    """The listings after the import, and the report; nothing is written here."""
    today = dt.date.today()
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
