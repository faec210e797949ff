"""(w37cy) Place names written as their standard spellings write them, where a bundled file
capitalises every part of a name ("Llannerch-Y-Medd", "Llanfihangel-Ar-Arth" and
"Stratford-Upon-Avon" in the postcode file): the small words joining the parts of a
hyphenated name are lower case, in Welsh ("y", "yr", "ar", "yn": Betws-yn-Rhos, Allt-yr-yn)
and in English ("upon", "on", "under", "the": Newcastle-under-Lyme, Walton-on-the-Naze). In a
Welsh name the word after the article is a common noun, lower case too ("Llannerch-y-medd",
"Betws-y-coed", "Dinbych-y-pysgod"); the first word of a name and the parts that are names
("Arth" in Llanfihangel-ar-Arth, "Rhos", "Avon") are kept as written. Nothing here knows of
Flask or of listings.
"""

from __future__ import annotations

import re

#: words that join the parts of a place-name and are written lower case inside it
SMALL_WORDS = frozenset(
    {
        # Welsh: the article, and the prepositions place-names are made with
        *("y", "yr", "'r", "ar", "yn", "ym", "yng", "a", "ac", "o", "dan", "is", "uwch"),
        *("i", "am", "ger", "tan", "rhwng", "wrth", "gyda"),
        # English
        *("upon", "on", "under", "the", "in", "by", "le", "la", "en", "cum", "de", "next"),
        *("over", "super", "with", "at", "and", "of", "sub", "juxta"),
    }
)
_INNER_WORD = re.compile(r"(?<=-)([^\W\d_]+)(?=-)")
#: the Welsh article inside a name and the word after it ("-y-Medd", "-yr-Ynys")
_AFTER_ARTICLE = re.compile(r"(?<=-)(y|yr|'r)-(\w)", re.IGNORECASE)


def small_words_lower(name: str) -> str:
    """``name`` with each small joining word between two hyphens in lower case:
    "Llannerch-Y-Medd" -> "Llannerch-y-Medd", "Chapel-En-Le-Frith" -> "Chapel-en-le-Frith";
    "Bishop's Stortford", "Ross-on-Wye" and a word at either end are unchanged."""
    return _INNER_WORD.sub(
        lambda m: m.group(1).lower() if m.group(1).lower() in SMALL_WORDS else m.group(1), name
    )


def inner_capitals(name: str) -> int:
    """How many parts after a hyphen start with a capital: of two spellings of a name that
    differ only so ("Dinbych-y-Pysgod", "Dinbych-y-pysgod", both in GeoNames), the one with
    fewer is the standard one."""
    return sum(part[:1].isupper() for part in name.split("-")[1:])


def as_standard(name: str, country: str) -> str:
    """``name`` as the standard spelling writes it (``small_words_lower``), and in Wales with
    the word after the article lower case: "Llannerch-Y-Medd" -> "Llannerch-y-medd"."""
    name = small_words_lower(name)
    if country != "Wales":
        return name
    return _AFTER_ARTICLE.sub(lambda m: f"{m.group(1).lower()}-{m.group(2).lower()}", name)
