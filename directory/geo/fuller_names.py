"""(w41place; independent place-name check of 2026-12-06) A name that bigger places start with.

"Henley" is the name of a village in Suffolk, and the first word of Henley-on-Thames and
Henley-in-Arden, which are what most people who type it mean; "Newton" is known to the
gazetteer only as another name of Newton Regis, a village, while Newton Abbot and Newton
Aycliffe are towns. Taking the village without a word showed a person from the town services a
county or more away. So when the one place a name would be taken as is a village or small town
and places elsewhere, bigger than it, start with that name as a whole word, the page asks which
is meant, the place first found among them. A town of its own is still taken (Stamford; Sutton
beside Sutton-in-Ashfield; Burton upon Trent), and so is a place beside a bigger one of the
fuller name a few miles off (Pembroke beside Pembroke Dock, Iver beside Iver Heath): the
services near them are the same. Nothing here knows of Flask or of listings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from .asked_namesakes import SIZEABLE_DISTRICT_UNITS
from .distance import miles
from .places import Place, normalise

#: the place a name would be taken as is asked about beside fuller names when it has fewer
#: people than this (a village or small town; ``asked_namesakes.SMALL_TOWN``), or fewer than
#: ``PART_OF_NAME`` when the name typed is only a part of its name ("Milton": Great Milton)
SMALL_PLACE = 10_000
PART_OF_NAME = 20_000
#: a place with a fuller name is asked about when it has at least this many people, and
#: ``BIGGER`` times the people of the place the name would be taken as (when that place is
#: called by the name typed; when the name is only part of its name, more people than it)
FULLER_AT_LEAST = 1_000
BIGGER = 2
#: a place of the fuller name nearer than this is in the same area: the services are the same
SAME_AREA_MILES = 10
MOST_ASKED = 6


def by_first_words(places: dict[str, list[Place]]) -> dict[str, list[Place]]:
    """Each run of first words of a name of several words ("newton", "newton le" of Newton-
    le-Willows) -> the places in England and Wales so named, biggest first."""
    starts: dict[str, list[Place]] = defaultdict(list)
    for key, named in places.items():
        words = key.split()
        for end in range(1, len(words)):
            starts[" ".join(words[:end])].extend(p for p in named if p.covered)
    for found in starts.values():
        found.sort(key=lambda p: -p.population)
    return dict(starts)


def fuller_places(
    key: str, taken: Place, starting: Iterable[Place], district_units: Callable[[Place], int]
) -> list[Place]:
    """The places ``starting`` with the name ``key`` (normalised) as a whole word to ask about
    beside ``taken``, the place ``key`` would be taken as: none when ``taken`` is a town of its
    own, and only those elsewhere and bigger than it (see the module's note), or (w42place)
    with no population known but sizeable postcode districts (``district_units``)."""
    name = normalise(taken.name)
    part = name != key
    if taken.population >= (PART_OF_NAME if part else SMALL_PLACE):
        return []
    least = max(FULLER_AT_LEAST, taken.population + 1 if part else taken.population * BIGGER)
    point = (taken.latitude, taken.longitude)
    return [
        p
        for p in starting
        if normalise(p.name) != name
        and (p.population >= least or (not p.population and _sizeable(p, district_units)))
        and miles(point, (p.latitude, p.longitude)) > SAME_AREA_MILES
    ][: MOST_ASKED - 1]


def _sizeable(place: Place, district_units: Callable[[Place], int]) -> bool:
    """(w42place) A place GeoNames gives no population, known to be a town by its postcode
    districts ("Frampton Cotterell", BS36, beside the village Frampton on Severn): the same
    measure as a namesake's (``asked_namesakes.SIZEABLE_DISTRICT_UNITS``)."""
    return district_units(place) >= SIZEABLE_DISTRICT_UNITS
