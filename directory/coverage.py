"""Where the directory has local services, and where it has none: per police force area and per
council, and as a picture (an SVG drawn from the gazetteer's postcode districts, nothing
fetched). ``directory coverage`` prints it; the About page shows the same figures.

Imports the model and geography only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .geo import Gazetteer, Place, PoliceForceAreas
from .model import Service


@dataclass
class ForceCoverage:
    force: str
    services: list[str] = field(default_factory=list)  # ids of local services covering it
    with_route: int = 0
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

    @property
    def gaps(self) -> list[str]:
        """Forces with no local service at all."""
        return [f.force for f in self.forces if not f.count]

    def table(self) -> str:
        rows = [
            f"{'police force area':<22} {'local':>5} {'route':>5} {'venue':>5} "
            f"{'child':>5} {'SARC':>5}  councils with none"
        ]
        for f in self.forces:
            rows.append(
                f"{f.force:<22} {f.count:>5} {f.with_route:>5} {f.with_venue:>5} "
                f"{f.for_children:>5} {f.sarcs:>5}  {', '.join(f.uncovered_councils) or '-'}"
            )
        rows.append(
            f"\n{self.local_total} local and {self.national_total} national or country-wide "
            f"listings; forces with no local service: {', '.join(self.gaps) or 'none'}"
        )
        return "\n".join(rows)


def _covers(service: Service, councils: set[str], places: dict[str, Place | None]) -> bool:
    area = service.service_area
    if councils & set(area.local_authorities):
        return True
    for code in councils:
        place = places[code]
        if place is None:
            continue
        if place.county_code and place.county_code in area.local_authorities:
            return True
        if place.region and place.region in area.regions:
            return True
        if place.country in area.countries:
            return True
    return False


def coverage(
    services: Iterable[Service], gazetteer: Gazetteer, forces: PoliceForceAreas
) -> Coverage:
    """Local (not national) listed services per police force area, with their kinds and the
    councils no local service covers."""
    listed = [s for s in services if s.listed]
    local = [s for s in listed if is_local(s)]
    by_origin: dict[str, int] = {}
    for s in listed:
        by_origin[s.origin] = by_origin.get(s.origin, 0) + 1
    result = []
    # each council's place once (a Place is built on every look-up: at 10,000 listings the
    # look-ups were 19 s of the 23 s this took, the first time the about page was drawn)
    places: dict[str, Place | None] = {}
    for force in forces.names():
        for code in forces.councils_in(force):
            if code not in places:
                places[code] = gazetteer.council(code)
    for force in forces.names():
        councils = set(forces.councils_in(force))
        row = ForceCoverage(force)
        covered: set[str] = set()
        for s in local:
            if not _covers(s, councils, places):
                continue
            row.services.append(s.id)
            row.with_route += s.contact.has_route
            row.with_venue += bool(s.points)
            row.for_children += "children-young-people" in s.audiences
            row.sarcs += "sarc" in s.support_types
            covered |= {c for c in councils if _covers(s, {c}, places)}
        row.uncovered_councils = sorted(
            gazetteer.councils[c].name for c in councils - covered if c in gazetteer.councils
        )
        result.append(row)
    return Coverage(result, len(local), len(listed) - len(local), by_origin)


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


def coverage_svg(services: Iterable[Service], gazetteer: Gazetteer) -> str:
    """England and Wales drawn as the postcode districts' centres (grey), with each listed local
    service's venues marked (dark blue). Self-contained SVG: no fonts, scripts or links."""
    height = round(_xy(_SOUTH, _WEST)[1])
    dots = []
    for district in gazetteer.districts.values():
        if district.country not in ("England", "Wales"):
            continue
        x, y = _xy(district.latitude, district.longitude)
        dots.append(f"M{x:.0f} {y:.0f}h2v2h-2z")
    venues = []
    for s in services:
        if not s.listed or s.is_national:
            continue
        for lat, lon in s.points:
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
