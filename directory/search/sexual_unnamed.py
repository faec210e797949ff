"""(w25lines, F5) A child, or a parent of one, who calls what was done sexual with no phrase of
the thesaurus saying so ("his grandad did sexual things to him"). Reads words and concepts;
knows nothing of the web. (Moved out of ``understand`` to keep it under 500 lines.)"""

from __future__ import annotations

from .asker import Asker

#: (w25lines, F5) a word that alone calls what was done sexual ("did sexual things to him")
_SEXUAL_WORDS = frozenset({"sexual", "sexually", "rhywiol", "rywiol"})
#: the concepts that already say what kind of sexual harm, or that it is someone's own
_SEXUAL_SAID = frozenset({"sexual-abuse", "rape", "online", "own-behaviour"})


def sexual_unnamed(asker: Asker, names: list[str], rest: list[str]) -> bool:
    """(w25lines, F5) A child, or a parent of one, calls what was done sexual with no phrase of
    the thesaurus saying so: "his grandad did sexual things to him", "something sexual". The
    children's service covering the place did not fit the parent, as "grandad hurt her
    bottom" did."""
    return (
        asker.persona in ("child", "parent")
        and not _SEXUAL_SAID & set(names)
        and bool(_SEXUAL_WORDS & set(rest))
    )
