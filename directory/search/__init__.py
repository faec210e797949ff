"""Search: the Whoosh schema, index builds and their atomic switch, keyword queries.

Imports the listing model only; knows nothing of Flask or of places.
"""

from .columns import Columns
from .query import (
    BadFilter,
    KeywordResults,
    Page,
    clean_text,
    paginate,
    parse,
    search,
    validate_filters,
    warm,
)
from .store import (
    IndexCorrupt,
    IndexHolder,
    IndexMissing,
    SearchIndex,
    build_index,
    current_build,
    index_problem,
    list_builds,
    previous_build,
    switch_to,
)

__all__ = [
    "BadFilter",
    "Columns",
    "IndexCorrupt",
    "IndexHolder",
    "IndexMissing",
    "KeywordResults",
    "Page",
    "SearchIndex",
    "build_index",
    "clean_text",
    "current_build",
    "index_problem",
    "list_builds",
    "paginate",
    "parse",
    "previous_build",
    "search",
    "switch_to",
    "validate_filters",
    "warm",
]
