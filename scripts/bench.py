#!/usr/bin/env python3
"""Benchmark: index builds, in-process search latency, and end-to-end load under gunicorn.

    scripts/bench                 # 400, 10,000 and 100,000 listings (takes a while)
    scripts/bench --sizes 400     # just one corpus
    scripts/bench --seconds 10    # load-test duration per endpoint

Corpora are synthetic and clearly fictional ("Fictional Bench Service N", example.org), spread
over real England and Wales postcode districts from the bundled gazetteer, with a fixed seed.
Prints a markdown table and writes the same figures to bench-results/bench.json. Floors measured
in the same run: the same server answering a static asset, and the same keyword queries on
SQLite FTS5 over the same corpus. Load comes from wrk (Debian), on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from directory.config import PROJECT_ROOT  # noqa: E402
from directory.finder import FindRequest, find  # noqa: E402
from directory.geo import load_gazetteer  # noqa: E402
from directory.model import (  # noqa: E402
    AUDIENCES,
    DELIVERY_MODES,
    REFERRAL_ROUTES,
    SUPPORT_TYPES,
    Service,
)
from directory.search import SearchIndex, build_index, current_build  # noqa: E402

SEED = 20261125
GAZETTEER = load_gazetteer(PROJECT_ROOT / "bundled_data" / "gazetteer")
WORDS = [
    "support",
    "counselling",
    "therapy",
    "helpline",
    "advocacy",
    "family",
    "children",
    "young",
    "people",
    "parents",
    "carers",
    "survivors",
    "adults",
    "abuse",
    "listening",
    "group",
    "advice",
    "practical",
    "court",
    "trauma",
    "recovery",
    "wellbeing",
    "outreach",
    "confidential",
    "specialist",
    "independent",
    "women",
    "men",
    "safe",
    "talk",
]
KEYWORDS = [
    "counselling",
    "someone to talk to",
    "isva",
    "helpline",
    "support for parents",
    "children",
    "incest",
    "historic abuse",
    "group",
    "advocate",
    "therapy for children",
    "court",
    "counciling",
    "helpine",
    "family support",
    "men",
    "trauma recovery",
    "listening",
    "practical advice",
    "safe",
]
PLACES = [
    "LS1 4AP",
    "Leeds",
    "CF10",
    "Manchester",
    "M1",
    "Kent",
    "Bristol",
    "B1",
    "NE1",
    "Sheffield",
    "Cardiff",
    "Swansea",
    "Norwich",
    "Truro",
    "Mancester",
    "SW1A 1AA",
    "Cornwall",
    "Newcastle",
    "York",
    "Plymouth",
    "Brighton",
    "Hull",
    "Wrexham",
    "Derby",
]


def corpus(size: int) -> list[Service]:
    """A deterministic, fictional corpus over real England and Wales districts."""
    rnd = random.Random(SEED + size)
    districts = [
        d for d in GAZETTEER.districts.values() if d.country in ("England", "Wales") and d.la_code
    ]
    councils = sorted({d.la_code for d in districts})
    out = []
    for n in range(size):
        district = rnd.choice(districts)
        national = rnd.random() < 0.02
        area = (
            {"national": True}
            if national
            else {"local_authorities": [district.la_code] + rnd.sample(councils, rnd.randint(0, 2))}
        )
        lat = district.latitude + rnd.uniform(-0.02, 0.02)
        lon = district.longitude + rnd.uniform(-0.02, 0.02)
        out.append(
            Service.model_validate(
                {
                    "id": f"fictional-bench-{n}",
                    "name": f"Fictional Bench Service {n} {rnd.choice(WORDS).title()}",
                    "organisation": f"Fictional Charity {n % 97}",
                    "description": " ".join(rnd.choices(WORDS, k=rnd.randint(12, 40))),
                    "support_types": rnd.sample(list(SUPPORT_TYPES), rnd.randint(1, 3)),
                    "audiences": rnd.sample(list(AUDIENCES), rnd.randint(1, 3)),
                    "delivery_modes": rnd.sample(list(DELIVERY_MODES), rnd.randint(1, 3)),
                    "referral_routes": rnd.sample(list(REFERRAL_ROUTES), rnd.randint(1, 2)),
                    "service_area": area,
                    "locations": []
                    if national
                    else [{"latitude": round(lat, 5), "longitude": round(lon, 5)}],
                    "contact": {
                        "phone": f"01632 {960000 + n % 1000}",
                        "website": f"https://example.org/bench/{n}",
                    },
                    "csa_centre_url": f"https://example.org/directory/{n}",
                    "source_url": f"https://example.org/source/{n}",
                    "last_checked": "2026-01-15",
                }
            )
        )
    return out


def queries(kind: str, count: int) -> list[FindRequest]:
    rnd = random.Random(SEED + len(kind))
    out = []
    for _ in range(count):
        q = rnd.choice(KEYWORDS) if kind in ("keyword", "keyword+location") else ""
        location = rnd.choice(PLACES) if kind in ("location", "keyword+location") else ""
        filters = {}
        if kind == "filters":
            filters = {
                "support": tuple(rnd.sample(list(SUPPORT_TYPES), rnd.randint(1, 2))),
                "audience": (rnd.choice(list(AUDIENCES)),),
            }
        out.append(
            FindRequest(
                q=q,
                location=location,
                filters=filters,
                radius=rnd.choice((10, 25, 50)),
                page=rnd.randint(1, 3),
            )
        )
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def fts5_latency(services: list[Service], count: int) -> dict:
    """The same keyword queries on SQLite FTS5 over the same corpus: a floor to compare with."""
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE s USING fts5(id UNINDEXED, name, support, body, tokenize='porter')"
    )
    db.executemany(
        "INSERT INTO s VALUES (?, ?, ?, ?)",
        [
            (s.id, s.name, " ".join(SUPPORT_TYPES[c] for c in s.support_types), s.description)
            for s in services
        ],
    )
    times = []
    for request in queries("keyword", count):
        words = re.findall(r"[a-z]+", request.q.lower())
        match = " OR ".join(f'"{w}"' for w in words) or '""'
        started = time.perf_counter()
        db.execute(
            "SELECT id FROM s WHERE s MATCH ? ORDER BY bm25(s, 0, 4, 2.5, 1) LIMIT 20", (match,)
        ).fetchall()
        times.append((time.perf_counter() - started) * 1000)
    return {"median_ms": statistics.median(times), "p95_ms": percentile(times, 95)}


def in_process(index: SearchIndex, count: int) -> dict:
    results = {}
    # cold: the first search for each distinct keyword on a freshly opened build, before the
    # build's caches of synonym groups and indexed words hold it
    cold = []
    for text in KEYWORDS:
        started = time.perf_counter()
        find(index, GAZETTEER, FindRequest(q=text))
        cold.append((time.perf_counter() - started) * 1000)
    results["keyword (cold, first search of each)"] = {
        "median_ms": statistics.median(cold),
        "p95_ms": percentile(cold, 95),
        "n": len(cold),
    }
    for kind in ("keyword", "location", "keyword+location", "filters"):
        requests = queries(kind, count)
        for request in requests[:20]:  # warm: per-build caches, gazetteer grid, lexicon
            find(index, GAZETTEER, request)
        times = []
        for request in requests:
            started = time.perf_counter()
            find(index, GAZETTEER, request)
            times.append((time.perf_counter() - started) * 1000)
        results[kind] = {
            "median_ms": statistics.median(times),
            "p95_ms": percentile(times, 95),
            "n": len(times),
        }
    return results


def wrk(url_paths: list[str], base: str, seconds: int) -> dict:
    script = Path(tempfile.mkdtemp()) / "paths.lua"
    quoted = ", ".join(json.dumps(p) for p in url_paths)
    script.write_text(
        "local paths = {" + quoted + "}\nlocal i = 0\n"
        "request = function()\n  i = i % #paths + 1\n"
        "  return wrk.format('GET', paths[i])\nend\n"
        "done = function(summary, latency, requests)\n"
        '  io.write(string.format(\'JSON {"requests": %d, "seconds": %f, "p50": %f, '
        '"p99": %f, "errors": %d, "non2xx": %d}\\n\', summary.requests, summary.duration/1e6, '
        "latency:percentile(50)/1000, latency:percentile(99)/1000, "
        "summary.errors.connect + summary.errors.read + summary.errors.write + "
        "summary.errors.timeout, summary.errors.status))\nend\n"
    )
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", "-s", str(script), base],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    data = json.loads(out.split("JSON ", 1)[1])
    return {
        "rps": data["requests"] / data["seconds"],
        "p50_ms": data["p50"],
        "p99_ms": data["p99"],
        "errors": data["errors"] + data["non2xx"],
    }


def end_to_end(index_root: Path, seconds: int) -> dict:
    port = 18000 + os.getpid() % 1000
    env = {
        **os.environ,
        "DIRECTORY_INDEX_PATH": str(index_root),
        "DIRECTORY_BIND": f"127.0.0.1:{port}",
    }
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "-c",
            str(ROOT / "gunicorn.conf.py"),
            "--access-logfile",
            "/dev/null",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/about", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)  # the server is starting (a script, not a test)
        rnd = random.Random(SEED)
        pages = [
            f"/search?q={urllib.request.quote(rnd.choice(KEYWORDS))}"
            f"&location={urllib.request.quote(rnd.choice(PLACES))}"
            for _ in range(50)
        ]
        api = [p.replace("/search?", "/api/v1/services?") for p in pages]
        asset = json.loads((ROOT / "static" / "build" / "manifest.json").read_text())["app.js"]
        # fresh workers: each worker's first search of each word, and first rendering of each
        # card, happen during this run (as after every start or index switch)
        fresh = wrk(pages, base, seconds)
        wrk(pages + api, base, seconds)  # then warm every worker
        return {
            "results page, fresh workers": fresh,
            "results page": wrk(pages, base, seconds),
            "api": wrk(api, base, seconds),
            "static asset": wrk([f"/static/build/{asset}"], base, seconds),
        }
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="400,10000,100000")
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--no-load", action="store_true", help="skip the gunicorn/wrk part")
    args = parser.parse_args()
    if not args.no_load and shutil.which("wrk") is None:
        print(
            "wrk is needed for the load test: apt-get install wrk (or use --no-load)",
            file=sys.stderr,
        )
        return 1
    report = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "corpora": {},
    }
    for size in (int(s) for s in args.sizes.split(",")):
        print(f"corpus of {size:,} listings...", file=sys.stderr)
        services = corpus(size)
        root = Path(tempfile.mkdtemp(prefix=f"bench-{size}-"))
        started = time.perf_counter()
        build = build_index(services, root, reason="bench")
        build_s = time.perf_counter() - started
        started = time.perf_counter()
        index = SearchIndex.open(current_build(root))
        open_s = time.perf_counter() - started
        entry = {
            "build_s": build_s,
            "open_s": open_s,
            "index_bytes": du(build),
            "search": in_process(index, args.queries),
            "fts5_keyword": fts5_latency(services, args.queries),
        }
        if not args.no_load and size <= 10_000:
            entry["load"] = end_to_end(root, args.seconds)
        report["corpora"][size] = entry
        index.close()
        shutil.rmtree(root, ignore_errors=True)
    print(table(report))
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "bench.json").write_text(json.dumps(report, indent=2))
    return 0


def table(report: dict) -> str:
    m = report["machine"]
    lines = [
        f"Machine: {m['cpus']} CPUs, Python {m['python']}, {m['platform']}",
        "",
        "| listings | build (s) | index size (MB) | open (s) | query | median (ms) | p95 (ms) |",
        "|---:|---:|---:|---:|---|---:|---:|",
    ]
    for size, e in report["corpora"].items():
        first = True
        for kind, r in e["search"].items():
            head = (
                f"| {int(size):,} | {e['build_s']:.1f} | {e['index_bytes'] / 1e6:.1f} | "
                f"{e['open_s']:.1f} |"
                if first
                else "| | | | |"
            )
            lines.append(f"{head} {kind} | {r['median_ms']:.2f} | {r['p95_ms']:.2f} |")
            first = False
        f = e["fts5_keyword"]
        k = e["search"]["keyword"]
        lines.append(
            f"| | | | | keyword on SQLite FTS5 (floor) | {f['median_ms']:.2f} | "
            f"{f['p95_ms']:.2f} (ours ÷ FTS5: {k['p95_ms'] / max(f['p95_ms'], 1e-3):.2f}×) |"
        )
    loads = {s: e["load"] for s, e in report["corpora"].items() if "load" in e}
    if loads:
        lines += [
            "",
            "| listings | endpoint (gunicorn, wrk 2 threads, 8 connections) | req/s "
            "| median (ms) | p99 (ms) | errors | req/s ÷ static |",
            "|---:|---|---:|---:|---:|---:|---:|",
        ]
        for size, load in loads.items():
            static = load["static asset"]["rps"]
            for name, r in load.items():
                lines.append(
                    f"| {int(size):,} | {name} | {r['rps']:.0f} | {r['p50_ms']:.1f} | "
                    f"{r['p99_ms']:.1f} | {r['errors']} | {r['rps'] / static:.2f} |"
                )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
