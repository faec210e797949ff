"""(third independent place check) A place said as people say where they live: "we live in
Wrexham", "I live near Hull", "I'm from Rothwell", "dw i'n byw yn Abertawe", "rydyn ni'n byw
ger Bangor". The words before the place were read as a first place the page could not find
("We could not find the first place you wrote"), or as nothing at all. What is left from the
place word on ("in Wrexham", "yn Abertawe") is the place, read as "in Leeds" already is.
Imports nothing of ours; nothing here knows of Flask or of listings.
"""

from __future__ import annotations

import re

#: who lives there and how it is said, then the word before the place (kept: "yn" mutates
#: the Welsh name after it, "yn Abertawe", "ym Mangor")
_SAID = re.compile(
    r"^(?:(?:we|i|me|my family|my (?:son|daughter|child|kids?|children|mum|dad)|"
    r"she|he|they)\s+)?"
    r"(?:live|lives|living|am|m|['’]m|are|re|['’]re|stay|stays|staying|based|come|comes|"
    r"(?:am|are|is) (?:living|staying|based))\s+"
    # (w53cymore, welsh21 F11) an island's "on": "i live on anglesey"
    r"(?=(?:in|near|nr|around|at|by|from|outside|on)\s)"
    r"|^(?:im|i'm|i’m|were|we're|we’re|from)\s+(?=(?:in|near|nr|around|at|from)\s)"
    # (w64cy, welsh26 F11) the South's "wi'n", "fi'n" (I'm) and "ŷn ni'n" (we're) too
    r"|^(?:(?:dw\s*i|dwi|rydw\s*i|rwy|rydyn\s*ni|dyn\s*ni|ni|mae\s*hi|mae\s*o|mae\s*e|wi|fi"
    r"|ŷn\s*ni|y[nm]\s*ni)\s*['’]?n\s+)?byw\s+(?=(?:yn|yng|ym|ger|yn\s+agos\s+at|ar)\s)"
    # (welsh20 F13) "dwi'n dod o Fangor", "dw i'n dŵad o Gaernarfon" (I come from): "o" mutates
    r"|^(?:(?:dw\s*i|dwi|rydw\s*i|rwy|rydyn\s*ni|dyn\s*ni|ni)\s*['’]?n\s+)(?:dod|dwad|dŵad)"
    r"(?:\s+yn\s+wreiddiol)?\s+(?=o\s)",
    re.IGNORECASE,
)


def place_said(text: str) -> str:
    """The place part of ``text`` from its place word on ("in Wrexham" of "we live in
    Wrexham"), or "" when ``text`` does not start as people say where they live."""
    found = _SAID.match(" ".join(text.split()))
    if found is None:
        return ""
    return " ".join(text.split())[found.end() :]


#: where a clause ends: "in Bangor but her dad lives in Chester", "in Luton, my nan in …",
#: Welsh "ym Mangor ond mae ei thad yn byw yng Nghaer"
_CLAUSE_END = re.compile(r"\s*[,;.]\s*|\s+(?:but|and|although|though|while|whereas|ond|ac)\s+")


def first_clause(said: str) -> str:
    """``said`` (a place said from its place word on) up to where its clause ends."""
    return _CLAUSE_END.split(said, maxsplit=1)[0]
