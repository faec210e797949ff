"""(w55fit, check58 finding 9) Someone who says they are not safe around children, or a danger
or risk to them: "im not safe to be around children", "i dont think im safe to be left alone
with kids", "i am a danger to children". These are their own thoughts about children, said
without "urges" or "thoughts" (which ``asker_own`` already reads): Stop It Now's line is for
them. Never a child's words (an age under 18 said), nor a child or someone else not safe
("my kids are not safe around him", "im not safe at home"). In Welsh too (w63cy)."""

from __future__ import annotations

import re

__all__ = ["unsafe_to_children"]

_CHILDREN = (
    r"(?:children|kids|a child|a kid|little ones|young children|young kids|minors|young people"
    r"|little girls|little boys|my (?:niece|nephew|nieces|nephews|grandchildren|stepkids"
    r"|stepchildren|stepdaughter|stepson))"
)
_ME = r"(?:im|i am|i m|ive become|i have become|i might be|i could be|i feel like im|i think im)"
_UNSAFE = re.compile(
    rf"\b(?:{_ME} not|(?:i )?(?:dont|do not|don t) (?:think|feel|know if|believe) (?:im|i am|i m))"
    rf" (?:\w+ )?safe (?:to be )?(?:left )?(?:alone )?(?:around|near|with|to be with) {_CHILDREN}\b"
    rf"|\b{_ME} (?:a )?(?:danger|risk|threat) (?:to|around) {_CHILDREN}\b"
)

# (w63cy, welsh25 F9) Welsh: afraid of oneself around children ("ma gen i ofn fy hun o gwmpas
# plant", "dwi ofn fi'n hun efo plant"), not safe around them ("dwi ddim yn saff o gwmpas
# plant"), a danger to them ("dwi'n berygl i blant"): "fy hun", "dwi" say it is the asker's
_CHILDREN_CY = (
    r"(?:plant|blant|phlant|plentyn|blentyn|phlentyn|pobl ifanc|bobl ifanc|rhai bach|fy (?:nith"
    r"|nai|wyres|wyr|llysferch|llysfab|neiaint|nithoedd))"
)
_NEAR_CY = r"(?:o gwmpas|o amgylch|gyda|efo|hefo|ger|wrth ymyl|yng nghwmni|ar ben fy hun gyda)"
_UNSAFE_CY = re.compile(
    r"\b(?:ofn|ofan|ofon|ofni|hofn) (?:fi |o )?(?:fy |fin |n )?(?:hun|hunan)\b(?: \w+){0,3}? "
    rf"{_NEAR_CY} (?:\w+ )?{_CHILDREN_CY}\b"
    r"|\b(?:dwi ddim|dw i ddim|dwim|dydw i ddim|sa i|sa in|smo fi|smo fin|so fi|dwi ddim yn meddwl"
    r" bo fi|ddim yn meddwl mod i) yn (?:saff|ddiogel)(?: i fod)?(?: ar ben fy hun)? "
    rf"{_NEAR_CY} (?:\w+ )?{_CHILDREN_CY}\b"
    r"|\b(?:dwin|dw in|dwi yn|dw i yn|rwyn|rydw in|fin|win) (?:\w+ )?(?:berygl|beryg|fygythiad"
    rf"|risg) (?:i|o gwmpas|i r) {_CHILDREN_CY}\b"
)


def unsafe_to_children(cleaned: str, age: int | None) -> bool:
    """The asker (no age, or 18 or over) says they are not safe around children, or a danger
    or risk to them (``cleaned``: ``clean_text``)."""
    if age is not None and age < 18:
        return False
    return _UNSAFE.search(cleaned) is not None or _UNSAFE_CY.search(cleaned) is not None
