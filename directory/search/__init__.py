"""Search: the Whoosh schema, index builds and their atomic switch, keyword queries.

Imports the listing model only; knows nothing of Flask or of places.
"""

from .columns import Columns
from .query import (
    UNFIT,
    BadFilter,
    KeywordResults,
    Page,
    paginate,
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
from .understand import Asker, clean_text, understand

__all__ = [
    "UNFIT",
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
    "Asker",
    "understand",
    "previous_build",
    "search",
    "switch_to",
    "validate_filters",
    "warm",
]
