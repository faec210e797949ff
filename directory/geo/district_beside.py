"""(w46place; the third place check, finding 11) A postcode district typed beside its town:
"London EC4", "W1 London", "Leeds LS6", "CF24 Cardiff", or with a space inside it ("W 1").
"London EC4" searched near London's centre without the district, and "W1 London" and "W 1"
were not found. The district is the finer of the two, so it is searched, but only when the
town named with it lies near it (a road, "M6 Stoke", is no district of Stoke). Imports only
``places``; the gazetteer resolves both parts.
"""

from __future__ import annotations

import re

from .places import FULL_POSTCODE, OUTWARD

#: a district written with a space between its letters and its number ("W 1", "sw 11")
_SPACED = re.compile(r"^([A-Z]{1,2}) ([0-9][A-Z0-9]?)$")
#: an inward code after a district ("LS6 2AB")
_INWARD = re.compile(r"^[0-9][A-Z]{2}$")
#: words that say the shape is a road or a junction, not a district ("near the M6")
_ROADS = frozenset({"the", "junction", "j", "motorway", "road", "off", "near", "on"})
#: how far the town named may lie from the district's centre for the two to be one place
BESIDE_MILES = 15.0


def district_beside(text: str) -> tuple[str, str] | None:
    """The postcode (or district) and the town name in ``text`` when it is just those two
    ("EC4", "London"), or a spaced district alone ("W1", ""); None otherwise."""
    words = [w.strip(".,;:()") for w in text.replace(",", " ").split()]
    upper = [w.upper() for w in words]
    spaced = _SPACED.match(" ".join(upper))
    if spaced:
        return spaced.group(1) + spaced.group(2), ""
    codes = [n for n, w in enumerate(upper) if OUTWARD.match(w) or FULL_POSTCODE.match(w)]
    if len(codes) != 1:
        return None
    at = codes[0]
    code = upper[at]
    taken = {at}
    if at + 1 < len(upper) and OUTWARD.match(code) and _INWARD.match(upper[at + 1]):
        code, taken = f"{code} {upper[at + 1]}", {at, at + 1}
    name = [w for n, w in enumerate(words) if n not in taken]
    if not name or not all(w.isalpha() for w in name):
        return None
    if not _ROADS.isdisjoint(w.lower() for w in name) or len("".join(name)) < 3:
        return None
    if min(taken) not in (0, len(words) - len(taken)):
        return None  # the code inside the name, not beside it
    return code, " ".join(name)
