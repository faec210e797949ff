"""(w54cychild, twenty-second Welsh review F11) Welsh ways of saying "near" a place, typed as
Where: "yn agos i Fangor", "agos at Gaerdydd" (near, with the soft mutation "i" and "at" give
the name after them), "wrth ymyl Wrecsam", "yn ymyl Caernarfon", "ar bwys Caerfyrddin" (near,
with no mutation). "ger Bangor" was found and these were not: each is read as "ger" is, the
mutation undone as after "i" (``names._UNMUTATE``). Nothing here knows of Flask or listings."""

from __future__ import annotations

import re

from .not_places import place_after_near

#: "yn agos i Fangor", "agos at Gaerdydd", "reit agos i'r Bala": the name as after "i"
_NEAR_MUTATED = re.compile(r"^(?:\w+\s+)?(?:yn\s+)?agos\s+(?:i|at)\s+(?P<name>\w.*)$", re.I)
#: "wrth ymyl Wrecsam", "yn ymyl Caernarfon", "ar bwys Caerfyrddin": the name as typed
#: "reit agos i'r Bala", "yn agos at y Rhyl": the name with its "y"
_NEAR_THE = re.compile(r"^(?:\w+\s+)?(?:yn\s+)?agos\s+(?:i['’]r|at\s+yr?)\s+(?P<name>\w.*)$", re.I)
_NEAR_PLAIN = re.compile(r"^(?:(?:wrth|yn|ar)\s+ymyl|ar\s+bwys)\s+(?P<name>\w.*)$", re.I)
#: (w55cyplace, twenty-third Welsh review F11) the parts or area around a place, as "around
#: Carmarthen" is: "ochrau Caerfyrddin" (ochre, ochra in the South and North), "cyffiniau'r
#: Rhyl", "yng nghyffiniau Dinbych", "ardal Bangor", "o gwmpas / o amgylch Wrecsam"; "ffordd
#: Aberteifi" (Cardigan way) only with no comma after, where "Ffordd Penrhos, Bangor" is a street
_AROUND = re.compile(
    r"^(?:(?:yn|rownd|rywle|lawr|fyny|draw)\s+)?(?P<word>ochr(?:au|e|a)|"
    r"(?:yng\s+ngh|[cg])yffinia[ua]?|ardal|ffordd|o\s+gwmpas|o\s+amgylch)(?:\s+|['’](?P<the>r)\s+)(?P<name>\w.*)$",
    re.I,
)


def near_said_cy(text: str) -> str:
    """The place in ``text`` after a Welsh "near", as the gazetteer reads it ("i Fangor",
    "ger Wrecsam"); "" when ``text`` does not start so."""
    text = " ".join(text.split())
    the = _NEAR_THE.match(text)
    if the:
        return f"y {the['name']}"
    mutated = _NEAR_MUTATED.match(text)
    if mutated:
        return f"i {mutated['name']}"
    plain = _NEAR_PLAIN.match(text)
    return f"ger {plain['name']}" if plain else _around(text)


def _around(text: str) -> str:
    """The place after a Welsh "around" or "the area of" (``_AROUND``), read as "ger"."""
    around = _AROUND.match(text)
    if around is None or (around["word"].lower() == "ffordd" and "," in text):
        return ""
    return f"ger y {around['name']}" if around["the"] else f"ger {around['name']}"


def place_near(text: str) -> str:
    """The place after words for where the person is ("near my school in Keswick":
    ``not_places.place_after_near``), or after a Welsh "near" (``near_said_cy``)."""
    return place_after_near(text) or near_said_cy(text)
