"""One page of a list of results, as the pages and the API show them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..limits import MAX_PER_PAGE


@dataclass(frozen=True)
class Page:
    items: list[Any]
    number: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages


def paginate(items: Sequence[Any], page: int, per_page: int) -> Page:
    """One page of ``items``; a page past the end gives the last page."""
    per_page = min(max(1, per_page), MAX_PER_PAGE)
    pages = max(1, math.ceil(len(items) / per_page))
    number = min(max(1, page), pages)
    start = (number - 1) * per_page
    return Page(
        items=list(items[start : start + per_page]),
        number=number,
        per_page=per_page,
        total=len(items),
    )
