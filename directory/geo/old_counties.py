"""(w42place; second independent place check, finding 1) Which place of a name, lying near but
not in the county typed after it, is still the one meant.

People name a town by the county it was in before 1965 and 1974, or by its postal county:
"Romford, Essex" (Havering, a London borough), "Sale, Cheshire" (Trafford, in Greater
Manchester), "Christchurch, Hampshire" (in Dorset since 1974); and a suburb or village by the
town it is beside ("Bamber Bridge, Preston"). So a place of the name within 25 miles of the
area typed was taken. But a village's name is shared by many villages: "Oakley, Hampshire" was
Oakley in Dorset, "Leigh, Kent" Leigh-on-Sea, "Clifton, Derbyshire" Clifton in Nottingham, each
shown as if it were the place asked for, while the person lives in another village of that name
that the gazetteer lacks. A place in a neighbouring county is not the place typed. It is taken
only when one of these says the county typed may be its own:

- it lies in a London or metropolitan borough, the councils made in 1965 and 1974 out of the
  old counties people still write;
- it is a town of its own (``OLD_COUNTY_TOWN`` people or more) called by the name typed: a
  town whose county changed, or is written as its post town's;
- the area typed is a town's council, and the place lies in the same county as that council
  (Bamber Bridge, South Ribble, beside Preston: both Lancashire; never Clifton in Nottingham
  for "Clifton, Derby").

Otherwise the page says it knows a place of that name only elsewhere and offers the area
typed. Nothing here knows of Flask or of listings.
"""

from __future__ import annotations

import numpy as np

from .places import Place, normalise
from .tables import Council

#: a town with this many people is a town of its own (``asked_namesakes.SMALL_TOWN``): its
#: old or postal county may be what is typed after it
OLD_COUNTY_TOWN = 10_000
#: the councils made out of the old counties in 1965 (London) and 1974 (the metropolitan
#: counties): ``tables._SHEETS``
_CARVED_OUT = frozenset(["LBO", "MTD"])


def may_be_its_county(place: Place, key: str, own: Council | None, typed: Council | None) -> bool:
    """Whether ``place``, called or starting with ``key`` (normalised) and near but not in the
    area typed after it, may still be the place meant: ``own`` is its council, ``typed`` the
    council the area typed names when it is a district or unitary council (None for a county,
    a region or a wider area). See the module's note."""
    if own is not None and own.sheet in _CARVED_OUT:
        return True
    if normalise(place.name) == key and place.population >= OLD_COUNTY_TOWN:
        return True
    return (
        typed is not None
        and typed.sheet != "CTY"
        and normalise(typed.name) != normalise(typed.ceremonial)
        and bool(place.county)
        and normalise(place.county) == normalise(typed.ceremonial)
    )


def area_points(councils: dict[str, Council], area: str, wider: dict[str, Place]) -> np.ndarray:
    """The points of the councils of the area named (normalised): those it names, those of
    the county, region or country it names, or the councils of a wider area so named."""
    around = wider.get(area)
    return np.array(
        [
            (c.latitude, c.longitude)
            for c in councils.values()
            if area in {normalise(n) for n in (c.name, c.ceremonial, c.region, c.country) if n}
            or (around is not None and c.code in around.parts)
        ]
        or np.empty((0, 2))
    )
