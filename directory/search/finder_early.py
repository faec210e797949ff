"""(w46child, check45 F3) Someone who tells of rape or sexual assault in the last few days, near
a place where no local sexual assault referral centre is among the first local cards (none is
listed for their age there: Lancashire's centre is for adults), sees the NHS finder of centres
among the first two cards available wherever they live: a 14-year-old in Blackpool raped "on
friday" had it third, under Childline and Victim Support, where a 13-year-old in Scunthorpe had
it first. No centre is made up: the card is the NHS's own finder."""

from __future__ import annotations

import numpy as np

from .columns import Columns
from .lexicon import clean_text
from .recent import recent_assault
from .understand import Understood

#: the national cards a finder of centres comes no lower than (0: first, 1: second)
FINDER_BY = 1
#: the local cards a page shows first, among which a centre makes the finder another way to it
LOCAL_FIRST = 3


def finder_early_without_centre(
    columns: Columns, national: np.ndarray, local: np.ndarray, understood: Understood, text: str
) -> np.ndarray:
    """``national`` (positions, best first) with its first national centre finder (a national
    listing whose support is "sarc": the NHS's) moved up to second, when the words (``text``)
    tell of an assault in the last few days (``recent.recent_assault``) and no centre is among
    the first ``LOCAL_FIRST`` local cards (``local``); unchanged otherwise."""
    if len(national) < 2 or not recent_assault(understood, clean_text(text)):
        return national
    centres = columns.having("support", "sarc")
    if centres[local[:LOCAL_FIRST]].any():
        return national
    finders = np.flatnonzero(centres[national])
    if not len(finders) or finders[0] <= FINDER_BY:
        return national
    finder = national[finders[0]]
    rest = national[national != finder]
    return np.concatenate([rest[:FINDER_BY], [finder], rest[FINDER_BY:]]).astype(national.dtype)
