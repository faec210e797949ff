"""The one function the web pages and the API both call: text + place + filters -> results.

``find(index, gazetteer, request)`` resolves the place, keeps the services near it or covering
it, runs the keyword search with the filters, and returns two groups: local services (sorted by
distance or relevance, paginated) and services available wherever you live (always returned in
full, never pushed off the page by local ones). Bad parameters raise ``FindError`` with a message
a person or a developer can act on. Nothing here knows about Flask.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .geo import Gazetteer, Place, Resolution, miles, miles_between
from .model import FILTER_FIELDS, Service
from .search import BadFilter, KeywordResults, Page, SearchIndex, paginate, search

log = logging.getLogger("directory.search")

RADII: tuple[int, ...] = (5, 10, 25, 50, 100)
DEFAULT_RADIUS = 25
SORTS = ("distance", "relevance")
DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 100
MAX_PAGE = 1000
MAX_LOCATION_CHARS = 100
NATIONAL_SHOWN = 20


class FindError(ValueError):
    """A parameter that cannot be used; ``param`` names it."""

    def __init__(self, param: str, message: str) -> None:
        self.param, self.message = param, message
        super().__init__(message)


@dataclass(frozen=True)
class FindRequest:
    q: str = ""
    location: str = ""
    radius: int = DEFAULT_RADIUS
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    sort: str | None = None  # None: by distance with a place, else by relevance

    @property
    def effective_sort(self) -> str:
        if self.sort:
            return self.sort
        return "distance" if self.location.strip() else "relevance"


def _one(args: Mapping[str, Sequence[str]], name: str) -> str:
    values = args.get(name) or []
    return values[-1].strip() if values else ""


def _integer(
    args: Mapping[str, Sequence[str]], name: str, default: int, low: int, high: int, what: str
) -> int:
    raw = _one(args, name)
    if not raw:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise FindError(name, f"{what} must be a whole number from {low} to {high}")
    return int(raw)


def request_from_args(args: Mapping[str, Sequence[str]]) -> FindRequest:
    """Read a FindRequest from query parameters (each name -> its list of values).

    The filters take one parameter per field (``audience``, ``support``, ``delivery``,
    ``referral``), repeated for several values.
    """
    radius = _one(args, "radius")
    if radius and (not radius.isdigit() or int(radius) not in RADII):
        raise FindError("radius", f"radius must be one of {', '.join(map(str, RADII))} (miles)")
    sort = _one(args, "sort") or None
    if sort is not None and sort not in SORTS:
        raise FindError("sort", f"sort must be one of {', '.join(SORTS)}")
    filters: dict[str, tuple[str, ...]] = {}
    for name, (_, vocabulary) in FILTER_FIELDS.items():
        values = tuple(dict.fromkeys(v.strip() for v in args.get(name) or [] if v.strip()))
        for value in values:
            if value not in vocabulary:
                raise FindError(name, str(BadFilter(name, value)))
        if values:
            filters[name] = values
    location = _one(args, "location")
    if len(location) > MAX_LOCATION_CHARS:
        raise FindError("location", f"location must be at most {MAX_LOCATION_CHARS} characters")
    return FindRequest(
        q=_one(args, "q")[:500],
        location=location,
        radius=int(radius) if radius else DEFAULT_RADIUS,
        filters=filters,
        page=_integer(args, "page", 1, 1, MAX_PAGE, "page"),
        per_page=_integer(args, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE, "per_page"),
        sort=sort,
    )


@dataclass(frozen=True)
class ResultItem:
    service: Service
    distance_miles: float | None = None  # to the nearest venue, one decimal place
    covers: str = ""  # "council" | "county" | "region" | "country" when its area covers yours
    score: float = 0.0


@dataclass
class Wider:
    radius: int
    count: int


@dataclass
class FindResults:
    request: FindRequest
    resolution: Resolution | None  # None when no place was given
    local: Page
    national: list[ResultItem]
    national_total: int
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None
    partial: bool = False
    wider: Wider | None = None  # the next radius with local results, when there are none
    sort: str = "relevance"

    @property
    def place(self) -> Place | None:
        return self.resolution.place if self.resolution and self.resolution.found else None

    @property
    def location_problem(self) -> str | None:
        """The resolution status when a place was given but cannot be used."""
        if self.resolution is None or self.resolution.found:
            return None
        return self.resolution.status

    @property
    def nothing_near(self) -> bool:
        return self.place is not None and self.local.total == 0


# --- coordinates kept in memory, per index build ------------------------------------------

_points: weakref.WeakKeyDictionary[SearchIndex, list[tuple[str, float, float]]] = (
    weakref.WeakKeyDictionary()
)


def _venue_points(index: SearchIndex) -> list[tuple[str, float, float]]:
    points = _points.get(index)
    if points is None:
        points = [
            (sid, lat, lon)
            for sid, service in index.services.items()
            if not service.is_national
            for lat, lon in service.points
        ]
        _points[index] = points
    return points


def _nearby(
    index: SearchIndex, place: Place, radius: float, precise: bool = True
) -> dict[str, float]:
    """Service id -> miles to its nearest venue, for venues within ``radius`` miles.

    A cheap haversine pass over the in-memory points picks candidates; geopy's geodesic gives
    the distance shown.
    """
    origin = (place.latitude, place.longitude)
    # one degree of latitude is ~69 miles: a box check first, then the sphere
    box = radius / 69.0 + 0.02
    best: dict[str, float] = {}
    for sid, lat, lon in _venue_points(index):
        if abs(lat - origin[0]) > box:
            continue
        if miles_between(origin, (lat, lon)) > radius * 1.01 + 0.1:
            continue
        d = miles(origin, (lat, lon)) if precise else miles_between(origin, (lat, lon))
        if d <= radius and d < best.get(sid, float("inf")):
            best[sid] = d
    return best


def _coverage(service: Service, place: Place) -> str:
    area = service.service_area
    if area.local_authorities:
        if place.local_authority_code and place.local_authority_code in area.local_authorities:
            return "council"
        if place.county_code and place.county_code in area.local_authorities:
            return "county"
    if place.region and place.region in area.regions:
        return "region"
    if place.country in area.countries:
        return "country"
    return ""


_COVER_RANK = {"council": 0, "county": 1, "region": 2, "country": 3}


def _local_items(
    index: SearchIndex,
    keyword: KeywordResults,
    place: Place | None,
    near: dict[str, float],
    sort: str,
) -> list[ResultItem]:
    services = index.services
    if place is None:
        return [
            ResultItem(services[sid], score=keyword.scores.get(sid, 0.0))
            for sid in keyword.ids
            if not services[sid].is_national
        ]
    items = []
    for sid in keyword.ids:
        service = services[sid]
        if service.is_national:
            continue
        distance = near.get(sid)
        covers = _coverage(service, place)
        if distance is None and service.points and covers:
            # a venue beyond the radius, but the area covers yours: show how far it is
            distance = min(miles((place.latitude, place.longitude), p) for p in service.points)
        items.append(
            ResultItem(
                service,
                distance_miles=None if distance is None else round(distance, 1),
                covers=covers,
                score=keyword.scores.get(sid, 0.0),
            )
        )
    if sort == "distance":
        # venues by distance first, then services whose area covers yours, most local first;
        # the keyword order (relevance, then name) breaks ties
        order = {sid: n for n, sid in enumerate(keyword.ids)}

        def key(item: ResultItem) -> tuple:
            if item.service.id in near:
                return (0, near[item.service.id], 0, order[item.service.id])
            return (1, 0.0, _COVER_RANK.get(item.covers, 9), order[item.service.id])

        items.sort(key=key)
    return items


def _within(place: Place | None, near: dict[str, float]):
    if place is None:
        return None

    def test(service: Service) -> bool:
        return service.is_national or service.id in near or bool(_coverage(service, place))

    return test


def _national_only(service: Service) -> bool:
    return service.is_national


def _uk_wide_only(service: Service) -> bool:
    return service.service_area.uk_wide


def find(index: SearchIndex, gazetteer: Gazetteer, request: FindRequest) -> FindResults:
    """Search the directory. Raises FindError for parameters outside what is allowed."""
    started = time.perf_counter()
    resolution = gazetteer.resolve(request.location) if request.location.strip() else None
    place = resolution.place if resolution is not None and resolution.found else None
    sort = request.effective_sort
    if sort == "distance" and place is None:
        sort = "relevance"

    if resolution is not None and place is None:
        # no usable place: show only what helps wherever you live (the UK-wide ones when the
        # place is outside England and Wales)
        outside = resolution.status in ("not_covered", "overseas")
        within = _uk_wide_only if outside else _national_only
        near: dict[str, float] = {}
    else:
        # geodesic distances once per search, for the filter and for the page
        near = _nearby(index, place, request.radius) if place else {}
        within = _within(place, near)
    try:
        keyword = search(index, request.q, request.filters, within=within)
    except BadFilter as exc:
        raise FindError(exc.field_name, str(exc)) from exc

    local_all = _local_items(index, keyword, place, near, sort)
    national_all = [
        ResultItem(index.services[sid], score=keyword.scores.get(sid, 0.0))
        for sid in keyword.ids
        if index.services[sid].is_national
    ]
    wider = None
    if place is not None and not local_all:
        for radius in (r for r in RADII if r > request.radius):
            wide = search(
                index,
                request.q,
                request.filters,
                within=_within(place, _nearby(index, place, radius, precise=False)),
            )
            count = sum(1 for sid in wide.ids if not index.services[sid].is_national)
            if count:
                wider = Wider(radius, count)
                break

    results = FindResults(
        request=request,
        resolution=resolution,
        local=paginate(local_all, request.page, request.per_page),
        national=national_all[:NATIONAL_SHOWN],
        national_total=len(national_all),
        facets=keyword.facets,
        suggestion=keyword.text.suggestion,
        partial=keyword.text.partial,
        wider=wider,
        sort=sort,
    )
    # never the words or the place searched: only their shape and the outcome
    log.info(
        "search text=%s place=%s filters=%d radius=%d local=%d national=%d ms=%.1f",
        "yes" if request.q.strip() else "no",
        resolution.status if resolution else "none",
        sum(len(v) for v in request.filters.values()),
        request.radius,
        results.local.total,
        results.national_total,
        (time.perf_counter() - started) * 1000,
    )
    return results


def lookup(index: SearchIndex, service_id: str) -> Service | None:
    """One service by id (closed ones included, so an old link still says what happened)."""
    return index.services.get(service_id)


def services_by_ids(index: SearchIndex, ids: Sequence[str]) -> list[Service]:
    """The services for a shortlist, in the order given, unknown ids skipped."""
    seen = dict.fromkeys(i for i in ids if i in index.services)
    return [index.services[i] for i in seen]


def distance_to(place: Place, service: Service) -> float | None:
    """Miles from a place to the service's nearest venue, to one decimal place."""
    if not service.points:
        return None
    return round(min(miles((place.latitude, place.longitude), p) for p in service.points), 1)
