"""A "best alternative counts" query for synonym groups.

Whoosh 2.7 (whoosh-reloaded 2.7.5) ``DisjunctionMaxMatcher.score()`` returns the higher score of
its two sides even when they sit on different documents, so a document can borrow another's
score. ``BestOf`` is ``DisjunctionMax`` with a matcher that scores only the side(s) on the
current document.
"""

from __future__ import annotations

from whoosh.matching import DisjunctionMaxMatcher
from whoosh.query import DisjunctionMax


class _BestOfMatcher(DisjunctionMaxMatcher):
    def score(self) -> float:
        a, b = self.a, self.b
        if not a.is_active():
            return b.score()
        if not b.is_active():
            return a.score()
        a_id, b_id = a.id(), b.id()
        if a_id != b_id:
            return a.score() if a_id < b_id else b.score()
        return max(a.score(), b.score())


class BestOf(DisjunctionMax):
    """Matches any subquery; a document scores by its best-matching one."""

    def _matcher(self, subs, searcher, context):
        reader = searcher.reader()
        return self._tree_matcher(
            subs,
            _BestOfMatcher,
            searcher,
            context,
            lambda q: q.estimate_size(reader),
            tiebreak=self.tiebreak,
        )
