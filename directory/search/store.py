"""Index builds on disk, the atomic switch between them, and the opened index the app serves.

Layout under the index root::

    builds/<build-id>/      one complete Whoosh index + meta.json each
    current -> builds/<id>  a symbolic link, replaced by one atomic rename

A build is written beside the serving one and only then switched in, so a reader sees the old
index or the new one, never a half-built one; a failed build is removed and leaves ``current``
as it was. The last few builds are kept for rollback.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process
from whoosh import index as whoosh_index
from whoosh.query import Every, Query

from ..model import Service, to_records
from . import history
from .columns import Columns
from .prepared import Prepared, prepare
from .schema import TEXT_FIELDS, make_schema, to_document

log = logging.getLogger(__name__)

KEEP_BUILDS = 4
SNAPSHOT = "listings.json"
MAX_CACHED_MATCHES = 5000
CURRENT = "current"
BUILDS = "builds"


class IndexMissing(Exception):
    """There is no built index to serve."""


class IndexCorrupt(Exception):
    """The index on disk cannot be opened."""


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
            "built_at": now.isoformat(),
            "services": len(services),
            "reason": reason,
            "data_refreshed": data_refreshed
            or max((s.last_checked.isoformat() for s in services), default=None),
        }
        (build / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        # the first search of each word and concept, paid now instead of by a visitor
        fresh = SearchIndex.open(build)
        try:
            meta["prepared_queries"] = prepare(fresh, build)
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
    prune(root, keep)
    return build


def verify_build(build: Path, expected: int | None = None) -> str | None:
    """Why ``build`` must not go live, or None: it must open, and a query for every document
    must answer with all of its listings."""
    try:
        index = SearchIndex.open(build)
    except (IndexMissing, IndexCorrupt) as exc:
        return str(exc)
    try:
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


@dataclass(frozen=True, eq=False)
class Matches:
    """The services a query matches, as positions in ``Columns`` with their scores."""

    positions: np.ndarray  # int
    scores: np.ndarray  # float, one per position

    def dense(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        """(matched, score) arrays over every position."""
        matched = np.zeros(size, dtype=bool)
        matched[self.positions] = True
        scores = np.zeros(size)
        scores[self.positions] = self.scores
        return matched, scores


@dataclass(eq=False)
class SearchIndex:
    """One opened, immutable index build: the Whoosh index plus its listings in memory."""

    path: Path
    meta: dict
    services: dict[str, Service]
    columns: Columns
    _ix: whoosh_index.Index
    _positions_by_docnum: np.ndarray
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _searcher: Any = None
    _vocabulary: frozenset[str] | None = None
    _known: dict[str, frozenset[str]] | None = None
    _matches: dict[str, Matches] = field(default_factory=dict)
    #: answers written with the build (see prepared.py); None for an older build
    _prepared: Prepared | None = None

    @classmethod
    def open(cls, path: Path) -> SearchIndex:
        path = Path(path)
        try:
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
            ix = whoosh_index.open_dir(str(path))
            services: dict[str, Service] = {}
            ids: dict[int, str] = {}
            with ix.reader() as reader:
                for docnum, stored in reader.iter_docs():
                    service = Service.model_validate_json(stored["record"])
                    services[service.id] = service
                    ids[docnum] = service.id

                def having(index_field: str, term: str) -> list[str]:
                    if (index_field, term) not in reader:
                        return []
                    return [ids[d] for d in reader.postings(index_field, term).all_ids()]

                columns = Columns.of(services, having)
            prepared = Prepared.open(path)
        except FileNotFoundError as exc:
            raise IndexMissing(f"no index at {path}") from exc
        except Exception as exc:  # whoosh and pydantic raise many kinds on damaged files
            raise IndexCorrupt(f"the index at {path} cannot be opened: {exc}") from exc
        by_docnum = np.full(max(ids, default=-1) + 1, -1, dtype=np.int64)
        for docnum, sid in ids.items():
            by_docnum[docnum] = columns.positions[sid]
        return cls(
            path=path,
            meta=meta,
            services=services,
            columns=columns,
            _ix=ix,
            _positions_by_docnum=by_docnum,
            _prepared=prepared,
        )

    @property
    def build_id(self) -> str:
        return self.path.name

    def run(self, query: Query) -> Matches:
        """Every service matching a Whoosh query, with its score."""
        with self._lock:
            searcher = self._get_searcher()
            top = searcher.search(query, limit=None, scored=True).top_n
        docnums = np.fromiter((docnum for _, docnum in top), dtype=np.int64, count=len(top))
        return Matches(
            positions=self._positions_by_docnum[docnums],
            scores=np.fromiter((score for score, _ in top), dtype=float, count=len(top)),
        )

    def run_cached(self, key: str, query: Query) -> Matches:
        """``run`` for a query named by ``key`` (a synonym group or an indexed word), computed
        once per build: a build never changes, so neither do its matches."""
        found = self._matches.get(key)
        if found is None:
            if len(self._matches) >= MAX_CACHED_MATCHES:
                self._matches.clear()
            ready = self._prepared.get(query) if self._prepared is not None else None
            if ready is not None:
                found = Matches(positions=ready[0], scores=ready[1])
            else:
                found = self.run(query)
            self._matches[key] = found
        return found

    def suggest(self, word: str) -> str | None:
        """The closest word of the listings to a misspelt one (None if the word is theirs or
        nothing is close)."""
        words = self.vocabulary
        if word in words:
            return None
        found = process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=75)
        return found[0] if found else None

    @property
    def known_terms(self) -> dict[str, frozenset[str]]:
        """Each text field's indexed terms, so queries skip what cannot match."""
        if self._known is None and self._prepared is not None:
            self._known = self._prepared.known_terms(TEXT_FIELDS)
        if self._known is None:
            with self._lock:
                reader = self._get_searcher().reader()
                self._known = {
                    name: frozenset(
                        t.decode() if isinstance(t, bytes) else t for t in reader.lexicon(name)
                    )
                    for name in TEXT_FIELDS
                }
        return self._known

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every word of the listings (unstemmed), for spelling suggestions."""
        if self._vocabulary is None and self._prepared is not None:
            self._vocabulary = self._prepared.vocabulary()
        if self._vocabulary is None:
            with self._lock:
                words = {
                    w.decode() if isinstance(w, bytes) else w
                    for w in self._get_searcher().reader().lexicon("spell")
                }
            self._vocabulary = frozenset(words)
        return self._vocabulary

    def _get_searcher(self):  # called with the lock held
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        return self._searcher

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None


def index_problem(root: Path) -> str | None:
    """Why the index under ``root`` cannot be served, or None when it can."""
    build = current_build(root)
    if build is None:
        return f"No search index in {root}. Build it with: directory build-index"
    try:
        SearchIndex.open(build).close()
    except (IndexMissing, IndexCorrupt) as exc:
        return f"The search index cannot be used ({exc}). Rebuild it with: directory build-index"
    return None
