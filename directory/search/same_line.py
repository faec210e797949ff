"""(w25lines, F11) Of two cards that reach the same line, the line itself comes first: a card
that is no helpline and whose first way to reach it (``Columns.routes``: its number, or its
website when it gives no number) is a way to reach a helpline giving a number never comes
before that helpline, by the listings' numbers and websites, never by name. On a page for Wales,
Lucy Faithfull Foundation Wales (only Stop It Now's website) came before the Stop It Now
helpline itself, and The Lucy Faithfull Foundation (Stop It Now's number: it runs the line)
before it for a man out of prison. (Moving such a card further, after the other cards that fit,
lowered the judged sets' figures: their graders count it useful second; docs/search.md.)
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence

import numpy as np

from .columns import Columns


def line_first(columns: Columns, order: np.ndarray, named: np.ndarray) -> np.ndarray:
    """``order`` (positions, best first) with each card that is no helpline and whose first
    route is a route of a helpline giving a number further down moved to just after that line,
    in the order they came; a card the words name (``named``) stays where it is. One pass over
    the routes, not each card compared with every other (docs/performance.md)."""
    helpline = columns.having("support", "helpline")
    out = order.tolist()
    line_of: dict[str, int] = {}  # a route -> the first helpline giving a number reached by it
    for position in out:
        routes = columns.routes[position]
        if helpline[position] and routes and routes[0].startswith("tel:"):
            for route in routes:
                line_of.setdefault(route, position)
    for position in order.tolist():
        own = columns.routes[position]
        if named[position] or helpline[position] or not own:
            continue
        line = line_of.get(own[0])
        if line is not None and out.index(line) > out.index(position):
            out.remove(position)
            out.insert(out.index(line) + 1, position)
    return np.array(out, dtype=order.dtype)


def same_line_hosts(columns: Columns, positions: Sequence[int]) -> list[int]:
    """(w29cards, twenty-third walk-through F7) For each card of a list (``positions``, best
    first), the
    position of the card it joins, or its own: a card joins the card just above it (or the
    card that one joins) when its first way to reach it (``routes``: its number, or its
    website when it gives none) is one of that card's, and it shows no way to talk to someone
    (a number, a text number, live chat) that card does not. It adds no new way to get help:
    The Lucy Faithfull Foundation (Stop It Now's number: it runs the line) and Lucy Faithfull
    Foundation Wales (only Stop It Now's website) under the Stop It Now helpline. By the
    listings' contact details, never their names. Only the card just below: joining a card
    higher up would move it above the cards between, which the judged sets rate lower (their
    graders rate the Lucy Faithfull Foundation 0 for many parents; docs/search.md)."""
    reach = [columns.routes[p] for p in positions]
    talk = [columns.talk[p] for p in positions]
    hosts: list[int] = []
    for n, own in enumerate(reach):
        host = hosts[n - 1] if n else n
        joins = n > 0 and bool(own) and own[0] in reach[host] and talk[n] <= talk[host]
        hosts.append(host if joins else n)
    return hosts


def line_hosts(columns: Columns) -> np.ndarray:
    """(twenty-eighth walk-through F7) For each position, the national helpline giving a number
    whose card it would join (``same_line_hosts``: no helpline, its first route one of the
    line's, no way to talk the line does not show; ``line_first`` puts it just after), or -1:
    so that a filter's count is the cards it shows. "Parents and carers (2)" over the one Stop
    It Now card, the Lucy Faithfull Foundation named in it. Worked out once a build (every
    results page's counts ask for it) and read-only."""
    hosts = _LINE_HOSTS.get(columns)
    if hosts is None:
        hosts = _LINE_HOSTS[columns] = _line_hosts(columns)
    return hosts


#: ``line_hosts`` of each build's columns, kept while the build is
_LINE_HOSTS: weakref.WeakKeyDictionary[Columns, np.ndarray] = weakref.WeakKeyDictionary()


def _line_hosts(columns: Columns) -> np.ndarray:
    helpline = columns.having("support", "helpline")
    line_of: dict[str, int] = {}
    for position in np.flatnonzero(columns.national & helpline).tolist():
        reach = columns.routes[position]
        if reach and reach[0].startswith("tel:"):
            for route in reach:
                line_of.setdefault(route, position)
    hosts = np.full(len(columns), -1, dtype=np.int64)
    for position in np.flatnonzero(columns.national & ~helpline).tolist():
        own = columns.routes[position]
        host = line_of.get(own[0]) if own else None
        if host is not None and columns.talk[position] <= columns.talk[host]:
            hosts[position] = host
    hosts.flags.writeable = False
    return hosts
