"""(w45ask) A young person's own age said bare, as a clause of its own, amid the words: "pics of
me got shared in the group chat, 13, dont know what to do", "made me send nudes. 12. scared".
Read from the words as typed, since ``clean_text`` drops the commas and full stops that make
it a clause. Only a number standing alone between them (5 to 17), only when nobody else's
age was read and the words read as a child's or as nobody's in particular with the asker
speaking of themselves, and never just after a person it could belong to ("my daughter, 13,",
"a girl, 9,", "his brother, 16,") nor before words saying its owner did something ("…, 15,
keeps messaging me"). w43ask kept "16 years old." mid-sentence unread after "my partner's 8
year old": that takes words after the number, which this does not."""

from __future__ import annotations

import re
from dataclasses import replace

from .asker import Asker
from .asker_units import doer_after
from .asker_whose import someone_elses
from .lexicon import clean_text

#: a number alone between marks that end a clause (or the start or end of the words)
_BARE = re.compile(r"(?:^|[,.;:!?()\n]|\s-\s)\s*(\d{1,2})\s*(?=[,.;:!?()\n]|\s-\s|$)")
#: the asker speaking of themselves (English and Welsh)
_FIRST_PERSON = re.compile(r"\b(?:i|im|i m|me|my|myself|fi|fy|dwi|dw i|dwin)\b")
#: the last word before the number that makes it someone else's: a person, or whose
_SOMEONE = frozenset(
    ["daughter", "son", "child", "children", "kid", "kids", "boy", "girl", "baby", "toddler",
     "brother", "sister", "bro", "sis", "cousin", "friend", "mate", "niece", "nephew", "lad",
     "lass", "grandson", "granddaughter", "stepson", "stepdaughter", "stepbrother",
     "stepsister", "pupil", "student", "client", "patient", "he", "she", "him", "her", "his",
     "hes", "shes", "they", "them", "their", "theirs", "he s", "she s", "man", "woman", "guy",
     "bloke", "teen", "teenager", "boyfriend", "girlfriend", "partner", "uncle", "aunt",
     "dad", "mum", "mam", "grandad", "grandpa", "nan", "gran", "neighbour", "someone",
     "somebody", "one", "age", "aged", "year", "yr", "years", "yrs", "at", "since", "until",
     "till", "from", "to", "by", "merch", "mab", "bachgen", "hogan", "hogyn", "brawd", "chwaer",
     "cefnder", "cyfnither", "ffrind", "hi", "fe", "o"]
)  # fmt: skip


def clause_age(text: str, asker: Asker) -> Asker:
    """``asker`` as a child of the age said bare amid ``text`` (as typed), or unchanged (the
    module's docstring)."""
    if asker.age is not None or asker.for_age is not None or asker.persona not in ("child", ""):
        return asker
    lowered = text.lower()
    if asker.persona == "" and not _FIRST_PERSON.search(clean_text(lowered)):
        return asker
    found = [m for m in _BARE.finditer(lowered) if 5 <= int(m.group(1)) <= 17]
    if len(found) != 1:
        return asker  # none, or two ("12, 14"): whose is which?
    bare = found[0]
    before = clean_text(lowered[: bare.start()]).split()[-1:]
    if set(before) & _SOMEONE:
        return asker
    rest = clean_text(lowered[bare.end() :])
    if someone_elses(rest) or doer_after(rest):
        return asker
    value = int(bare.group(1))
    return replace(asker, persona="child", age=value, for_age=value)
