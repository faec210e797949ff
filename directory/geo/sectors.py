"""Which council a town lies in, read from the postcode sectors about its point (fifteenth
walk-through F1). A postcode district can hold towns of two councils: NN14 holds Desborough
(North Northamptonshire) and its nearest district's centroid is Market Harborough's LE16; NP22
holds Tredegar (Blaenau Gwent) and Rhymney (Caerphilly). A sector ("NN14 2") is about a
twentieth of a district, so the sectors nearest a town are mostly the town's own.

``bundled_data/gazetteer/sector_councils.csv`` (written by ``scripts/build_sector_councils.py``
from Code-Point Open 2014, see PROVENANCE.md) gives each sector of England and Wales its point,
postcode units and the council holding most of them. Nothing here knows of Flask or listings.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .distance import miles_to_many

SECTORS_FILE = "sector_councils.csv"
#: the sectors nearest a town that vote on its council
VOTERS = 4
#: a sector nearer than this counts as this near (a town's point is its centre, not a street)
NEAR_FLOOR_MILES = 0.5
#: a town with no sector's point this near is in a rural sector whose point lies elsewhere: the
#: sectors about it say no more than its postcode district does, whose council it keeps
OWN_SECTOR_MILES = 3.0
#: sectors further than this do not vote (a town in no sector's reach keeps its district's)
VOTE_MILES = 6.0
#: below this share of the vote a town's council is not sure: the other councils with at least
#: ``RIVAL_SHARE`` of it are where it may lie, and a council or county the person typed with the
#: town that is one of them is taken (``Namesakes._placed_as_typed``)
SURE_SHARE = 0.75
RIVAL_SHARE = 0.2


@dataclass(frozen=True)
class Placing:
    """A town's council by its sectors: the council, and the councils it may lie in instead
    when the sectors about it are split (empty when sure)."""

    council: str
    rivals: tuple[str, ...] = ()


class Sectors:
    """The postcode sectors of England and Wales, read once; read-only afterwards."""

    def __init__(self, folder: Path, current: Callable[[str], str]) -> None:
        grouped: dict[str, list[tuple[float, float, int, str]]] = defaultdict(list)
        path = Path(folder) / SECTORS_FILE
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                code = current(row["council_code"])
                if code:
                    country = "Wales" if code.startswith("W") else "England"
                    point = (float(row["latitude"]), float(row["longitude"]))
                    grouped[country].append((*point, int(row["council_units"]), code))
        self._points = {
            country: (
                np.array([r[:2] for r in got]),
                np.array([r[2] for r in got]),
                [r[3] for r in got],
            )
            for country, got in grouped.items()
        }

    def placing(self, latitude: float, longitude: float, country: str) -> Placing | None:
        """The council the sectors nearest a point vote for, each by its postcode units over
        the square of its distance; None when no sector is near."""
        if country not in self._points:
            return None
        points, units, codes = self._points[country]
        away = miles_to_many((latitude, longitude), points, within=VOTE_MILES)
        if away.min() > OWN_SECTOR_MILES:
            return None
        votes: dict[str, float] = defaultdict(float)
        for n in np.argsort(away)[:VOTERS]:
            if away[n] <= VOTE_MILES:
                votes[codes[n]] += units[n] / max(float(away[n]), NEAR_FLOOR_MILES) ** 2
        if not votes:
            return None
        total = sum(votes.values())
        ranked = sorted(votes, key=lambda code: -votes[code])
        if votes[ranked[0]] >= total * SURE_SHARE:
            return Placing(ranked[0])
        rivals = tuple(code for code in ranked[1:] if votes[code] >= total * RIVAL_SHARE)
        return Placing(ranked[0], rivals)
