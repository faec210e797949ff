"""One opened index build, as the app serves it: its listings, the arrays search works on,
Whoosh queries with their matches cached, and the build's prepared answers.

Writing builds, switching between them and keeping a few for rollback: ``builds.py``.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process
from whoosh import index as whoosh_index
from whoosh.query import Query

from ..model import Service
from . import listings
from .columns import Columns
from .errors import IndexCorrupt, IndexMissing
from .listings import Listings
from .prepared import Prepared
from .schema import TEXT_FIELDS

__all__ = ["IndexCorrupt", "IndexMissing", "Matches", "SearchIndex"]

log = logging.getLogger(__name__)

MAX_CACHED_MATCHES = 5000
#: Whoosh's document numbers -> positions in ``Columns`` (-1 for a deleted document)
DOCNUMS = "docnums.npy"


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
    """One opened, immutable index build: the Whoosh index, the arrays over its listings, and
    the listings themselves (read when asked for, for a build that saved them)."""

    path: Path
    meta: dict
    services: Mapping[str, Service]
    columns: Columns
    _ix: whoosh_index.Index
    _positions_by_docnum: np.ndarray
    #: the build holds what opening needs (``save_arrays``); False for an older build, whose
    #: listings are all read and validated when it is opened
    arrays_saved: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _searcher: Any = None
    _vocabulary: frozenset[str] | None = None
    _known: dict[str, frozenset[str]] | None = None
    _matches: dict[str, Matches] = field(default_factory=dict)
    #: answers written with the build (see prepared.py); None for an older build
    _prepared: Prepared | None = None

    @classmethod
    def open(cls, path: Path, *, prepared: bool = True) -> SearchIndex:
        """Open a build; ``prepared=False`` ignores the answers prepared with it, so that every
        search is run by Whoosh (to compare with, or to time what they save)."""
        path = Path(path)
        services: Mapping[str, Service]
        try:
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
            ix = whoosh_index.open_dir(str(path))
            saved = Columns.saved(path) and listings.saved(path) and (path / DOCNUMS).exists()
            if saved:
                columns = Columns.load(path)
                by_docnum = np.asarray(np.load(path / DOCNUMS, mmap_mode="r"))
                services = Listings(path, columns.ids, columns.positions, by_docnum[by_docnum >= 0])
                if ix.doc_count() != len(columns):
                    raise IndexCorrupt(f"the index at {path} and its listings differ")
            else:
                services, columns, by_docnum = _read_all(ix)
            table = Prepared.open(path) if prepared else None
        except FileNotFoundError as exc:
            raise IndexMissing(f"no index at {path}") from exc
        except IndexCorrupt:
            raise
        except Exception as exc:  # whoosh, numpy and pydantic raise many kinds on damage
            raise IndexCorrupt(f"the index at {path} cannot be opened: {exc}") from exc
        return cls(
            path=path,
            meta=meta,
            services=services,
            columns=columns,
            _ix=ix,
            _positions_by_docnum=by_docnum,
            _prepared=table,
            arrays_saved=saved,
        )

    def save_arrays(self) -> None:
        """Write what opening this build needs into it, so that the next opening reads arrays
        (``Columns``, the document numbers) and no listing until one is asked for."""
        records: list[str] = [""] * len(self.columns)
        with self._ix.reader() as reader:
            for docnum, stored in reader.iter_docs():
                records[int(self._positions_by_docnum[docnum])] = stored["record"]
        self.columns.save(self.path)
        listings.save(self.path, records)
        np.save(self.path / DOCNUMS, self._positions_by_docnum)

    def check(self) -> str | None:
        """Why this build's listings cannot be served (a damaged one), or None. Validates
        every listing: for builds and operators' commands, not for requests."""
        if isinstance(self.services, Listings):
            return self.services.check()
        return None  # every listing was validated when the build was opened

    @property
    def order(self) -> np.ndarray:
        """The positions (in ``Columns``) in the order ``services`` gives the listings: the
        order the build was given them."""
        by_docnum = self._positions_by_docnum
        return by_docnum[by_docnum >= 0]

    def services_where(self, chosen: np.ndarray) -> list[Service]:
        """The services at the positions ``chosen`` (a boolean array over ``Columns``), in
        the order ``services`` gives them: only those are read."""
        order = self.order
        ids = self.columns.ids
        return [self.services[ids[p]] for p in order[np.asarray(chosen)[order]].tolist()]

    @property
    def damaged(self) -> str | None:
        """Why this build must no longer be served: a listing was found damaged on disk after
        the build was verified (``ServingIndex`` then serves the build before it)."""
        return self.services.damaged if isinstance(self.services, Listings) else None

    @property
    def prepared_queries(self) -> int:
        """How many queries' answers were prepared with this build (0: Whoosh runs each)."""
        return len(self._prepared) if self._prepared is not None else 0

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

    def run_cached(self, key: str, query: Query | Callable[[], Query]) -> Matches:
        """``run`` for a query named by ``key`` (a synonym group or an indexed word), computed
        once per build: a build never changes, so neither do its matches. ``query`` may be a
        function making it, called only when the matches are not known yet."""
        found = self._matches.get(key)
        if found is None:
            if len(self._matches) >= MAX_CACHED_MATCHES:
                self._matches.clear()
            if not isinstance(query, Query):
                query = query()
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


def _read_all(ix: whoosh_index.Index) -> tuple[dict[str, Service], Columns, np.ndarray]:
    """Every listing, validated, and the arrays over them, from the index itself: how a build
    written before ``save_arrays`` is opened, and how a new build's arrays are made."""
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
    by_docnum = np.full(max(ids, default=-1) + 1, -1, dtype=np.int64)
    for docnum, sid in ids.items():
        by_docnum[docnum] = columns.positions[sid]
    return services, columns, by_docnum
