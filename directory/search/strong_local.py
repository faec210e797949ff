"""Which local services near a place come before the services available everywhere
(``ranking._near_groups``, ``ranking.rank``): those that match about as well as the best
national answer, weighed by how near they are (``STRONG_SHARE``), or cover the place; and
(w59fit) not one whose status says it may be closing when an open answer fits as well
(``CLOSING_LOCAL_SHARE``)."""

from __future__ import annotations

import numpy as np

from .query import UNFIT, KeywordResults
from .weights import CLOSING_LOCAL_SHARE, STRONG_SHARE, VICTIM_FITS


def strong_local(
    keyword: KeywordResults,
    closeness: np.ndarray,
    local: np.ndarray,
    national: np.ndarray,
    covering: np.ndarray | None = None,
    for_the_child: np.ndarray | None = None,
) -> np.ndarray:
    """Which local results come before the services available everywhere: those fitting the
    asker whose match, weighed by closeness, is near the best national match, and those
    fitting the asker that ``covering`` holds (their area covers the place and they are for
    the abuse the words describe), and, when the help is for a child, those ``for_the_child``
    holds (their area covers the place and they take children: a children's counselling
    service in the town came after 23 national services, fourth walk-through F3)."""
    text = keyword.text
    strong = np.ones(len(local), dtype=bool)
    if text.fit is not None and text.asker.persona:
        # (w49adult) with only everyday words, or words in a language not read, nothing but
        # the fit tells the services apart: those made for someone else come later
        least = VICTIM_FITS if text.general else UNFIT
        strong &= text.fit[local] >= least
    if text.scores is None or text.general or text.fallback or not len(national):
        return strong
    if text.asker.persona == "professional":
        # naming a place, they look for a service there to refer to: every local match that
        # fits comes first
        return strong
    weighted = text.scores[local] * closeness[local]
    best = float(text.scores[national].max())
    near_best = weighted >= STRONG_SHARE * best
    if covering is not None:
        near_best |= covering[local]
    if for_the_child is not None:
        near_best |= for_the_child[local]
    kept: np.ndarray = strong & near_best
    return kept


def closing_behind(
    keyword: KeywordResults,
    closeness: np.ndarray,
    national: np.ndarray,
    found: tuple[np.ndarray, np.ndarray],
    later: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """(w59fit, check60 finding 10) The local services before the national answers (``found``:
    those, and the weaker ones after them) less those whose status says they may be closing
    or take nobody new now (``Columns.not_taking_now``) and whose match, weighed by closeness,
    is below ``CLOSING_LOCAL_SHARE`` of the best national answer open as usual: they go to the
    front of the weaker ones, after the national answers, where the page lists them under
    "may be closing or not taking new people" with their tag. Trust House Lancashire, "May be
    closing", was the first card in eleven searches in Preston, Lancaster and Blackburn, above
    the 24/7 line, the NSPCC's and Papyrus's that fit as well. Not when an open local service
    showing a way to reach it, and not a forensic centre that follows the others (``later``:
    ``groups.forensic_care_for``), is among them: it then comes after that one
    (``near_now.taking_people_now_first``), as it did. Not for a professional, who looks for a
    service there to refer to (``strong_local``), nor with no words matched."""
    local, weaker = found
    text, columns = keyword.text, keyword.columns
    closing = columns.not_taking_now[local]
    if not closing.any() or text.scores is None or text.fallback:
        return local, weaker
    if (~closing & columns.reachable[local] & ~later[local]).any():
        return local, weaker  # an open one comes first, and it after it
    if text.asker.persona == "professional":
        return local, weaker
    open_national = national[~columns.not_taking_now[national]]
    if not len(open_national):
        return local, weaker
    best = float(text.scores[open_national].max())
    behind = closing & (text.scores[local] * closeness[local] < CLOSING_LOCAL_SHARE * best)
    return local[~behind], np.concatenate([local[behind], weaker])
