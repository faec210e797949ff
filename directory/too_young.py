"""(w34child, twenty-eighth walk-through F5) A child who says their age ("im 11", "dwi'n 12")
and is younger than the age from which a service takes people by themselves (its listing's own
``self_referral_from_age``: "Yourself from age 16; younger children through a professional")
sees, on that service's card, a line in a child's words saying they cannot go to it on their
own yet, and that a grown-up they trust, or a teacher, school nurse or doctor, can contact it
for them: an 11-year-old's only local card was a SARC 43 miles away, and the first screen did
not say she could not use it alone. The card is kept (a listing is never hidden); from the
listing's recorded age only, never invented; no other search adds the line."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .model import Service

if TYPE_CHECKING:
    from .finder import FindResults
    from .search import Asker


def childs_own_age(asker: Asker) -> int | None:
    """The age of a child asking for themselves ("im 11"), or None (no age said, or not a
    child asking: a parent's or a professional's words are a grown-up's)."""
    if asker.persona not in ("child", "") or asker.age is None or asker.age >= 18:
        return None
    return asker.age


def too_young_alone(service: Service, age: int) -> int:
    """The age from which ``service`` takes people by themselves when ``age`` is below it,
    else 0."""
    from_age = service.self_referral_from_age
    return from_age if service.self_referral and from_age and age < from_age else 0


def marked_for_child(results: FindResults) -> FindResults:
    """``results`` with each card a child of the age said cannot use alone marked with the age
    from which it takes people by themselves (``ResultItem.alone_from``); unchanged when no
    child's own age is said."""
    age = childs_own_age(results.asker)
    if age is None:
        return results
    return results.each_card(
        lambda item: replace(item, alone_from=too_young_alone(item.service, age))
    )
