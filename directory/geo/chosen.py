"""A name typed with words after a comma ("Newport, Isle of Wight", "cymmer, barry"): the place
of that name those words choose, and (twenty-seventh walk-through, w33child) when they name
nothing we know ("Thornbury, Narnia", a county misspelt beyond repair), a resolution that says
they were not used (``Resolution.unrecognised``): the namesakes are offered when the name has
several, never one of them shown as if the words had chosen it. Part of ``Gazetteer``."""

from __future__ import annotations

import functools
from dataclasses import replace

from .asked_namesakes import AMBIGUOUS_SHARE, OWN_TOWN, by_size
from .distance import miles
from .fuller_names import by_first_words, fuller_places
from .names import _COUNTRY_WORDS
from .namesakes import _NEAR_WORDS, NEAR_AREA_MILES, NEAR_TOWN_MILES, Namesakes
from .places import POSTCODE_LIKE, LocationStatus, Place, Resolution, normalise
from .tables import District
from .ward_places import Wards

#: (w35place) a place of the name this near a postcode typed with it is the one meant
POSTCODE_TOWN_MILES = 15
#: (w43place) a town this near a postcode district's point holds its homes (Beccles, NR34)
BESIDE_MILES = 2.0
#: words before an area that say nothing of which area ("the", "near")
_FILLER = _NEAR_WORDS | {"the"}


class Chosen(Namesakes):
    """``Namesakes`` with the choice made by the words after a comma."""

    _district_towns: dict[Place, int]
    districts: dict[str, District]
    _units_by_point: dict[tuple[str, float, float], int] | None = None
    _wards: Wards

    @functools.cached_property
    def _by_first_words(self) -> dict[str, list[Place]]:
        return by_first_words(self._places)

    def _taken_or_fuller(self, key: str, located: Place) -> Resolution:
        """(w41place) ``located``, the one place the name ``key`` would be taken as, or the
        choice between it and bigger places elsewhere whose names start with ``key`` as a
        word ("Henley": Henley-on-Thames, Henley-in-Arden; ``fuller_names``). A council's name
        is the council; a town known by the last word of its name ("Kingston upon Hull") is
        not one of the first word's."""
        if key in self._council_names or key in self._wider:
            return self._answer(located)
        asked = self._with_fuller(key, [located])
        return self._answer(located) if len(asked) == 1 else self._asked(asked)

    def _with_fuller(self, key: str, asked: list[Place]) -> list[Place]:
        """``asked``, the places the name ``key`` is (biggest first), and (w42place, for a
        name several places share: "Bourton" beside Bourton-on-the-Water) the places whose
        fuller names start with it that ``fuller_names`` asks about beside the biggest."""
        starting = [
            p
            for p in self._by_first_words.get(key, ())
            if p not in self._alt_places.get(normalise(p.name).split()[-1], ())
        ]
        units = self._district_towns.get
        # (w44cy) measured against the place called so, where one is: "Llanfair" (a village)
        # asks about Llanfair Caereinion though Llanfairpwllgwyngyll is also called Llanfair
        taken = next((p for p in asked if normalise(p.name) == key), asked[0])
        fuller = fuller_places(key, taken, starting, lambda p: units(p, 0))
        seen = {(p.name, p.latitude, p.longitude) for p in asked}
        more = [p for p in fuller if (p.name, p.latitude, p.longitude) not in seen]
        return by_size([*asked, *map(self._locate, more)], self._units_at)  # (w43place)

    def _units_at(self, place: Place) -> int:
        """The postcode units of a town known only as a postcode district's name, found by
        its name and point (a town with its council filled in is another ``Place``): a town
        placed at its district's point, not a GeoNames place of no population that a district
        is named after, nor one beside a town whose people they are (the cross-check file
        names Beccles' NR34 after the village Weston)."""
        if self._units_by_point is None:
            points = {(d.latitude, d.longitude) for d in self.districts.values()}
            towns = [
                p for named in self._places.values() for p in named if p.population >= OWN_TOWN
            ]
            self._units_by_point = {
                (p.name, p.latitude, p.longitude): n
                for p, n in self._district_towns.items()
                if (p.latitude, p.longitude) in points and not _beside_a_town(p, towns)
            }
        at = (place.name, place.latitude, place.longitude)
        # (w61place) a ward's place by its own units: Stapleford's Nottinghamshire wards
        return self._units_by_point.get(at) or self._wards.units.get(at, 0)

    @staticmethod
    def _asked(places: list[Place]) -> Resolution:
        """Which of ``places`` is meant: those in England and Wales first, at most six."""
        ordered = sorted(places, key=lambda p: not p.covered)[:6]
        return Resolution(LocationStatus.AMBIGUOUS, candidates=tuple(ordered))

    def _choose(self, name: str, where: str) -> Resolution | None:
        """ "Newport, Isle of Wight": the namesake whose council, county or country is named."""
        by_postcode = self._by_postcode(normalise(name), where)
        if by_postcode is not None:  # "thornbury, bs35"
            return by_postcode
        qualifier = self._qualifier(where) or self._council_named(where)
        if qualifier is not None and qualifier[0]:  # "newcastle, staffs", "richmond, london"
            resolution = self._exact(normalise(name))
            if resolution is not None:
                return self._in_area(normalise(name), resolution, *qualifier)
        resolution = self._exact(normalise(name))
        if resolution is not None and resolution.found and resolution.place is not None:
            by_town = self._by_town(normalise(name), resolution, where)
            return by_town or self._unrecognised(normalise(name), where, resolution)
        if resolution is None or resolution.status != LocationStatus.AMBIGUOUS:
            return resolution
        for candidate in resolution.candidates:
            areas = (candidate.local_authority, candidate.county, candidate.country)
            if where in {normalise(a) for a in areas if a}:
                return self._answer(candidate)
        by_town = self._by_town(normalise(name), resolution, where)  # (w42place)
        return by_town or self._unrecognised(normalise(name), where, resolution)

    def _council_named(self, where: str) -> tuple[str, bool] | None:
        """(w44cy, fourteenth Welsh review F6) A council or wider area the words after a comma
        name in a way the short list of area names lacks ("sir conwy", "bwrdeistref sirol
        conwy"), as a qualifier: it chooses among a name's places, never set aside unsaid."""
        area = self._known_area(where)
        if area is None or area.kind == "place":
            return None
        return normalise(area.name), True

    def _by_postcode(self, key: str, where: str, alone: bool = True) -> Resolution | None:
        """(w35place) "Thornbury, BS35": the place called ``key`` (normalised) nearest to the
        postcode district or postcode ``where`` (normalised) typed with it, the biggest if
        several are near; the postcode's own place when none of the name is near it (the
        postcode says where more exactly: a village we lack, "talgarreg, sa44"), unless not
        ``alone`` (no comma: "support in ls8" is words and a postcode); None when ``where`` is
        no postcode we know."""
        upper = where.upper()
        if not POSTCODE_LIKE.match(upper):
            return None
        at = self._resolve_postcode(upper)
        if at.place is None or at.place.kind == "post town":  # no postcode, a PO box's "B99"
            return None
        point = (at.place.latitude, at.place.longitude)
        near = [
            place
            for place in self._namesakes(key)
            if miles((place.latitude, place.longitude), point) <= POSTCODE_TOWN_MILES
        ]
        return self._answer(near[0]) if near else (at if alone else None)

    def _unrecognised(self, key: str, where: str, found: Resolution) -> Resolution:
        """``found`` (the name alone, found or ambiguous) when ``where`` says where it is in
        words we know; when it names nothing we know, ``found`` marked so, and a name with
        several places asked about ("Thornbury, Narnia": South Gloucestershire's or
        Herefordshire's?) rather than its biggest taken silently."""
        if self._names_an_area(where):
            return found
        places = self._namesakes(key)
        if found.found and len(places) > 1:
            return Resolution(
                LocationStatus.AMBIGUOUS, candidates=tuple(places[:6]), unrecognised=True
            )
        return replace(found, unrecognised=True)

    def _names_an_area(self, where: str) -> bool:
        """Whether the words after a name say where it is in words we know: a country, a
        county, council or wider area (spelt right or nearly), a town; "near" or "the" before
        it and a country after it ("near bristol", "wales uk") left aside."""
        words = where.split()
        while words and words[0] in _FILLER:
            words = words[1:]
        while len(words) > 1 and words[-1] in _COUNTRY_WORDS:
            words = words[:-1]
        rest = " ".join(words)
        return not rest or any(
            self._qualifier(w) is not None or self._known_area(w) is not None
            for w in dict.fromkeys((where, rest))
        )

    def _by_town(self, key: str, found: Resolution, where: str) -> Resolution | None:
        """(twenty-fifth walk-through F6, w31cy; w42place) "cymmer, barry", "oakley,
        basingstoke": the place of the name near the town typed after it (one of the towns,
        when several share its name: "... newcastle"), the biggest, or the choice when several
        as big are; when none is, the page says none is near that town and offers it and the
        places of the name, never one of them shown as if the town had chosen it. None when
        ``where`` is no town we know. ``found`` is the name alone."""
        towns = self._towns_named(where)
        if not towns or (found.place is not None and found.place.kind != "place"):
            return None
        places = self._namesakes(key)
        # (w44cy) and the fuller names asked about ("llanfair, y trallwng": Llanfair Caereinion)
        places += [p for p in (found.place, *found.candidates) if p and p not in places]
        # the one place of a name is taken unless it is far; of several, the town chooses the
        # one beside it ("wellington telford": ``Namesakes._town_after_town``)
        most = NEAR_AREA_MILES if found.found else NEAR_TOWN_MILES
        near = [
            p
            for p in places
            if any(
                miles((p.latitude, p.longitude), (t.latitude, t.longitude)) <= most for t in towns
            )
        ]
        if not near:
            return self._not_in(places, towns[0])
        rivals = [p for p in near[1:] if p.population >= near[0].population * AMBIGUOUS_SHARE]
        if rivals and near[0].population:
            return Resolution(LocationStatus.AMBIGUOUS, candidates=tuple(near[:6]))
        return self._answer(near[0])

    def _towns_named(self, where: str) -> list[Place]:
        """The town in England and Wales the words after a comma name, or every such town
        when several share the name ("newcastle"), biggest first; [] when they name none."""
        town = self._known_area(where)
        if town is not None:
            return [town] if town.kind == "place" else []
        found = self._exact(where)
        if found is None or found.status != LocationStatus.AMBIGUOUS:
            return []
        return [c for c in found.candidates if c.covered and c.kind == "place"]


def _beside_a_town(place: Place, towns: list[Place]) -> bool:
    """(w43place) Whether a town of ``OWN_TOWN`` people lies within ``BESIDE_MILES`` of
    ``place``: its postcode district's homes are that town's."""
    point = (place.latitude, place.longitude)
    return any(miles(point, (t.latitude, t.longitude)) <= BESIDE_MILES for t in towns)
