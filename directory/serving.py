"""The index a running app serves: the current build, or else the last verified one.

Each worker process has one ``ServingIndex``. ``get()`` costs one ``readlink`` when nothing
changed. A request keeps the ``SearchIndex`` it got for its whole life, so it never mixes two
builds. When the current build cannot be opened, the worker serves the most recent build that
was live before it and still opens (from ``index/history.json``), never whatever it held since
it was forked, and tries the current build again every ``RETRY_SECONDS``: a repaired build is
picked up without a restart. A build changed on disk that is served unchecked, for want of
any other that opens, is not opened again by this worker until ``current`` names another build.

A build is read into memory when it is opened (nothing is memory-mapped), so a file changed
under a worker cannot crash it. Every ``CHECK_SECONDS`` a worker looks at the files of the
build it serves (their size and times: a few ``stat`` calls); when they changed, it checks
them against the sizes and hashes recorded when the build was verified, and when they no
longer match it stops serving that build as every other worker does (a worker started now
could not open it): all of them serve the same earlier build, and ``/ready`` names it.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from .search import IndexCorrupt, IndexMissing, SearchIndex, current_build, history
from .search.builds import BUILDS, verified_builds

log = logging.getLogger("directory.search")

RETRY_SECONDS = 2.0
#: how often a following worker looks for a new build (``ServingIndex.follow``)
FOLLOW_SECONDS = 1.0
#: how often a worker looks whether the files of the build it serves changed on disk
CHECK_SECONDS = 0.5


def _stats(build: Path) -> dict[str, tuple[int, int, int]]:
    """Each file of ``build``: its size, inode and change time (cheap: no file is read)."""
    found = {}
    try:
        with os.scandir(build) as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False):
                    st = entry.stat(follow_symlinks=False)
                    found[entry.name] = (st.st_size, st.st_ino, st.st_ctime_ns)
    except OSError:
        return {}
    return found


class ServingIndex:
    def __init__(self, root: Path, clock: Callable[[], float] = time.monotonic) -> None:
        self.root = Path(root)
        self._clock = clock  # seconds, for the retry interval
        self._lock = threading.Lock()
        self._index: SearchIndex | None = None
        self._retired: list[SearchIndex] = []
        self._failed: Path | None = None
        self._retry_at = 0.0
        self._follower: threading.Thread | None = None
        #: builds changed on disk that it serves unchecked: never opened again by this worker
        self._damaged: set[Path] = set()
        #: the files of the build served, as they were when it was opened (``_stats``)
        self._seen: dict[str, tuple[int, int, int]] = {}
        self._check_at = 0.0

    @property
    def opened(self) -> Path | None:
        """The build this worker holds open now (None before its first), without looking for a
        newer one."""
        index = self._index
        return index.path if index is not None else None

    def follow(self, interval: float = FOLLOW_SECONDS) -> None:
        """Open each new build in the background as soon as it is switched in, so that
        requests find it already open instead of one of them paying for the opening (and the
        others of this worker waiting for it). Call it in each worker after the fork (threads
        do not survive one); requests still pick a switch up by themselves without it."""
        if self._follower is not None and self._follower.is_alive():
            return

        def run() -> None:
            while True:
                try:
                    self.get()
                except Exception:  # no index yet, or a broken one: requests say so
                    log.debug("following the index: nothing to open yet", exc_info=True)
                time.sleep(interval)  # a background poller, not a test waiting for something

        self._follower = threading.Thread(target=run, name="index-follower", daemon=True)
        self._follower.start()

    def get(self) -> SearchIndex:
        target = current_build(self.root)
        index = self._index
        if index is not None and index.path == target and self._clock() >= self._check_at:
            self._check_at = self._clock() + CHECK_SECONDS
            self._check_files(index)
        if (
            index is not None
            and target is not None
            and index.path == target
            and index.path not in self._damaged
            and index.path != self._failed
        ):
            return index
        if (
            index is not None
            and target is not None
            and target == self._failed
            and index.path != self._failed
            and self._clock() < self._retry_at
        ):
            return index  # the fallback, until it is time to try the current build again
        with self._lock:
            return self._refresh(current_build(self.root))

    def _check_files(self, index: SearchIndex) -> None:
        """Whether the files of the build served changed on disk since it was opened: if
        they no longer match what was verified, the build is not served again (by this worker
        or, as they check too, any other) until ``RETRY_SECONDS`` find it repaired."""
        seen = _stats(index.path)
        if seen == self._seen:
            return
        # a build verified when it was opened must still be (one deleted is not either)
        problem = history.check_files(index.path) if history.VERIFIED in self._seen else None
        if problem is None:
            self._seen = seen  # touched or copied back whole: still what was verified
            return
        log.error("index build %s changed on disk: %s", index.build_id, problem)
        with self._lock:
            self._failed, self._retry_at = index.path, self._clock() + RETRY_SECONDS

    def _install(self, fresh: SearchIndex) -> SearchIndex:
        old = self._index
        if old is not None and old is not fresh:
            # keep the old one open a little: requests that hold it may still be searching
            self._retired.append(old)
            while len(self._retired) > 2:
                self._retired.pop(0).close()
        self._index = fresh
        self._seen = _stats(fresh.path)
        log.info("serving index build %s", fresh.build_id)
        return fresh

    def _refresh(self, target: Path | None) -> SearchIndex:
        index = self._index
        damaged = None
        if index is not None and index.path in self._damaged:
            damaged, index = index, None
        if index is not None and index.path == self._failed:
            index = None  # its files changed on disk (``_check_files``)
        if index is not None and target is not None and index.path == target:
            return index
        problem: Exception | None = None
        if target is not None and target in self._damaged:
            problem = IndexCorrupt(f"the index build {target.name} changed on disk")
            self._failed, self._retry_at = target, math.inf  # until another build is current
        elif target is not None and target == self._failed and self._clock() < self._retry_at:
            problem = IndexCorrupt(f"the index build {target.name} changed on disk")
        elif target is not None:
            try:
                fresh = SearchIndex.open(target)
            except (IndexMissing, IndexCorrupt) as exc:
                problem = exc
                self._failed, self._retry_at = target, self._clock() + RETRY_SECONDS
                log.error("the current index build %s cannot be opened", target.name)
            else:
                self._failed = None
                return self._install(fresh)
        # no usable current build: the most recent earlier one that was live and opens (with
        # no current link at all, the newest verified build on disk: every one went live)
        names = list(reversed(history.read(self.root)["past"]))
        if target is None:
            names = [b.name for b in reversed(verified_builds(self.root))] + names
        for name in names:
            build = self.root / BUILDS / name
            if build == target or build in self._damaged or not history.is_verified(build):
                continue
            if index is not None and index.path == build and build.is_dir():
                return index
            try:
                fresh = SearchIndex.open(build)
            except (IndexMissing, IndexCorrupt):
                continue
            log.warning("serving the earlier build %s until the current one opens", name)
            return self._install(fresh)
        if damaged is not None:
            # nothing earlier to serve: the one already opened, unchecked
            log.warning("no earlier build: serving %s, changed on disk", damaged.build_id)
            return damaged
        if isinstance(problem, IndexCorrupt) and target is not None and target.is_dir():
            # nothing earlier to serve either: the build as it opens now (every listing
            # validated) rather than none; every worker comes to the same
            try:
                fresh = SearchIndex.open(target, checked=False)
            except (IndexMissing, IndexCorrupt):
                pass
            else:
                log.warning("no earlier build: serving %s, changed on disk", target.name)
                self._damaged.add(target)  # not opened again while it is current
                return self._install(fresh)
        if problem is not None:
            raise problem
        raise IndexMissing(f"no index has been built in {self.root}")
