"""Matches prepared when a build is written, so that the first search of each word on a fresh
build, after a rollback or in a recycled worker answers like a warm one.

The first search of a word used to be slow because Whoosh scores every match in pure Python
(``limit=None``, so that facets count every match); the answer was kept per build in each
worker's memory and lost at every build switch and worker recycle. Here the same Whoosh search
is run once at build time for every query the search can ask of a single word of the listings
and for every thesaurus concept, and its answer (positions and scores, in Whoosh's order) is
written beside the index as two flat arrays that each worker reads into memory when it opens
the build (they were memory-mapped: a file cut short under the mapping killed the worker with
SIGBUS).

A prepared answer is found by the query's exact structure (class, fields, terms, boosts and
every other setting), never by what was typed: a query whose structure is not in the table, or
that holds anything this key cannot describe, is run by Whoosh as before. So the answers, their
scores and their order are the ones Whoosh gives, whatever ``query.py`` builds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
from whoosh.query import Or, Query, Term

KEYS = "prepared-keys.json"
POSITIONS = "prepared-positions.npy"
SCORES = "prepared-scores.npy"
#: each text field's indexed terms and the listings' words (for spelling), read from the
#: lexicons once at build time instead of by each worker's first search
TERMS = "prepared-terms.json"
_SIMPLE = (str, int, float, bool, type(None))


def query_key(query: Query) -> str | None:
    """A string naming everything that decides a query's matches and scores, or None when the
    query holds something it cannot name (then it is never looked up)."""
    parts = [f"{type(query).__module__}.{type(query).__qualname__}"]
    for name, value in sorted(vars(query).items()):
        if isinstance(value, _SIMPLE):
            parts.append(f"{name}={value!r}")
        elif isinstance(value, Query):
            child = query_key(value)
            if child is None:
                return None
            parts.append(f"{name}={child}")
        elif isinstance(value, (list, tuple)):
            items = []
            for item in value:
                if isinstance(item, _SIMPLE):
                    items.append(repr(item))
                elif isinstance(item, Query):
                    child = query_key(item)
                    if child is None:
                        return None
                    items.append(child)
                else:
                    return None
            parts.append(f"{name}=[{','.join(items)}]")
        else:
            return None
    return "(" + " ".join(parts) + ")"


def word_query(token: str, known: dict[str, frozenset[str]], fields: dict[str, float]) -> Query:
    """The query the search asks for one analysed word of the listings: the word in every
    text field that holds it, with that field's boost (as ``query._phrase_query`` builds it)."""
    parts: list[Query] = [
        Term(name, token, boost=boost) for name, boost in fields.items() if token in known[name]
    ]
    return parts[0] if len(parts) == 1 else Or(parts)


def candidates(index) -> Iterator[Query]:  # noqa: ANN001 (a SearchIndex; store imports us)
    """Every query worth preparing on ``index``: each thesaurus concept's, and each word's."""
    from .query import concept_query
    from .schema import TEXT_FIELDS
    from .understand import thesaurus

    known = index.known_terms
    for concept in thesaurus().concepts.values():
        if concept.search:
            yield concept_query(concept, known)
    for token in sorted(set().union(*known.values())):
        if not token.isdigit():  # numbers are rarely searched; Whoosh answers them as before
            yield word_query(token, known, TEXT_FIELDS)


def prepare(index, folder: Path) -> int:  # noqa: ANN001
    """Run every candidate query on ``index`` and write the answers into ``folder``; returns
    how many were written."""
    keys: dict[str, list[int]] = {}
    positions: list[np.ndarray] = []
    scores: list[np.ndarray] = []
    start = 0
    for query in candidates(index):
        key = query_key(query)
        if key is None or key in keys:
            continue
        found = index.run(query)
        stop = start + len(found.positions)
        keys[key] = [start, stop]
        positions.append(found.positions.astype(np.int32))
        scores.append(found.scores.astype(np.float64))
        start = stop
    np.save(folder / POSITIONS, np.concatenate(positions) if positions else np.zeros(0, np.int32))
    np.save(folder / SCORES, np.concatenate(scores) if scores else np.zeros(0))
    (folder / KEYS).write_text(json.dumps(keys, separators=(",", ":")), encoding="utf-8")
    terms = {name: sorted(words) for name, words in index.known_terms.items()}
    terms["_vocabulary"] = sorted(index.vocabulary)
    (folder / TERMS).write_text(json.dumps(terms, separators=(",", ":")), encoding="utf-8")
    return len(keys)


class Prepared:
    """One build's prepared answers, read into memory when the build is opened (not
    memory-mapped: see ``listings.py``)."""

    def __init__(self, folder: Path) -> None:
        self.keys: dict[str, list[int]] = json.loads((folder / KEYS).read_text(encoding="utf-8"))
        self.positions = np.load(folder / POSITIONS)
        self.scores = np.load(folder / SCORES)
        terms = json.loads((folder / TERMS).read_text(encoding="utf-8"))
        self._vocabulary = frozenset(terms.pop("_vocabulary"))
        self._known = {name: frozenset(words) for name, words in terms.items()}

    def known_terms(self, fields: Iterable[str]) -> dict[str, frozenset[str]] | None:
        """Each of ``fields``' indexed terms, or None if the build has not got them all."""
        if not set(fields) <= set(self._known):
            return None
        return dict(self._known)

    def vocabulary(self) -> frozenset[str]:
        return self._vocabulary

    @classmethod
    def open(cls, folder: Path) -> Prepared | None:
        """The build's table, or None for a build written before there were any."""
        if not (folder / TERMS).exists():  # written last
            return None
        return cls(folder)

    def get(self, query: Query) -> tuple[np.ndarray, np.ndarray] | None:
        key = query_key(query)
        span = self.keys.get(key) if key is not None else None
        if span is None:
            return None
        start, stop = span
        return (
            np.asarray(self.positions[start:stop], dtype=np.int64),
            np.asarray(self.scores[start:stop]),
        )

    def __len__(self) -> int:
        return len(self.keys)
