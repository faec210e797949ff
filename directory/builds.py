"""Changing what is served, safely: one lock for every command that changes the data or
switches builds, rollback and roll-forward between verified builds only, and clean-up of
builds a killed command left half-written.

Index builds and their atomic switch live in ``directory.search.builds``; the record of which
builds were live in ``directory.search.history``. Nothing here knows about Flask.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from .search import current_build, history, switch_to
from .search.builds import BUILDS, KEEP_BUILDS, index_safety, prune, verify_build

LOCK = ".lock"
#: how long a command waits for another one to finish (seconds); DIRECTORY_LOCK_TIMEOUT
DEFAULT_LOCK_TIMEOUT = 900.0


class Busy(Exception):
    """Another command held the data lock for longer than we would wait."""


class NoBuild(Exception):
    """There is no verified build to switch to."""


class NeedsRepair(Exception):
    """``index/current`` or ``history.json`` is missing or unreadable while verified builds
    are on disk: ``directory repair`` first (``search.builds.index_safety``)."""


@contextmanager
def data_lock(
    root: Path,
    timeout: float | None = None,
    *,
    clean_up: bool = True,
    check: bool = True,
) -> Iterator[None]:
    """Hold the data lock of the index folder ``root`` (an OS file lock: it is released when
    the process ends, however it ends). Once held, and unless ``check`` is False (``directory
    repair``), raises ``NeedsRepair`` when the record of which builds were live is missing;
    then, with ``clean_up`` (never for a dry run: it changes nothing on disk), builds that
    were never verified (half-written leftovers of a killed command) and old builds beyond
    those kept for rollback are removed."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    if timeout is None:
        timeout = float(os.environ.get("DIRECTORY_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
    lock = FileLock(str(root / LOCK), timeout=timeout)
    try:
        lock.acquire()
    except Timeout as exc:
        raise Busy(
            f"another directory command (refresh, import, build-index, rollback) is still "
            f"changing {root}: waited {timeout:.0f} s. Try again when it has finished."
        ) from exc
    try:
        problem = index_safety(root) if check else None
        if problem:
            raise NeedsRepair(problem)
        if clean_up:
            prune(root, KEEP_BUILDS, partial_age=0)
        yield
    finally:
        lock.release()


def _step(root: Path, stack: str) -> tuple[Path | None, Path, list[str], list[str]]:
    """The nearest build on ``stack`` ("past" or "future") that exists and passes its check;
    the ones skipped, with why, and their names (nearest first)."""
    data = history.read(root)
    candidates = list(reversed(data["past"])) if stack == "past" else list(data["future"])
    current = current_build(root)
    skipped: list[str] = []
    names: list[str] = []
    for name in candidates:
        build = Path(root) / BUILDS / name
        if current is not None and build == current:
            continue
        if not build.is_dir() or not history.is_verified(build):
            skipped.append(f"{name}: not on disk, or never verified")
            names.append(name)
            continue
        problem = verify_build(build)
        if problem:
            skipped.append(f"{name}: {problem}")
            names.append(name)
            continue
        return current, build, skipped, names
    raise NoBuild(
        ("no earlier verified build to roll back to" if stack == "past"
         else "nothing to roll forward to (no rollback since the last new build)")
        + "".join(f"\n  skipped {line}" for line in skipped)
    )  # fmt: skip


def rollback(root: Path) -> tuple[Path | None, Path, list[str]]:
    """Serve the most recent earlier build that was live and still passes its check. Returns
    (was, now, skipped). Call with the data lock held."""
    current, build, skipped, names = _step(root, "past")
    data = history.read(root)
    data["past"] = data["past"][: data["past"].index(build.name)]
    # the builds skipped as damaged stay recorded (and on disk: ``prune`` keeps what the
    # history names), nearest first, so that one repaired later can be rolled forward to
    later = [*reversed(names), *([current.name] if current is not None else [])]
    data["future"] = [*later, *[b for b in data["future"] if b not in later]]
    data["events"].append(history.event(current.name if current else None, build.name, "rollback"))
    switch_to(root, build)
    history.write(root, data)
    return current, build, skipped


def roll_forward(root: Path) -> tuple[Path | None, Path, list[str]]:
    """Undo a rollback: serve the build the last rollback stepped back from."""
    current, build, skipped, names = _step(root, "future")
    data = history.read(root)
    data["future"] = data["future"][data["future"].index(build.name) + 1 :]
    earlier = [*([current.name] if current is not None else []), *names]  # skipped: kept
    data["past"] = [b for b in data["past"] if b not in earlier] + earlier
    data["events"].append(
        history.event(current.name if current else None, build.name, "roll-forward")
    )
    switch_to(root, build)
    history.write(root, data)
    return current, build, skipped
