"""Which namesakes of a place name are worth asking about ("More than one place has that name.
Choose the one you mean."), Part of ``Gazetteer``
(``gazetteer.py``), which finds the places of a name; nothing here knows of Flask or listings.

A city dwarfs a hamlet of its name (Preston, Lancashire and a Preston in Rutland): the city is
taken. But (thirty-second walk-through F7, w40place) two villages or small towns of one name in
different counties are alike: neither is "the" place of that name, and taking the bigger one
silently sent a person from the other to services a county or more away. So a namesake is asked
about beside the biggest place when it is a tenth of its size, or when it lies well away from it
and is a town itself or the biggest is only a village or small town.
"""

from __future__ import annotations

from collections.abc import Callable

from .distance import miles
from .places import Place

AMBIGUOUS_SHARE = 0.10  # a namesake at least this share of the biggest one's population
#: (w40place) a namesake with this many people is a town of its own, whatever the size of
#: the biggest place of the name (Gillingham, Dorset beside Gillingham, Kent)
OWN_TOWN = 5_000
#: (w40place) a biggest place under this many people is a village or small town: its
#: namesakes well away from it are asked about however small (GeoNames gives many no number)
SMALL_TOWN = 10_000
#: (w40place) how far a namesake lies from a small biggest place to be another county's
FAR_NAMESAKE_MILES = 25
#: (thirteenth walk-through F2) a town known only as a postcode district's name, with no
#: population, is asked about beside its namesakes when its districts have this many postcode
#: units (a unit is about fifteen homes): Wellington in Somerset (601) beside Telford's
SIZEABLE_DISTRICT_UNITS = 300
#: (w43place) people to a postcode unit, for the size of a town GeoNames gives no number
PEOPLE_PER_UNIT = 30


def sizeable(
    places: list[Place], own_name: bool, district_units: Callable[[Place], int]
) -> list[Place]:
    """The places of a name (biggest first) worth asking which is meant: big enough beside the
    biggest, or (w40place) well away from it and a town of their own or beside a biggest that
    is a small place itself; with ``own_name`` (the biggest is called so, not only also known
    by it) a sizeable town known only as a postcode district's name too ("wellington", not
    "burton": Burton upon Trent); and when the biggest is outside England and Wales, every
    place of the name here (fourteenth walk-through F2: "queensferry", "mayfield")."""
    first = places[0]
    top = first.population
    return [
        p
        for p in places
        if p.population >= top * AMBIGUOUS_SHARE
        or (p.covered and not first.covered)
        or (p.covered and _far_apart(p, first) and (p.population >= OWN_TOWN or top < SMALL_TOWN))
        or (own_name and district_units(p) >= SIZEABLE_DISTRICT_UNITS)
    ]


def by_size(places: list[Place], district_units: Callable[[Place], int]) -> list[Place]:
    """(w43place) The places of a name to ask about, those in England and Wales first, then
    biggest first, a town known only as a postcode district's name sized by its postcode units
    ("Wymondham": the Norfolk town of 556 units before the Leicestershire village of 500
    people)."""
    return sorted(
        places,
        key=lambda p: (not p.covered, -max(p.population, district_units(p) * PEOPLE_PER_UNIT)),
    )


def _far_apart(place: Place, other: Place) -> bool:
    point = (place.latitude, place.longitude)
    return miles(point, (other.latitude, other.longitude)) > FAR_NAMESAKE_MILES
