"""Which services an /oruk/ list answers: the standard's parameters read, checked and applied
(``search``, ``postcode`` and ``proximity`` by the same finder as the pages). Imports nothing
from the web layer; the views turn ``QueryError`` into a 400."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..facade import Directory
from ..finder import RADII, FindError, FindRequest, ResultItem
from ..geo import UNUSABLE
from ..limits import MAX_AGE, MAX_PAGE, MAX_PER_PAGE
from ..model import Service
from . import mapping

DEFAULT_PER_PAGE = 50
METRES_A_MILE = 1609.344
MAX_PROXIMITY = round(RADII[-1] * METRES_A_MILE)
#: the standard's parameters our listings cannot answer (opening hours are held as text)
UNSUPPORTED = ("start_time", "end_time", "day")


class QueryError(Exception):
    def __init__(self, parameter: str, message: str) -> None:
        self.parameter, self.message = parameter, message
        super().__init__(f"{parameter}: {message}")


@dataclass(frozen=True)
class Paging:
    page: int
    per_page: int


def _number(
    args: Mapping[str, str], name: str, high: float, low: float = 0, whole: bool = False
) -> float | None:
    raw = args.get(name, "").strip()
    if not raw:
        return None
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        value = float("nan")
    if not low <= value <= high:  # NaN fails too
        kind, limit = ("a whole number", f"{high}") if whole else ("a number", f"{high:g}")
        raise QueryError(name, f"{name} must be {kind} from {low} to {limit}.")
    return value


def paging(args: Mapping[str, str]) -> Paging:
    page = _number(args, "page", MAX_PAGE, low=1, whole=True)
    per_page = _number(args, "per_page", MAX_PER_PAGE, low=1, whole=True)
    return Paging(int(page or 1), int(per_page or DEFAULT_PER_PAGE))


def _uuid(args: Mapping[str, str], name: str) -> str | None:
    raw = args.get(name, "").strip()
    if not raw:
        return None
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        raise QueryError(name, f"{name} must be a UUID (see /oruk/taxonomies).") from None


def _found(directory: Directory, search: str, postcode: str, proximity: float | None) -> list:
    """Services the finder answers for words and a place, in its order (every page)."""
    radius = RADII[-1]
    if proximity is not None:
        radius = next(r for r in RADII if r * METRES_A_MILE >= proximity) if proximity else RADII[0]
    items: list[ResultItem] = []
    national: list[ResultItem] = []
    number = 1
    while True:
        request = FindRequest(
            q=search, location=postcode, radius=radius, page=number, per_page=MAX_PER_PAGE
        )
        try:
            results = directory.search(request)
        except FindError as exc:
            name = {"q": "search", "location": "postcode"}.get(exc.param or "", exc.param or "")
            raise QueryError(name, exc.message) from exc
        if results.location_problem in UNUSABLE:
            raise QueryError("postcode", "That postcode or place is not one we can find.")
        items.extend(results.local.items)
        national = [*results.national, *results.more_local]
        if not results.local.has_next or number >= MAX_PAGE:
            break
        number += 1
    if proximity is not None:
        items = [
            i
            for i in items
            if i.covers
            or (i.distance_miles is not None and i.distance_miles * METRES_A_MILE <= proximity)
        ]
    ordered = dict.fromkeys(i.service.id for i in [*items, *national])
    return [directory.service(sid) for sid in ordered]


def select(directory: Directory, args: Mapping[str, str]) -> list[Service]:
    """The services a list answers, in order: the finder's with ``search`` or ``postcode``,
    else every service by name (closed ones included, as ``defunct``)."""
    for name in UNSUPPORTED:
        if args.get(name, "").strip():
            raise QueryError(
                name, f"{name} is not supported: our listings hold opening hours as text."
            )
    search = args.get("search", "").strip()
    postcode = args.get("postcode", "").strip()
    proximity = _number(args, "proximity", MAX_PROXIMITY)
    if proximity is not None and not postcode:
        raise QueryError("proximity", "proximity needs a postcode.")
    term = _uuid(args, "taxonomy_term_id")
    taxonomy = _uuid(args, "taxonomy_id")
    minimum = _number(args, "minimum_age", MAX_AGE)
    maximum = _number(args, "maximum_age", MAX_AGE)
    if search or postcode:
        services = [s for s in _found(directory, search, postcode, proximity) if s is not None]
    else:
        index = directory.index
        services = [index.services[sid] for sid in index.columns.ids]
    checks: list[Callable[[Service], bool]] = []
    if term is not None:
        found = mapping.TERM_BY_ID.get(term)
        checks.append(lambda s: found is not None and found[1] in getattr(s, found[0].field))
    if taxonomy is not None:
        chosen = mapping.TAXONOMY_BY_ID.get(taxonomy)
        checks.append(lambda s: chosen is not None and bool(getattr(s, chosen.field)))
    if minimum is not None:  # the standard: "a minimum age of at least the value"
        checks.append(lambda s: s.minimum_age is not None and s.minimum_age >= minimum)
    if maximum is not None:  # "a maximum age equal to or below the value"
        checks.append(lambda s: s.maximum_age is not None and s.maximum_age <= maximum)
    return [s for s in services if all(check(s) for check in checks)]
