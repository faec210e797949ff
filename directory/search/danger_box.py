"""(w49danger, check50 F6) "Talk to someone now" for someone in danger now who says no age ("he
is raping me now", "someone is hurting me right now"): words of harm under way are read as a
child's, and the box held Childline alone, a line for under-19s, for someone who may be any
age. Now it holds the line for anyone 16 or over too, as the page for an assault told with no
time or age does (``unsaid_age``): after the children's lines when the words read as a child's,
first when they read as nobody in particular. With an age said ("im 14"), the box is as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .unsaid_age import ADULTS_FIRST, ANYONE_NEXT, CHILDREN_NEXT, WORRIED_LAST, unsaid_age_order

if TYPE_CHECKING:
    from .asker import Asker


def age_unsaid(asker: Asker) -> bool:
    """Whether ``asker`` is the person in danger themselves, read as a child or as nobody in
    particular, with no age said (theirs or anyone's they ask for): not a parent, a
    professional, an adult survivor or someone worried about their own thoughts."""
    if asker.persona not in ("", "child"):
        return False
    return asker.age is None and asker.for_age is None


def danger_unsaid_order(order: tuple[str, ...], child_words: bool) -> tuple[str, ...]:
    """The site's helplines (``order``) for someone in danger now with no age said: with words
    read as a child's (``child_words``), the children's lines, then the line for anyone 16 or
    over, then Victim Support's and the others; otherwise ``unsaid_age_order`` (the line for 16
    and over first). The lines for someone else's worry (the NSPCC's, Stop It Now) last."""
    if not child_words:
        return unsaid_age_order(order)
    children = [i for i in order if i in CHILDREN_NEXT]
    adults = [i for i in ADULTS_FIRST if i in order]
    last = [i for i in order if i in WORRIED_LAST]
    rest = [i for i in order if i not in (*children, *adults, *last, *ANYONE_NEXT)]
    anyone = [i for i in ANYONE_NEXT if i in order]
    return (*children, *adults, *anyone, *rest, *last)
