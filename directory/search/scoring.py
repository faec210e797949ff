"""Whoosh's BM25F scores, computed with arrays over the postings of an opened build.

Whoosh scores every match of a query in pure Python; the search asks for every match (facets
count them all), so the first search of a common word on a large build was slow. Here the same
scores come from each term's postings (document numbers and weights, read from the index once
per build and term) with a few array operations. Only the query shapes ``query.py`` builds are
known (``Term``, ``Or``, ``BestOf``, ``Phrase`` and ``NullQuery``); ``evaluate`` returns None for
any other, which ``SearchIndex.run`` then gives to Whoosh. ``tests/test_one_build.py`` holds
them to Whoosh's own, query by query.

The index holds no word positions: a phrase's documents are those holding its words whose
field holds its pairs of neighbouring words (the thesaurus's pairs are indexed with the build in
the ``pairs`` keyword field: ``schema.to_document``), checked against the listing's own text when
the phrase is longer than two words or its pair was not indexed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
from cachetools import LRUCache
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.query import NullQuery, Or, Phrase, Query, Term
from whoosh.util.numeric import byte_to_length, length_to_byte

from .dismax import BestOf
from .schema import PAIRS, pair_token, words_of

#: how many terms' postings a build keeps (a term of the listings: a few KB at 10,000)
CACHED_TERMS = 20_000
#: Whoosh's field lengths are stored in one byte each; this decodes every byte at once
#: (a zero byte, which no document holding a term has, reads as 1)
_LENGTHS = np.array([byte_to_length(b) or 1 for b in range(256)], dtype=float)

#: (matched, score) over document numbers
Dense = tuple[np.ndarray, np.ndarray]


class TermScores:
    """The scores of Whoosh's default weighting (BM25F) over one opened build's documents."""

    def __init__(
        self,
        ix: Any,
        lock: threading.Lock,
        text: Callable[[int, str], str],
        indexed_pairs: Iterable[tuple[str, str]],
    ) -> None:
        """``text(docnum, field)``: a text field of a document, as indexed;
        ``indexed_pairs``: the pairs of words the build holds in ``PAIRS``."""
        self._ix = ix
        self._text = text
        self._indexed_pairs = frozenset(indexed_pairs)
        self._searcher: Any = None
        self._lock = lock  # Whoosh's reader is not safe to share between threads
        self.size = int(ix.doc_count_all())
        self._postings: LRUCache[tuple[str, str], tuple[np.ndarray, np.ndarray]] = LRUCache(
            CACHED_TERMS
        )
        self._lengths: dict[str, np.ndarray] = {}

    def searcher(self) -> Any:
        """Whoosh's searcher of the build, opened again after ``close`` (call with the lock
        held)."""
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        return self._searcher

    def close(self) -> None:
        """Close Whoosh's searcher (call with the lock held); the arrays read are kept."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def evaluate(self, query: Query) -> Dense | None:
        """Each document's match and score for ``query``, as Whoosh would give them; None for
        a query shape this does not know."""
        if query is NullQuery:
            return self._none()
        if isinstance(query, Term):
            return self._term(query.fieldname, query.text, query.boost)
        if isinstance(query, Phrase):
            return self._phrase(query)
        if isinstance(query, (Or, BestOf)) and query.boost == 1.0:
            if isinstance(query, Or) and (query.scale or query.minmatch):
                return None
            parts = [self.evaluate(sub) for sub in query.subqueries]
            if any(part is None for part in parts):
                return None
            known = [p for p in parts if p is not None]
            if not known:
                return self._none()
            matched = np.logical_or.reduce([m for m, _ in known])
            if isinstance(query, BestOf):  # the best-matching alternative counts
                best = np.max([np.where(m, s, -np.inf) for m, s in known], axis=0)
                return matched, np.where(matched, best, 0.0)
            return matched, np.sum([np.where(m, s, 0.0) for m, s in known], axis=0)
        return None

    def _none(self) -> Dense:
        return np.zeros(self.size, dtype=bool), np.zeros(self.size)

    def postings(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The documents holding the term, and its weight in each (empty arrays for none)."""
        key = (field, text)
        found = self._postings.get(key)
        if found is None:
            with self._lock:
                found = self._read_postings(field, text)
            self._postings[key] = found
        return found

    def _read_postings(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        reader = self.searcher().reader()
        if (field, text) not in reader:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        matcher = reader.postings(field, text)
        ids: list[Any] = []
        weights: list[Any] = []
        by_block = all(
            hasattr(matcher, name) for name in ("_read_ids", "_read_weights", "_next_block")
        )
        while matcher.is_active():
            if by_block:  # Whoosh's own block arrays (whoosh3 codec): no call per posting
                matcher._read_ids()
                matcher._read_weights()
                ids.extend(matcher._ids)
                weights.extend(matcher._weights)
                matcher._next_block()
            else:
                ids.append(matcher.id())
                weights.append(matcher.weight())
                matcher.next()
        return np.array(ids, dtype=np.int64), np.array(weights, dtype=float)

    def field_lengths(self, fields: Iterable[str]) -> None:
        """Read each of ``fields``' lengths now (when the build is opened)."""
        for name in fields:
            self._field_lengths(name)

    def _field_lengths(self, field: str) -> np.ndarray:
        found = self._lengths.get(field)
        if found is None:
            with self._lock:
                found = self._read_lengths(field)
            self._lengths[field] = found
        return found

    def _read_lengths(self, field: str) -> np.ndarray:
        """Each document's length of ``field`` as Whoosh's scorer reads it (one byte each)."""
        reader = self.searcher().reader()
        try:  # the whole column at once (whoosh3 codec, one segment: how builds are written)
            column = reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
            raw = column._dbfile.get(column._basepos, column._count)
            codes = np.zeros(self.size, dtype=np.uint8)
            codes[: len(raw)] = np.frombuffer(raw, dtype=np.uint8)
        except AttributeError:
            lengths = [reader.doc_field_length(d, field, 0) or 0 for d in range(self.size)]
            codes = np.array([length_to_byte(n) for n in lengths], dtype=np.uint8)
        return _LENGTHS[codes]

    def _term_scores(self, field: str, text: str) -> Dense:
        """A term's BM25F score in each document holding it (no query boost)."""
        ids, weights = self.postings(field, text)
        matched, scores = self._none()
        if not len(ids):
            return matched, scores
        with self._lock:
            searcher = self.searcher()
            scorer = searcher.weighting.scorer(searcher, field, text)
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        lengths = self._field_lengths(field)[ids]
        # scoring.bm25, in the same order of operations
        norm = weights + k1 * ((1 - b) + b * lengths / avgfl)
        scores[ids] = idf * ((weights * (k1 + 1)) / norm)
        matched[ids] = True
        return matched, scores

    def _term(self, field: str, text: str, boost: float) -> Dense:
        matched, scores = self._term_scores(field, text)
        return matched, scores * boost if boost != 1.0 else scores

    def _phrase(self, query: Phrase) -> Dense | None:
        """Whoosh's phrase (slop 1): the documents holding the words side by side in order,
        each scored as the sum of its words' scores times the phrase's boost."""
        words, field = list(query.words), query.fieldname
        if query.slop != 1 or not words:
            return None
        terms = [self._term_scores(field, word) for word in words]
        matched = np.logical_and.reduce([m for m, _ in terms])
        pairs = list(zip(words, words[1:], strict=False))
        for pair in pairs:
            if pair in self._indexed_pairs:
                ids, _ = self.postings(PAIRS, pair_token(field, *pair))
                held = np.zeros(self.size, dtype=bool)
                held[ids] = True
                matched &= held
        if (len(words) > 2 or not set(pairs) <= self._indexed_pairs) and matched.any():
            matched = self._side_by_side(field, words, matched)
        total = np.sum([s for _, s in terms], axis=0)
        scores = np.where(matched, total * query.boost, 0.0)
        return matched, scores

    def _side_by_side(self, field: str, words: list[str], matched: np.ndarray) -> np.ndarray:
        """The documents of ``matched`` whose ``field`` holds the words side by side in order,
        read from the listings' own text (the index holds no positions)."""
        kept = matched.copy()
        size = len(words)
        for docnum in np.flatnonzero(matched).tolist():
            said = words_of(self._text(docnum, field))
            kept[docnum] = any(said[at : at + size] == words for at in range(len(said) - size + 1))
        return kept


__all__ = ["Dense", "TermScores", "pair_token"]
