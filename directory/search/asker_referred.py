"""(w25pro) A child a professional refers, named first with an age and spoken of in the third
person, with the field's own words: "15 yr old girl disclosed abuse by her stepdad, need ISVA
and therapy referral", "pupil aged 11 disclosed abuse by mums partner, counselling referral",
"yp 16, abused by uncle, needs isva", Welsh "merch 15 oed wedi ei cham-drin gan ei thad,
angen atgyfeirio". The "need an isva" is the child's, not an adult's own
(``asker_general.adult_in_own_words``); the "mums partner" is the child's mother's, not the
asker's (``asker_patterns._CHILD``); and a grown-up the child told who uses the field's words
is a professional, not a parent (``asker_whose.told_by_aged_child``). A child writing of
themselves says "my" or "me" ("girl 14, my uncle touches me"): never read so. Over
``clean_text``'s words; used by ``asker_general.role_in_general``."""

from __future__ import annotations

import re

from .asker_patterns import _PROFESSIONAL
from .asker_whose import did_to_me, told_after

#: a child named first with an age: "girl aged 14", "a 15 yr old boy", "16yo lad", "pupil 11",
#: "yp 16", "young person aged 13", Welsh "merch 15 oed", "disgybl 12 oed"
_NOUN = (
    r"boy|girl|lad|lass|child|kid|teen|teenager|pupil|student|learner|young person|yp|cyp|"
    r"patient|client|service user|bachgen|hogyn|merch|hogan|plentyn|disgybl|person ifanc|claf"
)
_CHILD_FIRST = re.compile(
    r"^(?:a |an |the |this |one )?(?!(?:my|our|fy|ein|im|i|dwi)\b)(?:\w+ )?"
    rf"(?:(?:{_NOUN}) (?:aged |age |of )?(?P<a>\d{{1,2}})(?: ?(?:years? old|yrs? old|yo|y o|oed))?"
    rf"|(?P<b>\d{{1,2}}) ?(?:years? old|yrs? old|yo|y o|oed) (?:{_NOUN}))\b"
)
#: the child spoken of in the third person: "her uncle", "abused him", "she says", "needs",
#: Welsh "ei thad", "ei cham-drin", "eu"
_THIRD = re.compile(
    r"\b(?:her|his|their|she|he|they|him|them|hers|needs|requires|wants|ei|eu|iddi|iddo)\b"
)
#: ... and never in the first: a child writing of themselves
_FIRST = re.compile(r"\b(?:me|my|myself|im|i m|i am|fi|fy|dwi|dw i|dwin|i fi)\b")


def child_referred(cleaned: str) -> bool:
    """The words begin with a child named with an age (under 18), spoken of in the third person
    or told of as telling something, and hold the field's own words (``_PROFESSIONAL``:
    "isva", "referral", "safeguarding", "atgyfeirio")."""
    found = _CHILD_FIRST.match(cleaned)
    if not found or not _PROFESSIONAL.search(cleaned):
        return False
    if not int(found["a"] or found["b"]) < 18:
        return False
    rest = cleaned[found.end() :]
    if did_to_me(rest):
        return False  # "girl 14 at school touched me"
    if told_after(rest):
        return True  # "boy 15 told me his uncle…": a grown-up the child told
    return bool(_THIRD.search(rest)) and not _FIRST.search(rest)
