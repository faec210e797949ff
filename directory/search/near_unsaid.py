"""(ninth walk-through F2) The local services that fit the asker when their words, telling of
abuse, matched none near the place: a parent's "grandad hurt her bottom" in Brighton once
showed no local service at all, though the Sussex children's SARC is in the town. A story is
not a kind of service: every local service that fits who asks is worth showing, under "Other
services near you" (which says they may not be for them), in the order that fits them best.
"""

from __future__ import annotations

import numpy as np

from .areas import Near
from .groups import only_for_other_gender
from .query import KeywordResults
from .store import SearchIndex
from .told import ABUSE_TOPICS
from .understand import Understood
from .weights import COVERING_RANK, UNFIT

#: the topics that tell of abuse done to someone (not of distress alone, nor own behaviour)
STORY_TOPICS = frozenset(
    {"sexual-abuse", "family-abuse", "past-abuse", "rape", "grooming", "online", "honour"}
)


def tells_a_story(understood: Understood) -> bool:
    """The words tell of abuse done to someone (a topic of ``STORY_TOPICS``) and ask for no
    kind of service (no concept of kind "need": "counselling" asks for one), by someone not
    worried about their own behaviour."""
    concepts = understood.concepts
    return (
        understood.asker.persona != "own-behaviour"
        and any(c.kind == "topic" and c.name in STORY_TOPICS for c in concepts)
        and not any(c.kind == "need" for c in concepts)
    )


def unmatched(
    index: SearchIndex, keyword: KeywordResults, within: np.ndarray | None, everywhere: np.ndarray
) -> np.ndarray:
    """The local services, over positions, that the words did not match but do not rule out:
    open, meeting the filters and ages (``within``), and not unfit to who asks."""
    text = keyword.text
    assert text.matched is not None and text.fit is not None
    columns = index.columns
    chosen: np.ndarray = columns.open & columns.meeting(keyword.filters) & ~everywhere
    chosen &= ~text.matched & (text.fit >= UNFIT)
    if within is not None:
        chosen &= within
    return chosen


def fitting_unsaid(
    index: SearchIndex,
    keyword: KeywordResults,
    closeness: np.ndarray,
    within: np.ndarray | None,
    everywhere: np.ndarray,
    understood: Understood,
) -> np.ndarray:
    """Positions of the local services the words did not match, open, meeting the filters
    and ages (``within``: near the place or covering it), that fit who is asking, best fit
    first (their fit to the asker, then how reachable and close they are); empty unless the
    words tell a story (``tells_a_story``)."""
    text = keyword.text
    if text.matched is None or text.fit is None or not tells_a_story(understood):
        return np.array([], dtype=np.int64)
    columns = index.columns
    chosen = unmatched(index, keyword, within, everywhere)
    chosen &= ~only_for_other_gender(columns, understood.asker)
    found = np.flatnonzero(chosen)
    weight = np.round(text.fit[found] * columns.prior()[found] * closeness[found], 6)
    ordered: np.ndarray = found[np.lexsort((found, -weight))]
    return ordered


#: the abuse this directory is for
CHILD_SEXUAL_ABUSE = "child-sexual-abuse"
#: the topics that tell of sexual abuse (``ABUSE_TOPICS`` less abuse in the family alone)
SEXUAL_TOPICS = ABUSE_TOPICS - {"family-abuse"}
#: (eighth walk-through F4) "i was groomed": abuse done to whoever asks, for the local
#: services that take children
DONE_TOPICS = ABUSE_TOPICS | {"grooming"}


def tells_of_abuse(understood: Understood) -> bool:
    """The words tell of abuse done (sexual, in the family, in the past, rape); a parent's
    must tell of sexual abuse ("touched my kids"), not only of the family ("my son did
    something to his sister" is about his behaviour)."""
    topics = SEXUAL_TOPICS | {"grooming"} if understood.asker.persona == "parent" else DONE_TOPICS
    return any(c.kind == "topic" and c.name in topics for c in understood.concepts)


def for_the_child_unsaid(
    index: SearchIndex,
    keyword: KeywordResults,
    near: Near,
    within: np.ndarray | None,
    everywhere: np.ndarray,
    understood: Understood,
) -> np.ndarray:
    """(fifth walk-through F3, F4) Positions of the local services the words did not match
    that fit a child whose abuse the words tell of: open, meeting the filters and ages, their
    area covering the place, for children and for child sexual abuse (or sexual violence: a
    SARC for children and adults that lists only that, ninth walk-through F2), and fitting who
    asks. A child in Stockton-on-Tees saw no Teesside service because "touchin" and "babysits"
    are not in its listing. Empty when the words tell of no abuse."""
    text = keyword.text
    if text.matched is None or text.fit is None or not tells_of_abuse(understood):
        return np.array([], dtype=np.int64)
    columns = index.columns
    chosen = unmatched(index, keyword, within, everywhere)
    chosen &= near.cover_ranks() <= COVERING_RANK
    chosen &= columns.any_of([("audience", ("children-young-people",))])
    chosen &= columns.any_of([("abuse", (CHILD_SEXUAL_ABUSE, "sexual-violence"))])
    return np.flatnonzero(chosen)
