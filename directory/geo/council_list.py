"""(w37cy) The councils a person can choose from when the place they typed is not found
(thirty-first walk-through F4: a village the bundled files lack): every council of Wales and
the councils of England that cover all of their area alone or with their districts (unitary,
metropolitan, London borough, county), each with the words that find it as a place. Nothing
here knows of Flask or of listings.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: the kinds of council offered: a shire district is in its county, which is offered
_OFFERED_SHEETS = frozenset(["UTA", "MTD", "LBO", "CTY"])


@dataclass(frozen=True)
class CouncilChoice:
    """A council offered by name: ``words`` are what the place field gets, found as it."""

    words: str
    name: str
    name_cy: str
    country: str


@functools.lru_cache(maxsize=4)
def council_choices(gazetteer: Gazetteer) -> tuple[CouncilChoice, ...]:
    """The councils of England and Wales to choose from, by name; each one's ``words`` are its
    name, or its name and "council" where a town of the name would be found instead
    ("Newport", "Halton")."""
    chosen = []
    for council in gazetteer.councils.values():
        if council.country not in ("England", "Wales") or council.sheet not in _OFFERED_SHEETS:
            continue
        words = council.name
        for typed in (council.name, f"{council.name} council"):
            found = gazetteer.resolve(typed)
            if found.place is not None and found.place.kind == "council" and not found.corrected:
                words = typed
                break
        chosen.append(CouncilChoice(words, council.name, council.name_cy, council.country))
    return tuple(sorted(chosen, key=lambda c: c.name))
