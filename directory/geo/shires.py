"""(w44cy, fourteenth Welsh review F2) An English county typed in Welsh as "the shire of" its
county town: "Swydd Amwythig" or "Sir Amwythig" (Amwythig is Shrewsbury), "Swydd Gaer" (Caer,
Chester, softened after "swydd"), "Swydd Efrog". Welsh names English counties so, and "Sir
Amwythig" was read as the town of Shrewsbury itself ("Overton, Sir Amwythig" was told that no
Overton is in or near Shrewsbury, though the person meant the county).

So "sir" or "swydd" before the name, plain or softened, of a town in England that is no council
or area of its own is the ceremonial county that town lies in, as the gazetteer gives it. Only
the typed words are read so: the page names the county by the gazetteer's own name, never by a
Welsh name we hold no source for. Welsh councils keep their own Welsh names ("Sir Fynwy",
"Sir Gâr" are read as before). Nothing here knows of Flask or of listings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mutations import plain_forms
from .names import _strip_council_words
from .places import normalise

if TYPE_CHECKING:
    from .namesakes import Namesakes

#: the Welsh words for a shire before a county town's name
SHIRE_WORDS = ("sir ", "swydd ")


def shire_of_town(gazetteer: Namesakes, key: str) -> str:
    """The normalised name of the English county ``key`` (normalised) names as the shire of
    its county town ("swydd amwythig" -> "shropshire"); "" for any other name."""
    if not key.startswith(SHIRE_WORDS) or _known_as_it_is(gazetteer, key):
        return ""
    rest = key.partition(" ")[2]
    for town in (rest, *sorted(p.partition(" ")[2] for p in plain_forms(f"sir {rest}"))):
        found = gazetteer._exact(town)
        place = found.place if found is not None else None
        if place is not None and place.kind == "place" and place.country == "England":
            return normalise(place.county)
    return ""


def _known_as_it_is(gazetteer: Namesakes, key: str) -> bool:
    """Whether ``key`` names a council or wider area as it is ("sir gar", "sir fynwy")."""
    names = gazetteer._council_names
    return key in names or _strip_council_words(key) in names or key in gazetteer._wider
