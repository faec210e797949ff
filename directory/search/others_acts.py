"""(w53cyothers, twenty-first Welsh review F4) An overdose taken by someone else, told by the
person asking: "my sister has taken an overdose", "mae fy chwaer wedi cymryd gorddos", "mae fy
ffrind wedi llyncu tabledi i gyd", "dwi'n meddwl bod fy ffrind wedi cymryd gorddos".

These showed the warning to the reader about their own act ("If you have taken an overdose or
are badly hurt, call 999 now or go to A&E."), in both languages. When every overdose told is
someone else's, that warning does not show (``act_seen.act_done_for``) and the page says
"Someone's life at risk now? Call 999." (``others_now``): what to do is the same, and it is
said to the right person. An overdose of the reader's own told beside it keeps their warning.

Over ``clean_text`` (lower case, no apostrophes).
"""

from __future__ import annotations

import re

from .lexicon import clean_text
from .others_unsaid import someone_elses_named
from .suicide_acts import act_done

#: the act: taken, swallowed, overdosed; Welsh cymryd, llyncu (take, swallow), cymerodd,
#: llyncodd (took, swallowed)
_TOOK = re.compile(
    r"\b(?:taken|took|swallowed|necked|downed|over ?dosed|odd|cymryd|gymryd|nghymryd|llyncu"
    # (w56own) "my brother has had an overdose"
    r"|had(?= an? (?:over ?dose|od)\b)|lyncu|cymerodd|gymerodd|llyncodd|lyncodd"
    # (w59cylife, welsh24 "not counted") "my friend has done an OD", "ma ffrind fi di neud OD",
    # "hes oded"
    r"|done(?= an? (?:over ?dose|od)\b)|oded|od(?= d\b)"
    r"|(?:neud|gwneud|wneud|gneud)(?= (?:an? |yr )?(?:od|over ?dose|gorddos|orddos)\b)"
    # (w60life, check61 F5) poison drunk or eaten: "my toddler drank bleach", "wedi yfed"
    r"|drank|drunk|drink|ate|eaten|yfed|yfodd)\b"
)
#: me, said to or with: not the subject of what follows
_TO_ME = re.compile(r"\b(?:to|at|with|for|from|on|texted|messaged|rang|called|told) me\b")
#: where the telling of the act ends: and, but, then (ac, a, ond, wedyn)
_NEXT = re.compile(r"\b(?:and|but|then|so|because|cos|ac|ond|wedyn|achos)\b")


def others_act_only(text: str) -> bool:
    """``text`` (the words as typed, or cleaned) tells of an overdose taken (``act_done``) and
    every one told is someone else's: the last person named before the act is not the asker."""
    if not act_done(text):
        return False
    cleaned, others = clean_text(text), False
    for took in _TOOK.finditer(cleaned):
        # (w54ensuicide, check57 F2) "me" said to, not the one who took them: "my mum said
        # goodbye to me and has taken all her pills"
        if not someone_elses_named(_TO_ME.sub(" ", cleaned[: took.start()])):
            continue
        ends = _NEXT.search(cleaned, took.end())
        rest = cleaned[: took.start()] + (cleaned[ends.start() :] if ends else "")
        if act_done(rest):
            return False  # an overdose of the reader's own told too
        others = True
    return others
