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
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..limits import MAX_LOCATION_CHARS
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

MAX_INPUT = MAX_LOCATION_CHARS
FUZZY_ACCEPT = 88  # a single close name this good is taken as the place meant
FUZZY_SUGGEST = 72
AMBIGUOUS_SHARE = 0.10  # a namesake at least this share of the biggest one's population
#: (third walk-through F2) a slip of a well-populated town ("bradfrod", "swansee", "exetor"):
#: one letter swapped, missed, doubled or wrong (two in a long name), taken when the town is at
#: least this big and every other name as close is a tenth its size or less
SLIP_TOWN = 10_000
SLIP_RIVAL_SHARE = 0.10
SLIP_MIN_LETTERS = 4
SLIP_TWO_LETTERS = 9  # names this long may have two slips
#: a council or wider area has no population in the files; it stands for a big town here
AREA_WEIGHT = 100_000

#: words that make a different place when they differ ("North" and "South Northamptonshire")
_DISTINGUISHING = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "upper",
        "lower",
        "great",
        "little",
        "nether",
        "high",
        "new",
        "old",
        "central",
        "mid",
    ]
)

#: the rest of the UK and the Crown dependencies: not covered here, but their people can call
#: the lines that take calls from anywhere in the UK
_NOT_UK = frozenset(
    normalise(n)
    for n in (
        "Scotland",
        "Northern Ireland",
        "Isle of Man",
        "Jersey",
        "Guernsey",
        "Channel Islands",
    )
)
#: countries, and cities outside the UK that people type, which no place in Great Britain
#: shares a name with (checked against the places file: "Boston", "Perth", "Melbourne" and
#: "Washington" are left out, being towns here): outside England and Wales, never a guess
OUTSIDE_UK = (
    frozenset(
        normalise(name)
        for name in [
            "Ireland",
            "Republic of Ireland",
            "Eire",
            "Dublin",
            "Cork",
            "Limerick",
            "Galway",
            "France",
            "Paris",
            "Lyon",
            "Marseille",
            "Germany",
            "Berlin",
            "Munich",
            "Spain",
            "Madrid",
            "Barcelona",
            "Portugal",
            "Lisbon",
            "Italy",
            "Rome",
            "Milan",
            "Netherlands",
            "Holland",
            "Amsterdam",
            "Belgium",
            "Brussels",
            "Poland",
            "Warsaw",
            "Romania",
            "Bucharest",
            "Lithuania",
            "Latvia",
            "Greece",
            "Athens",
            "Turkey",
            "Istanbul",
            "Switzerland",
            "Austria",
            "Vienna",
            "Sweden",
            "Stockholm",
            "Norway",
            "Oslo",
            "Denmark",
            "Copenhagen",
            "Finland",
            "Europe",
            "USA",
            "United States",
            "America",
            "New York",
            "Los Angeles",
            "Chicago",
            "Canada",
            "Toronto",
            "Australia",
            "Sydney",
            "New Zealand",
            "India",
            "Delhi",
            "Mumbai",
            "Pakistan",
            "Karachi",
            "Lahore",
            "Bangladesh",
            "Dhaka",
            "Nigeria",
            "Lagos",
            "Ghana",
            "Kenya",
            "Nairobi",
            "South Africa",
            "Jamaica",
            "China",
            "Beijing",
            "Hong Kong",
            "Japan",
            "Tokyo",
            "Ukraine",
            "Kyiv",
            "Russia",
            "Moscow",
            "Abroad",
            "Overseas",
            # (second walk-through F8) more countries and their capitals and big cities, as
            # commonly written in English (general knowledge, no data file), each checked
            # against the places file: "Jordan" is left out (Jordans, Buckinghamshire)
            "Canberra",
            "Ottawa",
            "Prague",
            "Budapest",
            "Sofia",
            "Zagreb",
            "Belgrade",
            "Bratislava",
            "Ljubljana",
            "Riga",
            "Vilnius",
            "Tallinn",
            "Helsinki",
            "Reykjavik",
            "Bern",
            "Zurich",
            "Geneva",
            "Luxembourg",
            "Valletta",
            "Nicosia",
            "Ankara",
            "Cairo",
            "Islamabad",
            "Kabul",
            "Tehran",
            "Baghdad",
            "Riyadh",
            "Dubai",
            "Abu Dhabi",
            "Doha",
            "Bangkok",
            "Manila",
            "Jakarta",
            "Kuala Lumpur",
            "Singapore",
            "Seoul",
            "Buenos Aires",
            "Brasilia",
            "Rio de Janeiro",
            "Sao Paulo",
            "Mexico City",
            "Lima",
            "Bogota",
            "Accra",
            "Abuja",
            "Addis Ababa",
            "Kampala",
            "Harare",
            "Cape Town",
            "Johannesburg",
            "Tirana",
            "Chisinau",
            "Minsk",
            "Tbilisi",
            "Yerevan",
            "Baku",
            "Colombo",
            "Kathmandu",
            "Hanoi",
            "Shanghai",
            "Nice",
            "Bordeaux",
            "Toulouse",
            "Hamburg",
            "Frankfurt",
            "Cologne",
            "Krakow",
            "Gdansk",
            "Porto",
            "Seville",
            "Valencia",
            "Malaga",
            "Naples",
            "Florence",
            "Venice",
            "Rotterdam",
            "The Hague",
            "Antwerp",
            "Gothenburg",
            "Montreal",
            "Vancouver",
            "Auckland",
            "San Francisco",
            "Miami",
            "Czech Republic",
            "Czechia",
            "Hungary",
            "Bulgaria",
            "Croatia",
            "Serbia",
            "Slovakia",
            "Slovenia",
            "Estonia",
            "Iceland",
            "Malta",
            "Cyprus",
            "Egypt",
            "Morocco",
            "Tunisia",
            "Algeria",
            "Iran",
            "Iraq",
            "Afghanistan",
            "Saudi Arabia",
            "United Arab Emirates",
            "UAE",
            "Qatar",
            "Israel",
            "Thailand",
            "Vietnam",
            "Philippines",
            "Indonesia",
            "Malaysia",
            "South Korea",
            "Korea",
            "Brazil",
            "Argentina",
            "Mexico",
            "Chile",
            "Peru",
            "Colombia",
            "Ethiopia",
            "Uganda",
            "Zimbabwe",
            "Somalia",
            "Sri Lanka",
            "Nepal",
            "Albania",
            "Moldova",
            "Belarus",
            "Georgia",
            "Armenia",
            "Syria",
            "Lebanon",
            "Sudan",
            "Eritrea",
            "Tanzania",
            "Zambia",
            "Cameroon",
            "Senegal",
            "Sierra Leone",
            "Gambia",
            "Trinidad",
            "Barbados",
        ]
    )
    | _NOT_UK
)

_COUNCIL_SUFFIXES = (" county council", " city council", " borough council", " council")

#: (second walk-through F6) words after a town that say only which country it is in
#: ("leeds uk", "cardiff wales"): the town is meant
_COUNTRY_WORDS = frozenset(
    normalise(n)
    for n in (
        "UK",
        "U.K.",
        "GB",
        "United Kingdom",
        "Britain",
        "Great Britain",
        "England",
        "Wales",
        "Cymru",
        "Lloegr",
    )
)
#: the short forms people write for counties ("whitby n yorks", "cirencester glos")
_COUNTY_SHORT = {
    normalise(short): normalise(county)
    for short, county in (
        ("yorks", "North Yorkshire"),
        ("n yorks", "North Yorkshire"),
        ("north yorks", "North Yorkshire"),
        ("s yorks", "South Yorkshire"),
        ("south yorks", "South Yorkshire"),
        ("w yorks", "West Yorkshire"),
        ("west yorks", "West Yorkshire"),
        ("e yorks", "East Riding of Yorkshire"),
        ("east yorks", "East Riding of Yorkshire"),
        ("glos", "Gloucestershire"),
        ("hants", "Hampshire"),
        ("wilts", "Wiltshire"),
        ("oxon", "Oxfordshire"),
        ("bucks", "Buckinghamshire"),
        ("berks", "Berkshire"),
        ("herts", "Hertfordshire"),
        ("beds", "Bedfordshire"),
        ("cambs", "Cambridgeshire"),
        ("lancs", "Lancashire"),
        ("notts", "Nottinghamshire"),
        ("northants", "Northamptonshire"),
        ("leics", "Leicestershire"),
        ("lincs", "Lincolnshire"),
        ("staffs", "Staffordshire"),
        ("worcs", "Worcestershire"),
        ("warks", "Warwickshire"),
        ("derbys", "Derbyshire"),
        ("shrops", "Shropshire"),
        ("salop", "Shropshire"),
        ("co durham", "Durham"),
        ("county durham", "Durham"),
        ("glam", "Mid Glamorgan"),
    )
}
#: a misspelt county after a town ("bridport dorsett", "ludlow shropshre"): this close
QUALIFIER_FUZZY = 80


def _strip_council_words(text: str) -> str:
    for suffix in _COUNCIL_SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _distinguishing(key: str) -> set[str]:
    return set(key.split()) & _DISTINGUISHING


#: the district numbers kept for PO boxes and large organisations ("B99", "BN99", "S98")
_NON_GEOGRAPHIC = re.compile(r"^[A-Z]{1,2}9[89]$")


def _status(place: Place) -> LocationStatus:
    return LocationStatus.FOUND if place.covered else LocationStatus.NOT_COVERED


def _outside_uk(key: str) -> str:
    """The name outside England and Wales that a typed place is, or begins or ends with
    ("paris france", "dublin ireland", "new york usa"); "" if none. Only asked once the whole
    text is not a place here, so "South Holland" stays a council."""
    if key in OUTSIDE_UK:
        return key
    words = key.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        for part in (" ".join(words[:n]), " ".join(words[-n:])):
            if part in OUTSIDE_UK:
                return part
    return ""


class Gazetteer:
    """Loaded once from a folder of the bundled CSV files; read-only afterwards (thread-safe)."""

    def __init__(self, folder: Path) -> None:
        tables = read_tables(folder)
        self.folder = tables.folder
        self.councils = tables.councils
        self.districts = tables.districts
        self._post_town_districts = tables.post_town_districts
        self._places = tables.places
        self._alt_places = tables.alt_places
        self._alt_spellings = tables.alt_spellings
        self._council_names = tables.council_names
        self._wider = tables.wider
        self._countries = tables.countries
        self._points: dict[str, tuple[list[District], np.ndarray]] | None = None
        self._located: dict[Place, Place] = {}  # a town -> the town with its council
        self._fuzzy_names = sorted(set(self._places) | set(self._council_names) | set(self._wider))
        #: the names of areas a town lies in, that may follow it ("dorset", "gwent")
        self._area_names = sorted(
            {normalise(c.ceremonial) for c in self.councils.values() if c.ceremonial}
            | {normalise(c.name) for c in self.councils.values()}
            | set(self._wider)
        )

    # --- building Places -------------------------------------------------------------------
    def _council_place(
        self,
        code: str,
        name: str | None = None,
        kind: str = "council",
        point: tuple[float, float] | None = None,
    ) -> Place:
        council = self.councils[code]
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
            # "which county": the ceremonial county (in Wales the preserved county)
            county=council.ceremonial or council.name,
            region=council.region,
            # a county: its districts, and the unitary councils in the same ceremonial county
            # (Kent's Medway, Cambridgeshire's Peterborough)
            parts=tuple(
                c.code
                for c in self.councils.values()
                if c.county_code == code or (c.sheet != "CTY" and c.ceremonial == council.name)
            )
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

    def _nearest_district(
        self, lat: float, lon: float, country: str, town: str = ""
    ) -> District | None:
        """The postcode district a point is most likely in. The nearest centroid, unless a
        district named after the town is close by, or one nearly as near is far bigger (Bangor
        lies nearer the centroid of Menai Bridge's LL59, across the strait in Anglesey, than
        of its own LL57)."""
        districts, points = self._districts_in(country)
        if not districts:
            return None
        away = miles_to_many((lat, lon), points)
        order = np.argsort(away)[:6]
        nearest = districts[int(order[0])]
        if town:
            for n in order:
                if districts[int(n)].town == town and away[n] <= 6:
                    return districts[int(n)]
        for n in order[1:]:
            other = districts[int(n)]
            if away[n] <= 1.2 * away[order[0]] and other.units >= 4 * nearest.units:
                return other
        return nearest

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
        district = self._nearest_district(
            place.latitude, place.longitude, place.country, normalise(place.name)
        )
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
        before, _, name = raw.partition(" ")
        if name and before.lower() in _BEFORE_PLACE:  # "in Leeds", "yn Wrecsam", "ger Bala"
            found = self._exact(normalise(name))
            if found is not None and found.found:
                return found
        if name and before.lower() in _UNMUTATE:
            # "yng Nghaernarfon", "ym Mangor" typed as Where (sixth Welsh review, O1-O2): the
            # place as it was before the mutation, ahead of any near spelling ("Magor")
            for other in _unmutated(normalise(name), before.lower()):
                found = self._exact(other)
                if found is not None and found.found:
                    return found
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
        district = self.districts.get(outward) or self._post_town_districts.get(outward)
        if district is None:
            return Resolution(LocationStatus.BAD_POSTCODE)
        if _NON_GEOGRAPHIC.match(outward) or outward in self._post_town_districts:
            # a PO-box or organisation district ("B99", "CF99"): no neighbourhood to name, and
            # its full postcodes cannot be checked here, so the search is near its post town
            # and says so by the town's name, not by a postcode it may not know
            if district.la_code in self.councils:
                council = self.councils[district.la_code]
                point = (council.latitude, council.longitude)
                place = self._council_place(district.la_code, council.name, "post town", point)
                return Resolution(_status(place), place=place)
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
        abroad = _outside_uk(key)
        if abroad:  # "Paris", "paris france", "Dublin": never "Did you mean Par?"
            return Resolution(
                LocationStatus.NOT_COVERED if abroad in _NOT_UK else LocationStatus.OVERSEAS
            )
        qualified = self._without_qualifier(key)
        if qualified is not None:  # "bridport dorsett", "whitby n yorks", "leeds uk"
            return qualified
        found, suggestions = self._close_spelling(key)
        if found is not None:
            return found
        return Resolution(LocationStatus.UNKNOWN, suggestions=suggestions)

    def _close_spelling(self, key: str) -> tuple[Resolution | None, tuple[str, ...]]:
        """A place in England or Wales spelt close to ``key``: the one clear winner, or None
        and the closest names to offer."""
        # close spellings of places in England and Wales: one clear winner that changes no
        # distinguishing word is taken; otherwise the closest names are offered, never applied
        matches = [
            m
            for m in process.extract(
                key, self._fuzzy_names, scorer=fuzz.ratio, limit=12, score_cutoff=FUZZY_SUGGEST
            )
            if self._covered_name(m[0])
        ][:6]
        if matches:
            best_name, best_score, _ = matches[0]
            runner_up = matches[1][1] if len(matches) > 1 else 0
            same_words = _distinguishing(best_name) == _distinguishing(key)
            if best_score >= FUZZY_ACCEPT and best_score - runner_up >= 3 and same_words:
                found = self._exact(best_name)
                if found is not None and found.status not in UNUSABLE:  # not ambiguous
                    return replace(found, corrected=True), ()
        slip = self._slip_of_a_town(key)
        if slip is not None:
            return slip, ()
        names = dict.fromkeys(self._display_name(m[0]) for m in matches)
        return None, tuple(names)[:5]

    def _weight(self, key: str) -> int:
        """How many people live in the place(s) in England and Wales a known name stands for."""
        places = [*self._places.get(key, ()), *self._alt_places.get(key, ())]
        people = max((p.population for p in places if p.covered), default=0)
        if not people and (key in self._council_names or key in self._wider):
            return AREA_WEIGHT
        return people

    def _slip_of_a_town(self, key: str) -> Resolution | None:
        """(third walk-through F2) The well-populated town ``key`` is one slip away from, by
        edit distance counting a swap of two letters as one ("bradfrod" -> Bradford, "lodnon"
        -> London rather than the village Loddon), or None when no town is clearly meant: two
        names as close and both sizeable are asked about, never guessed between."""
        letters = len(key.replace(" ", ""))
        if letters < SLIP_MIN_LETTERS:
            return None
        most = 2 if letters >= SLIP_TWO_LETTERS else 1
        close = [
            (name, int(distance), self._weight(name))
            for name, distance, _ in process.extract(
                key, self._fuzzy_names, scorer=OSA.distance, score_cutoff=most + 1, limit=None
            )
            if self._covered_name(name)
        ]
        if not close:
            return None
        nearest = min(distance for _, distance, _ in close)
        if nearest > most:
            return None
        best, _, people = max((c for c in close if c[1] == nearest), key=lambda c: c[2])
        if people < SLIP_TOWN or _distinguishing(best) != _distinguishing(key):
            return None
        for name, distance, weight in close:
            if name == best:
                continue
            if distance == nearest and weight > people * SLIP_RIVAL_SHARE:
                return None  # two sizeable places as close: ask
            if distance == nearest + 1 and weight > people:
                return None  # a bigger place only a little further: ask
        found = self._exact(best)
        if found is None or found.status in UNUSABLE:
            return None
        return replace(found, corrected=True)

    def _qualifier(self, words: str) -> tuple[str, bool] | None:
        """What the words after a town name, if they only say where it is: ("", exact) for a
        country ("uk", "england"), (the area's name, exact) for a county, council or wider
        area, spelt right, short ("n yorks") or a little wrong ("dorsett"); None otherwise."""
        if words in _COUNTRY_WORDS:
            return "", True
        if words in _COUNTY_SHORT:
            return _COUNTY_SHORT[words], True
        if words in self._area_names:
            return words, True
        if len(words) < 5:
            return None
        close = process.extractOne(
            words, self._area_names, scorer=fuzz.ratio, score_cutoff=QUALIFIER_FUZZY
        )
        return (close[0], False) if close else None

    def _without_qualifier(self, key: str) -> Resolution | None:
        """(second walk-through F6) A town followed by its county or country, spelt right or
        nearly ("bridport dorsett", "ludlow shropshre", "whitby n yorks", "leeds uk"): the
        town, one of its namesakes in that area, or its close spelling when in that area."""
        words = key.split()
        for size in range(min(3, len(words) - 1), 0, -1):
            head, tail = " ".join(words[:-size]), " ".join(words[-size:])
            qualifier = self._qualifier(tail)
            if qualifier is None:
                continue
            area, exact = qualifier
            found = self._exact(head)
            close = found is None
            if found is None:
                found = self._close_spelling(head)[0]
            if found is None:
                continue
            if found.status == LocationStatus.AMBIGUOUS:
                chosen = [c for c in found.candidates if self._lies_in(c, area)]
                if area and len(chosen) == 1:
                    return replace(self._answer(chosen[0]), corrected=not exact)
                return found
            if found.place is None or (close and area and not self._lies_in(found.place, area)):
                continue  # a close spelling of a town elsewhere: not taken
            return replace(found, corrected=found.corrected or not exact)
        return None

    @staticmethod
    def _lies_in(place: Place, area: str) -> bool:
        """Whether a place lies in the area named (its council, county, region or country;
        "" for any)."""
        names = (place.local_authority, place.county, place.region, place.country)
        return not area or area in {normalise(n) for n in names if n}

    def _covered_name(self, key: str) -> bool:
        """Whether a known name is a place in England or Wales (suggesting "Nairn" for
        "Narnia" helps nobody here)."""
        if any(p.covered for p in self._alt_places.get(key, ())):
            return True  # "newcastle": Newcastle upon Tyne, though the one so named is in Ulster
        if key in self._places:
            return any(p.covered for p in self._places[key])
        if key in self._wider:
            return self._wider[key].covered
        code = self._council_names.get(key, "")
        return bool(code) and self.councils[code].country in ("England", "Wales")

    def _display_name(self, key: str) -> str:
        if key in self._places:
            return self._places[key][0].name
        if key in self._wider:
            return self._wider[key].name
        return self.councils[self._council_names[key]].name

    def _exact(self, key: str) -> Resolution | None:
        if key in self._countries:  # "Wales", "Cymru": the country, never a village so named
            return self._answer(self._countries[key])
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
            located = self._locate(top)
            if (
                council_code
                and council_code not in (located.local_authority_code, located.county_code)
                and normalise(self.councils[council_code].name) == key
            ):
                # "Merton", "Rushmoor": a village elsewhere shares a council's name; the
                # council is meant
                return self._answer(self._council_place(council_code))
            if top not in named and top.country == "Wales" and key in self._alt_spellings:
                # "Caergybi": Holyhead, named as it was asked for
                located = replace(located, other_name=self._alt_spellings[key])
            return self._answer(located)
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


#: places whose names are ordinary English words (single-word places people write at least
#: once in 50,000 words, by wordfreq, other than the big cities; and "Reading", "Bath"): in
#: a search's words they are taken for places only after "in", "near", "around" or "at"
ORDINARY_WORDS = frozenset(
    [
        "over",
        "hope",
        "deal",
        "street",
        "march",
        "church",
        "worth",
        "send",
        "washington",
        "mark",
        "box",
        "wall",
        "rock",
        "eye",
        "sale",
        "battle",
        "stock",
        "hill",
        "stone",
        "bridge",
        "martin",
        "lee",
        "valley",
        "beer",
        "banks",
        "boston",
        "pool",
        "wing",
        "wales",
        "ford",
        "rugby",
        "hook",
        "settle",
        "melbourne",
        "chelsea",
        "fleet",
        "bow",
        "reading",
        "bath",
        "help",
    ]
)
_BEFORE_PLACE = ("in", "near", "around", "at", "from", "nr", "yn", "yng", "ym", "ger")

#: a Welsh place name as it reads after "yng"/"ym"/"yn" (nasal mutation: "yng Nghaerdydd",
#: "ym Mangor") or after "i"/"o" (soft mutation: "o Gaerdydd"), and what it was before; tried
#: only when the words as typed are no place (fifth Welsh review, O1)
_UNMUTATE = {
    "yng": (("ngh", "c"), ("ng", "g")),
    "ym": (("mh", "p"), ("m", "b")),
    "yn": (("nh", "t"), ("n", "d")),
    "i": (("g", "c"), ("b", "p"), ("dd", "d"), ("d", "t"), ("f", "b"), ("f", "m"), ("l", "ll"),
          ("r", "rh"), ("", "g")),
    "o": (("g", "c"), ("b", "p"), ("dd", "d"), ("d", "t"), ("f", "b"), ("f", "m"), ("l", "ll"),
          ("r", "rh"), ("", "g")),
}  # fmt: skip


def _unmutated(key: str, before: str) -> list[str]:
    """The names a mutated Welsh place name may have been ("nghaerdydd" after "yng":
    "caerdydd")."""
    return [
        radical + key[len(mutated) :]
        for mutated, radical in _UNMUTATE.get(before, ())
        if key.startswith(mutated) and len(key) > len(mutated) + 2
    ]


_MAX_PLACE_WORDS = 4


@dataclass(frozen=True)
class PlaceInWords:
    """A place found at the start or end of a search's words."""

    resolution: Resolution
    place_words: str  # as typed ("Lincolnshire", "LS8")
    rest: str  # the other words, without a joining "in" or "near"


def place_in_words(gazetteer: Gazetteer, text: str) -> PlaceInWords | None:
    """The place a search's words begin or end with ("counselling lincolnshire", "leeds
    therapy", "support in LS8"), matched exactly (never a near spelling), longest first;
    None when they hold none. The rest may be empty (the words were only a place)."""
    words = str(text).split()[:30]
    if not words:
        return None
    found: list[PlaceInWords] = []
    for size in range(min(_MAX_PLACE_WORDS, len(words)), 0, -1):
        for at_end in (True, False):
            taken = words[-size:] if at_end else words[:size]
            rest = words[:-size] if at_end else words[size:]
            joined = rest[-1].lower() in _BEFORE_PLACE if at_end and rest else False
            if at_end and joined:
                rest = rest[:-1]
            key = normalise(" ".join(taken))
            if not key or (key in ORDINARY_WORDS and not joined):
                continue
            upper = " ".join(taken).upper()
            if POSTCODE_LIKE.match(upper) and not (
                FULL_POSTCODE.match(upper.replace(" ", "")) or OUTWARD.match(upper)
            ):
                continue
            resolution = (
                gazetteer._resolve_postcode(upper)
                if POSTCODE_LIKE.match(upper)
                else gazetteer._exact(key)
            )
            if (resolution is None or not resolution.found) and at_end and size < len(words):
                # "i"/"o" are English words too, so they join nothing: only a mutated name
                # after them is tried as a Welsh place
                for other in _unmutated(key, words[-size - 1].lower()):
                    resolution = gazetteer._exact(other)
                    if resolution is not None and resolution.found:
                        # Where keeps the word that mutated it ("ym Mangor"), which resolve()
                        # reads the same way; alone, "Mangor" would be a near spelling of Magor
                        taken = words[-size - 1 :]
                        rest = words[: -size - 1]
                        break
            if resolution is not None and resolution.found:
                found.append(PlaceInWords(resolution, " ".join(taken), " ".join(rest)))
        if found:
            return found[0]
    return None
