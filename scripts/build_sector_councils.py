"""Write bundled_data/gazetteer/sector_councils.csv: each postcode sector of England and Wales
("NN14 2"), its point, its postcode units and the council holding most of them.

Run once, offline, from a local copy of Ordnance Survey Code-Point Open 2014.3 (the public
repository open-postcode/codepoint, commit dd4880a1a6f437477fd6a7a3a6823c944ba6bd2f, the same
source and licence as outcode_centroids.csv):

    python scripts/build_sector_councils.py /path/to/codepoint/repo

A sector's point is the mean of its units' grid references, turned into latitude and longitude
by a cubic fit to the 2,880 district centroids of outcode_centroids.csv, which hold both (the
fit's error on those districts is printed: a few metres). Why (fifteenth walk-through F1): a
postcode district can hold towns of two councils (NN14 holds Desborough, North
Northamptonshire, and villages of Harborough's border; NP22 holds Tredegar, Blaenau Gwent, and
Rhymney, Caerphilly), so a town's council is better read from the sectors about it.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent.parent / "bundled_data" / "gazetteer"
COUNTRIES = {"E92000001": "England", "W92000004": "Wales"}


def _terms(e: np.ndarray, n: np.ndarray) -> np.ndarray:
    e, n = (e - 400_000) / 100_000, (n - 400_000) / 100_000
    return np.column_stack(
        [np.ones_like(e), e, n, e * e, e * n, n * n, e**3, e * e * n, e * n * n, n**3]
    )


def _fit() -> tuple[np.ndarray, np.ndarray]:
    with (HERE / "outcode_centroids.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    e = np.array([float(r["eastings"]) for r in rows])
    n = np.array([float(r["northings"]) for r in rows])
    lat = np.array([float(r["latitude"]) for r in rows])
    lon = np.array([float(r["longitude"]) for r in rows])
    a = _terms(e, n)
    c_lat = np.linalg.lstsq(a, lat, rcond=None)[0]
    c_lon = np.linalg.lstsq(a, lon, rcond=None)[0]
    err_m = np.hypot((a @ c_lat - lat) * 111_000, (a @ c_lon - lon) * 111_000 * np.cos(lat / 57.3))
    print(f"fit on {len(rows)} districts: median {np.median(err_m):.0f} m, max {err_m.max():.0f} m")
    return c_lat, c_lon


def _units(repo: Path) -> dict[str, list[tuple[float, float, str]]]:
    names = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD", "Data/CSV/"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    sectors: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for name in names:
        text = subprocess.run(
            ["git", "-C", str(repo), "show", f"HEAD:{name}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for row in csv.reader(text.splitlines()):
            postcode, _quality, east, north, country, *_rest, district, _ward = row
            compact = postcode.replace(" ", "")
            if country not in COUNTRIES or int(east) == 0 or len(compact) < 5:
                continue
            sector = f"{compact[:-3]} {compact[-3]}"
            sectors[sector].append((float(east), float(north), district))
    return sectors


def main(repo: Path) -> None:
    c_lat, c_lon = _fit()
    rows = []
    for sector, units in sorted(_units(repo).items()):
        e = np.array([u[0] for u in units])
        n = np.array([u[1] for u in units])
        terms = _terms(np.array([e.mean()]), np.array([n.mean()]))
        code, held = Counter(u[2] for u in units).most_common(1)[0]
        rows.append(
            (
                sector,
                f"{(terms @ c_lat)[0]:.5f}",
                f"{(terms @ c_lon)[0]:.5f}",
                len(units),
                code,
                held,
            )
        )
    with (HERE / "sector_councils.csv").open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(
            ["sector", "latitude", "longitude", "postcode_units", "council_code", "council_units"]
        )
        out.writerows(rows)
    print(f"{len(rows)} sectors written")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
