"""When rebuilding the index from the bundled data must be refused: it would drop what a
refresh or an import added (`directory build-index`, without ``--force``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..search import SearchIndex, current_build, index_problem


def rebuild_refusal(root: Path) -> str | None:
    """Why rebuilding the index in ``root`` from the bundled data would lose listings, or None
    when it would not (no index yet, or one holding only bundled listings)."""
    build = current_build(root)
    if build is None:
        return None
    problem = index_problem(root, thorough=True)
    if problem:
        return (
            f"the serving index is damaged ({problem}). Rebuilding it from the bundled data "
            "would drop every refreshed and imported listing, so nothing was changed. Run "
            "`directory rollback` to serve the last verified build again (then `directory "
            "refresh` or `directory import` as usual), or `directory build-index --force` to "
            "start again from the bundled data."
        )
    serving = SearchIndex.open(build)
    try:
        kept = [s for s in serving.services.values() if s.origin != "bundled"]
    finally:
        serving.close()
    if kept:
        by_origin = Counter(s.origin for s in kept)
        named = ", ".join(s.id for s in kept[:5]) + (", ..." if len(kept) > 5 else "")
        return (
            f"the serving index holds {len(kept)} refreshed or imported listings that the "
            f"bundled data does not ({', '.join(f'{n} {o}' for o, n in sorted(by_origin.items()))}"
            f": {named}): rebuilding from it would drop them. Nothing was changed. Use "
            "`directory refresh`, or --force if that is what you want."
        )
    return None
