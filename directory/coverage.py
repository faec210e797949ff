"""Where the directory has local services, and where it has none: per police force area and per
council, and as a picture (an SVG drawn from the gazetteer's postcode districts, nothing
fetched). ``directory coverage`` prints it; the About page shows the same figures.

Imports the model and geography only. Works on arrays (``Listed``), so that the About page
of a large build reads none of its listings and counts with a few vector operations.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from .geo import Gazetteer, PoliceForceAreas
from .model import Service


@dataclass
class ForceCoverage:
    force: str
    services: list[str] = field(default_factory=list)  # ids of local services covering it
    with_route: int = 0
    #: with a phone, email or website of the service's own (not only a finder)
    with_own_route: int = 0
    with_venue: int = 0
    for_children: int = 0
    sarcs: int = 0
    uncovered_councils: list[str] = field(default_factory=list)  # names

    @property
    def count(self) -> int:
        return len(self.services)


@dataclass
class Coverage:
    forces: list[ForceCoverage]
    local_total: int
    national_total: int
    by_origin: dict[str, int]
    #: listed listings (local and national) with a route of their own, and with any route
    own_route_total: int = 0
    route_total: int = 0

    @property
    def gaps(self) -> list[str]:
        """Forces with no local service at all."""
        return [f.force for f in self.forces if not f.count]

    def table(self) -> str:
        rows = [
            f"{'police force area':<22} {'local':>5} {'own':>5} {'route':>5} {'venue':>5} "
            f"{'child':>5} {'SARC':>5}  councils with none"
        ]
        for f in self.forces:
            rows.append(
                f"{f.force:<22} {f.count:>5} {f.with_own_route:>5} {f.with_route:>5} "
                f"{f.with_venue:>5} {f.for_children:>5} {f.sarcs:>5}  "
                f"{', '.join(f.uncovered_councils) or '-'}"
            )
        listed = self.local_total + self.national_total
        share = round(100 * self.own_route_total / listed) if listed else 0
        rows.append(
            f"\n{self.local_total} local and {self.national_total} national or country-wide "
            f"listings; forces with no local service: {', '.join(self.gaps) or 'none'}"
            f"\nwith a phone, email or website of their own: {self.own_route_total} of {listed}"
            f" ({share}%); with some route (their own or a finder): {self.route_total} of"
            f" {listed}; the rest show people they can talk to now"
        )
        return "\n".join(rows)


@dataclass(frozen=True, eq=False)
class Listed:
    """What coverage asks of each listing, as arrays over positions (``Listed.of`` from the
    listings themselves; the facade makes one from a build's arrays without reading any)."""

    ids: Sequence[str]
    #: the positions in the order the listings are counted and listed
    order: np.ndarray
    listed: np.ndarray  # not closed
    national: np.ndarray
    #: neither national nor covering a whole country
    local: np.ndarray
    with_route: np.ndarray
    for_children: np.ndarray
    sarc: np.ndarray
    origins: Sequence[str]
    #: GSS code named in a listing's area (a council or a county) -> the listings naming it
    by_area: Mapping[str, np.ndarray]
    by_region: Mapping[str, np.ndarray]
    by_country: Mapping[str, np.ndarray]
    venue_positions: np.ndarray  # the listing of each venue, in the order of ``order``
    venue_points: np.ndarray  # (venues, 2) latitude, longitude
    #: shows a phone, email or website of the service's own (issue 26; defaults to with_route)
    with_own_route: np.ndarray | None = None

    @classmethod
    def of(cls, services: Iterable[Service]) -> Listed:
        services = list(services)
        size = len(services)

        def flags(test: Callable[[Service], bool]) -> np.ndarray:
            return np.array([test(s) for s in services], dtype=bool).reshape(size)

        named: dict[str, dict[str, np.ndarray]] = {"area": {}, "region": {}, "country": {}}
        venues: list[int] = []
        points: list[tuple[float, float]] = []
        for n, s in enumerate(services):
            area = s.service_area
            for kind, codes in (
                ("area", area.local_authorities),
                ("region", area.regions),
                ("country", area.countries),
            ):
                for code in codes:
                    named[kind].setdefault(code, np.zeros(size, dtype=bool))[n] = True
            for point in s.points:
                venues.append(n)
                points.append(point)
        return cls(
            ids=[s.id for s in services],
            order=np.arange(size),
            listed=flags(lambda s: s.listed),
            national=flags(lambda s: s.is_national),
            local=flags(lambda s: s.listed and is_local(s)),
            with_route=flags(lambda s: s.contact.has_route),
            with_own_route=flags(lambda s: s.contact.has_own_route),
            for_children=flags(lambda s: "children-young-people" in s.audiences),
            sarc=flags(lambda s: "sarc" in s.support_types),
            origins=[s.origin for s in services],
            by_area=named["area"],
            by_region=named["region"],
            by_country=named["country"],
            venue_positions=np.array(venues, dtype=np.int64),
            venue_points=np.array(points, dtype=float).reshape(-1, 2),
        )


def coverage(
    services: Iterable[Service] | Listed, gazetteer: Gazetteer, forces: PoliceForceAreas
) -> Coverage:
    """Local (not national) listed services per police force area, with their kinds and the
    councils no local service covers."""
    facts = services if isinstance(services, Listed) else Listed.of(services)
    none = np.zeros(len(facts.ids), dtype=bool)
    with_venue = none.copy()
    with_venue[facts.venue_positions] = True
    covering: dict[str, np.ndarray] = {}

    def covers(code: str) -> np.ndarray:
        """The local listings whose area covers the council: by name, by its county, its
        region or its country."""
        found = covering.get(code)
        if found is None:
            found = facts.by_area.get(code, none)
            place = gazetteer.council(code)
            if place is not None:
                if place.county_code:
                    found = found | facts.by_area.get(place.county_code, none)
                if place.region:
                    found = found | facts.by_region.get(place.region, none)
                found = found | facts.by_country.get(place.country, none)
            found = covering[code] = found & facts.local
        return found

    own = facts.with_route if facts.with_own_route is None else facts.with_own_route
    listed_in_order = facts.order[facts.listed[facts.order]].tolist()
    by_origin = dict(Counter(facts.origins[position] for position in listed_in_order))
    result = []
    for force in forces.names():
        councils = set(forces.councils_in(force))
        row = ForceCoverage(force)
        chosen = none.copy()
        covered: set[str] = set()
        for code in councils:
            found = covers(code)
            if found.any():
                chosen |= found
                covered.add(code)
        row.services = [facts.ids[p] for p in facts.order[chosen[facts.order]].tolist()]
        row.with_route, row.with_own_route, row.with_venue, row.for_children, row.sarcs = (
            int((chosen & kind).sum())
            for kind in (facts.with_route, own, with_venue, facts.for_children, facts.sarc)
        )
        row.uncovered_councils = sorted(
            gazetteer.councils[c].name for c in councils - covered if c in gazetteer.councils
        )
        result.append(row)
    local_total = int(facts.local.sum())
    return Coverage(
        result,
        local_total,
        int(facts.listed.sum()) - local_total,
        by_origin,
        own_route_total=int((facts.listed & own).sum()),
        route_total=int((facts.listed & facts.with_route).sum()),
    )


def is_local(service: Service) -> bool:
    """Limited to part of a country: neither national nor country-wide."""
    return not (service.is_national or service.service_area.countries)


# --- the picture -----------------------------------------------------------------------------

_WEST, _EAST, _SOUTH, _NORTH = -5.8, 1.8, 49.9, 55.85
_WIDTH = 380


def _xy(lat: float, lon: float) -> tuple[float, float]:
    # a plain equirectangular projection, squeezed by cos(53°) so Britain keeps its shape
    scale = _WIDTH / ((_EAST - _WEST) * 0.6)
    return (lon - _WEST) * 0.6 * scale, (_NORTH - lat) * scale


def coverage_svg(services: Iterable[Service] | Listed, gazetteer: Gazetteer) -> str:
    """England and Wales drawn as the postcode districts' centres (grey), with each listed local
    service's venues marked (dark blue). Self-contained SVG: no fonts, scripts or links."""
    height = round(_xy(_SOUTH, _WEST)[1])
    dots = []
    for district in gazetteer.districts.values():
        if district.country not in ("England", "Wales"):
            continue
        x, y = _xy(district.latitude, district.longitude)
        dots.append(f"M{x:.0f} {y:.0f}h2v2h-2z")
    facts = services if isinstance(services, Listed) else Listed.of(services)
    shown = (facts.listed & ~facts.national)[facts.venue_positions]
    # venues in the order of their listings (``order``), each listing's in its own order
    rank = np.empty(len(facts.ids), dtype=np.int64)
    rank[facts.order] = np.arange(len(facts.order))
    order = np.argsort(rank[facts.venue_positions], kind="stable")
    venues = []
    for lat, lon in facts.venue_points[order[shown[order]]].tolist():
        x, y = _xy(lat, lon)
        venues.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4"/>')
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height}" '
        f'width="{_WIDTH}" height="{height}" role="img" aria-labelledby="t">'
        '<title id="t">Map of England and Wales: grey dots are postcode districts, blue '
        "circles are the places of the local services in this directory</title>"
        f'<path fill="#b1b4b6" d="{"".join(dots)}"/>'
        f'<g fill="#1d70b8" stroke="#ffffff" stroke-width="1">{"".join(venues)}</g></svg>'
    )
