"""(fifteenth session; judged case w37j-15) A parent who asks support for themselves too ("for
both of us", "for me too", Welsh "i ni'n dau": ``told.asks_for_themselves``) is an adult asking
for an adult as well as for their child: a local service whose own audiences say it supports
parents and carers, or family members and friends, is for them, so it is not put among the
services "that may be for adults only" because its listing states no ages for children
(RASASC North Wales, which says it supports family and friends, came under that heading for a
mother at Bangor asking support for her son and herself)."""

from __future__ import annotations

import numpy as np

from .lexicon import clean_text
from .store import SearchIndex
from .told import asks_for_themselves
from .understand import Understood


def for_the_parent_too(index: SearchIndex, understood: Understood, text: str) -> np.ndarray:
    """The services, over positions, whose audiences say they support parents and carers or
    family members and friends, when a parent's words ask support for themselves too; none
    otherwise."""
    columns = index.columns
    asker = understood.asker
    if asker.persona != "parent" or not asks_for_themselves(asker, clean_text(text)):
        return columns.none()
    found: np.ndarray = columns.having("audience", "parents-carers", "family-friends")
    return found
