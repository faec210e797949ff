"""(w63pro, walk48 F3) The national cards' order for a child's sexual images asked for or sent
online (``images_asked``): the service taking a report of it (CEOP) first, then for a child the
lines for children alone (Childline), for a grown-up the other services that take a child's
image down (Report Remove) and the lines advising the adults around a child (the NSPCC's).
Apart from ``images_asked`` because it reads the listings' groups, which read the words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from .asker import Asker
from .colleague_worry import advising_lines
from .groups import children_only
from .images_asked import either
from .images_threatened import take_down_and_report

if TYPE_CHECKING:
    from .store import SearchIndex

__all__ = ["images_asked_first"]

#: a listing's own words for taking reports of someone grooming a child or asking for images
_REPORTS_ASKING = re.compile(r"\bgroom\w*|\basking for\b|\basked for\b", re.IGNORECASE)


def images_asked_first(
    index: SearchIndex, national: np.ndarray, asker: Asker, said: tuple[str, np.ndarray]
) -> np.ndarray:
    """``national`` (positions, best first) for ``images_asked`` and ``child_images_online``
    words: after the cards the words name (``said``: the cleaned words and the mask of those
    named), the service taking a report of a child's online abuse whose own description
    speaks of grooming or of someone asking for pictures (CEOP: "such as someone asking for
    nude pictures"; else the best placed of those services); then,
    for a child, the services for children (Childline), or for a grown-up, the others that take
    a child's image down (Report Remove) and the lines advising the adults around a child
    (for parents, and professionals or family and friends, and not for the children or
    adults harmed themselves: the NSPCC's); the rest keep their
    order."""
    cleaned, named = said
    if not len(national) or not either(asker, cleaned):
        return national
    columns = index.columns
    first = named[national]
    reports = take_down_and_report(columns)[national] & ~first
    asking = np.array(
        [
            _REPORTS_ASKING.search(index.services[columns.ids[p]].description) is not None
            for p in national.tolist()
        ],
        dtype=bool,
    )
    best = np.zeros(len(national), dtype=bool)
    if reports.any():
        best[int(np.argmax(reports & asking if (reports & asking).any() else reports))] = True
    if asker.persona == "child":  # (a line for children alone: Childline, not the IWF)
        then = children_only(columns)[national]
    else:
        advice = advising_lines(columns) & columns.having("abuse", "child-sexual-abuse")
        then = reports | advice[national]
    then &= ~first & ~best
    rest = ~first & ~best & ~then
    return np.concatenate([national[first], national[best], national[then], national[rest]])
