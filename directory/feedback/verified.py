"""Maintainers' checks of a listing against its source: when each listing was last checked by
us, which listings have gone unchecked too long, and how many are checked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .db import connect, reading

#: a listing not checked by us for this long is listed by `directory stale` by default
STALE_MONTHS = 12
#: past this, a listing's page says its details may be out of date
OUT_OF_DATE_MONTHS = 18


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (the month's last day when it has fewer days)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def record(folder: Path, service_id: str, source_url: str, on: dt.date | None = None) -> str:
    """Record that a maintainer checked ``service_id`` against ``source_url``; the date."""
    day = (on or dt.date.today()).isoformat()
    with connect(folder) as connection, connection:
        connection.execute(
            "INSERT INTO verifications (service_id, source_url, verified_on) VALUES (?, ?, ?)",
            (service_id, source_url, day),
        )
    return day


@dataclass(frozen=True)
class Check:
    service_id: str
    source_url: str
    verified_on: dt.date


def latest(folder: Path, service_id: str | None = None) -> dict[str, Check]:
    """Each listing's latest check by a maintainer (one listing's with ``service_id``)."""
    with reading(folder) as connection:
        if connection is None:
            return {}
        where, args = ("WHERE service_id = ?", (service_id,)) if service_id else ("", ())
        rows = connection.execute(
            f"SELECT service_id, source_url, verified_on FROM verifications {where} "
            "ORDER BY verified_on, id",
            args,
        ).fetchall()
    return {
        row["service_id"]: Check(
            row["service_id"], row["source_url"], dt.date.fromisoformat(row["verified_on"])
        )
        for row in rows
    }


def stale(
    folder: Path, service_ids: Iterable[str], older_than_months: int, today: dt.date | None = None
) -> list[tuple[str, dt.date | None]]:
    """Listings not checked by us since ``older_than_months`` ago (never checked: None)."""
    cutoff = months_before(today or dt.date.today(), older_than_months)
    checks = latest(folder)
    out = []
    for sid in service_ids:
        check = checks.get(sid)
        if check is None or check.verified_on < cutoff:
            out.append((sid, check.verified_on if check else None))
    return out


def out_of_date(
    checked: dt.date | None, last_checked: dt.date | None, today: dt.date | None = None
) -> bool:
    """Whether a listing's page should say its details may be out of date: neither we nor a
    refresh have seen them for ``OUT_OF_DATE_MONTHS``."""
    newest = max((d for d in (checked, last_checked) if d is not None), default=None)
    if newest is None:
        return True
    return newest < months_before(today or dt.date.today(), OUT_OF_DATE_MONTHS)
