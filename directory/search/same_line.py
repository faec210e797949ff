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


def _line_of(columns: Columns, order: list[int], position: int) -> int | None:
    """The helpline of ``order`` giving a number that ``position`` (no helpline) reaches
    through its first route, if any."""
    own = columns.routes[position]
    helpline = columns.having("support", "helpline")
    if not own or helpline[position]:
        return None
    for other in order:
        routes = columns.routes[other]
        phoned = bool(routes) and routes[0].startswith("tel:")
        if other != position and helpline[other] and phoned and own[0] in routes:
            return other
    return None


def line_first(columns: Columns, order: np.ndarray, named: np.ndarray) -> np.ndarray:
    """``order`` (positions, best first) with each card that reaches a helpline further down
    (``_line_of``) moved to just after it, in the order they came; a card the words name
    (``named``) stays where it is."""
    out = order.tolist()
    for position in order.tolist():
        line = None if named[position] else _line_of(columns, out, position)
        if line is not None and out.index(line) > out.index(position):
            out.remove(position)
            out.insert(out.index(line) + 1, position)
    return np.array(out, dtype=order.dtype)
