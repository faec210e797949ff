"""Where each listing is, and how near it is to a point: the geographic half of the one search.

Built in memory when a build is opened, from the listings alone, over the index's positions:
each service's venues and the areas it covers. It knows nothing of the gazetteer: a search is
given a ``Where`` (a point, the area codes the point lies in, and the function that measures miles),
which ``finder`` makes from a resolved place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from ..model import Service
from .columns import Columns
from .weights import AREA_ELSEWHERE, HALF_NEAR_MILES

#: miles from a point to each row (latitude, longitude) of an array of points; rows further than
#: the third argument (miles) may be given as infinity without being measured
Measure = Callable[[tuple[float, float], np.ndarray, float], np.ndarray]

#: how near a service is, for ordering by best match with a place: its own area covering the
#: place counts most, whether it names the council, the county, the region or the country (a
#: weight per level changed no judged list and lowered one: docs/search.md); a venue counts by
#: its distance; a service whose stated area leaves the place out counts least, however near
COVER_NAMES = ("council", "county", "region", "country")


@dataclass(frozen=True)
class Where:
    """A place to search near, as the search needs it."""

    latitude: float
    longitude: float
    radius: float
    country: str
    measure: Measure = field(compare=False, repr=False)
    council: str = ""  # GSS code of its council, if it lies in one
    county: str = ""  # GSS code of its shire county
    #: for a wider area (a county, a police force area): the councils within it
    parts: tuple[str, ...] = ()
    region: str = ""


@dataclass(frozen=True, eq=False)
class Areas:
    """Each service's venues and the areas (councils or counties, regions, countries) it
    covers, over positions."""

    venue_positions: np.ndarray  # int, one per venue
    venue_points: np.ndarray  # (venues, 2) latitude, longitude in degrees
    by_area: dict[str, np.ndarray]  # GSS code of a council or county -> services covering it
    by_region: dict[str, np.ndarray]
    by_country: dict[str, np.ndarray]
    has_area: np.ndarray  # the service states councils it covers
    size: int

    @classmethod
    def of(cls, columns: Columns, services: Mapping[str, Service]) -> Areas:
        """The arrays over ``columns``' positions, from the listings (built when a build is
        opened)."""
        positions: list[int] = []
        points: list[tuple[float, float]] = []
        has_area = columns.none()
        areas: dict[str, dict[str, np.ndarray]] = {"area": {}, "region": {}, "country": {}}

        def mark(kind: str, key: str, position: int) -> None:
            areas[kind].setdefault(key, columns.none())[position] = True

        for position, sid in enumerate(columns.ids):
            service = services[sid]
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

    def near(self, where: Where) -> Near:
        """Miles to each service's nearest venue within the radius, and how its area covers
        the place."""
        found = np.full(self.size, np.inf)
        miles_away = where.measure(
            (where.latitude, where.longitude), self.venue_points, where.radius
        )
        inside = miles_away <= where.radius
        np.minimum.at(found, self.venue_positions[inside], miles_away[inside])
        none = np.zeros(self.size, dtype=bool)
        county = self.by_area.get(where.county, none)
        # a county or a police force area, or (w43place) a postcode district across a council
        # boundary ("WC2"): services covering any council within it
        for code in where.parts:
            county = county | self.by_area.get(code, none)
        covers = [
            self.by_area.get(where.council, none),
            county,
            self.by_region.get(where.region, none),
            self.by_country.get(where.country, none),
        ]
        return Near(found, covers, self.has_area)


@dataclass(frozen=True, eq=False)
class Near:
    """A place's view of the services, over positions."""

    miles: np.ndarray  # to the nearest venue within the radius; infinity for none
    #: services whose area covers the place: by council, county, region, country
    covers: list[np.ndarray]
    has_area: np.ndarray

    def within(self, national: np.ndarray) -> np.ndarray:
        """National services, those with a venue in the radius, and those covering the place."""
        found: np.ndarray = national | np.isfinite(self.miles)
        for services in self.covers:
            found = found | services
        return found

    def how_covered(self, position: int) -> str:
        return next((n for n, s in zip(COVER_NAMES, self.covers, strict=True) if s[position]), "")

    def cover_ranks(self) -> np.ndarray:
        """0 council, 1 county, 2 region, 3 country, 9 not covered; over positions."""
        return np.select(self.covers, list(range(len(self.covers))), 9)

    def closeness(self) -> np.ndarray:
        """How near each service is, 0 to 1: its area covering the place, or its venue's
        distance, whichever says more; a venue nearby whose area leaves the place out counts
        little."""
        by_venue = np.where(
            np.isfinite(self.miles), 1.0 / (1.0 + self.miles / HALF_NEAR_MILES), 0.0
        )
        covered = self.cover_ranks() < len(COVER_NAMES)
        closeness: np.ndarray = np.where(covered, 1.0, by_venue)
        closeness[self.has_area & ~covered] *= AREA_ELSEWHERE
        return closeness
