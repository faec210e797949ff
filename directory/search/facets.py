"""The counts beside the filters: for each value, how many services ticking it would show.

(ninth walk-through F6.9) A count must equal what ticking shows. Two things made them differ:
a filter that itself narrows the search (a language filter leaves out the lines for people
worried about their own thoughts for a survivor: ``fit.not_offered_under_filter``), counted
as if ticking it left them in ("Gwasanaeth ar gael yn Gymraeg (3)", then 2 cards); and the
services the ranking leaves out or adds near a place (a service whose stated councils leave
the place out, one only for the other gender; the children's services covering the place
that the words did not match), counted as the words matched them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

from ..vocabulary import AGE_GROUP_RANGES, FILTER_FIELDS
from .columns import Columns
from .groups import for_ages
from .same_line import line_hosts

Filters = Mapping[str, tuple[str, ...]]
#: the services a search leaves out when these filters are chosen, over positions
LeftOut = Callable[[Filters], np.ndarray]


def facet_counts(
    columns: Columns,
    candidates: np.ndarray,
    filters: Filters,
    left_out: LeftOut | None = None,
) -> dict[str, dict[str, int]]:
    """For each filter field, how many of ``candidates`` each value would give.

    A field's counts apply every *other* field's filters but not its own, so ticking one more
    value of the same field shows how many it would add (values of one field combine with OR).
    ``left_out``: the services the search leaves out under given filters (beyond not meeting
    them), so that a value's count is what ticking it shows; less the listings named in the
    card of the line they join (``_joined``).
    """
    counts: dict[str, dict[str, int]] = {}
    hosts = line_hosts(columns)  # (a listing named in the card of the line it joins: no card)
    hosted = np.flatnonzero(hosts >= 0)  # (a few at most: those listings)
    for name, (_, vocabulary) in FILTER_FIELDS.items():
        base = candidates & columns.meeting(filters, skip=name)
        values = columns.values[name]
        if name == "age":
            # (sixth walk-through F6) a service stating no ages is in every age group: counted
            # in each, every group showed the same number. Each group counts the services that
            # state they take that age (the filter's hint says so)
            base = base & _states_ages(columns)
        counts[name] = {}
        for code in vocabulary:
            shown = base & values[code]
            if name == "age":  # and whose audiences take it, as the search asks when ticked
                shown &= for_ages(columns, AGE_GROUP_RANGES[code])
            if left_out is not None and shown.any():
                ticked = {**filters, name: (*filters.get(name, ()), code)}
                shown &= ~left_out(ticked)
            counts[name][code] = int(np.count_nonzero(shown)) - _joined(
                columns, shown, hosts, hosted
            )
    return counts


def near_facet_counts(
    columns: Columns,
    found: tuple[np.ndarray, np.ndarray],
    chosen: tuple[Filters, LeftOut | None],
    apart: tuple[np.ndarray, np.ndarray, np.ndarray],
    professional: bool,
) -> dict[str, dict[str, int]]:
    """``facet_counts`` of what a search near a place shows. ``found``: the services the words
    match (over positions) and the positions of those the ranking adds; ``chosen``: the
    filters, and what the search leaves out under given filters; ``apart``: the services
    available everywhere, those left out whatever the filters, and the local ones whose
    stated councils leave the place out, left out when, under the filter ticked, another
    local service is shown (unless a ``professional`` asks, who sees them apart)."""
    matched, added = found
    filters, search_left_out = chosen
    everywhere, hidden, elsewhere = apart
    counted = matched.copy()
    counted[added] = True
    counted &= ~(hidden & ~everywhere)
    others = counted & ~everywhere & ~elsewhere
    elsewhere = elsewhere & ~everywhere

    def left_out(ticked: Filters) -> np.ndarray:
        out = columns.none() if search_left_out is None else search_left_out(ticked)
        if professional or not (others & columns.meeting(ticked) & ~out).any():
            return out
        with_elsewhere: np.ndarray = out | elsewhere
        return with_elsewhere

    return facet_counts(columns, counted, filters, left_out)


def _joined(columns: Columns, shown: np.ndarray, hosts: np.ndarray, hosted: np.ndarray) -> int:
    """(twenty-eighth walk-through F7) How many of ``shown`` are named in the card of the line
    they join rather than cards of their own, when that line and they are all the national
    services shown: ``line_first`` then puts them just after it, and the page joins them to its
    card (``same_line.same_line_hosts``: The Lucy Faithfull Foundation under the Stop It Now
    helpline, where "Parents and carers (2)" showed one card). With other national cards among
    them where they fall depends on the ranking, and each is counted, as before. ``hosted``: the
    positions that have a line to join (``hosts`` not -1), which are all national."""
    joining = hosted[shown[hosted]]
    if not len(joining):
        return 0
    joined = int(np.count_nonzero(shown[hosts[joining]]))
    alone = np.count_nonzero(shown & columns.national) - joined == 1
    return joined if alone else 0


def _states_ages(columns: Columns) -> np.ndarray:
    """The services that state a youngest or an oldest age they take, over positions."""
    stated: np.ndarray = ~(np.isnan(columns.minimum_age) & np.isnan(columns.maximum_age))
    return stated
