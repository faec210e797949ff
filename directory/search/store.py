"""One opened index build, as the app serves it: its listings, validated, and the arrays
search works on, all built in memory when it is opened, and Whoosh queries scored over them.

A build is one artefact opened one way: Whoosh's segments and ``listings.json`` (the validated
listings, written with it), both checked against the hashes recorded when the build was
verified (``history.check_files``) and read whole into memory (nothing is memory-mapped, so a
file changed under a worker cannot crash it). Writing builds, switching between them and
keeping a few for rollback: ``builds.py``. Why in memory, and the scale this is for:
docs/adr/0002-real-scale.md.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from cachetools import LRUCache
from pydantic import BaseModel
from rapidfuzz import fuzz, process
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import RamStorage
from whoosh.query import Query

from ..model import Service
from . import history
from .areas import Areas
from .columns import Columns
from .errors import IndexCorrupt, IndexMissing
from .names import name_keys
from .schema import TEXT_FIELDS, text_fields
from .scoring import TermScores

__all__ = ["IndexCorrupt", "IndexMissing", "Matches", "SearchIndex"]

log = logging.getLogger(__name__)

#: how many queries' matches a build keeps (a synonym group or a word: one array each)
MAX_CACHED_MATCHES = 5000
#: the validated listings of a build, in the order the build was given them (Whoosh's
#: document order)
SNAPSHOT = "listings.json"


class Snapshot(BaseModel):
    """``listings.json``: validated as a whole, in one pass."""

    about: str = ""
    records: list[Service]


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
    """One opened, immutable index build: the Whoosh index, the listings and the arrays over
    them (``Columns``, ``Areas``)."""

    path: Path
    meta: dict[str, Any]
    services: dict[str, Service]  # in the order the build was given them
    columns: Columns
    areas: Areas
    #: each open service's name as people type it -> its positions (``names.py``)
    names: dict[str, frozenset[int]]
    _ix: whoosh_index.Index
    _positions_by_docnum: np.ndarray
    _lock: threading.Lock
    _scores: TermScores
    _vocabulary: frozenset[str] | None = None
    _known: dict[str, frozenset[str]] | None = None
    _matches: LRUCache[str, Matches] = field(default_factory=lambda: LRUCache(MAX_CACHED_MATCHES))

    @classmethod
    def open(cls, path: Path, *, checked: bool = True) -> SearchIndex:
        """Open a build: its files are checked against what was verified (``checked=False``
        skips that, to serve a build changed on disk when there is no other), read into
        memory, every listing validated and the arrays built."""
        path = Path(path)
        # a verified build's files must be those it was verified with: one cut short, grown
        # or changed in place (a copy over a live build, a bad disk) is refused here, and the
        # worker serves the build before it (serving.py)
        changed = history.check_files(path) if checked and history.is_verified(path) else None
        if changed:
            raise IndexCorrupt(f"the index at {path} was changed on disk: {changed}")
        with _collector_paused():
            return cls._read(path)

    @classmethod
    def _read(cls, path: Path) -> SearchIndex:
        """The build's files, read and validated (``open`` has checked them)."""
        try:
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
            ix = _open_in_memory(path)
            listed = Snapshot.model_validate_json((path / SNAPSHOT).read_bytes()).records
            return cls._of(path, meta, ix, listed)
        except FileNotFoundError as exc:
            raise IndexMissing(f"no index at {path}") from exc
        except IndexCorrupt:
            raise
        except Exception as exc:  # whoosh, json and pydantic raise many kinds on damage
            raise IndexCorrupt(f"the index at {path} cannot be opened: {exc}") from exc

    @classmethod
    def _of(
        cls, path: Path, meta: dict[str, Any], ix: whoosh_index.Index, listed: list[Service]
    ) -> SearchIndex:
        """The opened build from its Whoosh index and its listings (Whoosh's document ``n``
        is the ``n``th listing: one writer added them in that order)."""
        services = {service.id: service for service in listed}
        if ix.doc_count_all() != len(listed) or len(services) != len(listed):
            raise IndexCorrupt(f"the index at {path} and its listings differ")
        lock = threading.Lock()
        ids = [service.id for service in listed]

        def text(docnum: int, field: str) -> str:
            return text_fields(listed[docnum])[field]

        pairs = [tuple(p.split(" ", 1)) for p in meta.get("pairs", []) if " " in p]
        scores = TermScores(ix, lock, text, [(a, b) for a, b in pairs])

        def having(index_field: str, term: str) -> list[str]:
            return [ids[d] for d in scores.postings(index_field, term)[0].tolist()]

        columns = Columns.of(services, having)
        by_docnum = np.array([columns.positions[sid] for sid in ids], dtype=np.int64)
        index = cls(
            path=path,
            meta=meta,
            services=services,
            columns=columns,
            areas=Areas.of(columns, services),
            names=name_keys(columns),
            _ix=ix,
            _positions_by_docnum=by_docnum,
            _lock=lock,
            _scores=scores,
        )
        # what every search reads, read now rather than by the first search
        scores.field_lengths(TEXT_FIELDS)
        _ = index.known_terms, index.vocabulary
        return index

    def check(self) -> str | None:
        """Why this build's index and listings do not agree, or None: every Whoosh document
        is the listing at its place. Reads every stored id: for builds, not for requests."""
        ids = list(self.services)
        with self._lock:
            for docnum, stored in self._get_searcher().reader().iter_docs():
                if docnum >= len(ids) or stored.get("id") != ids[docnum]:
                    return f"document {docnum} of the index is not the listing at its place"
        return None

    @property
    def order(self) -> np.ndarray:
        """The positions (in ``Columns``) in the order ``services`` gives the listings: the
        order the build was given them."""
        return self._positions_by_docnum

    def services_where(self, chosen: np.ndarray) -> list[Service]:
        """The services at the positions ``chosen`` (a boolean array over ``Columns``), in
        the order ``services`` gives them."""
        order = self.order
        ids = self.columns.ids
        return [self.services[ids[p]] for p in order[np.asarray(chosen)[order]].tolist()]

    @property
    def build_id(self) -> str:
        return self.path.name

    def run(self, query: Query) -> Matches:
        """Every service matching a Whoosh query, with the score Whoosh gives it (computed
        over arrays: ``scoring.py``; by Whoosh itself for a query shape it does not know)."""
        dense = self._scores.evaluate(query)
        if dense is not None:
            matched, scores = dense
            docnums = np.flatnonzero(matched)
            return Matches(positions=self._positions_by_docnum[docnums], scores=scores[docnums])
        with self._lock:
            searcher = self._get_searcher()
            top = searcher.search(query, limit=None, scored=True).top_n
        found = np.fromiter((docnum for _, docnum in top), dtype=np.int64, count=len(top))
        return Matches(
            positions=self._positions_by_docnum[found],
            scores=np.fromiter((score for score, _ in top), dtype=float, count=len(top)),
        )

    def run_cached(self, key: str, query: Query | Callable[[], Query]) -> Matches:
        """``run`` for a query named by ``key`` (a synonym group or an indexed word), computed
        once per build: a build never changes, so neither do its matches. ``query`` may be a
        function making it, called only when the matches are not known yet."""
        found = self._matches.get(key)
        if found is None:
            if not isinstance(query, Query):
                query = query()
            found = self.run(query)
            with self._lock:  # cachetools' caches are not safe to share between threads
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
        if self._vocabulary is None:
            with self._lock:
                words = {
                    w.decode() if isinstance(w, bytes) else w
                    for w in self._get_searcher().reader().lexicon("spell")
                }
            self._vocabulary = frozenset(words)
        return self._vocabulary

    def _get_searcher(self) -> Any:  # called with the lock held
        return self._scores.searcher()

    def close(self) -> None:
        """Close Whoosh's files (a request still holding the build opens them again)."""
        with self._lock:
            self._scores.close()


#: how many threads are opening a build now, and whether the collector ran before the first
_pausing = {"opening": 0, "was_enabled": False}
_pausing_lock = threading.Lock()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a build is opened. Opening makes
    about a million objects (the listings, validated), none of them garbage, and the collector
    would walk every object of the process again and again while they are made: about a fifth
    of opening a build of 10,000 listings. It runs again as it did when the last thread
    opening a build is done (and not at all if something else had turned it off)."""
    with _pausing_lock:
        if _pausing["opening"] == 0:
            _pausing["was_enabled"] = gc.isenabled()
            gc.disable()
        _pausing["opening"] += 1
    try:
        yield
    finally:
        with _pausing_lock:
            _pausing["opening"] -= 1
            if _pausing["opening"] == 0 and _pausing["was_enabled"]:
                gc.enable()


def _open_in_memory(path: Path) -> whoosh_index.Index:
    """The Whoosh index of the build at ``path``, its files read into memory: Whoosh would
    memory-map them, and a mapped file cut short in place kills the process with SIGBUS."""
    storage = RamStorage()
    for file in path.iterdir():
        if file.name.startswith(("_MAIN_", "MAIN_")) and file.is_file():
            storage.files[file.name] = file.read_bytes()
    if not any(name.endswith(".toc") for name in storage.files):
        raise FileNotFoundError(f"no Whoosh index in {path}")
    return storage.open_index()
