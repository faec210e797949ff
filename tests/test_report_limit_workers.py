"""The per-client report limit holds across gunicorn's workers: the counts live in memory the
master makes before it forks them (feedback/ratelimit.py), so one client stores at most its
limit whichever worker answers each post (issue 29)."""

from __future__ import annotations

import re
import sqlite3
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from directory.feedback.db import path_in
from directory.feedback.reports import KINDS

from .gunicorn_server import gunicorn

TOKEN = re.compile(r'name="token" value="([^"]+)"')
LISTINGS = ["fictional-leeds-counselling", "fictional-national-helpline", "fictional-bradford-isva"]
LIMIT = 5


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        found += [int(c) for c in children]
    return found


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def _post(base: str, sid: str, kind: str) -> int:
    with urllib.request.urlopen(f"{base}/service/{sid}/report", timeout=30) as form:
        token = TOKEN.search(form.read().decode()).group(1)
    data = urllib.parse.urlencode({"token": token, "kind": kind, "details": "x"}).encode()
    try:
        with urllib.request.urlopen(f"{base}/service/{sid}/report", data, timeout=30) as sent:
            return sent.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_one_client_stores_at_most_the_limit_across_three_workers(built_index, tmp_path):
    state = tmp_path / "state"
    # 15 different things one client could say (3 listings x 5 kinds), each said 4 times, at
    # once from 12 threads, each post on a new connection: workers counting alone would store
    # up to 15 (5 each)
    said = [(sid, kind) for sid in LISTINGS for kind in KINDS] * 4
    statuses: list[int] = []
    with gunicorn(
        built_index, tmp_path, WEB_CONCURRENCY="3", DIRECTORY_STATE_PATH=str(state),
        DIRECTORY_REPORT_LIMIT=str(LIMIT), DIRECTORY_SECRET_KEY="test-secret",
    ) as server:  # fmt: skip
        # the first answer: the workers are up
        with urllib.request.urlopen(server.base + "/", timeout=60) as first:
            assert first.status == 200
        deadline = time.monotonic() + 60
        while len(workers := _children(server.process.pid)) < 3:  # forked one by one
            assert time.monotonic() < deadline, "gunicorn did not start its 3 workers"
            time.sleep(0.05)  # polled, with a deadline
        before = {pid: _cpu_ticks(pid) for pid in workers}

        def send(n: int) -> None:
            for sid, kind in said[n::12]:
                statuses.append(_post(server.base, sid, kind))

        threads = [threading.Thread(target=send, args=(n,)) for n in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        busy = [pid for pid in workers if _cpu_ticks(pid) - before[pid] >= 5]
    log = server.log_text()
    assert len(statuses) == len(said)
    assert set(statuses) == {200}, statuses  # thanked all the same (after the 303)
    assert len(busy) >= 2, "the posts were not shared between workers: the test proves nothing"
    connection = sqlite3.connect(path_in(state))
    try:
        (stored,) = connection.execute("SELECT count(*) FROM reports").fetchone()
    finally:
        connection.close()
    # exactly the limit: workers counting alone would store up to 15, and a report the limit
    # allowed but the database refused (writers waiting on each other) would store fewer
    assert "could not be stored" not in log
    assert stored == LIMIT
