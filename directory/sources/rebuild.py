"""When rebuilding the index from the bundled data must be refused: it would drop what a
refresh or an import added (`directory build-index`, without ``--force``)."""

from __future__ import annotations

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
        kept = [s.id for s in serving.services.values() if s.origin != "bundled"]
    finally:
        serving.close()
    if kept:
        return (
            f"the serving index holds {len(kept)} refreshed or imported listings that the "
            "bundled data does not: rebuilding from it would drop them. Use `directory "
            "refresh`, or --force if that is what you want."
        )
    return None
