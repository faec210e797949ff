"""A report is stored when the state database is new and another worker holds its lock: the
switch to WAL mode waits, as every other write waits (feedback/db.py). SQLite does not wait
there by itself (its busy timeout does not apply): "database is locked" lost reports while
three workers started at once (tests/test_report_limit_workers.py, about one run in five)."""

from __future__ import annotations

import sqlite3
import threading
import time

from directory.feedback import db, reports


def test_a_report_is_stored_while_another_worker_holds_a_new_database(tmp_path, monkeypatch):
    # a new database, not yet in WAL mode, whose write lock another connection holds
    other = sqlite3.connect(db.path_in(tmp_path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    tried_again = threading.Event()
    real_sleep = time.sleep

    def sleep(seconds: float) -> None:
        tried_again.set()
        real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", sleep)
    outcome: list[object] = []

    def report() -> None:
        try:
            outcome.append(reports.add(tmp_path, "s1", "A service", sorted(reports.KINDS)[0], ""))
        except db.StateUnavailable as exc:
            outcome.append(exc)

    writer = threading.Thread(target=report)
    writer.start()
    deadline = time.monotonic() + 10
    while writer.is_alive() and not tried_again.is_set():  # polled, with a deadline
        assert time.monotonic() < deadline, "the writer neither stored the report nor waited"
        tried_again.wait(0.01)
    other.execute("COMMIT")
    other.close()
    writer.join(timeout=30)
    assert outcome == [1], outcome
    with db.connect(tmp_path) as connection:
        assert connection.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
