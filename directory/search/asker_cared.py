"""(w26parent) A child named in the third person by a grown-up who cares for or knows them.

A child of 3 or 4 cannot have typed the search: "three year old girl, her uncle touched her
privates, do i take her to hospital", "4 yr old boy, his grandad touched him", "toddler touched
by her uncle at the weekend", "little one told us…", Welsh "merch tair oed, mae ei hewythr wedi
ei chyffwrdd", "babi", "plentyn bach". When the words name a young child that way and the
writer never speaks as the one harmed ("touches me", "i was abused", "im 12"), the asker is a
parent or carer, and the help is for the child at that age. An older child (8 to 17) is read so
only when spoken of with "her", "his", "she", "he" and never with "me" or "my": a young person
writing of themselves in the third person then still finds the NSPCC with Childline after it.

Words for a very young child say its age when no number does ("toddler": 2, "baby": 0, "in
nursery": 3), so that services for grown-ups only are not offered for a toddler. Over
``clean_text``'s words; used by ``asker.who_is_asking`` (a professional's client stays theirs:
``asker_referred``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .asker_roles import harmed_asker

#: words for a very young child, and the age they say (the middle of the band they name); one
#: child, not children in general ("an interest in toddlers" is someone's own behaviour)
_YOUNG = re.compile(
    # (not "my baby told me…": a parent's word for a child of any age)
    r"\b(?:(?P<baby>new ?born|(?<!\bmy )(?<!\bour )(?<!\bfy )(?<!\bein )bab(?:y|i)(?! (?:brother|"
    r"sister|bro|sis|cousin|daddy|father|dad|mum|mother|mam|sit))|babys(?= (?:girl|boy|son|"
    r"daughter)\b))"
    r"|(?P<infant>infant)|(?P<toddler>toddler|todler)"
    r"|(?P<nursery>pre ?schooler|pre ?school (?:child|kid|girl|boy)|(?:in|at|from) nursery|"
    r"nursery (?:age|child|kid|girl|boy)|(?:yn y |ysgol )(?:f|m)eithrin(?:fa)?))\b"
)
_YOUNG_AGES = {"baby": 0, "infant": 1, "toddler": 2, "nursery": 3}
#: ... said of the writer's own past, or their own pregnancy: not a child now
_OWN_PAST = re.compile(
    r"\b(?:i was|since i was|as|when i was|from) (?:a |an |only a )?(?:bab|infant|toddler|new)"
    r"|\b(?:pregnant|having a baby|had a baby|lost (?:a|the|my|our) baby|miscarr)"
)
#: a young child said without an age: "little one", "wee one", "plentyn bach"
_LITTLE = re.compile(r"\b(?:little|wee|lil) (?:one|un)\b|\bplentyn bach\b|\bblentyn bach\b")
#: the child spoken of in the third person ("her uncle", "touched him", "ei hewythr")
_THIRD = re.compile(r"\b(?:her|his|she|he|him|hes|shes|ei|iddi|iddo)\b")
#: the writer speaks of themselves or of their own family ("me", "my", "our", Welsh "fy",
#: "ein"): a child read as writing ("my little brother is 6 and told me…") stays so
_FIRST = re.compile(r"\b(?:me|my|myself|our|fi|fy|ein|i fi)\b")
#: words of sexual interest ("thinking sexually about a toddler"): perhaps the writer's own,
#: read as before (``understand.worried_unsaid``)
_INTEREST = re.compile(
    r"\b(?:think\w*|thoughts?|attract\w*|fantas\w+|urges?|turned on|arous\w+|interest\w*|"
    r"fancy|fancies|crush|desires?)\b"
)
#: the writer says what they are ("im", "i am", Welsh "dwi")
_SELF = re.compile(r"\b(?:im|i m|i am|iam|dwi|dw i|dwin|rwyn|rydw i)\b")
#: an older child who told someone ("disclosed", "told her teacher"): the writer was told, as a
#: parent or in their work, and the words say which no more than before
_TOLD = re.compile(r"\b(?:disclosed|discloses|disclosing|confided|told|tells|said|says)\b")


def young_child_age(cleaned: str) -> int | None:
    """The age a word for a very young child says ("toddler": 2), unless said of the writer's
    own past ("since i was a baby") or of a pregnancy."""
    found = _YOUNG.search(cleaned)
    if not found or _OWN_PAST.search(cleaned):
        return None
    return next(_YOUNG_AGES[name] for name, said in found.groupdict().items() if said)


def cared_for_child(cleaned: str, age: int | None, harmed: bool) -> str:
    """How a grown-up writes of a child named in the third person (see the module): "young"
    for a child too young to have written it ("3 year old girl, her uncle…", "toddler…",
    "little one"), "either" for an older one, whom the words may be a young person's own
    ("14 year old girl, her stepdad…"), "" when not so. ``age`` is an age said of someone,
    never the writer's own; ``harmed``: the writer speaks of harm done to them."""
    if harmed or _INTEREST.search(cleaned):
        return ""
    if age is None:
        age = young_child_age(cleaned)
    if age is None and _LITTLE.search(cleaned) and not _OWN_PAST.search(cleaned):
        return "young"
    if age is None or age >= 18:
        return ""
    if age < 8:
        return "young"
    third = _THIRD.search(cleaned) and not _FIRST.search(cleaned) and not _TOLD.search(cleaned)
    return "either" if third else ""


def carer_reading(
    cleaned: str, persona: str, age: int | None, said_age: Callable[[str], int | None]
) -> str:
    """``cared_for_child`` for someone read so far as nobody or as a child, with no age of
    their own (``age``), or one said of a child spoken of only in the third person ("little
    lad aged 6, his cousin…", "boy 15, his stepdad hits him"); ``said_age`` reads an age said
    of someone."""
    first = _FIRST.search(cleaned)
    if persona not in ("", "child") or (persona == "child" and first):
        return ""  # (a sibling's "my little sister is 5 and she said…")
    if age is not None and (first or _SELF.search(cleaned) or not _THIRD.search(cleaned)):
        return ""
    said = said_age(cleaned) if age is None else age
    return cared_for_child(cleaned, said, harmed_asker(cleaned))
