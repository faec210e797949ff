"""(w59child, check60 finding 5) A child asked to meet someone they met online ("im 14 and a man
i met online wants to meet me tonight", "a guy from snapchat asked me to meet him after
school"), or a parent or professional telling of a child meeting one ("my daughter is meeting a
man from online tonight"): this is online grooming, which CEOP's Safety Centre takes reports
of, from wherever the child lives. The child's page had Childline alone and a sexual assault
referral centre 15 miles away as its first card, with no CEOP (the danger box, when the meeting
is tonight, is ``danger_said``'s). Now the words are read as grooming, the services available
wherever they live come first for the child (``lines_before``), and the services that take a
report of a child's online abuse (CEOP) come first among them, after any card named.

Not a meeting with a friend from school, an online game said without a meeting, nor an adult
meeting someone from a dating app for themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .asker import Asker
from .danger_said import meeting_said, met_where
from .images_threatened import take_down_and_report
from .met_soon import asked_along, coming_to_a_child, man_to_a_child, online_or_older, unsaid_adult

if TYPE_CHECKING:
    from .columns import Columns

__all__ = ["met_online", "with_met_online", "reports_first"]


def _of_a_child(asker: Asker, cleaned: str) -> bool:
    """A child's own words, or a parent's or professional's telling of someone under 18 (or of
    no age said); (w61online) or words with no age and no adult's (``met_soon.unsaid_adult``)."""
    if asker.is_child:
        return True
    if asker.persona in ("parent", "professional"):
        return asker.for_age is None or asker.for_age < 18
    return asker.persona == "" and asker.age is None and unsaid_adult(cleaned)


def met_online(asker: Asker, cleaned: str) -> bool:
    """The words (``cleaned``: ``clean_text``) tell of a child meeting, or asked to meet,
    someone met online or much older (``danger_said.MEETING`` and ``MET_WHERE``); (w61online)
    or asked into a car or a house by someone met online or of an adult's age said; (w62missing)
    or to be picked up by them, or told by a child of a grown man asking to meet them;
    (w64danger) or a grown man coming to the child's home, or asking them to travel to him."""
    if not _of_a_child(asker, cleaned):
        return False
    if meeting_said(cleaned):  # (w62missing) "im 12 and a man said…": ``man_to_a_child``
        return met_where(cleaned) or man_to_a_child(cleaned)
    if coming_to_a_child([cleaned], cleaned):  # (w64danger) "im 13 and a man is coming to my…"
        return True
    return online_or_older(cleaned) and asked_along(cleaned, cleaned)


def with_met_online(asker: Asker, names: list[str], cleaned: str) -> list[str]:
    """``names`` with online abuse and grooming, for ``met_online`` words."""
    if not met_online(asker, cleaned):
        return names
    return [*names, *(n for n in ("online", "grooming") if n not in names)]


def reports_first(
    columns: Columns, national: np.ndarray, asker: Asker, said: tuple[str, np.ndarray]
) -> np.ndarray:
    """``national`` (positions, best first) with the best placed of the services that take a
    report of a child's online abuse (``images_threatened.take_down_and_report``: CEOP, which
    the grooming read by ``with_met_online`` ranks above Report Remove's taking down of
    images) first after the cards the words name (``said``: the cleaned words and the mask of
    those named), for ``met_online`` words; the rest keep their order."""
    cleaned, named = said
    if not len(national) or not met_online(asker, cleaned):
        return national
    first = named[national]
    reports = take_down_and_report(columns)[national] & ~first
    theirs = np.zeros(len(national), dtype=bool)
    if reports.any():  # (the best of them for the words: CEOP, not Report Remove's images)
        theirs[int(np.argmax(reports))] = True
    return np.concatenate([national[first], national[theirs], national[~first & ~theirs]])
