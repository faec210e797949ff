"""URL builders shared by every app a test process makes (issue 24).

Werkzeug compiles two small Python functions for each route an app registers (one builds the
route's address, one also appends unknown arguments as a query): ``Rule._compile_builder``
writes an AST and calls ``compile`` on it, ~8 ms of the ~11 ms a new app costs, for ~400 test
apps a run. The function it compiles depends only on the route (its text, its parts, which of
them are variables, its defaults) and is bound to the rule afterwards, so a test process keeps
each one it compiled and gives it to the next app registering the same route.
``test_test_helpers.py`` checks that every route of a new app gets the code werkzeug itself
compiles. Only the tests use this: the app's own processes compile their routes once each."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from werkzeug.routing.rules import Rule

#: werkzeug's own compiler, kept so that a test can compare against it
compile_builder: Callable[[Rule, bool], Callable[..., tuple[str, str]]] = Rule._compile_builder
_compiled: dict[Hashable, Callable[..., tuple[str, str]]] = {}


def _key(rule: Rule, append_unknown: bool) -> Hashable:
    """Everything ``Rule._compile_builder`` reads: the route's text (the function's name), its
    static and variable parts, the names of its defaults (keyword arguments) and a default
    given for a variable part, which is built into the code as text."""
    defaults = rule.defaults or {}
    variables = {data for dynamic, data in rule._trace if dynamic}
    fixed = tuple(
        (name, rule._converters[name].to_url(value))
        for name, value in defaults.items()
        if name in variables
    )
    return (
        rule.rule,
        tuple(rule._trace),
        append_unknown,
        tuple(str(name) for name in defaults),
        fixed,
    )


def _shared_builder(self: Rule, append_unknown: bool = True) -> Any:
    key = _key(self, append_unknown)
    builder = _compiled.get(key)
    if builder is None:
        builder = _compiled[key] = compile_builder(self, append_unknown)
    return builder


def share_route_builders() -> None:
    """From now on, each route's builder is compiled once in this process."""
    Rule._compile_builder = _shared_builder  # type: ignore[method-assign]
