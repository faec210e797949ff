"""(w49danger, check50 F6) "Talk to someone now" for someone in danger now who says no age ("he
is raping me now", "someone is touching me right now"): words of harm under way are read as a
child's, and the box held Childline alone, a line for under-19s, for someone who may be any
age. Now it holds the line for anyone 16 or over too, second, as the page for an assault told
with no time or age does (``unsaid_age``). With an age said ("im 14"), the box is as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Service
from ..vocabulary import ListingStatus

if TYPE_CHECKING:
    from .asker import Asker


def age_unsaid(asker: Asker) -> bool:
    """Whether ``asker`` is the person in danger themselves, read as a child or as nobody in
    particular, with no age said (theirs or anyone's they ask for): not a parent, a
    professional, an adult survivor or someone worried about their own thoughts."""
    if asker.persona not in ("", "child"):
        return False
    return asker.age is None and asker.for_age is None


def adults_line_kept(lines: Sequence[Service], line: Service | None, limit: int) -> list[Service]:
    """``lines`` (a talk box, in order) with ``line`` (the line for anyone 16 or over) second
    when it is not there already and can be called, at most ``limit`` lines."""
    kept = list(lines)
    if line is None or line.status != ListingStatus.ACTIVE or not line.contact.callable_phone:
        return kept
    if any(s.id == line.id for s in kept):
        return kept
    return [*kept[:1], line, *kept[1:]][:limit]
