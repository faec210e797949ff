"""The lists of a results page that are not the finder's own work: (walk-through 2, F3) with no
place on a Welsh page, the services that help people in Wales first; (w29cards) the cards
available everywhere, each that adds no new way to reach help marked with the card it joins."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .search import SearchIndex
from .search.ranking import Hit
from .search.same_line import same_line_hosts

if TYPE_CHECKING:
    from .finder import ResultItem


def wales_first(index: SearchIndex, hits: Sequence[Hit]) -> list[Hit]:
    """``hits`` with the services that help people in Wales (a Welsh council, or Wales as a
    whole) first, each group in its own order."""
    welsh: list[Hit] = []
    other: list[Hit] = []
    for hit in hits:
        area = index.services[hit.id].service_area
        in_wales = "Wales" in area.countries or any(
            code.startswith("W") for code in area.local_authorities
        )
        (welsh if in_wales else other).append(hit)
    return welsh + other


def joined(items: list[ResultItem]) -> list[ResultItem]:
    """``items`` (cards available everywhere) with each that adds no new way to reach help
    marked with the card above it that it joins (``same_line.same_line_hosts``)."""
    hosts = same_line_hosts([item.service for item in items])
    ids = [items[host].service.id if host != n else "" for n, host in enumerate(hosts)]
    return [replace(item, joins=joins) for item, joins in zip(items, ids, strict=True)]
