"""Flood the report form and time searches beside it (issue 29).

Starts gunicorn as production does (gunicorn.conf.py, 2 workers) on 127.0.0.1 on the fictional
listings, times searches alone, then times searches for as long as hostile report posts run
(bad and forged tokens, oversized text, control characters, one client's flood), and prints
the statuses, how many reports were stored, and the searches' median and 90th percentile both
ways, as JSON. Nothing leaves 127.0.0.1.

    .venv/bin/python scripts/report_flood.py [--posts 10000] [--searches 300] [--rate 0] [--pin]
        [--threads 2] [--seconds 0]

``--rate`` paces the posts (a second; 0: as fast as ``--threads`` connections, each sending
one post after another, can send them); ``--seconds`` ends the flood after that long even if
fewer than ``--posts`` were sent (a flood held by the server, directory/production.py, would
otherwise take hours). A post the server closed unanswered counts as status 0. Then, as a
control, as many GETs of the listing's page at the rate the posts went, to tell the cost of
any request from the report form's own. The flood runs in a process of its own (it shares no
GIL with the searches being timed); ``--pin`` puts the server on the first CPU and this script
and its flooder on the others, so that the flooder's own work does not take the server's CPU.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
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
    if not ordered:
        return {"searches": 0}
    return {
        "searches": len(ordered),
        "median_ms": round(1000 * statistics.median(ordered), 2),
        "p95_ms": round(1000 * ordered[int(0.95 * (len(ordered) - 1))], 2),
    }


def _flood(host: str, port: int, bodies: list[bytes] | None, total: int, rate: float,
           out: multiprocessing.Queue, threads: int = 2, seconds: float = 0.0) -> None:  # fmt: skip
    """In a process of its own (no GIL shared with the searches being timed): ``total``
    requests from ``threads`` threads, the report posts ``bodies`` in turn or, with None, GETs
    of the listing's page; ``rate`` a second (0: as fast as they go); for ``seconds`` at most
    (0: no limit). Puts (statuses, seconds)."""
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds if seconds else float("inf")

    def run(share: int, offset: int) -> None:
        pause = threads / rate if rate else 0.0
        started = time.perf_counter()
        for i in range(share):
            if time.perf_counter() > stop_at:
                break
            try:
                if bodies is None:
                    status, _ = request(host, port, "GET", f"/service/{SID}")
                else:
                    body = bodies[(i + offset) % len(bodies)]
                    status, _ = request(host, port, "POST", f"/service/{SID}/report", body, FORM)
            except (OSError, http.client.HTTPException):
                status = 0  # closed unanswered
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
            if pause:  # paced against the clock, so a slow answer is caught up on
                wait = started + (i + 1) * pause - time.perf_counter()
                if wait > 0:
                    time.sleep(wait)

    running = [
        threading.Thread(target=run, args=(total // threads + (n < total % threads), n))
        for n in range(threads)
    ]
    started = time.perf_counter()
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()
    out.put((statuses, time.perf_counter() - started))


def flood_beside_searches(host: str, port: int, bodies: list[bytes] | None, total: int,
                          rate: float, threads: int = 2,
                          seconds: float = 0.0) -> tuple[dict, float, list[float]]:  # fmt: skip
    """Run a flood in its own process and time searches for as long as it runs."""
    out: multiprocessing.Queue = multiprocessing.Queue()
    flooder = multiprocessing.Process(
        target=_flood, args=(host, port, bodies, total, rate, out, threads, seconds)
    )
    flooder.start()
    during: list[float] = []
    while flooder.is_alive() and out.empty():
        during += searches(host, port, 10)
    statuses, seconds = out.get()
    flooder.join()
    return statuses, seconds, during


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--rate", type=float, default=0.0)
    parser.add_argument("--threads", type=int, default=2, help="the flooder's connections")
    parser.add_argument("--seconds", type=float, default=0.0, help="the flood's longest run")
    parser.add_argument(
        "--pin", action="store_true",
        help="the server on the first CPU, this script and its flooder on the others (taskset)",
    )  # fmt: skip
    args = parser.parse_args()
    cpus = sorted(os.sched_getaffinity(0))
    pinned = args.pin and len(cpus) >= 2
    folder = Path(tempfile.mkdtemp(prefix="report-flood-"))
    services, errors = validate_records(fictional_services(), "fictional")
    assert not errors
    build_index(services, folder / "index")
    state = folder / "state"
    env = {"DIRECTORY_STATE_PATH": str(state), "DIRECTORY_PAGE_CACHE_SECONDS": "0",
           "DIRECTORY_SECRET_KEY": "flood"}  # fmt: skip
    if pinned:  # gunicorn, and the workers it forks, inherit this
        os.sched_setaffinity(0, {cpus[0]})
    with gunicorn(folder / "index", folder, **env) as server:
        if pinned:
            os.sched_setaffinity(0, set(cpus[1:]))
        host, port = server.host, server.port
        searches(host, port, 30)  # warm every worker
        alone = searches(host, port, args.searches)
        _, form = request(host, port, "GET", f"/service/{SID}/report")
        token = re.search(rb'name="token" value="([^"]+)"', form).group(1).decode()
        bodies = [urlencode(f).encode() for f in hostile_forms(token)]
        statuses, seconds, during = flood_beside_searches(
            host, port, bodies, args.posts, args.rate, args.threads, args.seconds
        )
        # the control: as many GETs of the listing's page as posts were sent, at their rate
        sent = sum(statuses.values())
        rate = sent / seconds
        got, got_seconds, beside_gets = flood_beside_searches(
            host, port, None, sent, rate, args.threads, args.seconds
        )
        again = searches(host, port, args.searches)  # idle again: the machine's drift
    stored = 0
    if path_in(state).exists():
        connection = sqlite3.connect(path_in(state))
        stored = connection.execute("SELECT count(*) FROM reports").fetchone()[0]
        connection.close()

    def slower(times: list[float]) -> float | None:
        if not times:
            return None
        return round(statistics.median(times) / statistics.median(alone) - 1, 3)

    print(json.dumps({
        "pinned": f"server on CPU {cpus[0]}, flooder and searches on {cpus[1:]}"
        if pinned else "no",
        "posts": sum(statuses.values()),
        "threads": args.threads,
        "statuses": statuses,
        "server_errors": sum(n for s, n in statuses.items() if s >= 500),
        "stored": stored,
        "flood_seconds": round(seconds, 1),
        "posts_a_second": round(sum(statuses.values()) / seconds, 1),
        "search_alone": summary(alone),
        "search_during_posts": summary(during),
        "slowdown_median_posts": slower(during),
        "get_flood": {"requests": sum(got.values()), "statuses": got,
                      "a_second": round(sum(got.values()) / got_seconds, 1)},
        "search_during_gets": summary(beside_gets),
        "slowdown_median_gets": slower(beside_gets),
        "search_alone_after": summary(again),
    }, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
