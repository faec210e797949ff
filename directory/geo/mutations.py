"""(w36cy) Welsh county names after "Sir" as people write them: mutated, as the grammar has it
("Sir Forgannwg", "Sir Feirionnydd", "Sir Benfro"), or plain, as many type them ("Sir
Morgannwg", "Sir Meirionnydd", "Sir Penfro"). A feminine noun, "sir" softens the first letter
of the name after it: p > b, t > d, c > g, b > f, d > dd, m > f, ll > l, rh > r, and g is
dropped. The tables hold the mutated form; ``plain_forms`` gives the forms without the
mutation, so either is found. Nothing here knows of Flask or of listings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .places import Place, normalise

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: a mutated first letter and the plain letters it can come from ("f" is softened "b" or "m")
_UNSOFTENED = (
    ("dd", ("d",)),
    ("f", ("b", "m")),
    ("b", ("p",)),
    ("d", ("t",)),
    ("g", ("c",)),
    ("l", ("ll",)),
    ("r", ("rh",)),
)


def plain_forms(key: str) -> set[str]:
    """The forms of ``key`` (a normalised name) without the soft mutation after "sir": "sir
    forgannwg" -> {"sir morgannwg", "sir borgannwg"}; "sir gar" -> {"sir car"}; an empty set
    for a name not of that form or starting with a vowel ("sir aberteifi"). "ff", "ll" and
    "rh" are letters of their own, never mutated."""
    first, _, rest = key.partition(" ")
    if first != "sir" or not rest or rest.startswith(("ff", "ll", "rh", "y ")):
        return set()
    for mutated, plains in _UNSOFTENED:
        if rest.startswith(mutated):
            return {f"sir {plain}{rest[len(mutated) :]}" for plain in plains}
    return set()


def with_article(gazetteer: Gazetteer, place: Place, name: str) -> str | None:
    """(w36cy) The gazetteer's own written form of ``name`` with the Welsh article ("Y
    Drenewydd", "Yr Wyddgrug") when it holds that form for ``place`` itself; None otherwise.
    (w37cy) The form may be the place's own name as well as one of its other names ("Y
    Felinheli", GeoNames' name for the village, typed "Felinheli")."""
    here = (place.name, place.latitude, place.longitude)
    for article in ("Y", "Yr"):
        key = normalise(f"{article} {name}")
        if normalise(place.name) == key:
            return place.name
        spelling = gazetteer._alt_spellings.get(key)
        placed = gazetteer._alt_places.get(key, ())
        if spelling and any((p.name, p.latitude, p.longitude) == here for p in placed):
            return spelling
    return None
