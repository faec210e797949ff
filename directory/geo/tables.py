"""Loading the gazetteer: the bundled CSV files (see ``bundled_data/gazetteer/PROVENANCE.md``)
read into tables of councils, postcode districts and places, each council given its region and
shire county. ``Gazetteer`` (in ``gazetteer.py``) resolves against these tables.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .distance import miles
from .district_points import Points, nearest_council
from .kinds import only_a_kind
from .mutations import plain_forms
from .places import COVERED, Place, normalise
from .spelling import as_standard, inner_capitals
from .town_names import add_town_names
from .ward_places import Wards, add_ward_places

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


def _fullness(spelling: str) -> tuple[int, int, int]:
    """How fully a name is written: its accented letters ("ŵ", "â"), then its hyphens and
    apostrophes ("Pont-y-pŵl" over "Pont y pwl")."""
    return (
        sum(not ch.isascii() for ch in spelling if ch.isalpha()),
        sum(ch in "-'’" for ch in spelling),
        -inner_capitals(spelling),  # (w37cy) "Dinbych-y-pysgod" over "Dinbych-y-Pysgod"
    )


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
    # (w36cy) "sir benfro" also as it is typed without the mutation, "sir penfro"
    return aliases.union(*(plain_forms(a) for a in aliases))


_SHEETS = {
    "county": "CTY",
    "district": "DIS",
    "metropolitan borough": "MTD",
    "London borough": "LBO",
}


@dataclass
class Council:
    code: str
    name: str
    name_cy: str
    sheet: str
    latitude: float
    longitude: float
    country: str
    county_code: str = ""
    region: str = ""
    #: the ceremonial county (in Wales the preserved county) it lies in: "which county"
    ceremonial: str = ""
    police_force: str = ""
    #: codes of the councils it replaced (2019-2023 reorganisations, recodes)
    replaces: tuple[str, ...] = ()


@dataclass
class District:
    outcode: str
    latitude: float
    longitude: float
    country: str
    la_code: str = ""
    region: str = ""
    units: int = 0  # postcode units: how much of a town it is
    town: str = ""  # the cross-check file's name for it (normalised), e.g. "kettering"
    town_name: str = ""  # the same as the file spells it ("Kettering")


@dataclass
class Tables:
    """Everything the gazetteer knows, read once from a folder; read-only afterwards."""

    folder: Path
    councils: dict[str, Council] = field(default_factory=dict)  # code -> council
    districts: dict[str, District] = field(default_factory=dict)  # outcode -> district
    #: PO-box and organisation districts with fewer than 5 postcode units ("CF99", the Senedd's),
    #: kept apart: a postcode in one is placed at its post town, never used as a neighbourhood
    post_town_districts: dict[str, District] = field(default_factory=dict)
    #: normalised name -> places called that, biggest first
    places: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    #: normalised other name ("Newcastle", "Caerdydd") -> places also known by it
    alt_places: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    #: towns known only as a postcode district's name -> the postcode units of their districts
    district_towns: dict[Place, int] = field(default_factory=dict)
    #: (w31cy) a town in Wales (name, latitude, longitude) -> its Welsh name, where
    #: ``town_names.csv`` gives one ("Cil-y-coed" for Caldicot), for Welsh pages
    welsh_towns: dict[tuple[str, float, float], str] = field(default_factory=dict)
    #: (w44cy) other names (normalised) that ``town_names.csv`` says are a town's former
    #: spelling ("towyn" for Tywyn, "dolgelley"): found, never named back on a Welsh page
    former_spellings: set[str] = field(default_factory=set)
    _nearest_council: dict[Place, str] = field(default_factory=dict)
    _district_points: Points = field(default_factory=dict)  # a country's, for the nearest
    #: normalised other name -> its spelling in the gazetteer ("caergybi" -> "Caergybi")
    alt_spellings: dict[str, str] = field(default_factory=dict)
    #: normalised council name or alias -> code
    council_names: dict[str, str] = field(default_factory=dict)
    #: normalised police force area name ("west yorkshire", "thames valley") -> the area
    wider: dict[str, Place] = field(default_factory=dict)
    countries: dict[str, Place] = field(default_factory=dict)
    #: a former council's code (Kettering E07000153) -> the council in force today
    successor: dict[str, str] = field(default_factory=dict)
    #: a former council's code -> its name, and the order that abolished it
    former: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: (w59places) neighbourhoods and villages known only as wards' names ("Moss Side")
    wards: Wards = field(default_factory=Wards)

    def _rows(self, name: str) -> list[dict[str, str]]:
        with open(self.folder / name, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    def _load_councils(self) -> None:
        """The councils in force today (``councils_today.csv``), then each former council's
        name as another name of the council that replaced it ("Kettering" -> North
        Northamptonshire); the 2014 names of councils still in force ("Sir Ynys Mon") too."""
        for row in self._rows("councils_today.csv"):
            council = Council(
                code=row["code"],
                name=row["name"],
                name_cy=row["name_cy"],
                sheet=_SHEETS.get(row["kind"], "UTA"),
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                country=row["country"],
                county_code=row["county_code"],
                ceremonial=row["ceremonial_county"],
                police_force=row["police_force_area"],
                replaces=tuple(row["replaces"].split()),
            )
            self.councils[council.code] = council
            for alias in _council_aliases(council.name) | (
                _council_aliases(council.name_cy) if council.name_cy else set()
            ):
                self.council_names.setdefault(alias, council.code)
        everyday = self._rows("everyday_names.csv")
        councils_named = Counter(normalise(row["name"]) for row in everyday)
        for row in everyday:  # "Sir Gâr", "Môn"
            if councils_named[normalise(row["name"])] > 1:
                continue  # "Teesside": an area of several councils (``_load_everyday_areas``)
            for alias in _council_aliases(row["name"]):
                self.council_names.setdefault(alias, row["code"])
        for row in self._rows("council_changes.csv"):
            self.successor[row["code"]] = row["successor_code"]
            self.former[row["code"]] = (row["name"], row["legislation"])
        for code in list(self.successor):  # Taunton Deane -> Somerset West and Taunton -> Somerset
            seen = {code}
            while self.successor.get(self.successor[code], code) not in seen:
                seen.add(self.successor[code])
                self.successor[code] = self.successor[self.successor[code]]
        for code, (name, _) in self.former.items():
            successor = self.successor[code]
            if successor in self.councils:
                for alias in _council_aliases(name):
                    self.council_names.setdefault(alias, successor)
        for row in self._rows("local_authority_centroids.csv"):  # the 2014 spellings
            code = self.successor.get(row["code"]) or row["code"]
            if code in self.councils:
                for name in filter(None, (row["name"], row["name_cy"])):
                    for alias in _council_aliases(name):
                        self.council_names.setdefault(alias, code)

    def current(self, code: str) -> str:
        """The code in force today for a council's code, old or current ("" if none)."""
        code = self.successor.get(code) or code
        return code if code in self.councils else ""

    def _load_districts(self) -> None:
        # (w61place) and the few districts made since 2014, from Code-Point Open 2025 ("E22")
        for row in (*self._rows("outcode_centroids.csv"), *self._rows(NEW_DISTRICTS)):
            small = int(row["postcode_units"]) < 5  # PO boxes and non-geographic districts
            into = self.post_town_districts if small else self.districts
            into[row["outcode"]] = District(
                outcode=row["outcode"],
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                country=row["country"],
                la_code=self.current(row["main_local_authority_code"]),
                units=int(row["postcode_units"]),
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
                self.districts[outcode] = District(
                    outcode, float(row["latitude"]), float(row["longitude"]), country
                )
                continue
            district.town = normalise(row["town"])
            district.town_name = row["town"].strip()
            district.region = region if district.country == "England" else ""

    def _link_councils(self) -> None:
        """Give each council its region, by the majority of its postcode districts (its shire
        county is in ``councils_today.csv``)."""
        regions: dict[str, Counter[str]] = defaultdict(Counter)
        for district in self.districts.values():
            if district.la_code and district.region:
                regions[district.la_code][district.region] += 1
        for council in self.councils.values():
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
                name=as_standard(row["name"], country),  # (w37cy) "Betws-y-coed"
                kind="place",
                latitude=lat,
                longitude=lon,
                country=country,
                population=int(row["population"] or 0),
            )
            self.places[normalise(row["name"])].append(place)
            for alt in _with_bare_welsh(row["alternatenames_latin"].split("|"), country):
                # skip airport and station codes ("LBA", "MAN"), which would catch short words
                if not (alt.isupper() and len(alt) <= 4):
                    known = self.alt_places[normalise(alt)]
                    # of the spellings that differ only in accents and hyphens ("Pont-y-pwl",
                    # "Pont-y-pŵl"), the fullest is the one a heading shows: GeoNames lists the
                    # plain one first, and keeping the first lost every circumflex
                    key = normalise(alt)
                    known_spelling = self.alt_spellings.get(key)
                    spelt = as_standard(alt, country)  # (w37cy) "Pen-y-bont", not "-Bont"
                    if known_spelling is None or _fullness(spelt) > _fullness(known_spelling):
                        self.alt_spellings[key] = spelt
                    if place not in known:
                        known.append(place)
        for places in (*self.places.values(), *self.alt_places.values()):
            places.sort(key=lambda p: -p.population)
        self._load_district_towns()

    def _load_district_towns(self) -> None:
        """(thirteenth walk-through F2) The town each postcode district is named after in the
        cross-check file, where GeoNames has no place of that name there: GeoNames' extract
        leaves out towns it has no population for ("Pontardawe", SA8; Wellington in Somerset,
        TA21, beside the Wellingtons of Telford and Herefordshire). One place per name and
        council, at its biggest district's point; its council is that district's, as for
        every town (``Gazetteer._locate``). No population is known: ``district_towns`` keeps
        its districts' postcode units, so that a sizeable one is asked about beside a GeoNames
        town of the same name, never silently outweighed by it (Wymondham in Norfolk beside
        the village in Leicestershire)."""
        towns: dict[tuple[str, str], list[District]] = {}
        for district in self.districts.values():
            name = district.town_name
            key = normalise(name)
            if not name or district.country not in COVERED or _NOT_A_TOWN.search(name):
                continue
            if only_a_kind(key):  # (w41place) "Town" (CF47, CF48): a ward, not a place
                continue
            if key not in self.council_names and not self._known_there(key, district):
                towns.setdefault((key, district.la_code), []).append(district)
            else:
                self._count_units(key, district)
        for (key, _), districts in sorted(towns.items()):
            biggest = max(districts, key=lambda d: d.units)
            place = Place(
                as_standard(biggest.town_name, biggest.country),  # (w37cy) "Llannerch-y-medd"
                "place",
                biggest.latitude,
                biggest.longitude,
                country=biggest.country,
            )
            self.places[key].append(place)
            self.district_towns[place] = sum(d.units for d in districts)

    def _count_units(self, key: str, district: District) -> None:
        """(fourteenth walk-through F2) A district named after a GeoNames town with no
        population there (Cottingham, East Riding, HU16; Kensington, London, beside Liverpool's)
        counts toward it as toward a town known only by a district's name, so that it is asked
        about beside a populated namesake, never silently outweighed by it."""
        for place in self.places.get(key, ()):
            if not place.population and _miles_apart(district, place) <= _SAME_TOWN_MILES:
                self.district_towns[place] = self.district_towns.get(place, 0) + district.units
                return

    def _known_there(self, key: str, district: District) -> bool:
        """Whether GeoNames has a town called ``key`` near the district or in its council."""
        for place in (*self.places.get(key, ()), *self.alt_places.get(key, ())):
            if _miles_apart(district, place) <= _SAME_TOWN_MILES:
                return True
            if self._council_at(place) == district.la_code:
                return True  # Southport's districts named so, all in Sefton
        return False

    def _council_at(self, place: Place) -> str:
        """The council of the postcode district nearest a place (once per place)."""
        if place not in self._nearest_council:  # (w61place) all districts at once
            found = nearest_council(self.districts, place, self._district_points)
            self._nearest_council[place] = found
        return self._nearest_council[place]

    def _load_wider_areas(self) -> None:
        """Police force areas ("Thames Valley", "Dyfed-Powys") and ceremonial counties with no
        council of their name ("Greater Manchester", "Merseyside", "Berkshire", "Cumbria",
        Wales's preserved counties such as "Gwent") by name: what professionals and many
        people call where they are. A council of the same name ("Kent") is that council."""
        groups: dict[str, dict[str, list[Council]]] = {"police force area": {}, "county": {}}
        for council in self.councils.values():
            if council.sheet == "CTY" or council.country not in COVERED:
                continue
            if council.police_force:
                groups["police force area"].setdefault(council.police_force, []).append(council)
            if council.ceremonial:
                groups["county"].setdefault(council.ceremonial, []).append(council)
        for members in groups.values():
            for name, councils in members.items():
                key = normalise(name)
                if (
                    key in self.council_names
                    and self.councils[self.council_names[key]].name == name
                ):
                    continue  # "Kent", "Lincolnshire": the county council itself
                if key in self.wider:
                    continue  # "Cumbria": the county and the force area are the same councils
                self.wider[key] = _wider_area(name, councils)
        self._load_everyday_areas()
        for alias, name in _WIDER_ALIASES.items():
            if normalise(name) in self.wider:
                self.wider.setdefault(alias, self.wider[normalise(name)])
        # the two countries the directory covers: "Wales" is also a village near Rotherham,
        # but a person typing it means the country (every service covering any Welsh council)
        for country, names in _COUNTRY_NAMES.items():
            councils = [
                c for c in self.councils.values() if c.country == country and c.sheet != "CTY"
            ]
            place = Place(
                name=country,
                kind="country",
                latitude=sum(c.latitude for c in councils) / len(councils),
                longitude=sum(c.longitude for c in councils) / len(councils),
                country=country,
                parts=tuple(sorted(c.code for c in councils)),
            )
            for name in names:
                self.countries[normalise(name)] = place

    def _load_everyday_areas(self) -> None:
        """(eighteenth walk-through F7) An everyday name of several councils in
        ``everyday_names.csv`` ("Teesside", "Avon", "Mid Wales", "North Humberside") is a wider
        area of them all, as a police force area is; a name of one council is that council's
        other name (``namesakes.area_aliases``)."""
        named: dict[str, list[tuple[str, Council]]] = {}
        for row in self._rows("everyday_names.csv"):
            council = self.councils.get(row["code"])
            if council is not None:
                named.setdefault(normalise(row["name"]), []).append((row["name"], council))
        for name, rows in named.items():
            councils = [c for _, c in rows]
            for key in (name, *sorted(plain_forms(name))):  # "sir forgannwg", "sir morgannwg"
                if len(councils) < 2 or key in self.wider or key in self.council_names:
                    continue
                self.wider[key] = _wider_area(rows[0][0], councils)


def _wider_area(name: str, councils: list[Council]) -> Place:
    """An area of several councils (a county, a police force area, an everyday name such as
    "Teesside"): at their mean point, in the country and region most of them are in."""
    regions = Counter(c.region for c in councils if c.region)
    return Place(
        name=name,
        kind="area",
        latitude=sum(c.latitude for c in councils) / len(councils),
        longitude=sum(c.longitude for c in councils) / len(councils),
        country=Counter(c.country for c in councils).most_common(1)[0][0],
        region=regions.most_common(1)[0][0] if regions else "",
        parts=tuple(sorted(c.code for c in councils)),
    )


#: the countries covered, by the names people type for them
_COUNTRY_NAMES = {"England": ("England", "Lloegr"), "Wales": ("Wales", "Cymru")}

#: other names of wider areas (normalised)
_WIDER_ALIASES = {
    "metropolitan police": "Metropolitan",
    "met police": "Metropolitan",
    "the met": "Metropolitan",
    "london city of": "City of London",
    "county durham": "Durham",
    "gogledd cymru": "North Wales",
    "de cymru": "South Wales",
}


#: (w61place) districts Code-Point Open 2025 has and the 2014 file lacks (PROVENANCE.md)
NEW_DISTRICTS = "outcode_districts_2025.csv"
#: a district town "near" a GeoNames place of the same name is that place
_SAME_TOWN_MILES = 10
#: the cross-check file's names that are lists of parishes, not a town ("Lcp Stanhope and
#: Wolsingham Parishes And")
_NOT_A_TOWN = re.compile(r"(?i)\b(?:lcp|parishes|unparished)\b")


def _miles_apart(district: District, place: Place) -> float:
    return miles((district.latitude, district.longitude), (place.latitude, place.longitude))


def read_tables(folder: Path) -> Tables:
    """Read the gazetteer's files in ``folder``."""
    tables = Tables(Path(folder))
    tables._load_councils()
    tables._load_districts()
    tables._link_councils()
    tables._load_places()
    add_town_names(tables)  # towns and other names the files miss ("Connah's Quay")
    tables._load_wider_areas()
    add_ward_places(tables)  # (w59places) after every other file: a town wins over a ward
    return tables


#: the Welsh definite article at the start of a place's name ("Y Cei Newydd", "Yr Wyddgrug"),
#: capital or not (w39cy: GeoNames writes "y Tymbl", so "Tymbl" was not found)
_WELSH_ARTICLE = re.compile(r"^(?:Y|Yr) (?=\S)", re.IGNORECASE)


def _with_bare_welsh(names: list[str], country: str) -> list[str]:
    """A place's other names, and for a place in Wales each Welsh name that starts with "Y" or
    "Yr" also without it, as people write them ("Cei Newydd" for New Quay, whose GeoNames name
    is "Y Cei Newydd": eleventh walk-through, where "Cei Newydd" was not found)."""
    found = [n for n in names if n]
    if country != "Wales":
        return found
    bare = [_WELSH_ARTICLE.sub("", n) for n in found if _WELSH_ARTICLE.match(n)]
    return found + [n for n in bare if n not in found]
