"""Neighbourhoods and villages that wards are named after: ``ward_places.csv``.

People type the part of a city or the village they live in ("Moss Side", "Splott", "Golcar"),
and the towns and postcode files know none of them. England's wards and Wales's electoral
divisions are mostly named after them, so ``scripts/build_ward_places.py`` made one place of
each such name in each council, at the centre of its ward's postcode units (Ordnance Survey
Code-Point Open 2025; which names were kept and why: ``bundled_data/gazetteer/PROVENANCE.md``).

They come after every other file: a name the gazetteer already has in any way (a town, a
town's other name, a council, an area, a country, the start of longer names, a place abroad or
a Crown Dependency: "Holland", "Alderney") is never a ward's alone, so a town always wins over
a ward of its name; two wards of one name in different councils are a choice, as namesakes
are, and a misspelling as close to a town as to a ward is offered the town first. But
(forty-seventh walk-through F1, w61place) a ward named as a town or village is elsewhere, far
from it and in another council, is that name's namesake: "Stapleford" is a town of 15,000 in
Nottinghamshire (its wards) as well as a Wiltshire village (GeoNames). It is asked about
beside the others as any namesake is (``asked_namesakes.sizeable``: beside a village or a
small town, never beside a town that dwarfs it, "Chorley"), ordered by its postcode units,
and found when its area is typed ("Stapleford, Nottingham"). A ward whose name is an everyday
word or surname ("Pickering" in Hull, after a park) is not: it is named after a street or a
person more often than it is a second town. A ward lies in its
council as the ward file says, not by the nearest postcode district. A name
that is an everyday English word ("Idle", "Loose") is read as a place among a search's words
only after "in" or "near" (``in_words.place_in_words``). Read by ``tables.py``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .distance import miles
from .kinds import NEVER_AN_AREA, without_kind
from .names import _outside_uk
from .not_places import no_place_here
from .places import Place, normalise
from .spelling import as_standard

if TYPE_CHECKING:
    from .tables import Tables

WARD_PLACES = "ward_places.csv"
#: (w61place) a ward this far from every town or village of its name is another place (a
#: rural ward's centre can be ten miles from the village it is named after)
NAMESAKE_MILES = 10


@dataclass
class Wards:
    """The places ``ward_places.csv`` adds, and what is known of them only there."""

    #: a ward's place -> the code of the council it lies in
    councils: dict[Place, str] = field(default_factory=dict)
    #: names (normalised) of ward places that are everyday English words ("idle")
    everyday: set[str] = field(default_factory=set)

    #: the names (normalised) of those places
    keys: set[str] = field(default_factory=set)
    #: (w61place) a ward's place (name, latitude, longitude) -> its postcode units, for the
    #: order in which namesakes are asked about (a unit is about fifteen homes)
    units: dict[tuple[str, float, float], int] = field(default_factory=dict)

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
    starting: dict[str, list[Place]] = defaultdict(list)  # "newbiggin": Newbiggin-by-the-Sea
    for name, named in tables.places.items():
        for n in range(1, len(name.split())):
            starting[" ".join(name.split()[:n])].extend(named)
    known |= set(starting)
    rows = sorted(tables._rows(WARD_PLACES), key=lambda row: -int(row["postcode_units"]))
    shared = set(tables.places) - {*tables.alt_places, *tables.council_names, *tables.wider}
    for row in rows:
        key, code = normalise(row["name"]), tables.current(row["council_code"])
        kinds = NEVER_AN_AREA.intersection(key.split())  # (most names have no kind word)
        namesake = key in shared and code and not kinds and not row["everyday"]
        if namesake and _another_place(tables, tables.places[key], starting[key], row, code):
            _add_place(tables, key, row, code)  # (w61place) "Stapleford": Broxtowe's beside
            continue  # Wiltshire's, the name's own (``everyday``, ``keys``) as before
        if not key or key in known or (kinds and without_kind(key)[0] in known) or not code:
            continue  # "Chester City" is Chester, as "city of wells" is Wells
        if _outside_uk(key) or no_place_here(key, lambda _: False) is not None:
            continue  # "Holland" (Kensington), "Alderney" (Poole): abroad, as before
        place = _add_place(tables, key, row, code)
        tables.wards.keys.add(key)
        for bare in _with_bare_welsh([place.name], place.country)[1:]:  # "Ferwig": Y Ferwig
            if normalise(bare) not in known:
                _add_other_name(tables, bare, place)
        if row["everyday"]:
            tables.wards.everyday.add(key)


def _add_place(tables: Tables, key: str, row: dict[str, str], code: str) -> Place:
    """A ward's place added as a place of the name ``key``, in its council ``code``."""
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
    units = int(row["postcode_units"])
    tables.wards.units[(place.name, place.latitude, place.longitude)] = units
    return place


def _another_place(
    tables: Tables, named: list[Place], fuller: list[Place], row: dict[str, str], code: str
) -> bool:
    """(w61place) Whether a ward is another place than every place ``named`` as it is: further
    than a town's own wards reach from it (``NAMESAKE_MILES``) and in another council ("Golcar"
    is the village's own ward, never a second Golcar); and than each town whose fuller name
    starts with it in its council, near it ("Newbiggin" is Newbiggin-by-the-Sea's wards,
    "Downham" Downham Market's), though not a part of its own of no size ("Clapham Common" is
    in Clapham). A ward already added (another council's "Brompton") is a namesake too."""
    point = (float(row["latitude"]), float(row["longitude"]))
    for place in named:
        if place in tables.wards.councils:
            continue
        near = miles(point, (place.latitude, place.longitude)) <= NAMESAKE_MILES
        if near or tables._council_at(place) == code:
            return False
    for place in fuller:
        if not (place.population or place in tables.district_towns):
            continue
        near = miles(point, (place.latitude, place.longitude)) <= NAMESAKE_MILES
        if near and tables._council_at(place) == code:
            return False
    return True
