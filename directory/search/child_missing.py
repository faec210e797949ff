"""(w62missing, check62 finding 4) A parent whose child is missing now, or has not come home
("my daughter is missing", "my 11 year old is missing and was talking to someone on discord",
"my son hasnt come home and hes with that older lad"; Welsh "mae fy merch ar goll"): the page
showed no "In danger now? Call 999", though a missing child is reported to the police on 999.

Not a child missing something or someone ("my son is missing his dad", "she is missing
school"), a question about what to do if a child ever goes missing, nor a time past ("my
daughter went missing last year", "was missing for a day in 2019").

Over ``clean_text`` (lower case, no apostrophes)."""

from __future__ import annotations

import re

from .met_soon import ONLINE

__all__ = ["in_danger", "missing_child"]

#: the asker's own child, said as theirs: "my daughter", "my 11 year old", Welsh "fy merch"
_OWN_CHILD = re.compile(
    r"\b(?:my|our) (?:little |baby |teenage |eldest |oldest |youngest |step ?|grand)?(?:daughter"
    r"|son|child|kid|girl|boy|teenager|teen|niece|nephew|\d{1,2} ?(?:year old|yr old|yo))\b"
    r"|\b(?:fy|ein) (?:merch|mab|mhlentyn|mhlant|plentyn|wyres|ŵyr|wyr)\b"
)
#: missing, or not come home: "is missing", "has gone missing", "hasnt come home"; not
#: "is missing her dad", "missing school"
_MISSING = re.compile(
    r"(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\bwhich )\b(?:is|s|are|gone|went|been|still|now)"
    r" missing\b(?! (?:her|his|their|my|me|you|him|them|school|out|lessons|class|classes|a|an"
    r"|the|some|something|home|it|us|lots|loads|so|too|having|being|seeing|playing|going)\b)"
    r"|\b(?:hasnt|has not|hasn t|havent|have not|didnt|did not|never|not|isnt|is not) (?:come|came"
    r"|got|gotten|returned|been|arrived|back)(?: back)? home\b"
    r"|\bar goll\b|\bheb (?:ddod|dod|gyrraedd|cyrraedd) (?:adre|adref|adra|nol|yn ol)\b"
)
#: (w64danger, check63 finding 4) run away with a grown man or someone met online: "my 15 year
#: old son has run away with a man he met online", "she ran off with an older guy from snapchat"
_RUN_OFF = re.compile(
    r"\b(?:run|ran|gone|went|snuck|sneaked|left)(?: away| off| out)?(?: home)? with (?:a|an|some|"
    r"this|that|the|her|his|an older|some older)? ?(?:older |grown |adult )?(?:man|men|guy|bloke|"
    r"adult|stranger|someone|somebody|person|woman|lad)\b"
)
#: ... and who: met online, or grown (``met_soon``)
_GROWN_OR_ONLINE = re.compile(rf"{ONLINE.pattern}|\b(?:older|grown|adult|man|men)\b")
#: a question of what to do if a child ever goes missing: "what do i do if my son goes missing"
_IF = re.compile(r"\b(?:if|when|in case|whenever|os|pan)\b")


def missing_child(clause: str) -> bool:
    """``clause`` (``clean_text``) tells that a child is missing or has not come home, not of
    what to do if one ever does."""
    return _MISSING.search(clause) is not None and _IF.search(clause) is None


def in_danger(clauses: list[str], past: re.Pattern[str]) -> bool:
    """``clauses`` (``clean_text``) tell of the asker's own child (``_OWN_CHILD``, said in any
    clause) missing now: a clause not of the ``past`` (``danger_now._PAST``) says so."""
    text = " ".join(clauses)
    if _OWN_CHILD.search(text) is None:
        return False
    if any(past.search(c) is None and missing_child(c) for c in clauses):
        return True
    run_off = any(past.search(c) is None and _RUN_OFF.search(c) for c in clauses)
    return run_off and _GROWN_OR_ONLINE.search(text) is not None and _IF.search(text) is None
