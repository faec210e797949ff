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

import numpy as np

from .columns import Columns


def line_first(columns: Columns, order: np.ndarray, named: np.ndarray) -> np.ndarray:
    """``order`` (positions, best first) with each card that is no helpline and whose first
    route is a route of a helpline giving a number further down moved to just after that line,
    in the order they came; a card the words name (``named``) stays where it is. One pass over
    the routes: at 10,000 listings a search's 200-odd national cards, each compared with every
    other, cost 15 ms."""
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
