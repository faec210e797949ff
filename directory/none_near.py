"""(ninth walk-through F2; "There are 3 within 50 miles") What a results page says when
nothing near the place matches: the next radius with services it would list as matching, and
how many near services the words leave out. Split from ``finder``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .geo import Place, miles_to_many
from .search import SearchIndex
from .search.areas import Where
from .search.hits import Ranking
from .search.ranking import left_out_near, rank

if TYPE_CHECKING:
    from .finder import FindRequest

RADII: tuple[int, ...] = (5, 10, 25, 50, 100)


@dataclass
class Wider:
    radius: int
    count: int  # the services that page shows as matching the search near the place
    #: (forty-eighth walk-through F5) how many of ``count`` that page lists apart as for other
    #: areas: "There are 3 within 50 miles" led to three services "not the place you searched"
    others: int = 0


def where_around(place: Place, radius: float) -> Where:
    """The area a search covers: ``radius`` miles around ``place`` and the areas it is in."""
    return Where(
        latitude=place.latitude,
        longitude=place.longitude,
        # a whole country ("Wales") is the services covering it, not those near its middle
        radius=0.0 if place.kind == "country" else radius,
        country=place.country,
        measure=miles_to_many,
        council=place.local_authority_code,
        county=place.county_code,
        parts=place.parts,
        region=place.region,
    )


def none_near(
    index: SearchIndex,
    request: FindRequest,
    searched: tuple[Mapping[str, Sequence[str]], Place | None, tuple[int, int] | None],
    ranking: Ranking,
    local_total: int,
) -> tuple[Wider | None, int]:
    """With nothing near the place (``searched``: the filters, the place, the ages): the next
    radius with local results (none when other areas' services are shown) and how many near
    services the words leave out (none without words)."""
    filters, place, ages = searched
    if place is None or local_total or any(not h.other_area for h in ranking.weaker_local):
        return None, 0
    wider = None if ranking.other_areas else _wider(index, request, filters, place, ages)
    unmatched = _unmatched_near(index, request, filters, place, ages) if request.q.strip() else 0
    return wider, unmatched


def _wider(
    index: SearchIndex,
    request: FindRequest,
    filters: Mapping[str, Sequence[str]],
    place: Place,
    ages: tuple[int, int] | None,
) -> Wider | None:
    """The next radius with services the page would list near the place, and how many."""
    for radius in (r for r in RADII if r > request.radius):
        wide = rank(
            index,
            request.q,
            filters,
            where=where_around(place, radius),
            ages=ages,
            understood=request.understood,
        )
        # only what that page shows as matching ("Services near ..."), never the ones it
        # lists under "Other services near you": "There are 3 within 50 miles" then
        # showed "0 services"; (fifth walk-through F4) and those it lists apart as for other
        # areas
        others = len(wide.other_areas) + sum(1 for hit in wide.local if hit.other_area)
        count = len(wide.local) + len(wide.other_areas)
        if count:
            return Wider(radius, count, others)
    return None


def _unmatched_near(
    index: SearchIndex,
    request: FindRequest,
    filters: Mapping[str, Sequence[str]],
    place: Place,
    ages: tuple[int, int] | None,
) -> int:
    """How many services near the place the search shows without the words, for the same
    filters and ages (those covering other areas are not counted), less those never listed
    near this asker (``ranking.left_out_near``: victims' centres for someone worried about
    their own thoughts were counted as "other services near you", behind a link)."""
    plain = rank(index, "", filters, where=where_around(place, request.radius), ages=ages)
    hidden = left_out_near(index.columns, request.understood, request.q)
    never = {index.columns.ids[p] for p in np.flatnonzero(hidden)}
    return sum(1 for hit in plain.local if hit.id not in never)
