"""An offline gazetteer: postcodes, towns and councils to a point, a council, a region, a country.

Everything comes from files bundled with the app (see ``bundled_data/gazetteer/PROVENANCE.md``);
nothing a user types leaves the server. This module knows nothing of Flask or of listings.

``Gazetteer.resolve(text)`` answers with a ``Resolution`` whose ``status`` says what happened:

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

import csv
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz, process

COVERED = ("England", "Wales")

# the nine English regions as the cross-check file names them -> their usual names
_REGION_NAMES = {
    "North East England": "North East",
    "North West England": "North West",
    "Yorkshire and the Humber": "Yorkshire and the Humber",
    "East Midlands": "East Midlands",
    "West Midlands": "West Midlands",
    "East of England": "East of England",
    "London": "London",
    "South East England": "South East",
    "South West England": "South West",
}
_GIBBS_COUNTRY = {
    "ENG": "England",
    "WLS": "Wales",
    "SCT": "Scotland",
    "NIR": "Northern Ireland",
    "GG": "Guernsey",
    "JE": "Jersey",
    "IM": "Isle of Man",
}
_GEONAMES_COUNTRY = {"ENG": "England", "WLS": "Wales", "SCT": "Scotland", "NIR": "Northern Ireland"}

FULL_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9])([A-Z]{2})$")
OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")
SECTOR = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ([0-9])$")
# starts like a UK postcode: one or two letters then a digit, short, letters/digits/spaces only
POSTCODE_LIKE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9 ]{0,6}$")
# shapes of postcodes from elsewhere: numeric (US, France, Germany...) or an Irish Eircode
OVERSEAS = re.compile(r"^(\d{4,6}(-\d{4})?|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4})$")

MAX_INPUT = 100
FUZZY_ACCEPT = 88  # a single close name this good is taken as the place meant
FUZZY_SUGGEST = 72
AMBIGUOUS_SHARE = 0.10  # a namesake at least this share of the biggest one's population


def without_full_postcode(text: str) -> str:
    """A full postcode cut to its district ("ls8 2ab" -> "LS8"); anything else unchanged.

    Full postcodes resolve through their district anyway, so the results are the same, and
    what is shown, kept in a link or put in a heading never narrows down to a street."""
    full = FULL_POSTCODE.match(" ".join(str(text).split()).upper())
    return full.group(1) if full else text


@dataclass(frozen=True)
class Place:
    """A resolved point, with the council, county, region and country it lies in (where known)."""

    name: str
    kind: str  # "postcode" | "postcode district" | "place" | "council"
    latitude: float
    longitude: float
    country: str
    local_authority_code: str = ""
    local_authority: str = ""
    county_code: str = ""
    county: str = ""
    region: str = ""
    population: int = 0

    @property
    def covered(self) -> bool:
        return self.country in COVERED

    @property
    def label(self) -> str:
        """A name that tells namesakes apart: "Newport, Isle of Wight"."""
        if self.kind != "place":
            return self.name
        own = normalise(self.name)
        for where in (self.local_authority, self.county, self.country):
            if where and normalise(where) != own:
                return f"{self.name}, {where}"
        return self.name


@dataclass(frozen=True)
class Resolution:
    status: str
    place: Place | None = None
    candidates: tuple[Place, ...] = ()
    suggestions: tuple[str, ...] = ()
    corrected: bool = False

    @property
    def found(self) -> bool:
        return self.status == "found"


def normalise(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name: "St. Helens" -> "st helens"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " and ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


_COUNCIL_PREFIXES = (
    "city and county of the city of ",
    "city of ",
    "county of ",
    "the ",
    # Welsh: "Sir Ynys Mon", "Dinas a Sir Abertawe", "Bwrdeistref Sirol Wrecsam"
    "dinas a sir ",
    "dinas ",
    "sir ",
    "bwrdeistref sirol ",
)
_COUNCIL_SUFFIXES = (" county council", " city council", " borough council", " council")


def _council_aliases(name: str) -> set[str]:
    alias = normalise(name)
    aliases = {alias}
    stripped = True
    while stripped:  # "the city of brighton and hove" -> "city of ..." -> "brighton and hove"
        stripped = False
        for prefix in _COUNCIL_PREFIXES:
            if alias.startswith(prefix):
                alias = alias[len(prefix) :]
                aliases.add(alias)
                stripped = True
    return aliases


def _strip_council_words(text: str) -> str:
    for suffix in _COUNCIL_SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


@dataclass
class _Council:
    code: str
    name: str
    name_cy: str
    sheet: str
    latitude: float
    longitude: float
    country: str
    county_code: str = ""
    region: str = ""


@dataclass
class _District:
    outcode: str
    latitude: float
    longitude: float
    country: str
    la_code: str = ""
    county_name: str = ""
    region: str = ""


class Gazetteer:
    """Loaded once from a folder of the bundled CSV files; read-only afterwards (thread-safe)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.councils: dict[str, _Council] = {}
        self.districts: dict[str, _District] = {}
        self._places: dict[str, list[Place]] = defaultdict(list)  # normalised name -> places
        self._alt_places: dict[str, list[Place]] = defaultdict(list)
        self._council_names: dict[str, str] = {}  # normalised alias -> code
        self._cells: dict[tuple[int, int], list[_District]] | None = None
        self._load_councils()
        self._load_districts()
        self._link_councils()
        self._load_places()
        self._fuzzy_names = sorted(set(self._places) | set(self._council_names))

    # --- loading ---------------------------------------------------------------------------
    def _rows(self, name: str) -> list[dict[str, str]]:
        with open(self.folder / name, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    def _load_councils(self) -> None:
        for row in self._rows("local_authority_centroids.csv"):
            council = _Council(
                code=row["code"],
                name=row["name"],
                name_cy=row["name_cy"],
                sheet=row["codelist_sheet"],
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                country=row["country"],
            )
            self.councils[council.code] = council
            for alias in _council_aliases(council.name) | (
                _council_aliases(council.name_cy) if council.name_cy else set()
            ):
                self._council_names.setdefault(alias, council.code)

    def _load_districts(self) -> None:
        for row in self._rows("outcode_centroids.csv"):
            if int(row["postcode_units"]) < 5:  # PO boxes and non-geographic districts
                continue
            self.districts[row["outcode"]] = _District(
                outcode=row["outcode"],
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                country=row["country"],
                la_code=row["main_local_authority_code"],
            )
        # the CC0 cross-check adds Northern Ireland and the Crown Dependencies, and knows each
        # district's county and region, which Code-Point does not
        for row in self._rows("gibbs-uk-postcodes-outcodes.csv"):
            outcode = row["postcode"]
            region = _REGION_NAMES.get(row["uk_region"], "")
            district = self.districts.get(outcode)
            if district is None:
                country = _GIBBS_COUNTRY.get(row["country"], row["country_string"])
                if country in COVERED:
                    continue  # a district Code-Point does not know: leave it out
                self.districts[outcode] = _District(
                    outcode, float(row["latitude"]), float(row["longitude"]), country
                )
                continue
            district.county_name = row["region"]
            district.region = region if district.country == "England" else ""

    def _link_councils(self) -> None:
        """Give each council its region and each district council its shire county, by the
        majority of its postcode districts."""
        counties = {normalise(c.name): c.code for c in self.councils.values() if c.sheet == "CTY"}
        regions: dict[str, Counter[str]] = defaultdict(Counter)
        parents: dict[str, Counter[str]] = defaultdict(Counter)
        for district in self.districts.values():
            if not district.la_code:
                continue
            if district.region:
                regions[district.la_code][district.region] += 1
            county_code = counties.get(normalise(district.county_name))
            if county_code:
                parents[district.la_code][county_code] += 1
        for council in self.councils.values():
            if council.sheet == "DIS" and parents[council.code]:
                council.county_code = parents[council.code].most_common(1)[0][0]
            if regions[council.code]:
                council.region = regions[council.code].most_common(1)[0][0]
        for council in self.councils.values():  # counties take their districts' region
            if council.sheet == "CTY":
                votes = Counter(
                    c.region
                    for c in self.councils.values()
                    if c.county_code == council.code and c.region
                )
                if votes:
                    council.region = votes.most_common(1)[0][0]

    def _load_places(self) -> None:
        for row in self._rows("geonames-gb-places-pop500.csv"):
            lat, lon = float(row["latitude"]), float(row["longitude"])
            country = _GEONAMES_COUNTRY.get(row["admin1code"], "")
            place = Place(
                name=row["name"],
                kind="place",
                latitude=lat,
                longitude=lon,
                country=country,
                population=int(row["population"] or 0),
            )
            self._places[normalise(row["name"])].append(place)
            for alt in filter(None, row["alternatenames_latin"].split("|")):
                # skip airport and station codes ("LBA", "MAN"), which would catch short words
                if not (alt.isupper() and len(alt) <= 4):
                    known = self._alt_places[normalise(alt)]
                    if place not in known:
                        known.append(place)
        for places in (*self._places.values(), *self._alt_places.values()):
            places.sort(key=lambda p: -p.population)

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
        )

    def _district_place(self, district: _District, name: str, kind: str) -> Place:
        point = (district.latitude, district.longitude)
        if district.la_code in self.councils:
            return self._council_place(district.la_code, name, kind, point)
        return Place(name, kind, *point, country=district.country, region=district.region)

    def _grid(self) -> dict[tuple[int, int], list[_District]]:
        """Districts bucketed by a quarter-degree cell, for nearest-district look-ups."""
        if self._cells is None:
            cells: dict[tuple[int, int], list[_District]] = defaultdict(list)
            for district in self.districts.values():
                cells[(int(district.latitude * 4), int(district.longitude * 4))].append(district)
            self._cells = dict(cells)
        return self._cells

    def _nearest_district(self, lat: float, lon: float, country: str) -> _District | None:
        cells = self._grid()
        row, col = int(lat * 4), int(lon * 4)
        best, best_d = None, float("inf")
        for reach in (1, 3):  # the 3x3 cells around the point, then a wider 7x7 search
            for r in range(row - reach, row + reach + 1):
                for c in range(col - reach, col + reach + 1):
                    for district in cells.get((r, c), ()):
                        if district.country != country:
                            continue
                        d = (district.latitude - lat) ** 2 + ((district.longitude - lon) * 0.6) ** 2
                        if d < best_d:
                            best, best_d = district, d
            if best is not None:
                return best
        return best

    def _locate(self, place: Place) -> Place:
        """Fill in a town's council, county and region from its nearest postcode district."""
        if place.local_authority_code or not place.covered:
            return place
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
            return Resolution("unknown")
        upper = raw.upper()
        if OVERSEAS.match(upper):
            return Resolution("overseas")
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
            return Resolution("bad_postcode")
        district = self.districts.get(outward)
        if district is None:
            return Resolution("bad_postcode")
        place = self._district_place(district, name, kind)
        return Resolution("found" if place.covered else "not_covered", place=place)

    def _resolve_name(self, raw: str) -> Resolution:
        name, comma, where = raw.partition(",")
        if comma and normalise(where):
            chosen = self._choose(name, normalise(where))
            if chosen is not None:
                return chosen
        key = normalise(raw)
        if not key:
            return Resolution("unknown")
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
                if found is not None and found.status in ("found", "not_covered"):
                    return replace(found, corrected=True)
        names = dict.fromkeys(self._display_name(m[0]) for m in matches)
        return Resolution("unknown", suggestions=tuple(names)[:5])

    def _display_name(self, key: str) -> str:
        if key in self._places:
            return self._places[key][0].name
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
                    "ambiguous", candidates=tuple(self._locate(p) for p in places[:6])
                )
            return self._answer(self._locate(top))
        if council_code:
            return self._answer(self._council_place(council_code))
        return None

    @staticmethod
    def _answer(place: Place) -> Resolution:
        return Resolution("found" if place.covered else "not_covered", place=place)

    def _choose(self, name: str, where: str) -> Resolution | None:
        """ "Newport, Isle of Wight": the namesake whose council, county or country is named."""
        resolution = self._exact(normalise(name))
        if resolution is None or resolution.status != "ambiguous":
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
