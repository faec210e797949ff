"""Namesakes and the area typed with a name: "newcastle staffs", "newport, pembs", "bridport
dorsett", "whitby n yorks", "leeds uk". The words after a town that only say where it is (a
country, a county, a council or a wider area, spelt right, short or a little wrong), and the
place of that name chosen in or near that area. Part of ``Gazetteer`` (``gazetteer.py``), which
builds its tables and resolves the name itself; nothing here knows of Flask or of listings.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process

from .asked_namesakes import AMBIGUOUS_SHARE
from .distance import miles, miles_to_many
from .kinds import close_to_area, without_kind
from .longer import MOST_OFFERED, longer_names
from .names import (
    _COUNTRY_WORDS,
    _COUNTY_SHORT,
    _DISTINGUISHING,
    QUALIFIER_FUZZY,
    _written_out,
)
from .old_counties import area_points, may_be_its_county
from .places import LocationStatus, Place, Resolution, normalise
from .sectors import Sectors
from .shires import shire_of_town
from .slips import SMALL_PLACE, keeps_its_sound
from .tables import Council, _council_aliases
from .town_names import alike_after_welsh_start

#: a town this near a council of the county typed after it is taken as meant: old and postal
#: counties ("ilford essex", "stockport cheshire") name the area around their towns
NEAR_AREA_MILES = 25
#: (fifteenth walk-through F1) a town this many times bigger than the place typed before it is
#: its post town, not a statement of its council
POST_TOWN_TIMES = 5
#: a place this near the town typed after it is taken as the one meant ("wellington telford")
NEAR_TOWN_MILES = 12
#: (twenty-second walk-through F4) how close (rapidfuzz ratio) a misspelt town must be to a place
#: in the area named after it to be taken: as close as the gazetteer takes a single name
CLOSE_IN_AREA = 88
#: (w31cy) words between a place and the town or area it is near ("cwmaman near aberdare")
_NEAR_WORDS = frozenset(["in", "near", "nr", "by", "outside", "around", "ger", "yn"])
#: (w31cy) a town typed after a name we do not know has at least this many people: a bigger
#: town people name to say where they are; and the words after a street or an estate's name
TOWN_TYPED_AFTER = 1_000
_NOT_A_TOWN = frozenset(["town", "city", "village", "centre", "center", "road", "street", "area"])
#: (w40place) words that join a place's name to the river, sea or town it is on ("brompton on
#: swale", "sutton upon derwent"): what follows them is part of the name, never a place the
#: person is near ("Swale" is also a council in Kent)
_NAME_JOINS = frozenset(["on", "upon", "under", "le"])


class Namesakes:
    """The namesake and area-qualifier half of ``Gazetteer``: read-only once it is built."""

    councils: dict[str, Council]
    _places: dict[str, list[Place]]
    _alt_places: dict[str, list[Place]]
    _alt_spellings: dict[str, str]
    _wider: dict[str, Place]
    _joined: dict[str, list[Place]]
    _area_names: list[str]
    _area_aliases: dict[str, str]
    _area_points: dict[str, np.ndarray]
    _council_names: dict[str, str]
    _sectors: Sectors
    #: (fifteenth walk-through F1) a town placed unsure -> the councils its sectors are split
    #: between, its own first
    _unsure: dict[tuple[str, float, float], tuple[str, ...]]
    _fuzzy_names: list[str]
    _welsh_towns: dict[tuple[str, float, float], str]
    _former_spellings: set[str]

    if TYPE_CHECKING:  # resolving a name alone, in ``Gazetteer``

        def _council_place(self, code: str) -> Place: ...

        def _exact(self, key: str) -> Resolution | None: ...

        def _close_spelling(self, key: str) -> tuple[Resolution | None, tuple[str, ...]]: ...

        def _locate(self, place: Place) -> Place: ...

        def _covered_name(self, key: str) -> bool: ...

        def _towns_named(self, where: str) -> list[Place]: ...

        def _resolve_postcode(self, text: str) -> Resolution: ...

        def _by_postcode(self, key: str, where: str, alone: bool) -> Resolution | None: ...

        @staticmethod
        def _answer(place: Place) -> Resolution: ...

    def welsh_town_name(self, place: Place) -> str:
        """(w31cy) A town's Welsh name, where ``town_names.csv`` gives one, else ""."""
        return self._welsh_towns.get((place.name, place.latitude, place.longitude), "")

    def _in_council(self, place: Place, fallback: str) -> Place:
        """(fifteenth walk-through F1) A town with the council the postcode sectors about it
        vote for (``sectors.py``), or the council ``fallback`` (its nearest district's) when no
        sector is near; a split vote is kept for ``_placed_as_typed``."""
        placing = self._sectors.placing(place.latitude, place.longitude, place.country)
        code = placing.council if placing else fallback
        if code not in self.councils:
            return place
        if placing is not None and placing.rivals:
            self._unsure[(place.name, place.latitude, place.longitude)] = (code, *placing.rivals)
        return self._placed_in(place, code)

    def _placed_in(self, place: Place, code: str) -> Place:
        council = self._council_place(code)
        return replace(
            place,
            local_authority_code=council.local_authority_code,
            local_authority=council.local_authority,
            county_code=council.county_code,
            county=council.county,
            region=council.region,
        )

    def _placed_as_typed(self, place: Place, area: str) -> Place:
        """(fifteenth walk-through F1) A town whose sectors are split between councils, typed
        with one of those councils or its county ("... north northants"): placed in that one,
        never silently in the other. A city's name typed after a town is not a council's word
        but often its post town ("castle bromwich birmingham" is in Solihull)."""
        split = self._unsure.get((place.name, place.latitude, place.longitude), ())
        typed = max((p.population for p in self._places.get(area, ())), default=0)
        if not area or self._lies_in(place, area) or typed > POST_TOWN_TIMES * place.population:
            return place
        for code in split[1:]:
            council = self._council_place(code)
            if area in {normalise(n) for n in (council.local_authority, council.county) if n}:
                return self._placed_in(place, code)
        return place

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
        if words in self._area_aliases:
            return self._area_aliases[words], True
        full = _written_out(words) or shire_of_town(self, words)  # "w sussex", (w44cy) "sir gaer"
        if full in self._area_names:
            return full, True
        if len(words) < 5:
            return None
        close = process.extract(
            words, self._area_names, scorer=fuzz.ratio, score_cutoff=QUALIFIER_FUZZY, limit=5
        )  # (w32place) a near spelling of an area, never "borough" read as Harborough
        return next(((name, False) for name, *_ in close if close_to_area(words, name)), None)

    def _guess(self, key: str, name: str, found: Resolution) -> Resolution:
        """(twenty-sixth walk-through F2, w32place) The place ``found`` under the known
        ``name`` spelt close to ``key``: taken ("Showing results for ...") when ``key`` is a
        slip that keeps the name's sound ("tewksbury"); asked about when it may be another
        place's name we lack ("wroxham": "Did you mean Wrexham, Wales?")."""
        small = found.place is not None and found.place.population < SMALL_PLACE
        longer, slip = self._longer_names(key), keeps_its_sound(key, name, added=not small)
        if found.place is None or (slip and not longer):
            return replace(found, corrected=True)
        if longer:  # (w36cy) "llanddewi": Llanddewi Brefi, or (a slip) Llanddew? Never taken
            offered = (*longer, found.place.label) if slip else longer
            return Resolution(LocationStatus.UNKNOWN, suggestions=offered)
        return Resolution(
            LocationStatus.UNKNOWN, suggestions=(found.place.label,), meant=found.place
        )

    def _longer_names(self, key: str) -> tuple[str, ...]:
        """(w36cy) Places whose longer names ``key`` shortens, as shown, most people first."""
        names = [n for n in longer_names(key, self._fuzzy_names) if self._covered_name(n)]
        people = {n: max((p.population for p in self._places.get(n, ())), default=0) for n in names}
        names.sort(key=lambda n: -people[n])  # stable: the shorter of as many people first
        return tuple(self._offered_label(n) for n in names[:MOST_OFFERED])

    def _display_name(self, key: str) -> str:
        """A known name (normalised) as the page shows it: its biggest place's, its area's
        or its council's."""
        if key in self._places:
            return self._places[key][0].name
        if key in self._wider:
            return self._wider[key].name
        if key in self._alt_spellings and key not in self._council_names:
            return self._alt_spellings[key]  # (w40place) "Trefdraeth"
        return self.councils[self._council_names[key]].name

    def _offered_label(self, key: str) -> str:
        """(w37cy) A longer name offered with its council, as every other name offered is
        ("Llanddewi Brefi, Ceredigion" beside "Llanddew, Powys"); a council's name alone."""
        if key in self._places:
            return self._locate(self._places[key][0]).label
        return self._display_name(key)

    def _offered(self, key: str, close: tuple[str, ...]) -> tuple[str, ...]:
        """Offered for a name we lack: the longer names it shortens ("mersea": West Mersea, not
        Mere), else the ``close`` spellings, else the area typed after it."""
        return self._longer_names(key) or close or self._area_typed(key)

    def _of_kind(self, key: str) -> Resolution | None:
        """(twenty-sixth walk-through F2, w32place) A council or place typed with words saying
        its kind ("bedford borough", "cyngor sir powys", "city of wells"): the council of the
        name when a word was a council's, else the place of the name; None when no such word."""
        bare, council = without_kind(key)
        if council and bare in self._council_names:
            return self._answer(self._council_place(self._council_names[bare]))
        return self._exact(bare) if bare else None

    def _area_typed(self, key: str) -> tuple[str, ...]:
        """(fourteenth walk-through F2) The area typed after a town we do not know ("kinmel bay
        conwy", "talbot green rct"), to offer when no name is spelt close: the town is not
        found, but the person's council or county is, named as they wrote it ("Sir y Fflint");
        () when none."""
        words = key.split()
        for size in range(min(3, len(words) - 1), 0, -1):
            tail = " ".join(words[-size:])
            if words[-size - 1] in _NAME_JOINS:
                continue  # (w40place) "brompton on swale": never offered Swale, Kent
            qualifier = self._qualifier(tail)
            found = self._exact(qualifier[0]) if qualifier and qualifier[0] else None
            if found is None or found.place is None or not found.place.covered:
                continue
            council = self.councils.get(self._council_names.get(tail, ""))
            if council and council.name_cy and tail in _council_aliases(council.name_cy):
                return (council.name_cy,)
            return (found.place.name,)
        return ()

    def _without_qualifier(self, key: str) -> Resolution | None:
        """(second walk-through F6) A town followed by its county or country, spelt right or
        nearly ("bridport dorsett", "ludlow shropshre", "whitby n yorks", "leeds uk"): the
        town, one of its namesakes in that area, or its close spelling when in that area."""
        words = key.split()
        for size in range(min(3, len(words) - 1), 0, -1):
            head, tail = " ".join(words[:-size]), " ".join(words[-size:])
            by_postcode = self._by_postcode(head, tail, False)  # (w35place) "hayes ub3"
            if by_postcode is not None:
                return by_postcode
            qualifier = self._qualifier(tail)
            if qualifier is None:
                continue
            area, exact = qualifier
            found = self._exact(head)
            if found is not None:
                return self._in_area(head, found, area, exact)
            close = found is None
            if found is None:
                found = self._close_spelling(head)[0] or self._close_in_area(head, area)
            if found is not None and found.meant is not None:  # (w32place) "wrexam wales"
                found = self._answer(found.meant) if self._lies_in(found.meant, area) else None
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

    def _close_in_area(self, head: str, area: str) -> Resolution | None:
        """(twenty-second walk-through F4) Of the names as close to a misspelt ``head`` as
        each other ("atherston": Atherstone and Atherton), the one place lying in the ``area``
        named after it ("atherston warwickshire"), or None."""
        if not area:
            return None
        close = process.extract(
            head, self._fuzzy_names, scorer=fuzz.ratio, limit=6, score_cutoff=CLOSE_IN_AREA
        )
        places = []
        for name, _score, _ in close:
            found = self._exact(name)
            if found is not None:
                places += [c for c in found.candidates or (found.place,) if c is not None]
        inside = {p.name: p for p in places if self._lies_in(p, area)}
        if len(inside) != 1:
            return None
        return replace(self._answer(next(iter(inside.values()))), corrected=True)

    def _town_after_town(self, key: str) -> Resolution | None:
        """(thirteenth walk-through F2) A place followed by the bigger town it lies in or
        beside, as people write a suburb or a village with its town ("wellington telford",
        "heybridge maldon"): the place of that name in the town's council or within
        ``NEAR_TOWN_MILES`` of it. None when the words are not two places so related."""
        words = key.split()
        for size in range(min(3, len(words) - 1), 0, -1):
            head, tail = " ".join(words[:-size]), " ".join(words[-size:])
            town = self._exact(tail)
            if town is None or town.place is None or not town.found:
                continue
            near = [
                p
                for p in self._namesakes(head)
                if p.local_authority_code == town.place.local_authority_code
                or miles((p.latitude, p.longitude), (town.place.latitude, town.place.longitude))
                <= NEAR_TOWN_MILES
            ]
            if near:
                rivals = [p for p in near[1:] if p.population >= near[0].population * 0.5]
                if rivals and near[0].population:
                    return Resolution(LocationStatus.AMBIGUOUS, candidates=tuple(near[:6]))
                return self._answer(near[0])
        return None

    def _namesakes(self, key: str) -> list[Place]:
        """Every place in England and Wales called ``key``, also known by it, or named it and
        a joining word ("Newcastle-under-Lyme"), with its council, biggest first."""
        places: list[Place] = []
        for group in (self._places, self._alt_places, self._joined):
            places += [p for p in group.get(key, ()) if p.covered and p not in places]
        places.sort(key=lambda p: -p.population)
        return [self._as_asked(self._locate(p), key) for p in places]

    def _as_asked(self, place: Place, key: str) -> Place:
        """(eighteenth walk-through F2) A town in Wales found by another of its names
        ("Trefdraeth, Sir Benfro", "Y Drenewydd, Powys"), named so on a Welsh page."""
        if (
            place.country != "Wales"
            or place.other_name
            or not self._named_back(key)
            or normalise(place.name) == key
        ):
            return place
        return replace(place, other_name=self._alt_spellings[key])

    def _named_back(self, key: str) -> bool:
        """Whether a town found by its other name ``key`` is named so on a Welsh page: not
        (w44cy) a former English spelling ("Towyn" for Tywyn, "Dolgelley" for Dolgellau)."""
        return key in self._alt_spellings and key not in self._former_spellings

    def _carried(
        self, key: str, named: list[Place], places: list[Place]
    ) -> tuple[list[Place], bool]:
        """(eighteenth walk-through F2) A name no biggest place of it is called, only also
        known by, in Wales ("Trefdraeth", "Llansawel"): the places that carry it, and whether
        to ask which one is meant, however small one of them is (True when several in England
        and Wales do): "Llansawel" is Briton Ferry and a village in Carmarthenshire. A town
        named like its council, which has a Welsh name of its own (Newport: Casnewydd), is
        not known by another Welsh name that a namesake carries too: GeoNames gives Newport
        in Gwent Trefdraeth, the Welsh name of Newport in Pembrokeshire."""
        if not places or places[0] in named or places[0].country != "Wales":
            return places, False
        kept = [p for p in places if p in named or not self._own_welsh_name(p, key, places)]
        return kept, len([p for p in kept if p.covered]) > 1

    def _own_welsh_name(self, place: Place, key: str, places: list[Place]) -> bool:
        """Whether a town has a Welsh name of its own, not ``key``, while a namesake of it
        carries ``key`` too: the Welsh name of the council named like it."""
        if not any(p != place and p.name == place.name for p in places):
            return False
        council = self.councils.get(self._locate(place).local_authority_code)
        if council is None or council.name != place.name or not council.name_cy:
            return False
        return normalise(council.name_cy) != key

    def _in_area(self, key: str, found: Resolution, area: str, exact: bool) -> Resolution:
        """(sixth walk-through F2) The place called ``key`` in the area typed after it
        ("newcastle staffs": Newcastle-under-Lyme, not Newcastle upon Tyne; "newport pembs"),
        ``found`` being what the name alone resolves to. One near the area is taken too when
        it may be its old or postal county ("ilford essex"; ``old_counties``); when none is,
        the person is told, with the places of that name offered, never one of them silently
        shown."""
        if not area or found.status not in (LocationStatus.FOUND, LocationStatus.AMBIGUOUS):
            return found
        places = self._namesakes(key)
        places += [p for p in found.candidates if p not in places]  # (w41place) Newton Abbot
        places.sort(key=lambda p: -p.population)
        if not places and found.place is not None:
            places = [found.place]  # a council or wider area ("kent staffs")
        places = [self._placed_as_typed(p, area) for p in places]
        inside = [p for p in places if self._lies_in(p, area)]
        # (w44cy) a council before a preserved county of its name: "Llanfair, Gwynedd"
        inside = [p for p in inside if normalise(p.local_authority) == area] or inside
        near = [] if inside else [p for p in places if self._near_area(p, area)]
        if not inside:  # (w42place) near, and its own old or postal county: "sale cheshire"
            typed = self.councils.get(self._council_names.get(area, ""))
            inside = [
                p
                for p in near
                if may_be_its_county(p, key, self.councils.get(p.local_authority_code), typed)
            ]
        if inside:
            top = inside[0]
            rivals = [p for p in inside[1:] if p.population >= top.population * AMBIGUOUS_SHARE]
            if rivals and top.population:
                return Resolution(LocationStatus.AMBIGUOUS, candidates=tuple(inside[:6]))
            return replace(self._answer(top), corrected=not exact)
        # (twenty-fifth walk-through F6, w31cy) "thornbury devon": the page says that no place
        # of the name is in or near the area, and offers them and the area itself
        typed_area = self._known_area(area) or next(iter(self._towns_named(area)), None)
        return replace(self._not_in(places, typed_area), near_by=bool(near))

    @staticmethod
    def _not_in(places: list[Place], area: Place | None) -> Resolution:
        """The places of a name, none of them in or near the ``area`` typed after it, offered
        by their labels, the page saying that none is there (with ``area``, offered too)."""
        names = [p.label for p in places if area is None or p.name != area.name]
        return Resolution(
            LocationStatus.UNKNOWN, suggestions=tuple(dict.fromkeys(names))[:5], not_in=area
        )

    def _typed_with_known(self, key: str) -> Resolution | None:
        """(twenty-fifth walk-through F5, w31cy) A name we do not know typed with a town or
        area we do ("cwmaman, aberdar", "pentre bach near brecon", "xyz powys"): that town or
        area is offered, the page saying the first place was not found (``typed_with``), never
        a similar name far from it ("Cwmafan") as if it were the place. A name we know, none of
        whose places is near the town typed after it: the page says so and offers them."""
        words = key.split()
        for size in range(min(3, len(words) - 1), 0, -1):
            head_words, tail = words[:-size], " ".join(words[-size:])
            if head_words[-1] in _NAME_JOINS:
                continue  # (w40place) a name joined on ("sutton on hull"), not a place near
            while head_words and head_words[-1] in _NEAR_WORDS:
                head_words = head_words[:-1]
            head = " ".join(head_words)
            if len(head.replace(" ", "")) < 3 or set(head_words) <= _DISTINGUISHING:
                continue
            area = self._known_area(tail)
            if area is None:
                continue
            namesakes = self._namesakes(head)
            if namesakes:
                return self._not_in(namesakes, area)
            if self._exact(head) is not None:
                continue  # a council or an area before a town: not a place we lack
            named = self._area_typed(key) or (area.asked_label,)  # "Sir y Fflint" as typed
            named = (*self._spelt_close_near(head, area), *named)
            return Resolution(LocationStatus.UNKNOWN, suggestions=named[:5], typed_with=area)
        return None

    def _spelt_close_near(self, head: str, area: Place) -> tuple[str, ...]:
        """(w31cy) The places spelt close to ``head`` that lie in the ``area`` or within
        ``NEAR_TOWN_MILES`` of it ("abercynnon, aberdare": Abercynon), by their labels; first
        (w37cy) those whose longer names ``head`` shortens ("llanddewi, ceredigion": Llanddewi
        Brefi, Ceredigion)."""
        point = (area.latitude, area.longitude)
        longer = [n for n in longer_names(head, self._fuzzy_names) if self._covered_name(n)]
        close = process.extract(
            head, self._fuzzy_names, scorer=fuzz.ratio, limit=6, score_cutoff=QUALIFIER_FUZZY
        )
        names = [n for n, _score, _ in close if alike_after_welsh_start(head, n, QUALIFIER_FUZZY)]
        labels = [
            place.label
            for name in (*longer, *names)
            for place in self._namesakes(name)
            if (area.kind != "place" and self._lies_in(place, normalise(area.name)))
            or miles((place.latitude, place.longitude), point) <= NEAR_TOWN_MILES
        ]
        return tuple(dict.fromkeys(labels))[:3]

    def _known_area(self, words: str) -> Place | None:
        """The one town, council or wider area in England and Wales ``words`` name, spelt
        right or as a county is written short ("cambs"); None otherwise."""
        if words in _NOT_A_TOWN:
            return None
        found = self._exact(words)
        place = found.place if found is not None else None
        if place is not None and place.kind == "place" and place.population < TOWN_TYPED_AFTER:
            found = None  # "Town" (a postcode district's name), a hamlet: not how people say
        if found is None or not found.found:
            qualifier = self._qualifier(words)
            found = self._exact(qualifier[0]) if qualifier and qualifier[0] else None
        if found is None or not found.found or found.place is None:
            return None
        return found.place

    def _near_area(self, place: Place, area: str) -> bool:
        """Whether a place is within ``NEAR_AREA_MILES`` of a council of the area named."""
        points = self._area_points.get(area)
        if points is None:
            points = self._area_points[area] = area_points(self.councils, area, self._wider)
        if not len(points):
            return False
        away = miles_to_many((place.latitude, place.longitude), points)
        return bool(away.min() <= NEAR_AREA_MILES)

    def _lies_in(self, place: Place, area: str) -> bool:
        """Whether a place lies in the area named (its council, county, region or country, or
        a wider area of councils holding its council: "hayes middlesex" is Hayes, Hillingdon,
        not Hayes, Bromley; "" for any)."""
        names = (place.local_authority, place.county, place.region, place.country)
        if not area or area in {normalise(n) for n in names if n}:
            return True
        wider = self._wider.get(area)
        parts = wider.parts if wider is not None and wider.kind == "area" else ()
        return any(self.councils[c].name == place.local_authority for c in parts)
