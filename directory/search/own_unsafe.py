"""(w55fit, check58 finding 9) Someone who says they are not safe around children, or a danger
or risk to them: "im not safe to be around children", "i dont think im safe to be left alone
with kids", "i am a danger to children". These are their own thoughts about children, said
without "urges" or "thoughts" (which ``asker_own`` already reads): Stop It Now's line is for
them. Never a child's words (an age under 18 said), nor a child or someone else not safe
("my kids are not safe around him", "im not safe at home")."""

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


def unsafe_to_children(cleaned: str, age: int | None) -> bool:
    """The asker (no age, or 18 or over) says they are not safe around children, or a danger
    or risk to them (``cleaned``: ``clean_text``)."""
    if age is not None and age < 18:
        return False
    return _UNSAFE.search(cleaned) is not None
