"""Search: the Whoosh schema, index builds and their atomic switch, keyword queries.

Imports the listing model only; knows nothing of Flask or of places.
"""

from . import history
from .builds import (
    build_index,
    current_build,
    index_problem,
    list_builds,
    stale_build,
    switch_to,
)
from .lexicon import cleaning_once
from .paging import Page, paginate
from .query import BadFilter, search
from .store import IndexCorrupt, IndexMissing, SearchIndex
from .understand import Asker, understand

__all__ = [
    "BadFilter",
    "IndexCorrupt",
    "IndexMissing",
    "Page",
    "SearchIndex",
    "build_index",
    "history",
    "cleaning_once",
    "current_build",
    "index_problem",
    "stale_build",
    "list_builds",
    "paginate",
    "Asker",
    "understand",
    "search",
    "switch_to",
]
