"""(twenty-seventh walk-through F6) The order of "More services available wherever you live"
for someone worried about their own sexual thoughts or behaviour towards children: what could
be for him first (the services run by the organisation of a line made for him, such as the
Lucy Faithfull Foundation's own; lines and information open to any adult, such as the NSPCC
helpline "for any adult worried about a child"), then those made for other people (lines for
parents only; services for the people who were harmed), each group in the finder's order. The
lines for anyone struggling to cope stay last (``crisis.distress_lines_last``). His More page
opened with the NSPCC, Family Lives, YoungMinds Parents, Victim Support and NAPAC."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Service
from .groups import WORRIED
from .understand import Understood
from .weights import ADULT_FROM

#: audiences of the people who were harmed
_HARMED = frozenset({"children-young-people", "adult-survivors"})
#: audiences of a line for parents (and the people around a child) and nobody else
_PARENTS = frozenset({"parents-carers", "family-friends"})


def _for_others(service: Service, own: set[str], grown: bool) -> bool:
    """Whether ``service`` is made for people other than someone worried about his own
    thoughts: for parents only or professionals only (even when the organisation of a line
    for him, ``own``, runs it: Parents Protect); not run by that organisation, and for the
    people who were harmed (and not for him too), or, for an adult (``grown``), for children
    and young people only (The Mix), or, for a young person, for adults only (the NSPCC's
    line for adults)."""
    audiences = set(service.audiences)
    # (w36own) for parents only, or for professionals only (the CSA Centre)
    parents = bool(audiences) and (audiences <= _PARENTS or audiences == {"professionals"})
    if WORRIED in audiences or (service.organisation in own and not parents):
        return False  # (w36own: not the parents' information his line's organisation runs)
    harmed = bool(audiences & _HARMED) and set(service.abuse_types) != {"emotional-distress"}
    young = grown and audiences == {"children-young-people"}
    # (w36own) for a young person, a service for adults alone (the NSPCC's line for adults
    # worried about a child; Childline is theirs)
    adults = not grown and not audiences & {"children-young-people", WORRIED}
    return harmed or young or parents or (bool(audiences) and adults)


def worried_first(
    services: Sequence[Service], understood: Understood, lines: Sequence[Service] = ()
) -> list[int]:
    """The positions of ``services`` (the More page's national cards, in their order), for
    someone worried about his own thoughts, with those made for other people (``_for_others``)
    after the rest; in their order for anyone else. ``lines``: the services available
    everywhere that the results page shows (the organisation of one made for him is his)."""
    order = list(range(len(services)))
    others = worried_others(services, understood, lines)
    if others is None:
        return order
    later = [n for n in order if others[n]]
    return [n for n in order if n not in later] + later


def worried_others(
    services: Sequence[Service], understood: Understood, lines: Sequence[Service] = ()
) -> list[bool] | None:
    """For someone worried about his own thoughts, whether each of ``services`` is made for
    other people (``_for_others``; ``lines`` as ``worried_first`` has them); None for anyone
    else."""
    if understood.asker.persona != "own-behaviour":
        return None
    own = {s.organisation for s in (*lines, *services) if WORRIED in s.audiences}
    age = understood.asker.for_age
    grown = age is None or age >= ADULT_FROM
    return [_for_others(service, own, grown) for service in services]
