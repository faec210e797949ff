"""A "best alternative counts" query for synonym groups.

Whoosh 2.7 (whoosh-reloaded 2.7.5) ``DisjunctionMaxMatcher.score()`` returns the higher score of
its two sides even when they sit on different documents, so a document can borrow another's
score. ``BestOf`` is ``DisjunctionMax`` with a matcher that scores only the side(s) on the
current document.
"""

from __future__ import annotations

from typing import Any

from whoosh.matching import DisjunctionMaxMatcher
from whoosh.query import DisjunctionMax


class _BestOfMatcher(DisjunctionMaxMatcher):  # type: ignore[misc, unused-ignore]  # (Whoosh: no types)
    def score(self) -> float:
        a, b = self.a, self.b
        if not a.is_active():
            return float(b.score())
        if not b.is_active():
            return float(a.score())
        a_id, b_id = a.id(), b.id()
        if a_id != b_id:
            return float(a.score() if a_id < b_id else b.score())
        return float(max(a.score(), b.score()))


class BestOf(DisjunctionMax):  # type: ignore[misc, unused-ignore]
    """Matches any subquery; a document scores by its best-matching one."""

    def _matcher(self, subs: list[Any], searcher: Any, context: Any) -> Any:
        reader = searcher.reader()
        return self._tree_matcher(
            subs,
            _BestOfMatcher,
            searcher,
            context,
            lambda q: q.estimate_size(reader),
            tiebreak=self.tiebreak,
        )
