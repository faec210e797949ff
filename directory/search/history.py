"""Which builds were live, in what order: ``index/history.json``.

``past`` holds the builds that were live before the current one (oldest first), ``future`` the
builds a rollback stepped back from (nearest first), so ``directory rollback`` and
``directory roll-forward`` move only between builds that were verified and served. ``events``
is a short audit trail of switches. Written atomically (a temporary file, then a rename), only
by commands holding the data lock (``directory.builds.data_lock``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
from pathlib import Path
from typing import Any

HISTORY = "history.json"
VERIFIED = "verified.json"
MAX_EVENTS = 200


def problem(root: Path) -> str | None:
    """Why ``history.json`` cannot be trusted (missing, unreadable, not JSON, not the right
    shape), or None. ``read`` turns all of these into an empty history, which must never be
    taken as "no build was ever live" while builds are on disk."""
    path = Path(root) / HISTORY
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return f"{path} is missing"
    except (OSError, ValueError) as exc:
        return f"{path} cannot be read ({type(exc).__name__})"
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        return f"{path} is not a history of builds"
    if not data["events"]:
        return f"{path} is empty"
    return None


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


def verified_services(build: Path) -> int | None:
    """How many listings ``build`` held when it was verified (None: never verified)."""
    try:
        data = json.loads((Path(build) / VERIFIED).read_text(encoding="utf-8"))
        return int(data["services"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest(build: Path) -> dict[str, list[Any]]:
    """Each file of ``build`` (``verified.json`` aside): [its size, its SHA-256]."""
    return {
        path.name: [path.stat().st_size, _sha256(path)]
        for path in sorted(Path(build).iterdir())
        if path.is_file() and path.name != VERIFIED
    }


def check_files(build: Path, *, hashes: bool = True) -> str | None:
    """Why the files of ``build`` are no longer those that were verified (one missing, cut
    short, grown, or, with ``hashes``, changed in place), or None. A build verified before
    the files were recorded passes (there is nothing to compare with)."""
    try:
        data = json.loads((Path(build) / VERIFIED).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return f"the build {Path(build).name} was never verified"
    except (OSError, ValueError):
        return f"the verification record of the build {Path(build).name} cannot be read"
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return None
    for name, (size, digest) in sorted(files.items()):
        path = Path(build) / name
        try:
            found = path.stat().st_size
        except OSError:
            return f"{name} of the build {Path(build).name} is missing"
        if found != size:
            return f"{name} of the build {Path(build).name} is {found} bytes, not {size}"
        if hashes and _sha256(path) != digest:
            return f"{name} of the build {Path(build).name} changed after it was verified"
    return None


def mark_verified(build: Path, services: int) -> None:
    """Record that ``build`` passed its check, with the size and hash of each of its files,
    and make them read-only: a verified build is never written again."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    build = Path(build)
    record = {"verified_at": now, "services": services, "files": manifest(build)}
    for path in build.iterdir():
        if path.is_file():
            path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    path = build / VERIFIED
    tmp = build / f".{VERIFIED}.tmp"
    tmp.write_text(json.dumps(record), encoding="utf-8")
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
