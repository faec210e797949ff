"""What changed near you: every build's differences from the one it replaced (listings added,
closed or gone, fields changed), recorded when the build is switched in and kept in the state
database, so that a rollback or a pruned build loses none of it.

No search words or places typed by the public are recorded: only listings' own fields.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..geo.police import PoliceForceAreas
from ..search import builds
from .db import connect, reading

log = logging.getLogger(__name__)

KINDS = ("added", "closed", "changed")
#: fields that change without the service changing
IGNORED = {"last_checked", "verify"}
_STATE_FOR: dict[Path, Path] = {}


def register(index_root: Path, state_folder: Path) -> None:
    """Record the changes of every build switched in under ``index_root`` into the state
    database in ``state_folder`` (the app does this when it starts)."""
    _STATE_FOR[Path(index_root).resolve()] = Path(state_folder)
    builds.AFTER_SWITCH["changes"] = _after_switch


def _after_switch(root: Path, old: Path | None, new: Path) -> None:
    folder = _STATE_FOR.get(Path(root).resolve())
    if folder is not None:
        record_build(folder, old, new)


def _records(build: Path | None) -> dict[str, dict[str, Any]]:
    if build is None:
        return {}
    try:
        data = json.loads((build / builds.SNAPSHOT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {r["id"]: r for r in data.get("records", []) if isinstance(r, dict) and "id" in r}


def differences(
    old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]
) -> list[tuple[str, dict[str, Any], str, dict[str, dict[str, Any]]]]:
    """(id, record, kind, fields) for each listing added, closed (or gone) or changed."""
    out: list[tuple[str, dict[str, Any], str, dict[str, dict[str, Any]]]] = []
    for sid, record in new.items():
        before = old.get(sid)
        if before is None:
            out.append((sid, record, "added", {}))
            continue
        fields = {
            k: {"old": before.get(k), "new": record.get(k)}
            for k in sorted(set(record) | set(before))
            if k not in IGNORED and before.get(k) != record.get(k)
        }
        if not fields:
            continue
        closed = record.get("status") == "closed" and before.get("status") != "closed"
        out.append((sid, record, "closed" if closed else "changed", fields))
    for sid, record in old.items():
        if sid not in new and record.get("status") != "closed":
            out.append((sid, record, "closed", {}))
    return out


def record_build(folder: Path, old: Path | None, new: Path) -> int:
    """Store what ``new`` changed from ``old``; how many listings changed. A build already
    recorded is not recorded again."""
    day = dt.date.today().isoformat()
    found = differences(_records(old), _records(new))
    with connect(folder) as connection, connection:
        if connection.execute("SELECT 1 FROM builds WHERE build = ?", (new.name,)).fetchone():
            return 0
        connection.execute(
            "INSERT INTO builds (build, previous, built_on) VALUES (?, ?, ?)",
            (new.name, old.name if old else None, day),
        )
        connection.executemany(
            "INSERT INTO changes (build, built_on, service_id, name, kind, fields, national, "
            "councils, forces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    new.name,
                    day,
                    sid,
                    str(record.get("name", sid)),
                    kind,
                    json.dumps(fields, ensure_ascii=False, default=str),
                    int(bool((record.get("service_area") or {}).get("national"))),
                    json.dumps((record.get("service_area") or {}).get("local_authorities", [])),
                    json.dumps((record.get("service_area") or {}).get("police_force_areas", [])),
                )
                for sid, record, kind, fields in found
            ],
        )
    return len(found)


@dataclass(frozen=True)
class Change:
    build: str
    date: str
    service_id: str
    name: str
    kind: str
    national: bool
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.service_id,
            "name": self.name,
            "change": self.kind,
            "date": self.date,
            "build": self.build,
            "national": self.national,
            "fields": self.fields,
        }


def area_matcher(area: str, police: PoliceForceAreas) -> Callable[..., bool] | None:
    """A test of a change's (national, councils, forces) for ``area``: a police force area's
    name or a council's GSS code ("" for everywhere). A listing is in a force's area when it
    names the force or a council (or shire county) the force covers; in a council's when it
    names the council or its force. National services are in every area. None when ``area``
    is neither."""
    if not area:
        return lambda national, councils, forces: True

    def force_named(name: str) -> frozenset[str]:
        return frozenset(police.councils_in(name))  # one force's councils, however spelt

    wanted = force_named(area)
    if wanted:
        return lambda national, councils, forces: bool(
            national
            or any(force_named(f) == wanted for f in forces)
            or any(force_named(police.force_of(c) or "") == wanted for c in councils)
        )
    code = area.strip().upper()
    force_of = police.force_of(code)
    if force_of is None:
        return None
    return lambda national, councils, forces: bool(
        national or code in councils or any(force_named(f) == force_named(force_of) for f in forces)
    )


def since(
    folder: Path, day: dt.date, area: str, police: PoliceForceAreas, limit: int = 500
) -> list[Change]:
    """What changed in ``area`` since ``day`` (inclusive), newest first. Raises ValueError
    for an area that is neither a police force area nor a council."""
    matches = area_matcher(area, police)
    if matches is None:
        raise ValueError(area)
    with reading(folder) as connection:
        if connection is None:
            return []
        rows = connection.execute(
            "SELECT * FROM changes WHERE built_on >= ? ORDER BY built_on DESC, id DESC",
            (day.isoformat(),),
        ).fetchall()
    out = []
    for row in rows:
        national = bool(row["national"])
        if not matches(national, json.loads(row["councils"]), json.loads(row["forces"])):
            continue
        out.append(
            Change(
                row["build"],
                row["built_on"],
                row["service_id"],
                row["name"],
                row["kind"],
                national,
                json.loads(row["fields"]),
            )  # fmt: skip
        )
        if len(out) >= limit:
            break
    return out
