"""What a ranking hands on: each service found as a ``Hit`` (its score, and near a place how it
covers the place), made only for the slice a page shows (``Hits``), and the ``Ranking`` that
holds the groups of a results page."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, overload

import numpy as np

from .understand import Asker

if TYPE_CHECKING:
    from .areas import Near
    from .columns import Columns
    from .query import KeywordResults


@dataclass(frozen=True)
class Hit:
    id: str
    score: float = 0.0
    covers: str = ""  # "council" | "county" | "region" | "country" when its area covers the place
    venue_near: bool = False  # a venue within the radius
    #: its stated councils leave the place out: listed only because nothing else is near, under
    #: a line saying it covers other areas (fourth walk-through F3, F5)
    other_area: bool = False
    moved: str = ""  # (twenty-fifth walk-through F1) why a match is a weaker one: moved_matches


class Hits(Sequence[Hit]):
    """Ranked hits, made only for the slice a page shows."""

    def __init__(self, positions: np.ndarray, make: Callable[[int], Hit]) -> None:
        self._positions = positions
        self._make = make

    def __len__(self) -> int:
        return len(self._positions)

    @overload
    def __getitem__(self, item: int) -> Hit: ...
    @overload
    def __getitem__(self, item: slice) -> list[Hit]: ...
    def __getitem__(self, item: int | slice) -> Hit | list[Hit]:
        if isinstance(item, slice):
            return [self._make(int(p)) for p in self._positions[item]]
        return self._make(int(self._positions[item]))

    def __iter__(self) -> Iterator[Hit]:
        return (self._make(int(p)) for p in self._positions)


@dataclass
class Ranking:
    everywhere: Hits  # available wherever you live, best first
    local: Hits  # near the place or covering it (all area-limited ones without a place)
    #: local services that match less well than the national answers, or do not fit who
    #: seems to be asking: shown after those
    weaker_local: Hits
    facets: dict[str, dict[str, int]]
    #: services near whose stated councils leave the place out (for a professional, or when
    #: nothing else is near) that would otherwise be local: listed apart, under a heading
    #: saying they are for other areas
    other_areas: Hits
    suggestion: str | None = None
    partial: bool = False  # no service meets every concept of the words
    fallback: bool = False  # nothing matched: ``everywhere`` holds the helplines for the asker
    asker: Asker = field(default_factory=Asker)
    #: (fourteenth walk-through F3) a local service matching the words follows the national
    #: answers only for showing no way to reach it or an adults' listing (``matched_later``);
    #: and (seventeenth walk-through F2) for a child, only adults' listings do
    near_matched: tuple[bool, bool] = (False, False)
    #: (w31cards) the ids of the services made for other people than the asker
    #: (``made_for.made_for_others``): the page's first national cards stop before them
    made_for_others: frozenset[str] = frozenset()


def hit_maker(
    columns: Columns,
    keyword: KeywordResults,
    near: Near | None,
    everywhere: np.ndarray,
    other_area: np.ndarray,
    moved: Mapping[int, str],
) -> Callable[[int], Hit]:
    """How each position of the ranking is shown: its score, and near a place how it covers
    the place, whether a venue is near, whether it serves other areas only, and why a match
    was moved further down (``moved``)."""

    def hit(position: int) -> Hit:
        if near is None or everywhere[position]:
            return Hit(columns.ids[position], keyword.score(position))
        return Hit(
            columns.ids[position],
            keyword.score(position),
            covers=near.how_covered(position),
            venue_near=bool(np.isfinite(near.miles[position])),
            other_area=bool(other_area[position]),
            moved=moved.get(position, ""),
        )

    return hit
