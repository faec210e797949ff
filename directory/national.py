"""The lists of a results page that are not the finder's own work: (walk-through 2, F3) with no
place on a Welsh page, the services that help people in Wales first; (w29cards) the cards
available everywhere, each that adds no new way to reach help marked with the card it joins, and
those that never open them (``unasked``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .search import SearchIndex
from .search.crisis import struggling_lines_fit
from .search.groups import anyone_struggling, community_asked, specialist
from .search.hits import Hit
from .search.lexicon import clean_text
from .search.same_line import same_line_hosts

if TYPE_CHECKING:
    from .finder import FindRequest, ResultItem


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


def joined(index: SearchIndex, items: list[ResultItem]) -> list[ResultItem]:
    """``items`` (cards available everywhere) with each that adds no new way to reach help
    marked with the card above it that it joins (``same_line.same_line_hosts``)."""
    columns = index.columns
    hosts = same_line_hosts(columns, [columns.positions[item.service.id] for item in items])
    ids = [items[host].service.id if host != n else "" for n, host in enumerate(hosts)]
    return [
        replace(item, joins=joins) if joins else item
        for item, joins in zip(items, ids, strict=True)
    ]


def unasked(
    index: SearchIndex, request: FindRequest, filters: Mapping[str, Sequence[str]]
) -> frozenset[str]:
    """The ids of the services for a community the words and filters do not name, and
    (eleventh session) of the lines for anyone struggling to cope when the words give no reason
    for them (``crisis.struggling_lines_fit``) and no filter narrowed the search (then its cards
    are what was asked for): ranked just after the cards that fit the asker, they were the
    second card for an adult worried about his thoughts when one other fitted."""
    columns = index.columns
    understood = request.understood
    concepts = understood.concepts if request.q.strip() else ()
    chosen = {name: tuple(codes) for name, codes in filters.items()}
    unasked = specialist(columns) & ~community_asked(columns, concepts, chosen)
    narrowed = any(name != "age" for name in chosen)  # (an age, often the words' own, is not)
    if (
        request.q.strip()
        and not narrowed
        and not struggling_lines_fit(understood.asker, concepts, clean_text(request.q))
    ):
        unasked = unasked | anyone_struggling(columns)
    return frozenset(columns.ids[p] for p in unasked.nonzero()[0])
