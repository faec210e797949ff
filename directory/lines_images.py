"""(w50rph, check53 F9) "Talk to someone now" for an adult whose own intimate images are shared,
posted or threatened, or who is blackmailed with them ("my ex says he'll post my nudes, I'm 27",
"sextortion, I'm 34"): the line made for them (the Revenge Porn Helpline, for adults over 18)
second, after the box's first (the line open day and night for anyone 16 or over: the helpline
answers on weekdays, 10am to 4pm), and first when the words name the abuse ("revenge porn",
"intimate image abuse"), as someone looking for the helpline does. Nobody else is offered it:
a child keeps Childline (Report Remove and CEOP are theirs among the cards), and an adult
telling of anything else (abuse in childhood) is not offered a line about images. The line is
known by its listing's audiences and abuse types, never by name: for adults and not children,
about online abuse and not child sexual abuse."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .model import Service
from .search.adult_images import adults_own_images
from .search.understand import Asker, clean_text

if TYPE_CHECKING:
    from .finder import FindResults

#: the abuse named, as someone looking for the helpline names it
_NAMED = re.compile(
    r"\b(?:revenge porn|intimate image abuse"
    r"|(?:image|picture|photo|video) based (?:sexual )?abuse"
    r"|(?:porn|pornograffi|phornograffi|bornograffi) dial"  # (w53cymore) Welsh "revenge porn"
    r"|cam drin delweddau personol)\b"  # (w54cychild) Welsh "intimate image abuse"
)


def for_adults_images(service: Service) -> bool:
    """A line made for adults whose own images are shared or threatened."""
    audiences, abuse = set(service.audiences), set(service.abuse_types)
    adults_only = "adult-survivors" in audiences and "children-young-people" not in audiences
    return adults_only and "online-abuse" in abuse and "child-sexual-abuse" not in abuse


def images_told(results: FindResults | None, asker: Asker) -> bool:
    """The search's words tell of the asker's own images shared or threatened, and the asker
    (``asker``: whom the box is for) reads as an adult (``adult_images.adults_own_images``)."""
    if results is None or not results.request.q or asker.is_child:
        return False
    if asker.persona not in ("", "adult"):
        return False
    return adults_own_images(results.request.understood, clean_text(results.request.q))


def for_children_only(service: Service) -> bool:
    """A line for children and young people and not adults (Childline, Meic)."""
    audiences = set(service.audiences)
    return "children-young-people" in audiences and "adult-survivors" not in audiences


def images_line_placed(
    lines: Iterable[Service], results: FindResults | None, asker: Asker
) -> list[Service]:
    """``lines`` (the box's, in order) with the lines for adults' images (``for_adults_images``)
    second when ``images_told`` (first when the words name the abuse: ``_NAMED``), and the
    lines only for children and young people after the rest (the asker reads as an adult: on a
    Welsh page Meic came first and the 24/7 line left the box); left out otherwise."""
    lines = list(lines)
    theirs = [s for s in lines if for_adults_images(s)]
    rest = [s for s in lines if not for_adults_images(s)]
    if not images_told(results, asker):
        return rest
    assert results is not None  # (images_told)
    rest = [s for s in rest if not for_children_only(s)] + [s for s in rest if for_children_only(s)]
    at = 0 if _NAMED.search(clean_text(results.request.q or "")) else 1
    return [*rest[:at], *theirs, *rest[at:]]
