"""Reports of a wrong listing from the public, and the maintainers' queue of them.

Nothing about the person who reports is stored: no address, no user agent, no time finer than
the day; what they type has email addresses, phone numbers and full postcodes cut out before
it is stored. One client cannot flood the queue (``ratelimit.py``), and a day's reports are
capped for every client together.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..limits import MAX_DETAILS_CHARS
from .db import connect, reading

#: what can be wrong, in the order the form offers them (labels: web/feedback.py)
KINDS = ("number", "closed", "who", "website", "other")
#: independent open reports that the number does not work before it stops being a link
UNLINK_AFTER = 2
#: reports stored a day from every client together (each client has its own, smaller limit)
DAILY_CAP = 500

EMAIL = re.compile(
    r"[^\s@<>()\[\],;:\"']+\s*(?:@|\(at\)|\[at\])\s*[^\s@<>()\[\],;:\"']+\.[a-z]{2,}", re.IGNORECASE
)
# a run of 7 or more digits, allowing spaces, dots, dashes, brackets and a leading +
PHONE = re.compile(r"\+?\(?\d(?:[\s().-]{0,3}\d){6,}")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
REMOVED = "[removed]"


def scrub(text: str) -> str:
    """``text`` as it may be stored: control and format characters out (new lines kept), then
    anything that looks like an email address, a phone number or a full postcode replaced
    with "[removed]", white space tidied."""
    text = unicodedata.normalize("NFKC", text or "")
    text = "".join(
        ch if ch == "\n" or unicodedata.category(ch)[0] not in "CZ" or ch == " " else " "
        for ch in text.replace("\r\n", "\n").replace("\r", "\n")
    )
    for pattern in (EMAIL, POSTCODE, PHONE):
        text = pattern.sub(REMOVED, text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()


@dataclass(frozen=True)
class Report:
    id: int
    service_id: str
    service_name: str
    kind: str
    details: str
    reported_on: str
    state: str
    closed_on: str | None
    note: str


def _report(row) -> Report:
    return Report(**dict(zip(row.keys(), tuple(row), strict=True)))


def add(
    folder: Path, service_id: str, service_name: str, kind: str, details: str,
    today: dt.date | None = None,
) -> int | None:  # fmt: skip
    """Store a report (``details`` scrubbed here too); its number, or None when the day's cap
    is reached."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    day = (today or dt.date.today()).isoformat()
    with connect(folder) as connection, connection:
        (stored_today,) = connection.execute(
            "SELECT count(*) FROM reports WHERE reported_on = ?", (day,)
        ).fetchone()
        if stored_today >= DAILY_CAP:
            return None
        cursor = connection.execute(
            "INSERT INTO reports (service_id, service_name, kind, details, reported_on) "
            "VALUES (?, ?, ?, ?, ?)",
            (service_id, service_name, kind, scrub(details)[:MAX_DETAILS_CHARS], day),
        )
        return cursor.lastrowid


def listed(folder: Path, state: str | None = "open") -> list[Report]:
    """Reports (open ones by default), by listing, then kind, then number."""
    with reading(folder) as connection:
        if connection is None:
            return []
        where, args = ("WHERE state = ?", (state,)) if state else ("", ())
        rows = connection.execute(
            f"SELECT * FROM reports {where} ORDER BY service_id, kind, id", args
        ).fetchall()
    return [_report(row) for row in rows]


def get(folder: Path, number: int) -> Report | None:
    with reading(folder) as connection:
        if connection is None:
            return None
        row = connection.execute("SELECT * FROM reports WHERE id = ?", (number,)).fetchone()
    return _report(row) if row else None


def close(
    folder: Path, number: int, state: str, note: str = "", today: dt.date | None = None
) -> Report | None:
    """Resolve or dismiss a report; the report as it is now, or None if there is none."""
    if state not in ("resolved", "dismissed"):
        raise ValueError(state)
    with connect(folder) as connection, connection:
        connection.execute(
            "UPDATE reports SET state = ?, closed_on = ?, note = ? WHERE id = ?",
            (state, (today or dt.date.today()).isoformat(), note.strip(), number),
        )
    return get(folder, number)


@dataclass(frozen=True)
class Notice:
    """What the public page of a listing says about its open reports."""

    number_doubted: bool = False  # "Someone told us this number may have changed"
    closed_doubted: bool = False  # "... may have closed or moved"
    unlink_number: bool = False  # two or more say the number does not work


def _notice_of(counts: dict[str, int]) -> Notice:
    return Notice(
        number_doubted=counts.get("number", 0) > 0,
        closed_doubted=counts.get("closed", 0) > 0,
        unlink_number=counts.get("number", 0) >= UNLINK_AFTER,
    )


_seen = threading.local()
#: what ``open_notices`` answers while there is no database: always this one (never changed),
#: so that what is kept while the reported listings stay the same is kept then too
NO_NOTICES: dict[str, Notice] = {}


def open_notices(folder: Path) -> dict[str, Notice]:
    """Every listing with an open report the public is told about (a results page asks once
    for all its cards; read-only: creates nothing). Read again only when the database changed:
    ``PRAGMA data_version`` (a few microseconds) tells this thread's reader whether anyone
    committed since it last read; the grouped read itself costs about 0.5 ms at 500 open
    reports, a fifth of a search."""
    with reading(folder) as connection:
        if connection is None:
            return NO_NOTICES
        (version,) = connection.execute("PRAGMA data_version").fetchone()
        kept = getattr(_seen, "notices", None)
        if kept is not None and kept[0] is connection and kept[1] == version:
            return kept[2]
        rows = connection.execute(
            "SELECT service_id, kind, count(*) AS n FROM reports WHERE state = 'open' "
            "AND kind IN ('number', 'closed') GROUP BY service_id, kind"
        ).fetchall()
        counts: dict[str, dict[str, int]] = {}
        for row in rows:
            counts.setdefault(row["service_id"], {})[row["kind"]] = row["n"]
        found = {sid: _notice_of(kinds) for sid, kinds in counts.items()}
        _seen.notices = (connection, version, found)
    return found
