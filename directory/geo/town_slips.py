"""A slip of the fingers in a town's name: "bradfrod" is Bradford, "lodnon" London rather than
the village Loddon (third walk-through F2); and (w42place; second independent place check,
finding 2) a close spelling that is as close to a far bigger place is not taken as the smaller
one: "lancester" is one letter from Lancaster and one from Lanchester, a County Durham village,
which the closest-spelling score preferred (a letter added scores closer than a letter changed),
sending a person from a city to services a county away. The bigger is taken when it is clearly
meant, else the page asks, the bigger first. Part of ``Gazetteer`` (``gazetteer.py``); nothing
here knows of Flask or of listings.
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .chosen import Chosen
from .names import _distinguishing
from .places import UNUSABLE, LocationStatus, Resolution
from .town_names import alike_after_welsh_start

#: (third walk-through F2) a slip of a well-populated town ("bradfrod", "swansee", "exetor"):
#: one letter swapped, missed, doubled or wrong (two in a long name), taken when the town is at
#: least this big and every other name as close is a tenth its size or less
SLIP_TOWN = 10_000
SLIP_RIVAL_SHARE = 0.10
SLIP_MIN_LETTERS = 4
SLIP_TWO_LETTERS = 9  # names this long may have two slips
#: a council or wider area has no population in the files; it stands for a big town here
AREA_WEIGHT = 100_000
#: (w43place) a city or big town in Scotland or Northern Ireland misspelt ("dundie",
#: "edinbrugh"): one at least this big, spelt at least this close, and closer than any name in
#: England and Wales, or as close and this many times bigger, is the place meant
OUTSIDE_TOWN = 50_000
OUTSIDE_SCORE = 80
OUTSIDE_LEAD = 5
OUTSIDE_TIMES = 5


class TownSlips(Chosen):
    """The slips of towns' names half of ``Gazetteer``: read-only once it is built."""

    #: (w43place) big towns outside England and Wales by name, found on first use
    _outside: dict[str, int] | None = None

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
        close = self._slips_of(key, most + 1)
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
        if found is not None and found.status == LocationStatus.AMBIGUOUS:
            # "newcastel": the choice the name itself gives, respelt (w42place)
            return replace(found, corrected=True)
        if found is None or found.status in UNUSABLE:
            return None
        return self._guess(key, best, found)

    def _or_town_meant(self, key: str, exact: Resolution) -> Resolution:
        """(twenty-fifth words check, w63place) A small place spelt exactly as typed, whose name
        is a well-populated town's with one letter left out, is asked about beside that town,
        the town first: "Scarbrough" is a Skegness ward's name, and far more often Scarborough
        with its "o" missed. Small: a ward's place (no people known) or a village of under
        ``SLIP_TOWN * SLIP_RIVAL_SHARE`` people; never a council or an area."""
        place = exact.place
        if place is None or exact.status != LocationStatus.FOUND or exact.corrected:
            return exact
        if key in self._council_names or key in self._wider:
            return exact
        if self._weight(key) >= SLIP_TOWN * SLIP_RIVAL_SHARE:
            return exact
        towns = [
            (weight, name)
            for name, _, weight in self._slips_of(key, 1)
            if weight >= SLIP_TOWN and _one_letter_left_out(key, name)
        ]
        found = self._exact(max(towns)[1]) if towns else None
        if found is None or found.status not in (LocationStatus.FOUND, LocationStatus.AMBIGUOUS):
            return exact
        meant = [found.place] if found.place is not None else list(found.candidates)
        # respelt (as "rothwel"): the page never says "more than one place has that name"
        return replace(self._asked([*meant, place]), corrected=True)

    def _slips_of(self, key: str, most: int) -> list[tuple[str, int, int]]:
        """The known names of places in England and Wales at most ``most`` slips from ``key``:
        each with its number of slips and its people (``_weight``)."""
        return [
            (name, int(distance), self._weight(name))
            for name, distance, _ in process.extract(
                key, self._fuzzy_names, scorer=OSA.distance, score_cutoff=most, limit=None
            )
            if self._covered_name(name) and alike_after_welsh_start(key, name, 0)
        ]

    def _outside_towns(self) -> dict[str, int]:
        """The names of big towns outside England and Wales that no place here shares, with
        their people (found once)."""
        if self._outside is None:
            self._outside = {
                key: max(p.population for p in places)
                for key, places in self._places.items()
                if any(not p.covered and p.population >= OUTSIDE_TOWN for p in places)
                and not self._covered_name(key)
            }
        return self._outside

    def _spelt_outside(self, key: str) -> bool:
        """(w43place) Whether ``key``, no name known here, is a big town in Scotland or Northern
        Ireland misspelt ("abberdeen", "belfst") rather than a place in England and Wales: so
        the page says where this directory covers, not "Did you mean Wellingborough?"."""
        outside = self._outside_towns()
        best = process.extractOne(key, list(outside), scorer=fuzz.ratio, score_cutoff=OUTSIDE_SCORE)
        if best is None:
            return False
        name, score, _ = best
        for other, other_score, _ in process.extract(
            key, self._fuzzy_names, scorer=fuzz.ratio, limit=5, score_cutoff=score - OUTSIDE_LEAD
        ):
            if not self._covered_name(other):
                continue
            if other_score > score or self._weight(other) * OUTSIDE_TIMES > outside[name]:
                return False
        return True

    def _bigger_as_close(self, key: str, name: str) -> list[str]:
        """(w42place) The names of far bigger places (``1 / SLIP_RIVAL_SHARE`` times the people
        of ``name``, and a town) no more slips from ``key`` than ``name``, the closest spelling
        found for it, is (as many as a slip may be: ``_slip_of_a_town``): "lancester" is
        Lancaster's slip as much as Lanchester's. Biggest first; [] when none (the close
        spelling may be taken)."""
        slips = int(OSA.distance(key, name))
        if slips > (2 if len(key.replace(" ", "")) >= SLIP_TWO_LETTERS else 1):
            return []
        least = max(SLIP_TOWN, self._weight(name) / SLIP_RIVAL_SHARE)
        bigger = [
            (weight, other)
            for other, _, weight in self._slips_of(key, slips)
            if other != name and weight >= least and _distinguishing(other) == _distinguishing(key)
        ]
        return [other for _, other in sorted(bigger, reverse=True)]


def _one_letter_left_out(typed: str, name: str) -> bool:
    """Whether ``typed`` is ``name`` with one letter after its first left out ("scarbrough" of
    Scarborough): the slip people make most, and one a village's own name is seldom."""
    if len(name) != len(typed) + 1:
        return False
    return any(name[:i] + name[i + 1 :] == typed for i in range(1, len(name)) if name[i] != " ")
