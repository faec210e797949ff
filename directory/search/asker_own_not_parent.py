"""(w65note, forty-ninth walk-through F2) A grown-up who names their children while telling of
their own life at risk, or of what was done to them, is not a parent worried about a child.

"ive written a note for my kids tonight i cant live with what my stepfather did to me anymore"
was read as a parent's worry because of "my kids": the talk box gave the NSPCC and Stop It Now
(a line for people worried about their own sexual thoughts, or another's, towards children),
and Stop It Now was the first card, for a man writing a suicide note about his own abuse. His
children are the people he is leaving the note for; what he asks is for himself. Read as an
adult, the page gives the crisis lines and the lines for adults abused as children.

A parent who says a child of theirs was harmed (``their_child_harmed``) or who fears for them
("worried about my kids", "he wants to see the kids", "alone with my daughter") stays a
parent, whatever else they tell; someone who names their own sexual thoughts about children
is read as that before a parent (``asker._persona``) and is not changed here.

Over ``clean_text`` (lower case, no apostrophes)."""

from __future__ import annotations

import re
from dataclasses import replace

from .asker import Asker
from .asker_survivor_parent import their_child_harmed
from .past_told import told_of_the_past_only
from .plan_now import plan_now
from .suicide_intent import own_intent

_CHILD = (
    r"(?:(?:my|our|the|his|her) (?:\w+ )?(?:kids?|children|child|sons?|daughters?|boys?|girls?"
    r"|little ones?|babys?|baby|grandchildren|grandkids))"
)
#: fear for the children, or the children with someone: "worried about my kids", "he wants to
#: see the kids", "near my son", "has access to our daughter", "my kids stay with him"
_FOR_THE_CHILDREN = re.compile(
    r"\b(?:worried|worry|worrying|scared|afraid|frightened|terrified|concerned|fear|fears"
    rf"|protect|protecting|keep|keeping|safe)(?: \w+){{0,5}}? {_CHILD}"
    r"|\b(?:near|around|see|seeing|sees|access to|contact with|alone with|babysits?|babysitting"
    r"|look after|looks after|looking after|living with|lives with|custody of|visits?|visiting"
    rf"|pick up|picks up|picking up) {_CHILD}"
    rf"|\b{_CHILD}(?: \w+){{0,4}}? (?:with him|with her|with them|at his|at her|stays? with"
    r"|staying with|visits?|visiting|goes to his|goes to her)\b"
)


def own_not_parent(asker: Asker, cleaned: str) -> Asker:
    """``asker`` read as an adult asking for themselves when it was read as a parent only
    because the words (``cleaned``) name their children, while they tell of their own life at
    risk now (``plan_now``, ``own_intent``) or of abuse done to them in the past
    (``told_of_the_past_only``), with no child of theirs harmed or feared for."""
    if asker.persona != "parent" or not _kids_as_context(cleaned):
        return asker
    if plan_now(cleaned) or own_intent(cleaned) or told_of_the_past_only(cleaned):
        return replace(asker, persona="adult", for_age=asker.age)
    return asker


def children_as_context(asker: Asker, names: list[str], cleaned: str) -> list[str]:
    """The concepts ``names`` without "parents" (services for parents worried about a child,
    Family Lives) for an adult whose words (``cleaned``) name their children while telling of
    their own life at risk now, with no child of theirs harmed or feared for: "a note for my
    kids tonight" names who he is leaving, not a worry about them."""
    if asker.persona != "adult" or "parents" not in names or not _kids_as_context(cleaned):
        return names
    if not (plan_now(cleaned) or own_intent(cleaned)):
        return names
    return [name for name in names if name != "parents"]


def _kids_as_context(cleaned: str) -> bool:
    """No child of the writer's is harmed or feared for in ``cleaned``."""
    return not (their_child_harmed(cleaned) or _FOR_THE_CHILDREN.search(cleaned))
