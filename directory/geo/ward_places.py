"""Neighbourhoods and villages that wards are named after: ``ward_places.csv``.

People type the part of a city or the village they live in ("Moss Side", "Splott", "Golcar"),
and the towns and postcode files know none of them. England's wards and Wales's electoral
divisions are mostly named after them, so ``scripts/build_ward_places.py`` made one place of
each such name in each council, at the centre of its ward's postcode units (Ordnance Survey
Code-Point Open 2025; which names were kept and why: ``bundled_data/gazetteer/PROVENANCE.md``).

They come after every other file: a name the gazetteer already has in any way (a town, a
town's other name, a council, an area, a country, the start of longer names, a place abroad or
a Crown Dependency: "Holland", "Alderney") is never a ward's, so a town always wins over a ward
of its name; two wards of one name in different councils are a choice, as namesakes are, and a
misspelling as close to a town as to a ward is offered the town first. A ward lies in its
council as the ward file says, not by the nearest postcode district. A name
that is an everyday English word ("Idle", "Loose") is read as a place among a search's words
only after "in" or "near" (``in_words.place_in_words``). Read by ``tables.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .kinds import NEVER_AN_AREA, without_kind
from .names import _outside_uk
from .not_places import no_place_here
from .places import Place, normalise
from .spelling import as_standard

if TYPE_CHECKING:
    from .tables import Tables

WARD_PLACES = "ward_places.csv"


@dataclass
class Wards:
    """The places ``ward_places.csv`` adds, and what is known of them only there."""

    #: a ward's place -> the code of the council it lies in
    councils: dict[Place, str] = field(default_factory=dict)
    #: names (normalised) of ward places that are everyday English words ("idle")
    everyday: set[str] = field(default_factory=set)

    #: the names (normalised) of those places
    keys: set[str] = field(default_factory=set)

    def names(self) -> set[str]:
        """The wards' names (normalised)."""
        return self.keys


def add_ward_places(tables: Tables) -> None:
    """Add the ward places whose names nothing else in ``tables`` has (after every other file),
    the bigger ward first where two share a name (by postcode units)."""
    from .tables import _with_bare_welsh
    from .town_names import _add_other_name

    known = {*tables.places, *tables.alt_places, *tables.council_names, *tables.wider}
    known |= set(tables.countries)
    # the start of longer names known ("llanfihangel" of Llanfihangel-ar-Arth...): the page
    # offers the longer names, as before
    known |= {" ".join(k.split()[:n]) for k in tables.places for n in range(1, len(k.split()))}
    rows = sorted(tables._rows(WARD_PLACES), key=lambda row: -int(row["postcode_units"]))
    for row in rows:
        key, code = normalise(row["name"]), tables.current(row["council_code"])
        kinds = NEVER_AN_AREA.intersection(key.split())  # (most names have no kind word)
        if not key or key in known or (kinds and without_kind(key)[0] in known) or not code:
            continue  # "Chester City" is Chester, as "city of wells" is Wells
        if _outside_uk(key) or no_place_here(key, lambda _: False) is not None:
            continue  # "Holland" (Kensington), "Alderney" (Poole): abroad, as before
        council = tables.councils[code]
        place = Place(
            as_standard(row["name"], council.country),  # (w37cy) "Pen-y-fai", not "Pen-Y-Fai"
            "place",
            float(row["latitude"]),
            float(row["longitude"]),
            country=council.country,
        )
        tables.places[key].append(place)
        tables.wards.councils[place] = code
        tables.wards.keys.add(key)
        for bare in _with_bare_welsh([place.name], place.country)[1:]:  # "Ferwig": Y Ferwig
            if normalise(bare) not in known:
                _add_other_name(tables, bare, place)
        if row["everyday"]:
            tables.wards.everyday.add(key)
