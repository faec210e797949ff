"""Flood the report form and time searches beside it (issue 29).

Starts gunicorn as production does (gunicorn.conf.py, 2 workers) on 127.0.0.1 on the fictional
listings, times searches alone, then times searches for as long as hostile report posts run
(bad and forged tokens, oversized text, control characters, one client's flood), and prints
the statuses, how many reports were stored, and the searches' median and 90th percentile both
ways, as JSON. Nothing leaves 127.0.0.1.

    .venv/bin/python scripts/report_flood.py [--posts 10000] [--searches 300] [--rate 0]

``--rate`` paces the posts (a second; 0: as fast as two threads can send them); ``--control``
sends as many GETs of the service page instead, to tell the cost of any request from the
report form's own.
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from directory.feedback.db import path_in  # noqa: E402
from directory.model import validate_records  # noqa: E402
from directory.search import build_index  # noqa: E402
from tests.fixtures.make_fictional import fictional_services  # noqa: E402
from tests.gunicorn_server import gunicorn  # noqa: E402

SID = "fictional-leeds-counselling"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
QUERIES = ["counselling", "someone to talk to", "advocate", "children", "helpline", "support"]
PLACES = ["Leeds", "Bradford", "LS1", "Cardiff", "Manchester", "Kent"]


def request(host: str, port: int, method: str, path: str, body: bytes | None = None,
            headers: dict | None = None) -> tuple[int, bytes]:  # fmt: skip
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def hostile_forms(token: str) -> list[dict]:
    return [
        {"token": token[:-2] + "xx", "kind": "number"},
        {"token": token, "kind": "number", "details": "x" * 60_000},
        {"token": token, "kind": "other", "details": "\x00\x1b[31m\u202e" * 100},
        {"token": token, "kind": "closed", "details": "\x07 bell \x00 nul \x1f unit"},
        {"token": token * 20, "kind": "number"},
        {"token": token, "kind": "number\x00"},
        {"token": "", "kind": ""},
        {"token": token, "kind": "other", "details": "<script>alert(1)</script>"},
        {"token": token, "kind": "website", "details": "call 07700 900123, a@b.example"},
        {"token": token, "kind": "who"},
    ]


def searches(host: str, port: int, count: int) -> list[float]:
    times = []
    for i in range(count):
        query = urlencode({"q": QUERIES[i % len(QUERIES)], "location": PLACES[i % 5],
                           "radius": 25, "page": 1 + i % 3})  # fmt: skip
        started = time.perf_counter()
        status, _ = request(host, port, "GET", f"/search?{query}")
        times.append(time.perf_counter() - started)
        assert status in (200, 400), status
    return times


def summary(times: list[float]) -> dict:
    ordered = sorted(times)
    return {
        "median_ms": round(1000 * statistics.median(ordered), 2),
        "p90_ms": round(1000 * ordered[int(0.9 * (len(ordered) - 1))], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--rate", type=float, default=0.0)
    parser.add_argument(
        "--control", action="store_true", help="GET the service page instead of posting"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="report-flood-"))
    services, errors = validate_records(fictional_services(), "fictional")
    assert not errors
    build_index(services, folder / "index")
    state = folder / "state"
    env = {"DIRECTORY_STATE_PATH": str(state), "DIRECTORY_PAGE_CACHE_SECONDS": "0",
           "DIRECTORY_SECRET_KEY": "flood"}  # fmt: skip
    with gunicorn(folder / "index", folder, **env) as server:
        host, port = server.host, server.port
        searches(host, port, 30)  # warm every worker
        alone = searches(host, port, args.searches)
        _, form = request(host, port, "GET", f"/service/{SID}/report")
        token = re.search(rb'name="token" value="([^"]+)"', form).group(1).decode()
        forms = hostile_forms(token)
        statuses: dict[int, int] = {}
        lock = threading.Lock()
        sent = [0]

        def flood(share: int, offset: int) -> None:
            pause = 2 / args.rate if args.rate else 0.0
            for i in range(share):
                body = urlencode(forms[(i + offset) % len(forms)]).encode()
                if args.control:
                    status, _ = request(host, port, "GET", f"/service/{SID}")
                else:
                    status, _ = request(host, port, "POST", f"/service/{SID}/report", body, FORM)
                with lock:
                    statuses[status] = statuses.get(status, 0) + 1
                    sent[0] += 1
                if pause:
                    time.sleep(pause)

        threads = [threading.Thread(target=flood, args=(args.posts // 2, n)) for n in (0, 1)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        # searches run for as long as the flood does
        during: list[float] = []
        while any(thread.is_alive() for thread in threads):
            during += searches(host, port, 10)
        for thread in threads:
            thread.join()
        flood_seconds = time.perf_counter() - started
    stored = 0
    if path_in(state).exists():
        connection = sqlite3.connect(path_in(state))
        stored = connection.execute("SELECT count(*) FROM reports").fetchone()[0]
        connection.close()
    print(json.dumps({
        "posts": sum(statuses.values()),
        "statuses": statuses,
        "server_errors": sum(n for s, n in statuses.items() if s >= 500),
        "stored": stored,
        "flood_seconds": round(flood_seconds, 1),
        "searches_during_flood": len(during),
        "search_alone": summary(alone),
        "search_during_flood": summary(during),
        "slowdown_median": round(statistics.median(during) / statistics.median(alone) - 1, 3),
    }, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
