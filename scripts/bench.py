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
import logging
import os
import platform
import random
import re
import shutil
import signal
import socket
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

from directory import create_app  # noqa: E402
from directory.config import PROJECT_ROOT  # noqa: E402
from directory.data import load_valid_listings  # noqa: E402
from directory.finder import FindRequest, find  # noqa: E402
from directory.geo import load_gazetteer  # noqa: E402
from directory.model import (  # noqa: E402
    AUDIENCES,
    DELIVERY_MODES,
    REFERRAL_ROUTES,
    SUPPORT_TYPES,
    Service,
)
from directory.relevance import METRICS, compare, load_judged  # noqa: E402
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
    "Newcastle upon Tyne",
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


def cold(index: SearchIndex, requests: list[FindRequest]) -> dict:
    """Each request's first run on ``index`` (freshly opened: nothing searched on it yet)."""
    times = []
    for request in requests:
        started = time.perf_counter()
        find(index, GAZETTEER, request)
        times.append((time.perf_counter() - started) * 1000)
    return {"median_ms": statistics.median(times), "p95_ms": percentile(times, 95), "n": len(times)}


def in_process(build: Path, count: int) -> dict:
    results = {}
    # the process's own first-time costs (the thesaurus, English word frequencies), paid by
    # gunicorn's master before it forks: not a build's
    cold(SearchIndex.open(build), [FindRequest(q=text) for text in KEYWORDS])
    # cold: the first search for each distinct keyword on a freshly opened build (as after a
    # build switch, a rollback or in a recycled worker)
    results["keyword (cold, first search of each)"] = cold(
        SearchIndex.open(build), [FindRequest(q=text) for text in KEYWORDS]
    )
    rnd = random.Random(SEED)
    pairs = [FindRequest(q=text, location=rnd.choice(PLACES)) for text in KEYWORDS]
    results["keyword+location (cold)"] = cold(SearchIndex.open(build), pairs)
    index = SearchIndex.open(build)
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
    index.close()
    return results


def first_visit(index_root: Path) -> dict:
    """Bytes a browser transfers for a results page and what it loads (headers and bodies,
    compressed as served to a browser that accepts brotli), on a first and a repeat visit."""
    app = create_app({"DIRECTORY_INDEX_PATH": index_root})
    # the app logs each search at INFO: not in the rest of the run (it would be timed too)
    logging.getLogger("directory").setLevel(logging.WARNING)
    client = app.test_client()
    accept = {"Accept-Encoding": "br, gzip"}

    def size(response) -> int:  # noqa: ANN001
        head = f"HTTP/1.1 {response.status}\r\n{response.headers}"
        return len(head.encode()) + len(response.get_data())

    page = client.get(f"/search?q=counselling&location={PLACES[0]}", headers=accept)
    html = page.get_data()
    if page.headers.get("Content-Encoding") == "br":
        import brotli

        html = brotli.decompress(html)
    assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', html.decode())
    rows = {"page": size(page)}
    repeat = size(page)
    for path in assets:
        response = client.get(path, headers=accept)
        rows[path.rsplit("/", 1)[1]] = size(response)
        if "immutable" not in response.headers.get("Cache-Control", ""):
            repeat += size(response)  # a browser would ask again
        response.close()
    return {
        "requests": 1 + len(assets),
        "first_bytes": sum(rows.values()),
        "repeat_bytes": repeat,
        "parts": rows,
    }


def page_cpu(index_root: Path, count: int) -> dict:
    """CPU time (this process's, so a busy machine adds little) to answer a new search's
    results page through Flask's test client: the search, the page, everything but the
    network and compression. ``count`` addresses from the 5,760 new ones (both languages, every
    radius and sort), none asked before, so none is answered from the page cache; the first
    20 other addresses warm the per-build caches (cards, gazetteer, lexicon) first."""
    app = create_app({"DIRECTORY_INDEX_PATH": index_root})
    logging.getLogger("directory").setLevel(logging.WARNING)
    client = app.test_client()
    _, new = results_pages()
    for path in new[-20:]:
        client.get(path).close()
    times = []
    for path in new[:count]:
        started = time.process_time()
        response = client.get(path)
        response.get_data()
        times.append((time.process_time() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
        response.close()
    return {"median_ms": statistics.median(times), "p95_ms": percentile(times, 95), "n": len(times)}


def relevance() -> dict:
    """The judged query set's metrics on the bundled listings (directory relevance), so speed
    never trades away answers."""
    root = Path(tempfile.mkdtemp(prefix="bench-relevance-"))
    try:
        build = build_index(load_valid_listings(PROJECT_ROOT / "bundled_data" / "services"), root)
        index = SearchIndex.open(build)
        app, fts5 = compare(index, GAZETTEER, load_judged())
        index.close()
        return {"app": app.mean(), "fts5": fts5.mean()}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def worker_memory(master: int) -> dict:
    """Each gunicorn worker's memory: PSS (shared pages divided among the processes sharing
    them, so the sum is what the server uses) and RSS, in MB."""
    workers = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master:
            workers.append(stat.parent)
    pss, rss = [], []
    for proc in workers:
        try:
            rollup = (proc / "smaps_rollup").read_text()
        except OSError:
            continue
        values = {line.split(":")[0]: int(line.split()[1]) for line in rollup.splitlines()[1:]}
        pss.append(values.get("Pss", 0) / 1024)
        rss.append(values.get("Rss", 0) / 1024)
    return {
        "workers": len(pss),
        "pss_mb": statistics.mean(pss) if pss else 0.0,
        "rss_mb": statistics.mean(rss) if rss else 0.0,
    }


def wrk(url_paths: list[str], base: str, seconds: int) -> dict:
    script = Path(tempfile.mkdtemp()) / "paths.lua"
    quoted = ", ".join(json.dumps(p) for p in url_paths)
    script.write_text(
        "local paths = {" + quoted + "}\nlocal i = 0\n"
        "request = function()\n  i = i % #paths + 1\n"
        "  return wrk.format('GET', paths[i], {['Accept-Encoding'] = 'br, gzip'})\nend\n"
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


class Served:
    """gunicorn (``gunicorn.conf.py``) on a free port of 127.0.0.1, serving ``index_root``."""

    def __init__(self, index_root: Path) -> None:
        self.index_root = index_root

    def __enter__(self) -> Served:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        env = {
            **os.environ,
            "DIRECTORY_INDEX_PATH": str(self.index_root),
            "DIRECTORY_BIND": f"127.0.0.1:{port}",
        }
        self.process = subprocess.Popen(
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
        self.base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.base + "/about", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)  # the server is starting (a script, not a test)
        return self

    def __exit__(self, *exc: object) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)


def results_pages() -> tuple[list[str], list[str]]:
    """50 results addresses asked again and again (as a popular lasting link is), and 5,760
    different ones in a fixed shuffled order (every keyword, place, radius, sort and
    language), so that within a run every request is a search not asked before."""
    rnd = random.Random(SEED)
    repeated = [
        f"/search?q={urllib.request.quote(rnd.choice(KEYWORDS))}"
        f"&location={urllib.request.quote(rnd.choice(PLACES))}"
        for _ in range(50)
    ]
    new = [
        f"{prefix}/search?q={urllib.request.quote(q)}&location={urllib.request.quote(place)}"
        f"&radius={radius}&sort={sort}"
        for q in KEYWORDS
        for place in PLACES
        for radius in (10, 25, 50)
        for sort in ("relevance", "distance")
        for prefix in ("", "/cy")
    ]
    rnd.shuffle(new)
    return repeated, new


def end_to_end(index_root: Path, seconds: int) -> dict:
    pages, new_pages = results_pages()
    api = [p.replace("/search?", "/api/v1/services?") for p in pages]
    asset = json.loads((ROOT / "static" / "build" / "manifest.json").read_text())["app.js"]
    with Served(index_root) as server:
        # fresh workers: the first 10 s after a start, asked the 50 addresses in turn; the
        # workers were forked from the warmed master (gunicorn.conf.py), so this is whatever
        # warm-up leaves to a worker's first requests
        fresh = wrk(pages, server.base, seconds)
        wrk(pages + api, server.base, seconds)  # then warm every worker
        found = {
            "results page, fresh workers": fresh,
            "results page": wrk(pages, server.base, seconds),
            "results page, every query new": wrk(new_pages, server.base, seconds),
            "api": wrk(api, server.base, seconds),
            "static asset": wrk([f"/static/build/{asset}"], server.base, seconds),
        }
        memory = worker_memory(server.process.pid)
    # fresh workers again, each request a search not asked before (no page is answered from
    # memory: directory/web/pagecache.py)
    with Served(index_root) as server:
        found["results page, fresh workers, every query new"] = wrk(
            new_pages[::-1], server.base, seconds
        )
    order = [
        "results page, fresh workers",
        "results page, fresh workers, every query new",
        "results page",
        "results page, every query new",
        "api",
        "static asset",
    ]
    return {"endpoints": {name: found[name] for name in order}, "memory": memory}


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
        opens = []
        for _ in range(3):  # the median of three: the first pays for reading files from disk
            started = time.perf_counter()
            SearchIndex.open(current_build(root)).close()
            opens.append(time.perf_counter() - started)
        open_s = statistics.median(opens)
        entry = {
            "build_s": build_s,
            "open_s": open_s,
            "index_bytes": du(build),
            "search": in_process(build, args.queries),
            "fts5_keyword": fts5_latency(services, args.queries),
            "first_visit": first_visit(root),
            "page_cpu": page_cpu(root, min(args.queries, 300)),
        }
        if not args.no_load and size <= 10_000:
            entry["load"] = end_to_end(root, args.seconds)
        report["corpora"][size] = entry
        shutil.rmtree(root, ignore_errors=True)
        save(report)  # each corpus as soon as it is measured: a long run keeps what it did
    print("relevance on the judged query set...", file=sys.stderr)
    report["relevance"] = relevance()
    save(report)
    print(table(report))
    return 0


def save(report: dict) -> None:
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "bench.json").write_text(json.dumps(report, indent=2))


def table(report: dict) -> str:
    m = report["machine"]
    lines = [
        f"Machine: {m['cpus']} CPUs, Python {m['python']}, {m['platform']}",
        "",
        "| listings | build (s) | index size (MB) | open (s) | query | median (ms) | p95 (ms) "
        "| p95 ÷ FTS5 p95 |",
        "|---:|---:|---:|---:|---|---:|---:|---:|",
    ]
    for size, e in report["corpora"].items():
        first = True
        floor = max(e["fts5_keyword"]["p95_ms"], 1e-3)
        for kind, r in e["search"].items():
            head = (
                f"| {int(size):,} | {e['build_s']:.1f} | {e['index_bytes'] / 1e6:.1f} | "
                f"{e['open_s']:.2f} |"
                if first
                else "| | | | |"
            )
            lines.append(
                f"{head} {kind} | {r['median_ms']:.2f} | {r['p95_ms']:.2f} | "
                f"{r['p95_ms'] / floor:.2f}× |"
            )
            first = False
        f = e["fts5_keyword"]
        lines.append(
            f"| | | | | keyword on SQLite FTS5 (floor) | {f['median_ms']:.2f} | "
            f"{f['p95_ms']:.2f} | 1.00× |"
        )
    lines += [
        "",
        "| listings | a new search's results page: CPU of one process, test client (ms) "
        "| median | p95 | pages |",
        "|---:|---|---:|---:|---:|",
    ]
    for size, e in report["corpora"].items():
        c = e.get("page_cpu")
        if c:
            lines.append(
                f"| {int(size):,} | search and page, both languages | {c['median_ms']:.2f} | "
                f"{c['p95_ms']:.2f} | {c['n']} |"
            )
    lines += [
        "",
        "| listings | results page, first visit (bytes, as served with br) | requests "
        "| repeat visit (bytes) |",
        "|---:|---|---:|---:|",
    ]
    for size, e in report["corpora"].items():
        v = e["first_visit"]
        parts = ", ".join(f"{name} {n:,}" for name, n in v["parts"].items())
        lines.append(
            f"| {int(size):,} | **{v['first_bytes']:,}** ({parts}) | {v['requests']} | "
            f"{v['repeat_bytes']:,} |"
        )
    loads = {s: e["load"] for s, e in report["corpora"].items() if "load" in e}
    if loads:
        lines += [
            "",
            "| listings | endpoint (gunicorn, wrk 2 threads, 8 connections) | req/s "
            "| median (ms) | p99 (ms) | errors | req/s ÷ static | p99 ÷ static p99 |",
            "|---:|---|---:|---:|---:|---:|---:|---:|",
        ]
        for size, load in loads.items():
            static = load["endpoints"]["static asset"]
            for name, r in load["endpoints"].items():
                lines.append(
                    f"| {int(size):,} | {name} | {r['rps']:.0f} | {r['p50_ms']:.1f} | "
                    f"{r['p99_ms']:.1f} | {r['errors']} | {r['rps'] / static['rps']:.2f} | "
                    f"{r['p99_ms'] / max(static['p99_ms'], 1e-3):.1f}× |"
                )
        lines += [
            "",
            "| listings | workers | memory per worker: PSS (MB) | RSS (MB) |",
            "|---:|---:|---:|---:|",
        ]
        for size, load in loads.items():
            m = load["memory"]
            lines.append(
                f"| {int(size):,} | {m['workers']} | {m['pss_mb']:.0f} | {m['rss_mb']:.0f} |"
            )
    rel = report.get("relevance")
    if rel:
        lines += [
            "",
            "| relevance (judged set, bundled listings) | " + " | ".join(METRICS) + " |",
            "|---|" + "---:|" * len(METRICS),
        ]
        for system in ("app", "fts5"):
            lines.append(
                f"| {system} | " + " | ".join(f"{rel[system][m]:.3f}" for m in METRICS) + " |"
            )
        lines.append(
            "| app ÷ fts5 | "
            + " | ".join(
                f"{rel['app'][m] / rel['fts5'][m]:.2f}×" if rel["fts5"][m] else "-" for m in METRICS
            )
            + " |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
