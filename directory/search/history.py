"""Which builds were live, in what order: ``index/history.json``.

``past`` holds the builds that were live before the current one (oldest first), ``future`` the
builds a rollback stepped back from (nearest first), so ``directory rollback`` and
``directory roll-forward`` move only between builds that were verified and served. ``events``
is a short audit trail of switches. Written atomically (a temporary file, then a rename), only
by commands holding the data lock (``directory.builds.DataLock``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

HISTORY = "history.json"
VERIFIED = "verified.json"
MAX_EVENTS = 200


def read(root: Path) -> dict[str, Any]:
    try:
        data = json.loads((Path(root) / HISTORY).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    return {
        "past": [str(x) for x in data.get("past", []) if isinstance(x, str)],
        "future": [str(x) for x in data.get("future", []) if isinstance(x, str)],
        "events": [e for e in data.get("events", []) if isinstance(e, dict)],
    }


def write(root: Path, data: dict[str, Any]) -> None:
    root = Path(root)
    data = {**data, "events": data.get("events", [])[-MAX_EVENTS:]}
    tmp = root / f".{HISTORY}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(tmp, root / HISTORY)


def record(root: Path, old: str | None, new: str, reason: str) -> None:
    """A new build went live: the old one joins ``past``; there is nothing to roll forward to."""
    data = read(root)
    if old and old != new:
        data["past"] = [b for b in data["past"] if b != old] + [old]
    data["past"] = [b for b in data["past"] if b != new]
    data["future"] = []
    data["events"].append(event(old, new, reason))
    write(root, data)


def event(old: str | None, new: str, reason: str) -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return {"at": now, "reason": reason, "from": old, "to": new}


def is_verified(build: Path) -> bool:
    return (Path(build) / VERIFIED).is_file()


def mark_verified(build: Path, services: int) -> None:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    path = Path(build) / VERIFIED
    path.write_text(json.dumps({"verified_at": now, "services": services}), encoding="utf-8")
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
