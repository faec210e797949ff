"""A refresh run: fetch everything (or nothing), merge with the current data, diff, check.

Nothing here writes: ``plan_refresh`` returns the merged listings and the diff, or raises a
``RefreshStopped`` whose ``exit_code`` says why. The CLI applies a plan with the atomic index
switch, so a failed or refused run leaves the serving data and index as they were.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..data import load_valid_listings
from ..geo import Gazetteer
from ..model import ListingStatus, RecordError, Service
from ..search import SearchIndex, current_build
from ..textsafety import hidden_warnings, listing_warnings
from .adapter import RawListing, ShapeChanged, read_list_page, read_listing_page
from .diff import Diff, compare
from .fetch import FetchError, PoliteFetcher
from .parse import to_service

# exit codes of `directory refresh` (and import), documented in docs/refresh.md
EXIT_APPLIED = 0
EXIT_REFUSED = 3
EXIT_FETCH_FAILED = 4
EXIT_SHAPE_CHANGED = 5
EXIT_INVALID = 6


class RefreshStopped(Exception):
    exit_code = EXIT_FETCH_FAILED


class SafetyValve(RefreshStopped):
    exit_code = EXIT_REFUSED


class SourceShapeChanged(RefreshStopped):
    exit_code = EXIT_SHAPE_CHANGED


class FetchFailed(RefreshStopped):
    exit_code = EXIT_FETCH_FAILED


class ListingsInvalid(RefreshStopped):
    exit_code = EXIT_INVALID

    def __init__(self, errors: list[RecordError]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} listing errors:\n" + "\n".join(map(str, errors[:50])))


@dataclass(frozen=True)
class RefreshOptions:
    max_vanished_share: float = 0.20
    grace_days: int = 60
    force: bool = False
    max_pages: int = 200


@dataclass
class RefreshPlan:
    services: list[Service]
    diff: Diff
    fetched: int
    notes: list[str] = field(default_factory=list)


def current_services(index_root: Path, bundled: Path) -> list[Service]:
    """The data being served: the current build's snapshot, or the bundled data before any."""
    build = current_build(index_root)
    if build is None:
        return load_valid_listings(bundled)
    index = SearchIndex.open(build)
    try:
        return list(index.services.values())
    finally:
        index.close()


def fetch_all(
    fetcher: PoliteFetcher,
    base_url: str,
    max_pages: int,
    progress: Callable[[Iterable[str]], Iterable[str]] | None = None,
) -> list[RawListing]:
    """Every listing, following rel=next; any failure stops the whole run."""
    try:
        urls: list[str] = []
        page_url: str | None = base_url
        seen: set[str] = set()
        while page_url:
            if page_url in seen:
                raise ShapeChanged(f"{page_url}: the list pages loop back (the shape changed?)")
            if len(seen) >= max_pages:
                raise FetchError(
                    f"more than {max_pages} list pages: stopping rather than applying part "
                    "of the directory"
                )
            seen.add(page_url)
            page = read_list_page(fetcher.get_text(page_url), page_url)
            if not page.listing_urls:
                # the first page, or a later one: either way the crawl would be partial
                raise ShapeChanged(f"{page_url}: no listings found (the page shape changed?)")
            urls.extend(page.listing_urls)
            page_url = page.next_url
        urls = list(dict.fromkeys(urls))
        iterate = progress(urls) if progress else urls
        return [read_listing_page(fetcher.get_text(url), url) for url in iterate]
    except FetchError as exc:
        raise FetchFailed(str(exc)) from exc
    except ShapeChanged as exc:
        raise SourceShapeChanged(str(exc)) from exc


def merge(
    current: list[Service], fetched: dict[str, Service], today: dt.date, grace_days: int
) -> tuple[dict[str, Service], list[str]]:
    """Fetched listings replace their earlier versions; listings the source no longer shows
    are kept, marked "not seen since", and retired (closed) after the grace period. Bundled and
    curated listings are carried over untouched."""
    merged: dict[str, Service] = {}
    notes: list[str] = []
    for service in current:
        if service.origin != "source":
            merged[service.id] = service
            if service.id in fetched:
                notes.append(
                    f"{service.id}: a {service.origin} listing has this id; kept it, "
                    "skipped the source's"
                )
        elif service.id not in fetched:
            if service.not_seen_since is None:
                merged[service.id] = service.model_copy(update={"not_seen_since": today})
            elif (
                today - service.not_seen_since
            ).days > grace_days and service.status != ListingStatus.CLOSED:
                merged[service.id] = service.model_copy(
                    update={"status": ListingStatus.CLOSED.value}
                )
            else:
                merged[service.id] = service
    for sid, service in fetched.items():
        if sid not in merged:
            merged[sid] = service
    return merged, notes


def plan_refresh(
    current: list[Service],
    raws: list[RawListing],
    gazetteer: Gazetteer,
    options: RefreshOptions,
) -> RefreshPlan:
    today = dt.date.today()
    errors: list[RecordError] = []
    services: list[Service] = []
    hidden: list[str] = []
    for raw in raws:
        # characters a reader cannot see: the model removes them (or refuses them in names)
        hidden += [f"{raw.url}: {w}" for w in hidden_warnings(dataclasses.asdict(raw))]
        parsed = to_service(raw, gazetteer, today)
        errors.extend(parsed.errors)
        if parsed.service is not None:
            services.append(parsed.service)
    if errors:
        raise ListingsInvalid(errors)
    fetched, id_notes = distinct_ids(current, services)
    if not fetched:
        raise SafetyValve("the source listed no services: refusing to apply")
    merged, notes = merge(current, fetched, today, options.grace_days)
    diff = compare({s.id: s for s in current}, merged)
    active = [s for s in current if s.origin == "source" and s.not_seen_since is None]
    vanished = len(diff.of_kind("vanished"))
    if active and vanished / len(active) > options.max_vanished_share and not options.force:
        raise SafetyValve(
            f"{vanished} of {len(active)} listings vanished from the source "
            f"(more than {options.max_vanished_share:.0%}): refusing to apply without --force"
        )
    # names that mix scripts (a look-alike letter?) are flagged for a maintainer
    notes += [f"{sid}: {w}" for sid, s in fetched.items() for w in listing_warnings(s)]
    notes += hidden
    return RefreshPlan(
        services=list(merged.values()), diff=diff, fetched=len(fetched), notes=id_notes + notes
    )


def distinct_ids(
    current: list[Service], services: list[Service]
) -> tuple[dict[str, Service], list[str]]:
    """A distinct, stable id for every fetched listing. Ids come from the last part of the
    listing's URL, so two URLs can give one id: a listing keeps the id it had before (matched
    by its URL); otherwise the first by URL takes the plain id and the others get a short
    hash of their URL. Each collision is reported."""
    before = {str(s.source_url): s.id for s in current if s.origin == "source"}
    owner = {s.id: str(s.source_url) for s in current if s.origin == "source"}
    fetched: dict[str, Service] = {}
    notes: list[str] = []
    for service in sorted(services, key=lambda s: str(s.source_url)):
        url = str(service.source_url)
        sid = before.get(url, service.id)
        if sid in fetched or owner.get(sid, url) != url:
            digest = hashlib.blake2b(url.encode(), digest_size=3).hexdigest()
            sid = f"{service.id}-{digest}"
            notes.append(f"{url}: its id {service.id} is another listing's; given {sid}")
        if sid in fetched:  # the same URL twice: one listing
            continue
        fetched[sid] = service if sid == service.id else service.model_copy(update={"id": sid})
    return fetched, notes
