"""An offline gazetteer: postcodes, towns and councils to a point, a council, a region, a country.

Resolving against the tables ``tables.py`` loads from the files bundled with the app, and the
names ``names.py`` holds (a place in a search's words: ``in_words.py``; a name and the area
typed with it, "newcastle staffs": ``namesakes.py``); nothing a user types leaves the server.
This module knows nothing of Flask or of listings.

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
from dataclasses import replace
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from ..limits import MAX_LOCATION_CHARS
from .area_tables import (
    area_aliases,
    area_names,
    correctable_names,
    joined_names,
    short_names,
)
from .asked_namesakes import by_size, sizeable
from .called import SIZEABLE_NAMESAKE, places_called
from .distance import miles
from .district_beside import BESIDE_MILES, district_beside
from .kinds import only_a_kind
from .mutations import with_article
from .names import (
    _BEFORE_PLACE,
    _NON_GEOGRAPHIC,
    _NOT_UK,
    _UNMUTATE,
    _distinguishing,
    _outside_uk,
    _status,
    _strip_council_words,
    _unmutated,
    _written_out,
)
from .namesakes import _NEAR_WORDS
from .near_cy import place_near
from .nearest import NearestDistricts
from .not_places import no_place_here, widened
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
    postcode_in,
)
from .said_where import first_clause, place_said
from .sectors import Sectors
from .shires import shire_of_town
from .tables import District, read_tables
from .town_names import (
    alike_after_welsh_start,
    by_own_names,
    other_article,
    starts_welsh,
    welsh_other_names,
    with_welsh_article,
    without_welsh_article,
)
from .town_slips import TownSlips
from .whole_districts import WholeDistrict, whole_districts
from .word_guesses import changes_a_word

FUZZY_ACCEPT = 88  # a single close name this good is taken as the place meant
FUZZY_SUGGEST = 72


class Gazetteer(TownSlips, NearestDistricts):
    """Loaded once from a folder of the bundled CSV files; read-only afterwards (thread-safe).
    A name with the area typed after it ("newcastle staffs") is chosen in ``Chosen``."""

    def __init__(self, folder: Path) -> None:
        tables = read_tables(folder)
        self.folder = tables.folder
        self.councils = tables.councils
        self.districts = tables.districts
        self._post_town_districts = tables.post_town_districts
        self._places = tables.places
        self._alt_places = tables.alt_places
        self._alt_spellings = tables.alt_spellings
        self._district_towns = tables.district_towns
        self._welsh_towns = tables.welsh_towns  # (w31cy) "Cil-y-coed" on a Welsh page
        self._former_spellings = tables.former_spellings  # (w44cy) "Towyn" is not named back
        self._council_names = tables.council_names
        self._wider = tables.wider
        self._countries = tables.countries
        self._wards = tables.wards  # (w59places) "Moss Side": a ward's place and its council
        self._points: dict[str, tuple[list[District], np.ndarray]] | None = None
        self._located: dict[Place, Place] = {}  # a town -> the town with its council
        self._sectors, self._unsure = Sectors(self.folder, tables.current), {}
        #: (w43place) "SW1", "WC2": districts known only by their lettered sub-districts
        self._whole = whole_districts(self.folder, self.districts, tables.current)
        #: the first part of a name before a joining word ("newcastle" of Newcastle-under-Lyme)
        self._joined = joined_names(self._places)
        self._area_points = {}
        self._fuzzy_names = correctable_names(
            self._places,
            self._council_names,
            self._wider,
            short_names(self._alt_places, SIZEABLE_NAMESAKE),  # (w43place) "hul": Hull
            last=tables.wards.names(),  # (w59places) a town as close as a ward is offered first
        )
        #: (w40place) Welsh names of towns in Wales that GeoNames gives as other names
        #: ("trefdraeth"), spelt close to a name typed with a Welsh start ("trefdrath")
        known = set(self._fuzzy_names)
        self._welsh_other_names = [n for n in welsh_other_names(self._alt_places) if n not in known]
        # (eleventh walk-through) a name of several words written as one ("Ceinewydd" for Cei
        # Newydd, New Quay; "stokeontrent"): the one known name it joins up to
        run_together: dict[str, set[str]] = {}
        for name in (*self._places, *self._alt_places, *self._council_names):
            if " " in name:
                run_together.setdefault(name.replace(" ", ""), set()).add(name)
        self._run_together = {
            one: next(iter(names)) for one, names in run_together.items() if len(names) == 1
        }
        #: the names of areas a town lies in, that may follow it ("dorset", "gwent")
        self._area_names = area_names(tables)
        #: other names of a council after a town ("sir benfro", "rct", "banes") -> its name
        self._area_aliases = area_aliases(tables, self._area_names)

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

    # --- resolving -------------------------------------------------------------------------
    def resolve(self, text: str) -> Resolution:
        """Resolve what a person typed as "where". Never raises for any string."""
        raw = " ".join(str(text).split())[:MAX_LOCATION_CHARS]
        if not raw:
            return Resolution(LocationStatus.UNKNOWN)
        upper = raw.upper()
        if OVERSEAS.match(upper):
            return Resolution(LocationStatus.OVERSEAS)
        if POSTCODE_LIKE.match(upper):
            coded = self._resolve_postcode(upper)
            if coded.status == LocationStatus.BAD_POSTCODE:  # (w46place) "LS6 Leeds"
                return self._district_beside(raw) or coded
            return coded
        unplaced = no_place_here(normalise(raw), lambda key: self._exact(key) is not None)
        if unplaced is not None:  # (w43place) "near me", "UK", "Peel, Isle of Man"
            return unplaced
        said = place_said(raw) or widened(normalise(raw)) or place_near(raw)  # (w54cychild)
        if said:  # (third place check) "we live in Wrexham", "dw i'n byw yn Abertawe";
            # (w46place) "anywhere in Yorkshire", "rhywle yng Nghymru"
            heard = self.resolve(said)
            first = first_clause(said)  # (words check 82) "in Bangor but her dad lives in …"
            if first != said and heard.place is None and not heard.candidates:
                heard = self.resolve(first)
            if heard.status != LocationStatus.UNKNOWN or heard.suggestions:
                return heard
        before, _, name = raw.partition(" ")
        after_word = self._after_word(before, name) if name else None
        if after_word is not None:
            return after_word
        radical: Resolution | None = None
        if name and before.lower() in _UNMUTATE:
            # "yng Nghaernarfon", "ym Mangor" typed as Where (sixth Welsh review, O1-O2): the
            # place as it was before the mutation, ahead of any near spelling ("Magor")
            for other in _unmutated(normalise(name), before.lower()):
                found = self._exact(other)
                if found is not None and (found.found or found.candidates):  # "yn Nhywyn" asks
                    return found
                if radical is None or radical.place is None:  # (w48place) what the radical
                    # offers, or (welsh20 F13) finds spelt close: "yng Nglynebwy", "o Lynebwy"
                    offered = self._resolve_name(other)
                    if offered.place is not None or (radical is None and offered.suggestions):
                        radical = offered
        named = self._resolve_name(raw)
        if radical is not None and named.place is None and not named.suggestions:
            return radical  # (w48place, sixteenth Welsh review F2) "ym Mhen-y-bont": Bridgend
        inside = postcode_in(raw) if named.status == LocationStatus.UNKNOWN else ""
        if inside:  # (w43place) "my postcode is SA1", "I live in LS6": that postcode, said
            found = self._resolve_postcode(inside)
            if found.status != LocationStatus.BAD_POSTCODE or "post" in raw.lower():
                return replace(found, corrected=found.place is not None)
        if named.status == LocationStatus.UNKNOWN:  # (w46place) "W1 London", "W 1"
            return self._district_beside(raw) or named
        return named

    def _after_word(self, before: str, name: str) -> Resolution | None:
        """The place after a word that says where: "o'r Bala", "in Leeds", "ger y Coed-duon"."""
        if before.lower().replace("’", "'") in ("o'r", "i'r"):  # (welsh20 F13)
            heard = self.resolve(f"y {name}")  # "o'r Bala", "i'r Wyddgrug": Y Bala, Yr Wyddgrug
            if heard.found or heard.candidates:
                return heard
        # "in Leeds", "yn Wrecsam", "ger Bala"; (w53cymore, welsh21 F11) an island's "on" and
        # "ar": "on Anglesey", "ar Ynys Môn", "on the Isle of Wight"
        if before.lower() in (*_BEFORE_PLACE, "on", "ar"):
            key = normalise(name)  # (w55cyplace) "yn y Coed-duon": the article its name lacks
            found = self._exact(key) or self._bare_welsh(key)
            if found is not None and (found.found or found.candidates):  # "in Rothwell": asks
                return found
        return None

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
        whole = self._whole.get(outward) if kind == "postcode district" and not sector else None
        if district is None and whole is not None:
            return self._whole_district(outward, whole)
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

    def _district_beside(self, raw: str) -> Resolution | None:
        """(w46place) A postcode district typed beside a town: the district when the town lies
        near it, else the town ("M6 Stoke": a road by it)."""
        parts = district_beside(raw)
        if parts is None:
            return None
        code, name = parts
        district = self._resolve_postcode(code)
        town = self._resolve_name(name) if name else None
        if district.place is None:  # a road, "M62 Hull": the town, if it is one
            return town if town is not None and town.place is not None else None
        if town is None or town.place is None:
            return district
        here = (district.place.latitude, district.place.longitude)
        if miles(here, (town.place.latitude, town.place.longitude)) > BESIDE_MILES:
            return town
        return district

    def _whole_district(self, name: str, whole: WholeDistrict) -> Resolution:
        """(w43place) "SW1", "WC2": the district at its sub-districts' centre, in its council,
        and across a boundary in each of its councils, all named."""
        first, *others = whole.councils
        place = self._council_place(
            first, name, "postcode district", (whole.latitude, whole.longitude)
        )
        if others:
            names = tuple(self.councils[code].name for code in others)
            place = replace(place, parts=whole.councils, also_in=names)
        return self._answer(place)

    def _resolve_name(self, raw: str) -> Resolution:
        name, comma, where = raw.partition(",")
        if comma and normalise(where):
            chosen = self._choose(name, normalise(where))
            if chosen is not None:
                return chosen
        key = normalise(raw)
        if not key:
            return Resolution(LocationStatus.UNKNOWN)
        exact = self._exact(key) or self._bare_welsh(key)
        if exact is not None:  # (w63place) "scarbrough": Scarborough, asked
            return self._or_town_meant(key, exact)
        abroad = _outside_uk(key)
        if abroad:  # "Paris", "paris france", "Dublin": never "Did you mean Par?"
            return Resolution(
                LocationStatus.NOT_COVERED if abroad in _NOT_UK else LocationStatus.OVERSEAS
            )
        qualified = self._without_qualifier(key)
        if qualified is not None:  # "bridport dorsett", "whitby n yorks", "leeds uk"
            return qualified
        beside = self._town_after_town(key)
        if beside is not None:  # "wellington telford": Wellington in Telford and Wrekin
            return beside
        found, suggestions = self._close_spelling(key)
        found = found or self._typed_with_known(key)  # "cwmaman, aberdar": near Aberdare
        apart = comma or not _NEAR_WORDS.isdisjoint(key.split())  # "tanyfron near wrexham"
        if found is not None and found.typed_with is not None and not apart:
            return replace(found, no_comma=True)  # (w44cy) "bannau brycheiniog": one name?
        if found is not None:
            return found
        if self._spelt_outside(key):  # (w43place) "dundie", "belfst": where this covers
            return Resolution(LocationStatus.NOT_COVERED)
        offered, bare = self._offered(key, suggestions), without_welsh_article(key)
        if not offered and bare:  # (walk34 F3) "y creunant": what "creunant" is offered
            return self._resolve_name(bare)
        return Resolution(LocationStatus.UNKNOWN, suggestions=offered)

    def _bare_welsh(self, key: str) -> Resolution | None:
        """A Welsh town typed with the article its gazetteer name lacks ("y bermo")."""
        bare, held = without_welsh_article(key), functools.partial(with_article, self)
        found = (self._exact(bare) or self._exact(other_article(key))) if bare else None
        return with_welsh_article(key, found, held) if bare else None  # (w63cy2) "yr gelli"

    def _close_spelling(self, key: str) -> tuple[Resolution | None, tuple[str, ...]]:
        """A place in England or Wales spelt close to ``key``: the one clear winner, or None
        and the closest names to offer."""
        whole = self._run_together.get(key.replace(" ", ""))
        if whole is not None and whole != key:
            found = self._exact(whole)
            if found is not None and found.status not in UNUSABLE:
                return replace(found, corrected=True), ()
        # close spellings of places in England and Wales: one clear winner that changes no
        # distinguishing word is taken; otherwise the closest names are offered, never applied
        others = self._welsh_other_names if starts_welsh(key) else []  # (w40place) "trefdrath"
        matches = [
            m
            for m in process.extract(
                key,
                [*others, *self._fuzzy_names],
                scorer=fuzz.ratio,
                limit=12,
                score_cutoff=FUZZY_SUGGEST,
            )
            if self._covered_name(m[0]) and alike_after_welsh_start(key, m[0], FUZZY_SUGGEST)
        ]
        matches = by_own_names(matches, others, self._alt_places)[:6]
        asked: Resolution | None = None
        scores = [m[1] for m in matches[:2]] + [0]
        taken = scores[0] >= FUZZY_ACCEPT and scores[0] - scores[1] >= 3  # as it would be taken
        bigger = self._bigger_as_close(key, matches[0][0]) if taken else []
        if bigger:  # (w42place) "lancester": Lancaster first, Lanchester never taken silently
            matches = [(n, 100.0, 0) for n in bigger] + [m for m in matches if m[0] not in bigger]
        elif matches:
            best_name, best_score, _ = matches[0]
            runner_up = matches[1][1] if len(matches) > 1 else 0
            # (w26place) a shared Welsh first word: a slip in what follows it, not two names
            same_words = _distinguishing(best_name) == _distinguishing(key) and (
                alike_after_welsh_start(key, best_name, FUZZY_ACCEPT)
            )
            if best_score >= FUZZY_ACCEPT and best_score - runner_up >= 3 and same_words:
                found = self._exact(best_name)
                if found is not None and found.status not in UNUSABLE:  # not ambiguous
                    return self._guess(key, best_name, found), ()
                if found is not None and found.status == LocationStatus.AMBIGUOUS:
                    # "rothwel": which Rothwell, unless a big town is meant; (w42place)
                    # respelt, so the page never says "more than one place has that name"
                    asked = replace(found, corrected=True)
        slip = self._slip_of_a_town(key)
        if slip is not None:
            return slip, ()
        longer = self._longer_names(key) if asked is not None and not only_a_kind(key) else ()
        if asked is not None and longer:  # (w42place) "wotton": Wotton-under-Edge first
            offered = (*longer, *(c.label for c in asked.candidates))
            return Resolution(LocationStatus.UNKNOWN, suggestions=offered[:5]), ()
        if asked is not None:
            return asked, ()
        kept = (m[0] for m in matches if not changes_a_word(key, m[0]))  # (w39place)
        return None, tuple(dict.fromkeys(map(self._display_name, kept)))[:5]

    def _covered_name(self, key: str) -> bool:
        """Whether a known name is a place in England or Wales (not "Nairn" for "Narnia")."""
        if any(p.covered for p in self._alt_places.get(key, ())):
            return True  # "newcastle": Newcastle upon Tyne, though the one so named is in Ulster
        if key in self._places:
            return any(p.covered for p in self._places[key])
        if key in self._wider:
            return self._wider[key].covered
        code = self._council_names.get(key, "")
        return bool(code) and self.councils[code].country in ("England", "Wales")

    def _exact(self, key: str) -> Resolution | None:
        if key in self._countries:  # "Wales", "Cymru": the country, never a village so named
            return self._answer(self._countries[key])
        shire = shire_of_town(self, key)  # (w44cy) "swydd amwythig": Shropshire, not the town
        if shire:
            return self._exact(shire)
        named = self._places.get(key) or []
        places = places_called(key, named, self._alt_places, self._joined)
        council_code = self._council_names.get(_strip_council_words(key))
        places, carried = self._carried(key, named, places)  # "trefdraeth", "llansawel"
        if places:
            top = places[0]
            units = self._district_towns.get
            namesakes = places if carried else sizeable(places, top in named, lambda p: units(p, 0))
            covered = [p for p in namesakes if p.covered]
            if len(namesakes) > 1 and len(covered) == 1:
                # "Bangor": this directory covers England and Wales, so the one namesake there
                # is meant; people elsewhere get the services that help anywhere in the UK
                return self._taken_or_fuller(key, self._locate(covered[0]))
            if len(namesakes) > 1:
                asked = [  # (w40place) Trefdraeth before Newport-on-Tay
                    self._as_asked(self._locate(p), key if carried else "")
                    for p in by_size(places, self._units_at)[:6]  # (w43place)
                ]
                # (w44cy) a place called so too: its fuller names ("llanfair": Llanfair
                # Caereinion beside Llanfairpwllgwyngyll, also called Llanfair)
                fuller = not carried or bool(named)
                return self._asked(self._with_fuller(key, asked) if fuller else asked)
            located = self._locate(top)
            if (
                council_code
                and council_code not in (located.local_authority_code, located.county_code)
                and normalise(self.councils[council_code].name) == key
            ):
                # "Merton", "Rushmoor": a village elsewhere shares a council's name; the
                # council is meant
                return self._answer(self._council_place(council_code))
            if top not in named and top.country == "Wales" and self._named_back(key):
                # "Caergybi": Holyhead, named as it was asked for
                located = replace(located, other_name=self._alt_spellings[key])
            return self._taken_or_fuller(key, located)  # (w41place) "henley"
        if council_code:
            return self._answer(self._council_place(council_code))
        if key in self._wider:
            return self._answer(self._wider[key])
        full = _written_out(key)  # "s glos", "ne lincs", "n somerset": the council so named
        if full and full != key:
            return self._exact(full)
        return self._of_kind(key)  # (w32place) "bedford borough", "city of wells"

    @staticmethod
    def _answer(place: Place) -> Resolution:
        return Resolution(_status(place), place=place)

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
