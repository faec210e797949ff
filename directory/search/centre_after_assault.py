"""(check58 finding 6) After an assault in the last few days, the sexual assault referral centre
the warning points to is on the first screen.

The page's first words then say "A sexual assault referral centre (SARC) can help"
(``recent_warning.recent_warned``). When a centre's area covers the place and none is near
already, it is the first local card, whatever else the words matched, unless its own listing
says it does not see this person: its stated ages leave out the age the words give, or it is
for the other sex (``hidden``: ``ranking.left_out_near``). In Swindon, "my uncle raped me this
morning" was read as a child's words, and the Swindon and Wiltshire centre, which sees people
from 16, was held back as a service for adults: it came under "Other services near you",
below Childline, although nothing says the person is under 16.
"""

from __future__ import annotations

import numpy as np

from .areas import Near
from .columns import Columns
from .recent_warning import recent_warned
from .store import SearchIndex
from .understand import Understood
from .weights import COVERING_RANK


def centres_seeing(columns: Columns, understood: Understood, near: Near) -> np.ndarray:
    """The sexual assault referral centres whose area covers the place and whose stated ages
    do not leave out the age the words give (none given: any), over positions."""
    centres = columns.having("support", "sarc") & (near.cover_ranks() <= COVERING_RANK)
    age = understood.asker.for_age
    if age is not None:
        centres &= (columns.youngest <= age) & (columns.oldest >= age)
    found: np.ndarray = centres
    return found


def centre_first_after_assault(
    index: SearchIndex,
    understood: Understood,
    near: Near,
    text: str,
    found: tuple[np.ndarray, np.ndarray],
    hidden: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """``found`` (the local services near the place, those weaker) with the first centre
    covering the place that may see this person (``centres_seeing``, less ``hidden``) among
    the weaker ones moved to the front of those near, when the words tell of an assault in the
    last few days (``text``: the words as typed) and none is near already; unchanged
    otherwise (a children's centre first, or a local service the asker fits before the centre,
    keep their order)."""
    local, weaker = found
    # (the warning speaks to the one harmed; a parent's first card stays the one made for
    # parents: ``examined.finder_after_local_centre`` orders the centre for them)
    if understood.asker.persona == "parent" or not recent_warned(understood, text):
        return local, weaker
    seeing = centres_seeing(index.columns, understood, near) & ~hidden
    if seeing[local].any() or not seeing[weaker].any():
        return local, weaker
    first = weaker[seeing[weaker]][:1]
    return np.concatenate([first, local]), weaker[weaker != first[0]]
