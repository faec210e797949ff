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
from dataclasses import dataclass, field, replace

import numpy as np

from .geo import OUTSIDE, Gazetteer, Place, Resolution, miles, miles_to_many
from .model import Service
from .search import (
    UNFIT,
    Asker,
    BadFilter,
    Columns,
    KeywordResults,
    Page,
    SearchIndex,
    paginate,
    search,
)

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
    sort: str | None = None  # None: by distance with a place and no words, else best match

    @property
    def effective_sort(self) -> str:
        if self.sort:
            return self.sort
        return "distance" if self.location.strip() and not self.q.strip() else "relevance"


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
    #: local services near the place that match the words less well than the services
    #: available everywhere, or do not fit who seems to be asking (an 18+ service for a
    #: child): shown after those, so the first answers are the best ones
    more_local: list[ResultItem] = field(default_factory=list)
    #: no listing matched the words: ``national`` holds the helplines for who seems to ask
    fallback: bool = False
    asker: Asker = field(default_factory=Asker)

    @property
    def national_first(self) -> bool:
        """Without a place, services available everywhere come first; area-limited ones follow
        under a heading saying so."""
        return self.place is None

    def shown_ids(self) -> list[str]:
        """The ids on the page, in the order a person reads them."""
        local = [i.service.id for i in self.local.items]
        national = [i.service.id for i in self.national]
        more = [i.service.id for i in self.more_local]
        return national + local if self.national_first else local + national + more

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


# --- venues and service areas as arrays, per index build --------------------------------


@dataclass(frozen=True, eq=False)
class _Geography:
    """Where each service is, over ``Columns`` positions: its venues' points, and the areas
    (councils or counties, regions, countries) it covers. Built from the listings alone."""

    venue_positions: np.ndarray  # int, one per venue
    venue_points: np.ndarray  # (venues, 2) latitude, longitude in degrees
    by_area: dict[str, np.ndarray]  # GSS code of a council or county -> services covering it
    by_region: dict[str, np.ndarray]
    by_country: dict[str, np.ndarray]
    has_area: np.ndarray  # the service states councils it covers
    size: int  # services

    @classmethod
    def of(cls, index: SearchIndex) -> _Geography:
        columns = index.columns
        positions: list[int] = []
        points: list[tuple[float, float]] = []
        has_area = columns.none()
        areas: dict[str, dict[str, np.ndarray]] = {"area": {}, "region": {}, "country": {}}

        def mark(kind: str, key: str, position: int) -> None:
            areas[kind].setdefault(key, columns.none())[position] = True

        for position, sid in enumerate(columns.ids):
            service = index.services[sid]
            if service.is_national:
                continue
            for point in service.points:
                positions.append(position)
                points.append(point)
            area = service.service_area
            has_area[position] = bool(area.local_authorities)
            for code in area.local_authorities:
                mark("area", code, position)
            for region in area.regions:
                mark("region", region, position)
            for country in area.countries:
                mark("country", country, position)
        return cls(
            venue_positions=np.array(positions, dtype=np.int64),
            venue_points=np.array(points, dtype=float).reshape(-1, 2),
            by_area=areas["area"],
            by_region=areas["region"],
            by_country=areas["country"],
            has_area=has_area,
            size=len(columns),
        )

    def nearest(self, place: Place, radius: float) -> np.ndarray:
        """Miles from the place to each service's nearest venue within ``radius`` (infinity
        for services with none)."""
        found = np.full(self.size, np.inf)
        miles_away = miles_to_many((place.latitude, place.longitude), self.venue_points)
        near = miles_away <= radius
        np.minimum.at(found, self.venue_positions[near], miles_away[near])
        return found

    def covering(self, place: Place) -> list[tuple[str, np.ndarray]]:
        """(how, services) for each way a service's area can cover the place, most local
        first: its council, its county, its region, its country."""
        none = np.zeros(self.size, dtype=bool)
        county = self.by_area.get(place.county_code, none)
        if not place.local_authority_code:
            # a county or a police force area: services covering any council within it
            for code in place.parts:
                county = county | self.by_area.get(code, none)
        return [
            ("council", self.by_area.get(place.local_authority_code, none)),
            ("county", county),
            ("region", self.by_region.get(place.region, none)),
            ("country", self.by_country.get(place.country, none)),
        ]


_geography: weakref.WeakKeyDictionary[SearchIndex, _Geography] = weakref.WeakKeyDictionary()


def _geography_of(index: SearchIndex) -> _Geography:
    found = _geography.get(index)
    if found is None:
        found = _geography[index] = _Geography.of(index)
    return found


@dataclass(frozen=True, eq=False)
class _Near:
    """A place with, over positions: miles to the nearest venue in the radius, and coverage."""

    place: Place
    miles: np.ndarray
    covers: list[tuple[str, np.ndarray]]

    @classmethod
    def of(cls, index: SearchIndex, place: Place, radius: float) -> _Near:
        geography = _geography_of(index)
        return cls(place, geography.nearest(place, radius), geography.covering(place))

    def within(self, columns: Columns) -> np.ndarray:
        """National services, those with a venue in the radius, and those covering the place."""
        found = columns.national | np.isfinite(self.miles)
        for _, services in self.covers:
            found = found | services
        return found

    def how_covered(self, position: int) -> str:
        return next((how for how, services in self.covers if services[position]), "")

    def cover_ranks(self) -> np.ndarray:
        """0 council, 1 county, 2 region, 3 country, 9 not covered; over positions."""
        return np.select([s for _, s in self.covers], list(range(len(self.covers))), 9)


#: how near a service is, for ordering by best match with a place: its own area covering the
#: place counts most; a venue counts by its distance; a service whose stated area leaves the
#: place out counts least, however near its venue
COVER_WEIGHT = np.array([1.0, 0.95, 0.7, 0.6])  # council, county, region, country


def _proximity(near: _Near, columns: Columns, geography: _Geography) -> np.ndarray:
    miles_away = near.miles
    by_venue = np.where(np.isfinite(miles_away), 1.0 / (1.0 + miles_away / 15.0), 0.0)
    ranks = near.cover_ranks()
    by_area = np.where(ranks < len(COVER_WEIGHT), COVER_WEIGHT[np.minimum(ranks, 3)], 0.0)
    closeness = np.maximum(by_venue, by_area)
    # a venue nearby, but an area that leaves this place out
    closeness[geography.has_area & (ranks >= len(COVER_WEIGHT))] *= 0.3
    return closeness


def _local_order(
    keyword: KeywordResults,
    near: _Near | None,
    sort: str,
    everywhere: np.ndarray,
    closeness: np.ndarray | None,
) -> np.ndarray:
    """Positions of the local (not available-everywhere) results in the order they are shown."""
    order = keyword.order[~everywhere[keyword.order]]
    if near is None or closeness is None:
        return order
    if sort != "distance":
        # best match: relevance times closeness; the keyword order breaks ties
        weighted = keyword.scores()[order] * closeness[order]
        return order[np.lexsort((np.arange(len(order)), -np.round(weighted, 6)))]
    # venues by distance first, then services whose area covers yours, most local first; the
    # keyword order (relevance, then name) breaks ties
    miles_away = near.miles[order]
    by_area = ~np.isfinite(miles_away)
    return order[
        np.lexsort(
            (
                np.arange(len(order)),
                np.where(by_area, near.cover_ranks()[order], 0),
                np.where(by_area, 0.0, miles_away),
                by_area,
            )
        )
    ]


def _item(
    index: SearchIndex, keyword: KeywordResults, position: int, near: _Near | None
) -> ResultItem:
    service = index.services[keyword.columns.ids[position]]
    score = keyword.score(position)
    if near is None:
        return ResultItem(service, score=score)
    covers = near.how_covered(position)
    distance = None
    if service.points and (np.isfinite(near.miles[position]) or covers):
        # the distance shown is geopy's; a venue beyond the radius is shown when the
        # service's area covers yours
        origin = (near.place.latitude, near.place.longitude)
        distance = round(min(miles(origin, p) for p in service.points), 1)
    return ResultItem(service, distance_miles=distance, covers=covers, score=score)


STRONG_SHARE = 0.25  # a local match this good, against the best national one, comes first
#: a professional naming a place is looking for a service there to refer to: every local match
#: that fits comes first
PROFESSIONAL_SHARE = 0.0


def _strong_local(
    keyword: KeywordResults,
    closeness: np.ndarray,
    local_order: np.ndarray,
    national: np.ndarray,
) -> np.ndarray:
    """Which local results come before the services available everywhere: those fitting the
    asker whose match, weighed by closeness, is near the best national match."""
    text = keyword.text
    strong = np.ones(len(local_order), dtype=bool)
    if text.fit is not None and text.asker.persona:
        strong &= text.fit[local_order] >= UNFIT
    if text.scores is None or text.general or text.fallback or not len(national):
        return strong
    weighted = text.scores[local_order] * closeness[local_order]
    best = float(text.scores[national].max())
    share = PROFESSIONAL_SHARE if text.asker.persona == "professional" else STRONG_SHARE
    return strong & (weighted >= share * best)


def find(index: SearchIndex, gazetteer: Gazetteer, request: FindRequest) -> FindResults:
    """Search the directory. Raises FindError for parameters outside what is allowed."""
    started = time.perf_counter()
    columns = index.columns
    resolution = gazetteer.resolve(request.location) if request.location.strip() else None
    place = resolution.place if resolution is not None and resolution.found else None
    sort = request.effective_sort
    if sort == "distance" and place is None:
        sort = "relevance"

    near = _Near.of(index, place, request.radius) if place else None
    if near is not None:
        within = near.within(columns)
    elif resolution is not None:
        # no usable place: show only what helps wherever you live (the UK-wide ones when the
        # place is outside England and Wales)
        outside = resolution.status in OUTSIDE
        within = columns.uk_wide if outside else columns.everywhere()
    else:
        within = None
    try:
        keyword = search(index, request.q, request.filters, within=within)
    except BadFilter as exc:
        raise FindError(exc.field_name, str(exc)) from exc

    if place is not None:
        everywhere = columns.everywhere(place.country)
    else:
        # without a place, a country-wide service (Wales only, England only) is area-limited,
        # except Welsh services for someone writing in Welsh
        everywhere = columns.national.copy()
        if keyword.text.asker.welsh:
            everywhere |= columns.country_wide.get("Wales", columns.none())
    closeness = _proximity(near, columns, _geography_of(index)) if near is not None else None
    local_order = _local_order(keyword, near, sort, everywhere, closeness)
    national = keyword.order[everywhere[keyword.order]]
    more_order = np.array([], dtype=np.int64)
    if near is not None and closeness is not None:
        strong = _strong_local(keyword, closeness, local_order, national)
        local_order, more_order = local_order[strong], local_order[~strong]
    local = paginate(local_order, request.page, request.per_page)
    local = replace(local, items=[_item(index, keyword, p, near) for p in local.items])
    wider = None
    if place is not None and not local.total:
        for radius in (r for r in RADII if r > request.radius):
            wide = search(
                index,
                request.q,
                request.filters,
                within=_Near.of(index, place, radius).within(columns),
            )
            count = int(np.count_nonzero(~everywhere[wide.order]))
            if count:
                wider = Wider(radius, count)
                break

    results = FindResults(
        request=request,
        resolution=resolution,
        local=local,
        national=[_item(index, keyword, p, None) for p in national[:NATIONAL_SHOWN]],
        national_total=len(national),
        facets=keyword.facets,
        suggestion=keyword.text.suggestion,
        partial=keyword.text.partial,
        wider=wider,
        sort=sort,
        more_local=[_item(index, keyword, p, near) for p in more_order[:NATIONAL_SHOWN]],
        fallback=keyword.text.fallback,
        asker=keyword.text.asker,
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
