"""The one door to the state database: open it (WAL mode, schema brought up to date), and a
connection a call. SQLite through Python's ``sqlite3`` (docs/adr/0001-state-database.md)."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .migrations import STEPS

FILE = "directory.sqlite3"
#: how long a writer waits for another one (seconds)
BUSY_TIMEOUT = 5.0


class StateUnavailable(Exception):
    """The state database cannot be opened or written."""


def path_in(folder: Path) -> Path:
    return Path(folder) / FILE


def _migrate(connection: sqlite3.Connection) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > len(STEPS):
        raise StateUnavailable(
            f"the state database is at schema version {version}, newer than this app's "
            f"{len(STEPS)}: upgrade the app"
        )
    for number, step in enumerate(STEPS[version:], start=version + 1):
        # executescript commits first; BEGIN IMMEDIATE keeps two processes from both migrating
        connection.execute("BEGIN IMMEDIATE")
        try:
            if connection.execute("PRAGMA user_version").fetchone()[0] >= number:
                connection.execute("ROLLBACK")
                continue
            for statement in step.split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise


@contextmanager
def reading(folder: Path) -> Iterator[sqlite3.Connection | None]:
    """``connect``, or None when there is no database yet (a page that only reads creates
    nothing)."""
    path = path_in(folder)
    if not path.exists():
        yield None
        return
    try:
        connection = _reader(path)
        if connection.execute("PRAGMA user_version").fetchone()[0] != len(STEPS):
            _forget_reader(path)
            with connect(folder) as migrated:  # an older schema: bring it up to date first
                yield migrated
            return
    except sqlite3.Error as exc:
        _forget_reader(path)
        raise StateUnavailable(f"cannot read {path}: {exc}") from exc
    try:
        yield connection
    except sqlite3.Error as exc:
        _forget_reader(path)
        raise StateUnavailable(f"{path}: {exc}") from exc


_readers = threading.local()


def _reader(path: Path) -> sqlite3.Connection:
    """A read-only connection kept by this thread of this process (never one made before a
    fork), without the writer's set-up: WAL is a property of the file, kept once set. Each
    read sees what was committed before it (no transaction is held open between reads)."""
    kept = getattr(_readers, "connections", None)
    if kept is None or getattr(_readers, "pid", None) != os.getpid():
        kept = _readers.connections = {}
        _readers.pid = os.getpid()
    connection = kept.get(path)
    if connection is None:
        connection = sqlite3.connect(
            f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT, isolation_level=None
        )
        connection.row_factory = sqlite3.Row
        kept[path] = connection
    return connection


def _forget_reader(path: Path) -> None:
    kept = getattr(_readers, "connections", {})
    connection = kept.pop(path, None)
    if connection is not None:
        connection.close()


def _use_wal(connection: sqlite3.Connection) -> None:
    """Put the database in WAL mode (a property of the file, kept once set). Switching a new
    database to it takes a lock SQLite does not wait for (its busy timeout does not apply), so
    when workers open a new database at once while others read it, the switch is tried again
    for up to BUSY_TIMEOUT: it once lost one report in five test runs ("database is locked")."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    while connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            connection.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


@contextmanager
def connect(folder: Path) -> Iterator[sqlite3.Connection]:
    """A connection to the state database in ``folder`` (created if need be), closed
    afterwards; each ``with connection:`` block inside is one transaction."""
    path = path_in(folder)
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise StateUnavailable(f"cannot open {path}: {exc}") from exc
    try:
        connection.row_factory = sqlite3.Row
        _use_wal(connection)
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        _migrate(connection)
        connection.isolation_level = "DEFERRED"  # `with connection:` is a transaction
        yield connection
    except sqlite3.Error as exc:
        raise StateUnavailable(f"{path}: {exc}") from exc
    finally:
        connection.close()
