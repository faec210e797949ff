"""(twenty-sixth walk-through F2, w32place) The words that say what kind of place or council a
name is ("bedford borough", "city of wells", "cyngor sir powys", "X village"), read as that
kind and dropped, never read as a place: "borough" was taken as a misspelling of Harborough.
And how close a misspelt area typed after a town must be to be read as that area. Read by
``gazetteer.py`` and ``namesakes.py``; nothing here knows of Flask or of listings.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from .names import _DISTINGUISHING

#: words after a name saying what kind of council or place it is, longest first
_KIND_AFTER = (
    "metropolitan borough council",
    "county borough council",
    "metropolitan borough",
    "unitary authority",
    "district council",
    "borough council",
    "county council",
    "city council",
    "town council",
    "county borough",
    "town centre",
    "city centre",
    "council",
    "borough",
    "district",
    "unitary",
    "county",
    "city",
    "town",
    "village",
)
#: the same before a name, in English and in Welsh ("cyngor sir X", "bwrdeistref sirol X")
_KIND_BEFORE = (
    "royal borough of",
    "london borough of",
    "metropolitan borough of",
    "county borough of",
    "city and county of",
    "borough of",
    "district of",
    "county of",
    "city of",
    "town of",
    "the",
    "cyngor bwrdeistref sirol",
    "cyngor dinas a sir",
    "cyngor sir",
    "cyngor",
    "bwrdeistref sirol",
    "dinas a sir",
    "dinas",
    "sir",
    "tref",
)
#: (w41place) words that say what kind of place a name is and, alone, name none: the postcode
#: cross-check file names two Merthyr Tydfil districts "Town" (a ward's name), and a Welsh
#: town's old spelling one letter longer ("Towyn") was corrected to it without a question
KIND_OF_PLACE = frozenset(
    {"town", "city", "village", "hamlet", "centre", "center", "central", "borough", "district"}
) | {"county", "ward", "parish", "tref", "pentref"}


def only_a_kind(name: str) -> bool:
    """Whether the (normalised) name ``name`` is only words saying what kind of place it is
    ("town", "city centre"): never a place, nor a spelling to correct a name to."""
    words = name.split()
    return bool(words) and set(words) <= KIND_OF_PLACE


#: the words of a council's kind: a name typed with one of these is a council's first
COUNCIL_KINDS = frozenset(["borough", "district", "council", "county", "unitary", "city"]) | {
    "cyngor",
    "sir",
    "bwrdeistref",
    "dinas",
}
#: words that never name an area when typed alone after a name, however close their spelling
#: comes to one ("borough": Harborough; "north": Northumberland)
NEVER_AN_AREA = (
    frozenset(" ".join(_KIND_AFTER + _KIND_BEFORE).split())
    | _DISTINGUISHING
    | frozenset(["near", "nr", "in", "by", "of", "and", "area", "road", "street", "estate"])
)


def without_kind(key: str) -> tuple[str, bool]:
    """``key`` (normalised) without the words saying what kind of council or place it is, and
    whether any of them was a council's; ("", False) when there were none, or nothing but
    such words and words like "north" is left."""
    words, council = key.split(), False
    changed = True
    while changed and words:
        changed = False
        for kind in _KIND_BEFORE:
            size = len(kind.split())
            if words[:size] == kind.split() and len(words) > size:
                council |= bool(COUNCIL_KINDS & set(words[:size]))
                words, changed = words[size:], True
                break
        for kind in _KIND_AFTER:
            size = len(kind.split())
            if words[-size:] == kind.split() and len(words) > size:
                council |= bool(COUNCIL_KINDS & set(words[-size:]))
                words, changed = words[:-size], True
                break
    bare = " ".join(words)
    if bare == key or len(bare.replace(" ", "")) < 3 or set(words) <= NEVER_AN_AREA:
        return "", False
    return bare, council


def close_to_area(words: str, area: str) -> bool:
    """Whether ``words``, typed after a town, are a near spelling of the area name ``area``:
    one slip (a letter wrong, missed, added, or two swapped), two in a long name
    ("gloucestshire"); never a word such as "borough" or "north" on its own."""
    if set(words.split()) <= NEVER_AN_AREA:
        return False
    most = 2 if len(area) >= 10 else 1
    return OSA.distance(words, area) <= most
