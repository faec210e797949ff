"""(twenty-fourth walk-through F5) "Some words may be misspelt" only when it helps: when
searching the corrected words would change what the page shows first (who it reads as asking,
whether the words found anything, its first cards), or the words misspell the help asked for.
A child's dialect or text-speak the search already reads ("dwi'm isio", "cefndar", "nite") is
never called misspelt for a "correction" that gives the same page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .search.order import FIRST_FEW
from .search.suggest import corrects_help

if TYPE_CHECKING:
    from .finder import FindRequest, FindResults


def worth_correcting(
    found: FindResults, search_again: Callable[[FindRequest], FindResults]
) -> FindResults:
    """``found`` with its suggestion dropped when ``search_again`` (the same search, not
    logged) with the corrected words shows the same first screen."""
    if found.suggestion is None or corrects_help(found.request.understood):
        return found
    fixed = search_again(replace(found.request, q=found.suggestion))
    if _first_seen(fixed) == _first_seen(found):
        found.suggestion = None
    return found


def _first_seen(results: FindResults) -> tuple[object, ...]:
    """What a phone's first screen of results holds: who the words read as asking (the talk
    box follows it), whether the words found anything, and the first cards (as many as the
    page shows of those available everywhere)."""
    return (results.asker, results.fallback, results.shown_ids()[:FIRST_FEW])
