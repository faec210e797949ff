"""Maintainers' checks of a listing against its source: when each listing was last checked by
us, which listings have gone unchecked too long, and how many are checked.

``directory verify`` records a check in the state database; the pages show it from the next
build: every build (``build-index``, ``refresh``, ``import``) copies each of its listings'
latest check into ``checked_by_us.json`` in the build, covered by the build's verification
like its other files, and a page reads the dates of the build it is served from. So a page
never shows a check of details that a newer build may have changed, one switch changes the
listings and their checks together, and a rollback brings back the checks the build had.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..search import builds
from .db import connect, reading

#: a listing not checked by us for this long is listed by `directory stale` by default
STALE_MONTHS = 12
#: past this, a listing's page says its details may be out of date
OUT_OF_DATE_MONTHS = 18
#: the file in a build with its listings' latest checks by us
IN_BUILD = "checked_by_us.json"
log = logging.getLogger(__name__)
_STATE_FOR: dict[Path, Path] = {}


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


def latest(folder: Path) -> dict[str, Check]:
    """Each listing's latest check by a maintainer."""
    with reading(folder) as connection:
        if connection is None:
            return {}
        rows = connection.execute(
            "SELECT service_id, source_url, verified_on FROM verifications ORDER BY verified_on, id"
        ).fetchall()
    return {
        row["service_id"]: Check(
            row["service_id"], row["source_url"], dt.date.fromisoformat(row["verified_on"])
        )
        for row in rows
    }


def stale(
    folder: Path, service_ids: Iterable[str], older_than_months: int
) -> list[tuple[str, dt.date | None]]:
    """Listings not checked by us since ``older_than_months`` ago (never checked: None)."""
    cutoff = months_before(dt.date.today(), older_than_months)
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


def register(index_root: Path, state_folder: Path) -> None:
    """Copy the checks recorded in ``state_folder`` into every build written under
    ``index_root`` (the app does this when it starts, as for ``changes.register``)."""
    _STATE_FOR[Path(index_root).resolve()] = Path(state_folder)
    builds.INTO_BUILD["checked_by_us"] = _into_build


def _into_build(root: Path, build: Path, services: list) -> None:
    folder = _STATE_FOR.get(Path(root).resolve())
    if folder is not None:
        write_into(build, folder, [s.id for s in services])


def write_into(build: Path, folder: Path, service_ids: Iterable[str]) -> int:
    """Write the latest check of each of ``service_ids`` into ``build``; how many."""
    checks = latest(folder)
    chosen = {
        sid: {"verified_on": c.verified_on.isoformat(), "source_url": c.source_url}
        for sid in sorted(set(service_ids))
        if (c := checks.get(sid)) is not None
    }
    body = {"about": "maintainers' checks of these listings (directory verify)", "checks": chosen}
    (Path(build) / IN_BUILD).write_text(json.dumps(body, indent=1), encoding="utf-8")
    return len(chosen)


@functools.lru_cache(maxsize=8)
def _read_build(build: str) -> dict[str, dt.date]:
    try:
        data = json.loads((Path(build) / IN_BUILD).read_text(encoding="utf-8"))
        return {
            sid: dt.date.fromisoformat(check["verified_on"])
            for sid, check in data["checks"].items()
        }
    except FileNotFoundError:  # a build made before checks were carried into builds
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("the checks in the build %s cannot be read", Path(build).name)
        return {}


def in_build(build: Path) -> dict[str, dt.date]:
    """Each listing's latest check by us as the build ``build`` carries it (builds are never
    written again once verified, so it is read once a build)."""
    return _read_build(str(build))
