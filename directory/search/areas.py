"""Where each listing is, and how near it is to a point: the geographic half of the one search.

Built per index build from the listings alone, over the index's positions: each service's
venues and the areas it covers. It knows nothing of the gazetteer: a search is given a
``Where`` (a point, the area codes the point lies in, and the function that measures miles),
which ``finder`` makes from a resolved place.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .errors import IndexCorrupt
from .store import SearchIndex

#: miles from a point to each row (latitude, longitude) of an array of points
Measure = Callable[[tuple[float, float], np.ndarray], np.ndarray]

#: written with each build (``Areas.save``), so that a worker's first search near a place reads
#: arrays instead of every listing
LAYOUT = "areas.json"  # which row of MASKS is which area
MASKS = "areas-masks.npy"  # bool: has_area, then one row per area, region and country
VENUES = "areas-venues.npy"  # int: the position of each venue's service
POINTS = "areas-points.npy"  # float (venues, 2): latitude, longitude

#: how near a service is, for ordering by best match with a place: its own area covering the
#: place counts most; a venue counts by its distance; a service whose stated area leaves the
#: place out counts least, however near its venue
COVER_WEIGHT = np.array([1.0, 0.95, 0.7, 0.6])  # council, county, region, country
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
    def of(cls, index: SearchIndex) -> Areas:
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

    def save(self, folder: Path) -> None:
        """Write these arrays into a build's ``folder`` (``load`` reads them back)."""
        groups = {"area": self.by_area, "region": self.by_region, "country": self.by_country}
        rows = [self.has_area]
        for group in groups.values():
            rows.extend(group.values())
        masks = np.array(rows, dtype=bool).reshape(len(rows), self.size)
        np.save(folder / MASKS, masks)
        np.save(folder / VENUES, self.venue_positions.astype(np.int64))
        np.save(folder / POINTS, self.venue_points.astype(float))
        layout = {"size": self.size, **{k: list(group) for k, group in groups.items()}}
        (folder / LAYOUT).write_text(json.dumps(layout, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Areas | None:
        """The arrays ``save`` wrote, read into memory (never memory-mapped: a file cut short
        under a mapping kills the process with SIGBUS); None for a build written before them."""
        if not all((folder / name).exists() for name in (LAYOUT, MASKS, VENUES, POINTS)):
            return None
        layout = json.loads((folder / LAYOUT).read_text(encoding="utf-8"))
        masks = np.load(folder / MASKS)
        rows = iter(np.asarray(masks[n]) for n in range(len(masks)))
        has_area = next(rows)
        groups = {k: {key: next(rows) for key in layout[k]} for k in ("area", "region", "country")}
        return cls(
            venue_positions=np.asarray(np.load(folder / VENUES)),
            venue_points=np.asarray(np.load(folder / POINTS)).reshape(-1, 2),
            by_area=groups["area"],
            by_region=groups["region"],
            by_country=groups["country"],
            has_area=has_area,
            size=layout["size"],
        )

    def near(self, where: Where) -> Near:
        """Miles to each service's nearest venue within the radius, and how its area covers
        the place."""
        found = np.full(self.size, np.inf)
        miles_away = where.measure((where.latitude, where.longitude), self.venue_points)
        inside = miles_away <= where.radius
        np.minimum.at(found, self.venue_positions[inside], miles_away[inside])
        none = np.zeros(self.size, dtype=bool)
        county = self.by_area.get(where.county, none)
        if not where.council:
            # a county or a police force area: services covering any council within it
            for code in where.parts:
                county = county | self.by_area.get(code, none)
        covers = [
            self.by_area.get(where.council, none),
            county,
            self.by_region.get(where.region, none),
            self.by_country.get(where.country, none),
        ]
        return Near(found, covers, self.has_area)


_areas: weakref.WeakKeyDictionary[SearchIndex, Areas] = weakref.WeakKeyDictionary()


def areas_of(index: SearchIndex) -> Areas:
    found = _areas.get(index)
    if found is None:
        try:
            found = Areas.load(index.path) if index.arrays_saved else None
        except Exception as exc:  # numpy and json raise many kinds on damaged files
            raise IndexCorrupt(f"the areas of build {index.build_id} cannot be read") from exc
        if found is None or found.size != len(index.columns):
            found = Areas.of(index)
        _areas[index] = found
    return found


@dataclass(frozen=True, eq=False)
class Near:
    """A place's view of the services, over positions."""

    miles: np.ndarray  # to the nearest venue within the radius; infinity for none
    #: services whose area covers the place: by council, county, region, country
    covers: list[np.ndarray]
    has_area: np.ndarray

    def within(self, national: np.ndarray) -> np.ndarray:
        """National services, those with a venue in the radius, and those covering the place."""
        found = national | np.isfinite(self.miles)
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
        by_venue = np.where(np.isfinite(self.miles), 1.0 / (1.0 + self.miles / 15.0), 0.0)
        ranks = self.cover_ranks()
        by_area = np.where(ranks < len(COVER_WEIGHT), COVER_WEIGHT[np.minimum(ranks, 3)], 0.0)
        closeness = np.maximum(by_venue, by_area)
        closeness[self.has_area & (ranks >= len(COVER_WEIGHT))] *= 0.3
        return closeness
