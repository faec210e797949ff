"""An offline gazetteer: postcodes, towns and councils to a point, a council, a region, a country.

Resolving against the tables ``tables.py`` loads from the files bundled with the app; nothing a
user types leaves the server. This module knows nothing of Flask or of listings.

``Gazetteer.resolve(text)`` answers with a ``Resolution`` whose ``status`` (a ``LocationStatus``)
says what happened:

- ``found``: a place in England or Wales (``place`` holds it; ``corrected`` when a misspelling
  was corrected);
- ``ambiguous``: several places share the name (``candidates``, biggest first);
- ``not_covered``: a real place or postcode in Scotland, Northern Ireland, the Channel Islands or
  the Isle of Man;
- ``overseas``: a postcode shape from outside the UK;
- ``bad_postcode``: it looks like a postcode but is not a valid or known one;
- ``unknown``: no place by that name (``suggestions`` holds the closest names we know).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from .distance import miles_to_many
from .places import (
    FULL_POSTCODE,
    OUTWARD,
    OVERSEAS,
    POSTCODE_LIKE,
    SECTOR,
    UNUSABLE,
    LocationStatus,
    Place,
    Resolution,
    normalise,
)
from .tables import District, read_tables

MAX_INPUT = 100
FUZZY_ACCEPT = 88  # a single close name this good is taken as the place meant
FUZZY_SUGGEST = 72
AMBIGUOUS_SHARE = 0.10  # a namesake at least this share of the biggest one's population

_COUNCIL_SUFFIXES = (" county council", " city council", " borough council", " council")


def _strip_council_words(text: str) -> str:
    for suffix in _COUNCIL_SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _status(place: Place) -> LocationStatus:
    return LocationStatus.FOUND if place.covered else LocationStatus.NOT_COVERED


class Gazetteer:
    """Loaded once from a folder of the bundled CSV files; read-only afterwards (thread-safe)."""

    def __init__(self, folder: Path) -> None:
        tables = read_tables(folder)
        self.folder = tables.folder
        self.councils = tables.councils
        self.districts = tables.districts
        self._places = tables.places
        self._alt_places = tables.alt_places
        self._council_names = tables.council_names
        self._wider = tables.wider
        self._points: dict[str, tuple[list[District], np.ndarray]] | None = None
        self._located: dict[Place, Place] = {}  # a town -> the town with its council
        self._fuzzy_names = sorted(set(self._places) | set(self._council_names) | set(self._wider))

    # --- building Places -------------------------------------------------------------------
    def _council_place(
        self,
        code: str,
        name: str | None = None,
        kind: str = "council",
        point: tuple[float, float] | None = None,
    ) -> Place:
        council = self.councils[code]
        county = self.councils.get(council.county_code)
        lat, lon = point or (council.latitude, council.longitude)
        return Place(
            name=name or council.name,
            kind=kind,
            latitude=lat,
            longitude=lon,
            country=council.country,
            local_authority_code="" if council.sheet == "CTY" else council.code,
            local_authority="" if council.sheet == "CTY" else council.name,
            county_code=council.code if council.sheet == "CTY" else council.county_code,
            county=council.name if council.sheet == "CTY" else (county.name if county else ""),
            region=council.region,
            parts=tuple(c.code for c in self.councils.values() if c.county_code == code)
            if council.sheet == "CTY"
            else (),
        )

    def _district_place(self, district: District, name: str, kind: str) -> Place:
        point = (district.latitude, district.longitude)
        if district.la_code in self.councils:
            return self._council_place(district.la_code, name, kind, point)
        return Place(name, kind, *point, country=district.country, region=district.region)

    def _districts_in(self, country: str) -> tuple[list[District], np.ndarray]:
        """A country's postcode districts and their points, for nearest-district look-ups."""
        if self._points is None:
            grouped: dict[str, list[District]] = defaultdict(list)
            for district in self.districts.values():
                grouped[district.country].append(district)
            self._points = {
                name: (group, np.array([(d.latitude, d.longitude) for d in group]))
                for name, group in grouped.items()
            }
        return self._points.get(country, ([], np.empty((0, 2))))

    def _nearest_district(self, lat: float, lon: float, country: str) -> District | None:
        districts, points = self._districts_in(country)
        if not districts:
            return None
        return districts[int(np.argmin(miles_to_many((lat, lon), points)))]

    def _locate(self, place: Place) -> Place:
        """Fill in a town's council, county and region from its nearest postcode district
        (found once per town and process: the answer never changes)."""
        if place.local_authority_code or not place.covered:
            return place
        located = self._located.get(place)
        if located is None:
            located = self._located[place] = self._with_council(place)
        return located

    def _with_council(self, place: Place) -> Place:
        district = self._nearest_district(place.latitude, place.longitude, place.country)
        if district is None or district.la_code not in self.councils:
            return place
        council = self._council_place(district.la_code)
        return replace(
            place,
            local_authority_code=council.local_authority_code,
            local_authority=council.local_authority,
            county_code=council.county_code,
            county=council.county,
            region=council.region,
        )

    # --- resolving -------------------------------------------------------------------------
    def resolve(self, text: str) -> Resolution:
        """Resolve what a person typed as "where". Never raises for any string."""
        raw = " ".join(str(text).split())[:MAX_INPUT]
        if not raw:
            return Resolution(LocationStatus.UNKNOWN)
        upper = raw.upper()
        if OVERSEAS.match(upper):
            return Resolution(LocationStatus.OVERSEAS)
        if POSTCODE_LIKE.match(upper):
            return self._resolve_postcode(upper)
        return self._resolve_name(raw)

    def _resolve_postcode(self, text: str) -> Resolution:
        compact = text.replace(" ", "")
        full = FULL_POSTCODE.match(compact)
        sector = SECTOR.match(text)
        if full:
            outward, kind = full.group(1), "postcode"
            name = f"{full.group(1)} {full.group(2)}{full.group(3)}"
        elif sector:
            outward, kind, name = sector.group(1), "postcode district", text
        elif OUTWARD.match(compact):
            outward, kind, name = compact, "postcode district", compact
        else:
            return Resolution(LocationStatus.BAD_POSTCODE)
        district = self.districts.get(outward)
        if district is None:
            return Resolution(LocationStatus.BAD_POSTCODE)
        place = self._district_place(district, name, kind)
        return Resolution(_status(place), place=place)

    def _resolve_name(self, raw: str) -> Resolution:
        name, comma, where = raw.partition(",")
        if comma and normalise(where):
            chosen = self._choose(name, normalise(where))
            if chosen is not None:
                return chosen
        key = normalise(raw)
        if not key:
            return Resolution(LocationStatus.UNKNOWN)
        exact = self._exact(key)
        if exact is not None:
            return exact
        # close spellings: one clear winner is taken, otherwise offer the closest names
        matches = process.extract(
            key, self._fuzzy_names, scorer=fuzz.ratio, limit=6, score_cutoff=FUZZY_SUGGEST
        )
        if matches:
            best_name, best_score, _ = matches[0]
            runner_up = matches[1][1] if len(matches) > 1 else 0
            if best_score >= FUZZY_ACCEPT and best_score - runner_up >= 3:
                found = self._exact(best_name)
                if found is not None and found.status not in UNUSABLE:  # not ambiguous
                    return replace(found, corrected=True)
        names = dict.fromkeys(self._display_name(m[0]) for m in matches)
        return Resolution(LocationStatus.UNKNOWN, suggestions=tuple(names)[:5])

    def _display_name(self, key: str) -> str:
        if key in self._places:
            return self._places[key][0].name
        if key in self._wider:
            return self._wider[key].name
        return self.councils[self._council_names[key]].name

    def _exact(self, key: str) -> Resolution | None:
        # places called this, and places also known by this name ("Newcastle" for Newcastle
        # upon Tyne, "Stoke" for Stoke-on-Trent), biggest first
        named = self._places.get(key) or []
        places = named + [p for p in self._alt_places.get(key, ()) if p not in named]
        places.sort(key=lambda p: -p.population)
        council_code = self._council_names.get(_strip_council_words(key))
        if places:
            top = places[0]
            namesakes = [p for p in places if p.population >= top.population * AMBIGUOUS_SHARE]
            covered = [p for p in namesakes if p.covered]
            if len(namesakes) > 1 and len(covered) == 1:
                # "Bangor": this directory covers England and Wales, so the one namesake there
                # is meant; people elsewhere get the services that help anywhere in the UK
                return self._answer(self._locate(covered[0]))
            if len(namesakes) > 1:
                return Resolution(
                    LocationStatus.AMBIGUOUS, candidates=tuple(self._locate(p) for p in places[:6])
                )
            return self._answer(self._locate(top))
        if council_code:
            return self._answer(self._council_place(council_code))
        if key in self._wider:
            return self._answer(self._wider[key])
        return None

    @staticmethod
    def _answer(place: Place) -> Resolution:
        return Resolution(_status(place), place=place)

    def _choose(self, name: str, where: str) -> Resolution | None:
        """ "Newport, Isle of Wight": the namesake whose council, county or country is named."""
        resolution = self._exact(normalise(name))
        if resolution is None or resolution.status != LocationStatus.AMBIGUOUS:
            return resolution
        for candidate in resolution.candidates:
            areas = (candidate.local_authority, candidate.county, candidate.country)
            if where in {normalise(a) for a in areas if a}:
                return self._answer(candidate)
        return resolution

    def council(self, code: str) -> Place | None:
        return self._council_place(code) if code in self.councils else None

    def welsh_name(self, code: str) -> str:
        """A Welsh council's Welsh name ("Caerdydd" for W06000015), or "" when it has none."""
        council = self.councils.get(code)
        return council.name_cy if council else ""

    def council_codes_named(self, name: str) -> list[str]:
        code = self._council_names.get(_strip_council_words(normalise(name)))
        return [code] if code else []


@functools.lru_cache(maxsize=4)
def load_gazetteer(folder: Path) -> Gazetteer:
    """The gazetteer for a folder, loaded once per process (it is read-only)."""
    return Gazetteer(Path(folder))
