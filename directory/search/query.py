"""Keyword search over an opened index: forgiving parsing, synonyms, filters, facets, ordering.

Nothing here knows about Flask or about places. The user's text is never handed to a query
language: it is reduced to words, synonym phrases are found, and the Whoosh query is built from
those, so a stray quote, ``AND``, ``*``, ``:`` or a very long string cannot raise.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
from whoosh.query import NullQuery, Or, Phrase, Query, Term

from ..model import FILTER_FIELDS
from .columns import Columns
from .dismax import BestOf
from .schema import ANALYZER, TEXT_FIELDS
from .store import SearchIndex
from .synonyms import SYNONYM_GROUPS, split_synonyms

MAX_QUERY_CHARS = 200
MAX_PER_PAGE = 100

Filters = Mapping[str, Iterable[str]]


class BadFilter(ValueError):
    """A filter field or value that is not in the controlled vocabularies."""

    def __init__(self, field_name: str, value: str | None = None) -> None:
        self.field_name, self.value = field_name, value
        if value is None:
            message = f"unknown filter {field_name!r}; filters are: {', '.join(FILTER_FIELDS)}"
        else:
            allowed = ", ".join(FILTER_FIELDS[field_name][1])
            message = f"unknown value {value!r} for filter {field_name!r}; allowed: {allowed}"
        super().__init__(message)


def validate_filters(filters: Filters) -> dict[str, tuple[str, ...]]:
    """Check filters against the vocabularies; raise BadFilter naming the first bad one."""
    clean: dict[str, tuple[str, ...]] = {}
    for name, values in filters.items():
        if name not in FILTER_FIELDS:
            raise BadFilter(name)
        vocabulary = FILTER_FIELDS[name][1]
        chosen = tuple(dict.fromkeys(v for v in values if v))
        for value in chosen:
            if value not in vocabulary:
                raise BadFilter(name, value)
        if chosen:
            clean[name] = chosen
    return clean


def clean_text(text: str) -> str:
    """Lower-case words and digits only, accents folded, at most MAX_QUERY_CHARS long."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text[: MAX_QUERY_CHARS * 2])
    return " ".join(text.split())[:MAX_QUERY_CHARS].strip()


Known = Mapping[str, frozenset[str]]


def _phrase_query(phrase: str, known: Known | None = None) -> Query | None:
    """One word or phrase, matched in every text field with that field's boost.

    With ``known`` (each field's indexed terms), fields that cannot match are left out, which
    keeps large synonym groups cheap; a phrase no field can match becomes a NullQuery.
    """
    tokens = [t.text for t in ANALYZER(phrase)]
    if not tokens:
        return None
    parts: list[Query] = []
    for name, boost in TEXT_FIELDS.items():
        if known is not None and not all(t in known[name] for t in tokens):
            continue
        if len(tokens) == 1:
            parts.append(Term(name, tokens[0], boost=boost))
        else:
            parts.append(Phrase(name, tokens, boost=boost))
    if not parts:
        return NullQuery
    return parts[0] if len(parts) == 1 else Or(parts)


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...]  # the user's own words left after synonym phrases were taken out
    groups: tuple[tuple[str, ...], ...]  # synonym groups found
    #: one Whoosh query per synonym group or word; a key lets the index cache its matches
    #: (synonym groups, and words the listings themselves contain; no other word is kept)
    parts: tuple[tuple[str | None, Query], ...]

    @property
    def empty(self) -> bool:
        return not self.parts


def _best_of(group: tuple[str, ...], known: Known | None) -> Query:
    alternatives: dict[str, Query] = {}
    for phrase in group:
        query = _phrase_query(phrase, known)
        if query is not None and query is not NullQuery:
            alternatives.setdefault(repr(query), query)  # "counsellor"/"counsellors" stem alike
    if not alternatives:
        return NullQuery
    if len(alternatives) == 1:
        return next(iter(alternatives.values()))
    # the best-matching alternative counts, so a listing that happens to use two words of a
    # group does not outrank one that uses one of them in its name
    return BestOf(list(alternatives.values()))


def parse(text: str, known: Known | None = None) -> ParsedQuery:
    cleaned = clean_text(text)
    groups, rest = split_synonyms(cleaned)
    parts: list[tuple[str | None, Query]] = [
        (f"group:{SYNONYM_GROUPS.index(group)}", _best_of(group, known)) for group in groups
    ]
    words = tuple(dict.fromkeys(rest.split()))
    for word in words:
        query = _phrase_query(word, known)
        if query is not None:
            # a word the listings contain is the index's vocabulary and may be cached; any
            # other word is not kept
            indexed = known is not None and query is not NullQuery
            parts.append((f"word:{word}" if indexed else None, query))
    return ParsedQuery(words=words, groups=tuple(groups), parts=tuple(parts))


def warm(index: SearchIndex) -> None:
    """Compute every synonym group's matches on this build now: they are what people search
    for most, and the first search of each is the slow one (see README, Performance)."""
    for group in SYNONYM_GROUPS:
        for key, query in parse(group[0], index.known_terms).parts:
            if key:
                index.run_cached(key, query)


@dataclass
class TextMatch:
    #: the services matching the text, over ``Columns`` positions; None: no text to match, so
    #: every service qualifies
    matched: np.ndarray | None
    scores: np.ndarray | None = None  # each matching service's score, over positions
    partial: bool = False  # no service had every word, so these match some of them
    suggestion: str | None = None  # "did you mean" text


def match_text(index: SearchIndex, text: str) -> TextMatch:
    """Services having every part (a word or a synonym group), scored by the sum of the parts'
    scores, as Whoosh's And would; if none has them all, those having some (Or)."""
    parsed = parse(text, index.known_terms)
    if parsed.empty:
        return TextMatch(matched=None)
    size = len(index.columns)
    found = [
        (index.run_cached(key, query) if key else index.run(query)).dense(size)
        for key, query in parsed.parts
    ]
    matched = np.logical_and.reduce([m for m, _ in found])
    partial = False
    if not matched.any() and len(found) > 1:
        matched = np.logical_or.reduce([m for m, _ in found])
        partial = bool(matched.any())
    scores = np.where(matched, np.add.reduce([s for _, s in found]), 0.0)
    return TextMatch(
        matched=matched,
        scores=scores,
        partial=partial,
        suggestion=_suggestion(index, text, parsed),
    )


def _suggestion(index: SearchIndex, text: str, parsed: ParsedQuery) -> str | None:
    """Replace each unknown word of the user's text with the closest indexed word."""
    changed = False
    out = clean_text(text).split()
    for i, word in enumerate(out):
        if word not in parsed.words or not 4 <= len(word) <= 30 or word.isdigit():
            continue
        better = index.suggest(word)
        if better and better != word:
            out[i] = better
            changed = True
    return " ".join(out) if changed else None


def facet_counts(
    columns: Columns, candidates: np.ndarray, filters: Mapping[str, tuple[str, ...]]
) -> dict[str, dict[str, int]]:
    """For each filter field, how many of ``candidates`` each value would give.

    A field's counts apply every *other* field's filters but not its own, so ticking one more
    value of the same field shows how many it would add (values of one field combine with OR).
    """
    counts: dict[str, dict[str, int]] = {}
    for name, (_, vocabulary) in FILTER_FIELDS.items():
        base = candidates & columns.meeting(filters, skip=name)
        values = columns.values[name]
        counts[name] = {code: int(np.count_nonzero(base & values[code])) for code in vocabulary}
    return counts


@dataclass
class KeywordResults:
    columns: Columns
    order: np.ndarray  # positions of the matching services, best first
    facets: dict[str, dict[str, int]]
    text: TextMatch
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def ids(self) -> list[str]:
        return [self.columns.ids[p] for p in self.order]

    def score(self, position: int) -> float:
        scores = self.text.scores
        return 0.0 if scores is None else float(scores[position])


def search(
    index: SearchIndex,
    text: str = "",
    filters: Filters | None = None,
    within: np.ndarray | None = None,
) -> KeywordResults:
    """Every open service matching ``text`` and ``filters`` (and ``within``, a set of positions
    such as the services near a place), ordered by relevance with a stable tie-break (name,
    then id), or by name without text.

    Raises BadFilter for a filter outside the vocabularies.
    """
    clean_filters = validate_filters(filters or {})
    columns = index.columns
    match = match_text(index, text)
    candidates = columns.open.copy()
    if match.matched is not None:
        candidates &= match.matched
    if within is not None:
        candidates &= within
    facets = facet_counts(columns, candidates, clean_filters)
    order = np.flatnonzero(candidates & columns.meeting(clean_filters))  # in name order
    if match.scores is not None:
        # best score first; positions (name, then id) break ties. Scores are rounded so that
        # float noise between equal matches does not decide the order.
        order = order[np.lexsort((order, -np.round(match.scores[order], 6)))]
    return KeywordResults(
        columns=columns, order=order, facets=facets, text=match, filters=clean_filters
    )


@dataclass(frozen=True)
class Page:
    items: list
    number: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages


def paginate(items: list, page: int, per_page: int) -> Page:
    """One page of ``items``; a page past the end gives the last page."""
    per_page = min(max(1, per_page), MAX_PER_PAGE)
    pages = max(1, math.ceil(len(items) / per_page))
    number = min(max(1, page), pages)
    start = (number - 1) * per_page
    return Page(
        items=items[start : start + per_page], number=number, per_page=per_page, total=len(items)
    )
