"""Index builds on disk and the atomic switch between them.

Layout under the index root::

    builds/<build-id>/      one complete Whoosh index + meta.json each
    current -> builds/<id>  a symbolic link, replaced by one atomic rename

A build is written beside the serving one and only then switched in, so a reader sees the old
index or the new one, never a half-built one; a failed build is removed and leaves ``current``
as it was. The last few builds are kept for rollback. The opened index: ``store.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.query import Every

from ..model import Service, to_records
from . import history
from .areas import Areas
from .prepared import prepare
from .schema import make_schema, to_document
from .store import IndexCorrupt, IndexMissing, SearchIndex

KEEP_BUILDS = 4
#: what a build holds: raise it when the index gains a field, an array or a file that older
#: builds lack, so that `directory build-index --if-missing` (scripts/run) rebuilds them
#: (2: the Welsh-language filter, the arrays and records read when opening)
BUILD_FORMAT = 2
SNAPSHOT = "listings.json"
CURRENT = "current"
BUILDS = "builds"
#: called after a new build is switched in, with (root, the build it replaced or None, the new
#: build), by name: directory/feedback/changes.py records what the build changed. A hook that
#: fails is logged; it never fails the build, which is already live.
AFTER_SWITCH: dict[str, Callable[[Path, Path | None, Path], None]] = {}
log = logging.getLogger(__name__)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def build_index(
    services: Iterable[Service],
    root: Path,
    *,
    data_refreshed: str | None = None,
    reason: str = "build-index",
    keep: int = KEEP_BUILDS,
) -> Path:
    """Write a new index build for ``services`` and switch ``root/current`` to it atomically.

    Returns the new build's folder. On any failure the partial build is removed and the
    serving index is untouched.
    """
    root = Path(root)
    builds = root / BUILDS
    builds.mkdir(parents=True, exist_ok=True)
    now = _utcnow()
    # names sort in build order: a sequence number first, then the time
    sequence = (
        max(
            (int(p.name.split("-")[0]) for p in builds.iterdir() if p.name.split("-")[0].isdigit()),
            default=0,
        )
        + 1
    )
    build = builds / f"{sequence:06d}-{now:%Y%m%dT%H%M%SZ}"
    services = list(services)
    try:
        build.mkdir()  # fails if a concurrent build took the same name: nothing is overwritten
        ix = whoosh_index.create_in(str(build), make_schema())
        writer = ix.writer(limitmb=256)
        try:
            for service in services:
                writer.add_document(**to_document(service))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        meta = {
            "format": BUILD_FORMAT,
            "built_at": now.isoformat(),
            "services": len(services),
            "reason": reason,
            "data_refreshed": data_refreshed
            or max((s.last_checked.isoformat() for s in services), default=None),
        }
        (build / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        # the first search of each word and concept, paid now instead of by a visitor; and
        # what opening the build needs, so that no worker reads every listing to open it
        fresh = SearchIndex.open(build)
        try:
            meta["prepared_queries"] = prepare(fresh, build)
            fresh.save_arrays()
            Areas.of(fresh).save(build)
        finally:
            fresh.close()
        (build / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        # the data snapshot travels with its index: one switch changes both
        snapshot = {"about": "data snapshot of this index build", "records": to_records(services)}
        (build / SNAPSHOT).write_text(
            json.dumps(snapshot, indent=1, ensure_ascii=False), encoding="utf-8"
        )
        _fsync_tree(build)
        problem = verify_build(build, expected=len(services))
        if problem:
            raise IndexCorrupt(f"the new build {build.name} failed its check: {problem}")
        history.mark_verified(build, len(services))
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise
    old = current_build(root)
    switch_to(root, build)
    history.record(root, old.name if old else None, build.name, reason)
    for name, hook in list(AFTER_SWITCH.items()):
        try:
            hook(root, old, build)
        except Exception:
            log.exception("after switching to %s: %s failed", build.name, name)
    prune(root, keep)
    return build


def verify_build(build: Path, expected: int | None = None) -> str | None:
    """Why ``build`` must not go live, or None: it must open, every listing must validate, and
    a query for every document must answer with all of its listings."""
    try:
        index = SearchIndex.open(build)
    except (IndexMissing, IndexCorrupt) as exc:
        return str(exc)
    try:
        damaged = index.check()
        if damaged:
            return damaged
        found = len(index.run(Every()).positions)
    except Exception as exc:  # whoosh raises many kinds on damaged segments
        return f"a query failed: {type(exc).__name__}"
    finally:
        index.close()
    if found != len(index.services) or (expected is not None and found != expected):
        return f"a query found {found} of {expected or len(index.services)} listings"
    return None


def _fsync_tree(folder: Path) -> None:
    for path in folder.iterdir():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def switch_to(root: Path, build: Path) -> None:
    """Point ``root/current`` at ``build`` in one atomic rename of a symbolic link."""
    root = Path(root)
    tmp = root / f".{CURRENT}.{uuid.uuid4().hex}"
    os.symlink(os.path.relpath(build, root), tmp)
    os.replace(tmp, root / CURRENT)
    fd = os.open(root, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_build(root: Path) -> Path | None:
    link = Path(root) / CURRENT
    try:
        target = os.readlink(link)
    except OSError:
        return None
    return (Path(root) / target).resolve()


def list_builds(root: Path) -> list[Path]:
    """Builds on disk, oldest first."""
    folder = Path(root) / BUILDS
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and (p / "meta.json").exists())


def prune(root: Path, keep: int = KEEP_BUILDS, *, partial_age: float = 3600) -> None:
    """Remove builds beyond the ``keep`` most recently live (never the serving one, nor one
    a roll-forward may return to), and partial builds: folders never verified, once older
    than ``partial_age`` seconds (0 when the caller holds the data lock, so nothing else can
    be writing one)."""
    current = current_build(root)
    folder = Path(root) / BUILDS
    recorded = history.read(root)
    wanted = {current.name} if current else set()
    wanted.update(recorded["future"])
    wanted.update(recorded["past"][-max(0, keep - 1) :] if keep > 1 else [])
    for build in folder.iterdir() if folder.is_dir() else ():
        if not build.is_dir() or build == current or build.name in wanted:
            continue
        if not history.is_verified(build):
            age = _utcnow().timestamp() - build.stat().st_mtime
            if partial_age > 0 and age < partial_age:  # perhaps being written right now
                continue
        shutil.rmtree(build, ignore_errors=True)


def stale_build(root: Path) -> str | None:
    """Why the current build, though it opens, was written by an older version of the app (its
    search lacks what the code now indexes, such as a new filter), or None."""
    build = current_build(root)
    if build is None:
        return None
    try:
        meta = json.loads((build / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # index_problem says what is wrong with it
    if meta.get("format", 0) < BUILD_FORMAT:
        return f"The search index {build.name} was built by an older version of the app"
    return None


def index_problem(root: Path, *, thorough: bool = False) -> str | None:
    """Why the index under ``root`` cannot be served, or None when it can. ``thorough`` also
    validates every listing (as the build did before it was switched in): for a command that
    is about to read them all."""
    build = current_build(root)
    if build is None:
        return f"No search index in {root}. Build it with: directory build-index"
    try:
        index = SearchIndex.open(build)
    except (IndexMissing, IndexCorrupt) as exc:
        return f"The search index cannot be used ({exc}). Rebuild it with: directory build-index"
    try:
        damaged = index.check() if thorough else None
    finally:
        index.close()
    if damaged:
        return (
            f"The search index cannot be used ({damaged}). Roll back with: directory rollback, "
            "or rebuild it with: directory build-index"
        )
    return None
