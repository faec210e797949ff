"""(w46adult) Sexual images of children named in the everyday words a partner or relative
uses ("my boyfriend is looking at child porn", "worried my husband watches cp", "my dad looks
at pics of kids"): the words are about someone's sexual behaviour towards children, as the
listings' "child abuse images" and "indecent images" already read. Stop It Now's listing
answers anyone worried "about another adult or a young person"; the NSPCC's any adult worried
about a child. Never when the images were shown to the asker or are of their own child
(``asker_own.kin_viewing`` leaves those out), nor for a child telling of a parent's arrest.
"""

from __future__ import annotations

from .asker import Asker
from .asker_own import kin_viewing

__all__ = ["with_images_named"]

OWN_BEHAVIOUR = "own-behaviour"
FAMILY = "family-friends"


def with_images_named(asker: Asker, names: list[str], cleaned: str) -> list[str]:
    """``names`` with the concept for someone's sexual behaviour towards children when the
    words tell of a partner or relative looking at sexual images of children, in any of the
    words ``asker_own`` knows for them ("child porn", "cp", "underage pictures")."""
    if asker.is_child or not kin_viewing(cleaned):
        return names
    # (the asker is family of the one who looked: the lines for family and friends fit them)
    return [*names, *(n for n in (OWN_BEHAVIOUR, FAMILY) if n not in names)]
