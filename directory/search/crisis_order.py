"""(w46child, check45 F6) Someone who says they want to die, kill themselves or hurt themselves,
and is asking for themselves, sees a line for thoughts of suicide among the first two national
cards, and no line for parents before it. "i want to kill myself because of what my dad did"
(nobody says who is asking) had Family Lives, a line for parents, first and Papyrus third,
where "i want to die my brother abuses me" (a child) had Childline and Papyrus."""

from __future__ import annotations

import numpy as np

from .columns import Columns
from .groups import anyone_struggling
from .understand import Understood

#: who says the words of suicide of themselves: a child, an adult, or someone unsaid (a parent
#: or a professional speaks of someone else's; someone worried about their own thoughts has
#: their own line first)
_SELF = frozenset({"", "child", "adult"})
#: a suicide line comes no lower than this (0: first, 1: second)
SUICIDE_LINE_BY = 1
#: the national cards a page shows first (a line for parents comes after them)
FIRST_CARDS = 3


def for_parents_only(columns: Columns) -> np.ndarray:
    """The services, over positions, for parents and carers and not for the person harmed
    (neither children and young people nor adult survivors): Family Lives, the NSPCC's
    line."""
    audience = columns.values["audience"]
    none = columns.none()
    parents = audience.get("parents-carers", none)
    themselves = audience.get("children-young-people", none) | audience.get("adult-survivors", none)
    found: np.ndarray = parents & ~themselves
    return found


def in_crisis_for_themselves(understood: Understood) -> bool:
    """The words speak of suicide or self-harm, said by someone asking for themselves."""
    asker = understood.asker
    return asker.suicidal and asker.persona in _SELF


def suicide_line_early(
    columns: Columns, national: np.ndarray, understood: Understood, others: np.ndarray
) -> np.ndarray:
    """``national`` (positions, best first) with, for someone in crisis for themselves
    (``in_crisis_for_themselves``), the first line for suicide or for anyone struggling to
    cope (Papyrus, Samaritans) that is not made for other people (``others``) moved up to
    second, and, when nobody says who is asking, the lines for parents only
    (``for_parents_only``) among the first ``FIRST_CARDS`` moved just after them. Nothing
    else moves; unchanged for anyone else or when no such line is there."""
    if not in_crisis_for_themselves(understood) or len(national) < 2:
        return national
    order: list[int] = national.tolist()
    crisis = columns.suicide | anyone_struggling(columns)  # (Papyrus, Samaritans)
    line = next((p for p in order if crisis[p] and not others[p]), None)
    if line is None:
        return national
    at = order.index(line)
    ordered = [p for p in order if p != line]
    ordered.insert(min(at, SUICIDE_LINE_BY), line)
    if understood.asker.persona:
        return np.array(ordered, dtype=national.dtype)
    # (nobody says who: a line for parents only after the first cards, which are for them)
    parents = for_parents_only(columns)
    moved = [p for p in ordered[:FIRST_CARDS] if parents[p]]
    kept = [p for p in ordered if p not in moved]
    ordered = [*kept[:FIRST_CARDS], *moved, *kept[FIRST_CARDS:]]
    return np.array(ordered, dtype=national.dtype)
