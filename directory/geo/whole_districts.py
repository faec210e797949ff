"""(w43place) A postcode district typed whole when the Post Office split it into lettered
sub-districts: central London's "SW1" (SW1A ... SW1Y), "W1", "WC2", "EC1" to "EC4". People name
these every day, but the bundled files know only the sub-districts, so "SW1" was refused as a
postcode while "SW1A 1AA" and "N1" worked.

Each such district is answered from its sub-districts' own sectors in
``bundled_data/gazetteer/sector_councils.csv``: its point is their centre weighted by their
postcode units, and its councils are those holding at least ``sectors.RIVAL_SHARE`` of their
units, the largest first (a district across a borough boundary, "WC2", names both). A district
that is itself known ("E1" beside "E1W", "N1" beside "N1C") is never replaced. Nothing is
invented: a district none of whose sub-districts is in the files is not answered.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .sectors import RIVAL_SHARE, SECTORS_FILE

#: a lettered sub-district ("SW1A", "EC2M", "W1T"): the district it is part of, and its letter
_LETTERED = re.compile(r"^([A-Z]{1,2}[0-9])[A-Z]$")


@dataclass(frozen=True)
class WholeDistrict:
    """A district known only by its lettered sub-districts."""

    latitude: float
    longitude: float
    #: its councils' codes, the one holding most of its postcodes first
    councils: tuple[str, ...]


def whole_districts(
    folder: Path, known: Mapping[str, object], current: Callable[[str], str]
) -> dict[str, WholeDistrict]:
    """The districts ("SW1") whose lettered sub-districts' sectors are in ``folder`` and that
    are not themselves in ``known`` (the districts the gazetteer already has)."""
    points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    units: dict[str, Counter[str]] = defaultdict(Counter)
    with (Path(folder) / SECTORS_FILE).open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lettered = _LETTERED.match(row["sector"].split(" ")[0])
            code = current(row["council_code"])
            if lettered is None or lettered.group(1) in known or not code:
                continue
            size = int(row["postcode_units"])
            whole = lettered.group(1)
            points[whole].append((float(row["latitude"]), float(row["longitude"]), size))
            units[whole][code] += size
    found: dict[str, WholeDistrict] = {}
    for whole, got in points.items():
        total = sum(size for *_, size in got)
        if not total:
            continue
        councils = tuple(c for c, n in units[whole].most_common() if n >= total * RIVAL_SHARE)
        found[whole] = WholeDistrict(
            latitude=round(sum(lat * size for lat, _, size in got) / total, 5),
            longitude=round(sum(lon * size for _, lon, size in got) / total, 5),
            councils=councils or (units[whole].most_common(1)[0][0],),
        )
    return found
