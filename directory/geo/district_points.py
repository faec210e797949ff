"""The postcode district nearest a point, measured over all of a country's districts at once.

``Tables._council_at`` asks it for each town and ward it places while the gazetteer loads (a
few thousand times): measured one district at a time in Python that took about half of the
load (w61place). The measure is the same, degrees of latitude and of longitude times 0.6 (a
flat map, good enough to pick the nearest of districts a few miles apart), and of equals the
first in the table's order is taken, as ``min`` took it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .places import Place
    from .tables import District

#: a country -> its districts' councils and their points, in the table's order
Points = dict[str, tuple[list[str], np.ndarray]]


def nearest_council(districts: dict[str, District], place: Place, points: Points) -> str:
    """The council of the district of ``place``'s country nearest it, "" when the country has
    none; ``points`` keeps each country's districts between calls (the table is read-only)."""
    if place.country not in points:
        held = [d for d in districts.values() if d.country == place.country]
        points[place.country] = (
            [d.la_code for d in held],
            np.array([(d.latitude, d.longitude) for d in held], dtype=float).reshape(-1, 2),
        )
    codes, at = points[place.country]
    if not codes:
        return ""
    far = (at[:, 0] - place.latitude) ** 2 + ((at[:, 1] - place.longitude) * 0.6) ** 2
    return codes[int(np.argmin(far))]
