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
from .schema import make_schema, phrase_pairs, to_document
from .store import SNAPSHOT, IndexCorrupt, IndexMissing, SearchIndex

KEEP_BUILDS = 4
#: what a build holds: raise it when the index gains a field, an array or a file that older
#: builds lack, so that `directory build-index --if-missing` (scripts/run) rebuilds them
#: (2: the Welsh-language filter; 3: the age filter; 4: one artefact, Whoosh and
#: listings.json, opened one way: docs/adr/0002-real-scale.md)
BUILD_FORMAT = 4
CURRENT = "current"
BUILDS = "builds"
#: called after a new build is switched in, with (root, the build it replaced or None, the new
#: build), by name: directory/feedback/changes.py records what the build changed. A hook that
#: fails is logged; it never fails the build, which is already live.
AFTER_SWITCH: dict[str, Callable[[Path, Path | None, Path], None]] = {}
#: called while a new build is written, before it is verified, with (root, the new build's
#: folder, its listings), by name: a hook may add a file to the build, which the build's
#: verification then covers like the others (directory/feedback/verified.py carries the
#: maintainers' checks of listings into ``checked_by_us.json``). A hook that fails is logged
#: and its file left out; it never fails the build.
INTO_BUILD: dict[str, Callable[[Path, Path, list[Service]], None]] = {}
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
        _write(build, services, now, reason, data_refreshed)
        for name, add in list(INTO_BUILD.items()):
            try:
                add(root, build, services)
            except Exception:
                log.exception("writing %s into %s failed", name, build.name)
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


def _write(
    build: Path,
    services: list[Service],
    now: dt.datetime,
    reason: str,
    data_refreshed: str | None,
) -> None:
    """Write the build's files into the empty folder ``build``: Whoosh's index, ``meta.json``
    and the listings (``SNAPSHOT``)."""
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
        # the pairs of words indexed for phrases (schema.PAIRS)
        "pairs": sorted(f"{a} {b}" for a, b in phrase_pairs()),
        "data_refreshed": data_refreshed
        or max((s.last_checked.isoformat() for s in services), default=None),
    }
    (build / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    # the data snapshot travels with its index: one switch changes both
    snapshot = {"about": "data snapshot of this index build", "records": to_records(services)}
    (build / SNAPSHOT).write_text(
        json.dumps(snapshot, indent=1, ensure_ascii=False), encoding="utf-8"
    )


def verify_build(build: Path, expected: int | None = None) -> str | None:
    """Why ``build`` must not go live, or None: it must open, every listing must validate, and
    a query for every document must answer with all of its listings, and (once verified) its
    files must be those it was verified with."""
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


def sequence(build: Path | str) -> int:
    """A build's sequence number (its name's first part), or -1 for a folder not named so."""
    head = Path(build).name.split("-")[0]
    return int(head) if head.isdigit() else -1


def verified_builds(root: Path) -> list[Path]:
    """The builds on disk that passed their check when written, oldest first."""
    return sorted(
        (b for b in list_builds(root) if history.is_verified(b)),
        key=lambda b: (sequence(b), b.name),
    )


def index_safety(root: Path) -> str | None:
    """Why no command may change the index under ``root`` until it is repaired, or None.

    ``current`` and ``history.json`` say which builds were live; when either is missing or
    unreadable while verified builds are on disk, a command would take the newest data for
    unwanted (and delete it), or start again from the bundled listings. ``directory repair``
    rebuilds both from the builds on disk."""
    verified = verified_builds(root)
    if not verified:
        return None
    newest = verified[-1]
    listings = history.verified_services(newest)
    on_disk = (
        f"{len(verified)} verified builds are on disk, the newest {newest.name} "
        f"({listings} listings)"
    )
    current = current_build(root)
    if current is None or not current.is_dir():
        what = "is missing" if current is None else f"names {current.name}, which is not on disk"
        return (
            f"{Path(root) / CURRENT} {what}, but {on_disk}. Nothing was changed. Run `directory "
            "repair` to serve the newest verified build again and rebuild the history."
        )
    problem = history.problem(root)
    if problem:
        return (
            f"{problem}, but {on_disk}. Nothing was changed. Run `directory repair` to rebuild "
            "the history from the builds on disk."
        )
    return None


def prune(root: Path, keep: int = KEEP_BUILDS, *, partial_age: float = 3600) -> None:
    """Remove verified builds older than the serving one beyond the ``keep`` most recent (by
    the history and by what is on disk: never the serving one, one newer than it, nor one a
    roll-forward may return to), and partial builds: folders never verified, once older than
    ``partial_age`` seconds (0 when the caller holds the data lock, so nothing else can be
    writing one). Nothing at all is removed unless the serving build is verified, its files
    unchanged, the history readable (``index_safety``) and its last switch the one to it."""
    if index_safety(root):
        return
    current = current_build(root)
    if current is None or not history.is_verified(current):
        return
    if history.check_files(current, hashes=False):
        return  # a damaged serving build: the earlier ones are what a rollback needs
    folder = Path(root) / BUILDS
    recorded = history.read(root)
    if not recorded["events"] or recorded["events"][-1].get("to") != current.name:
        return  # switched by hand, not by a command: the history may not say what was live
    older = [b.name for b in verified_builds(root) if sequence(b) < sequence(current)]
    wanted = {current.name}
    wanted.update(recorded["future"])
    wanted.update(recorded["past"][-max(0, keep - 1) :] if keep > 1 else [])
    wanted.update(older[-max(0, keep - 1) :] if keep > 1 else [])
    for build in folder.iterdir() if folder.is_dir() else ():
        if not build.is_dir() or build == current or build.name in wanted:
            continue
        if history.is_verified(build):
            if sequence(build) >= sequence(current):
                continue  # newer than the serving build: a rollback stepped back from it
        else:
            age = _utcnow().timestamp() - build.stat().st_mtime
            if partial_age > 0 and age < partial_age:  # perhaps being written right now
                continue
        shutil.rmtree(build, ignore_errors=True)


def repair(root: Path) -> tuple[Path | None, Path, dict[str, str]]:
    """Serve a verified build again and rebuild ``history.json`` from the builds on disk;
    deletes nothing. Keeps the serving build when it is verified and passes its check, or
    else serves the newest verified build that does. Returns (was, now, {build: why it was
    passed over}). Call with the data lock held."""
    verified = verified_builds(root)
    if not verified:
        raise IndexMissing(
            f"no verified build in {Path(root) / BUILDS}: build one with `directory build-index`"
        )
    current = current_build(root)
    was = current if current is not None and current.is_dir() else None
    passed_over: dict[str, str] = {}
    chosen = None
    if was is not None and history.is_verified(was) and verify_build(was) is None:
        chosen = was
    for build in reversed(verified):
        if chosen is not None:
            break
        problem = verify_build(build)
        if problem is None:
            chosen = build
        else:
            passed_over[build.name] = problem
    if chosen is None:
        raise IndexCorrupt(
            "no build on disk passes its check: "
            + "; ".join(f"{name}: {why}" for name, why in passed_over.items())
        )
    data = history.read(root)  # its events, if it can still be read
    data["past"] = [b.name for b in verified if sequence(b) < sequence(chosen)]
    data["future"] = [b.name for b in verified if sequence(b) > sequence(chosen)]
    data["events"].append(history.event(was.name if was else None, chosen.name, "repair"))
    if chosen != was:
        switch_to(root, chosen)
    history.write(root, data)
    return was, chosen, passed_over


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
    if build is None or not build.is_dir():
        # with builds on disk, building another would start again from the bundled data
        return (
            index_safety(root) or f"No search index in {root}. Build it with: directory build-index"
        )
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
