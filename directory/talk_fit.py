"""(w29lines, twenty-third walk-through F3, F5, F6) Which lines a "Talk to someone now" box
keeps for the people it is for, beyond ``lines.fits_asker``: a child's box holds the lines made
for children and young people (``lines.for_whom``), and a line for all ages only when no
children's line fits or the words ask for what it alone does; a service's page, and the
referral pack, offer no line for anyone struggling to cope or for suicide unless a service
shown is one. Reads listings and how the words were read; knows nothing of the web."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .finder import FindResults
from .lines import (
    Held,
    for_a_particular_community,
    for_deaf_people,
    for_whom,
    is_suicide_line,
    its_communities,
)
from .model import Service
from .search.crisis_words import speaks_of_suicide
from .search.groups import for_anyone_struggling
from .search.lexicon import clean_text
from .search.understand import Asker

#: what a line for anyone affected by any crime does that a children's line does not: help with
#: reporting to the police and going through the justice system (the support codes of the
#: thesaurus's "practical" and "advocacy" needs: "police", "report it", "court")
_CRIME_HELP = frozenset({"practical-legal", "advocacy-isva"})


def for_children(service: Service) -> bool:
    return for_whom(service) == "children-young-people"


def a_child_asking(asker: Asker) -> bool:
    """The words say a child or young person is asking for themselves (not a parent's or a
    professional's child, not a young person worried about their own thoughts)."""
    return asker.is_child and asker.persona in ("child", "")


def needs_asked(results: FindResults | None) -> set[str]:
    """The kinds of help (support codes) the words ask for ("police": practical and legal)."""
    if results is None or not results.request.q:
        return set()
    codes: set[str] = set()
    for concept in results.request.understood.concepts:
        if concept.kind == "need":
            codes |= set(concept.codes("support"))
    return codes


def what_it_does(service: Service) -> set[str]:
    """The kinds of help a line gives, from its listing: its support types, and for a line for
    anyone affected by crime, help with reporting and the justice system."""
    does = set(service.support_types)
    if "any-crime" in service.abuse_types:
        does |= _CRIME_HELP
    return does


def childrens_lines(
    lines: Iterable[Service], asker: Asker, reason: Callable[[Service], bool], needs: set[str]
) -> list[Service]:
    """For a child asking (``a_child_asking``), ``lines`` (in order) less the lines not made for
    children, but for those the words give a ``reason`` for (distress, a community named...)
    and those doing what the words ask that no children's line among them does (``needs``:
    "tell the police"); all of them when none is made for children. For anyone else,
    ``lines`` as they are. (Victim Support, for anyone affected by a crime, and Live Fear
    Free, for domestic abuse at any age, were the second and third lines of every child
    telling of abuse: read as adults' lines offered to an 11-year-old.)"""
    lines = list(lines)
    if not a_child_asking(asker):
        return lines
    own = [s for s in lines if for_children(s)]
    if not own:
        return lines
    done = set().union(*(what_it_does(s) for s in own))
    wanted = needs - done
    return [
        s for s in lines if for_children(s) or reason(s) or (wanted and wanted & what_it_does(s))
    ]


def reason_given(held: Held, deaf: bool) -> Callable[[Service], bool]:
    """Whether the words give a reason for a line not made for children in a child's box: a
    line for anyone struggling to cope or for suicide that the box offers (the words speak of
    distress: ``Held.struggling``; a suicide line only fits words of suicide), a line for a
    community the words name, a service for Deaf people when they name Deaf people."""

    def reason(service: Service) -> bool:
        if about_coping(service):
            return not (held.struggling and for_anyone_struggling(service))
        if for_a_particular_community(service):
            return bool(held.asked & its_communities(service))
        return deaf and for_deaf_people(service)

    return reason


def about_coping(service: Service) -> bool:
    """A line for anyone struggling to cope, or for thoughts of suicide."""
    return for_anyone_struggling(service) or is_suicide_line(service)


def without_coping_lines(lines: list[Service], shown: Iterable[Service]) -> list[Service]:
    """``lines`` less those for anyone struggling to cope or for suicide, unless one of the
    services ``shown`` (a service's page, a pack's services) is itself such a line."""
    if any(about_coping(s) for s in shown):
        return lines
    return [s for s in lines if not about_coping(s)]


def for_its_people(lines: list[Service], service: Service) -> list[Service]:
    """(twenty-fifth walk-through) ``lines`` less those made for people ``service`` does not
    serve (``lines.for_whom``, who a line is first of all for, not among its audiences):
    Childline, for children, on the page of a counselling service for adults from 16; the
    parents' line, or the line for people worried about their own thoughts, on a centre's
    for adults and children. For a service for none of those (professionals only), the lines
    sharing an audience with it; all of them when its listing names no audience, or when
    none would be left."""
    its = set(service.audiences)
    kept = [s for s in lines if for_whom(s) in its or not for_whom(s)]
    kept = kept or [s for s in lines if its & set(s.audiences)]
    return kept if its and kept else lines


def suicide_said(results: FindResults | None, asker: Asker) -> bool:
    """(w37adult) The words speak of suicide, self-harm or ending one's life
    (``crisis_words.speaks_of_suicide``), not only of distress."""
    if results is None or not results.request.q:
        return False
    return speaks_of_suicide(asker, clean_text(results.request.q))


def crisis_line_kept(chosen: list[Service], lines: list[Service], limit: int) -> list[Service]:
    """(w37adult) ``chosen`` (the box's lines, in order) with, when none of its first ``limit``
    is for anyone struggling to cope or for suicide (``about_coping``), the first such line of
    ``lines`` in its last place: for words of suicide the box keeps one. A Welsh man who said
    he wanted to kill himself got Live Fear Free, Rape Crisis and Victim Support: Wales's own
    line first took the place Samaritans had for the same words in English."""
    shown = chosen[:limit]
    if not shown or any(about_coping(s) for s in shown):
        return chosen
    line = next((s for s in lines if about_coping(s) and s not in shown), None)
    return chosen if line is None else [*shown[:-1], line]
