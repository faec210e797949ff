"""(w39place, thirty-second walk-through F2) Whether a close spelling offered for a place name
we lack keeps the words that were typed. "Sutton-on-Sea" (a Lincolnshire village) is spelt
close to Southend-on-Sea and Sutton on Trent, but each changes a whole word of it: they are
other places, in other counties, and a child who taps the first is shown an Essex SARC. A
guess that only mends a word ("Clater Moor": Cleator Moor; "Layton Buzzard": Leighton
Buzzard), drops one ("Heckington Fen": Heckington) or adds one ("Leamington Spar": Royal
Leamington Spa) is still offered. The same as ``town_names.alike_after_welsh_start`` does for
a shared Welsh first word: a shared "on-Sea" or "Market" makes two names look close, not the
same place. Nothing here knows of Flask or of listings.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .spelling import SMALL_WORDS

#: two words with the same first letter and at least this alike (``fuzz.ratio``) are one word
#: spelt two ways ("berry", "bury": 67); "sutton" and "southend" (57), "hales" and "canes"
#: (60), "newton" and "frinton" (62) are two words
WORD_ALIKE = 65
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: letters that come and go in how a word is spelt without changing how it is said
_SOFT = re.compile(r"gh|[aeiouyhw]")


def _content_words(name: str) -> list[str]:
    """The words of a (normalised) place name that tell it apart: not "on", "upon", "le"."""
    return [w for w in _WORD.findall(name.lower()) if w not in SMALL_WORDS]


def _skeleton(word: str) -> str:
    """``word``'s first letter and its sounded consonants, each once: "layton" and
    "leighton" are both "ltn"."""
    rest = _SOFT.sub("", word[1:])
    letters = [word[0]]
    for letter in rest:
        if letter != letters[-1]:
            letters.append(letter)
    return "".join(letters)


def _alike(typed: str, word: str) -> bool:
    """One word spelt two ways: the same first letter, and alike in letters or in sound
    ("stainton" and "lavington" share "ainton" but are two words)."""
    if typed[0] != word[0]:
        return False
    return fuzz.ratio(typed, word) >= WORD_ALIKE or _skeleton(typed) == _skeleton(word)


def changes_a_word(typed: str, name: str) -> bool:
    """Whether the place name ``name`` offered for ``typed`` (a name of two words or more
    that we lack) puts another word in place of one typed: a word typed has no word like it
    in ``name``, and ``name`` has a word like none typed. A one-word name is left to the
    spelling guesses ("Milnthorp": Milnthorpe)."""
    said = _content_words(typed)
    if len(said) < 2:
        return False
    offered = _content_words(name)
    lost = any(not any(_alike(w, o) for o in offered) for w in said)
    new = any(not any(_alike(w, o) for w in said) for o in offered)
    return lost and new
