"""(w46child, check45 F8) A young person of 16 or 17 is old enough for the lines that say they
take people from 16 (the 24/7 Rape & Sexual Abuse Support Line): a child's "Talk to someone
now" keeps the lines made for children first, but no longer leaves out a line whose own listing
says it is for their age. "im 17 my uncle abused me for years" got Childline alone. Reads
listings and how the words were read; knows nothing of the web."""

from __future__ import annotations

from collections.abc import Callable

from .model import Service
from .search.understand import Asker

#: the age from which a young person is old enough for a line that states its minimum age
OLD_ENOUGH_FROM = 16


def old_enough(asker: Asker) -> bool:
    """The words give an age of 16 or 17 (a young person, not a younger child)."""
    return asker.age is not None and OLD_ENOUGH_FROM <= asker.age < 18


def reason_or_their_age(
    reason: Callable[[Service], bool], asker: Asker
) -> Callable[[Service], bool]:
    """``reason`` (why a line not made for children may be in a child's box: ``reason_given``),
    or, for a young person ``old_enough``, a line whose listing states a minimum age of 16 or
    more that they have reached."""
    if not old_enough(asker) or asker.age is None:
        return reason
    age = asker.age

    def kept(service: Service) -> bool:
        least = service.minimum_age
        return reason(service) or (least is not None and OLD_ENOUGH_FROM <= least <= age)

    return kept
