"""(w50recent, check53 finding 5) A professional telling of an overdose their patient or pupil
took, already in care or weeks past: "CAMHS clinician, 16 year old took an overdose last week,
disclosed abuse by stepfather", "paramedic: … took overdose tonight, now in ED".

The warning "If you have taken an overdose or are badly hurt, call 999 now or go to A&E" is
said to the reader. A professional's words are about someone they work with (``plan_said_now``
reads no wish of their own in them either). When that person is already in hospital, or the
overdose was a week or more ago, there is no call to make now, and the warning took the first
screen from what the professional asked for. An overdose said as now or today, with no care
yet ("pupil just told me she took 30 paracetamol this morning"), still gets the warning: 999 or
A&E is what the professional should do for them (a paracetamol overdose can harm a day later
with no sign), so "yesterday" and "days ago" keep it too.
"""

from __future__ import annotations

import re

from .crisis_others import hurt_now
from .lexicon import clean_text
from .others_acts import others_act_only
from .suicide_acts import act_done

#: already in care: in ED, A&E, hospital, on a ward, admitted, seen by the medics
_IN_CARE = re.compile(
    r"\b(?:in|at|on|to|from|attended|attending|presented to|brought to|brought in to|taken to) "
    r"(?:the )?(?:ed|a ?& ?e|a and e|a e|ae|accident and emergency|emergency department|"
    r"hospital|resus|paeds ward|paediatric ward|the ward|ward|icu|itu|picu)\b"
    r"|\b(?:admitted|inpatient|in patient|medically (?:fit|cleared|stable|optimised)|"
    r"discharged|post overdose|following (?:an|her|his|their) overdose|after (?:an|her|his|"
    r"their) overdose)\b"
)
#: a week or more past: "last week", "two weeks ago", "last month", "previous overdose",
#: "history of overdose"
_WEEKS_PAST = re.compile(
    r"\b(?:last|past|previous) (?:week|wk|month|year|weekend)\b"
    r"|\b(?:\d{1,2}|a|one|two|three|four|five|six|few|a few|couple of|a couple of|several) "
    r"(?:weeks?|wks?|months?|years?) (?:ago|back)\b"
    r"|\b(?:previous|prior|past|earlier|history of|hx of|h o|historic|historical) "
    r"(?:overdoses?|ods?|od)\b"
)


#: (w56own, check58 finding 11) one's own overdose, treated since: "ended up in hospital", "was
#: taken to A&E", "had my stomach pumped", "got discharged" (not "going to hospital")
_TREATED = re.compile(
    r"\b(?:ended up|was|were|got|been|went|was taken|got taken|was rushed|got rushed|spent"
    r"(?: \w+){1,2}|woke up|came round) (?:in|to|into|at) (?:the |a )?(?:hospital|a ?& ?e|a and e"
    r"|ae|resus|icu|itu|ward)\b"
    r"|\b(?:was|got|been) (?:admitted|discharged|sectioned)\b|\bstomach pumped\b"
    r"|\b(?:came|come|got|been) (?:out of|home from|back from) (?:the )?hospital\b"
)


def treated_since(cleaned: str) -> bool:
    """The words (``clean_text``) say one's own overdose was a week or more ago and treated
    (``_TREATED``): there is no call to make now, and Samaritans is first."""
    return bool(_WEEKS_PAST.search(cleaned) and _TREATED.search(cleaned))


def seen_after_act(cleaned: str) -> bool:
    """The words (``clean_text``) say the one who took the overdose is already in care, or that
    it was a week or more ago: a professional reading them has no call to make now."""
    return bool(_IN_CARE.search(cleaned) or _WEEKS_PAST.search(cleaned))


def others_hurt_only(text: str) -> bool:
    """(w64life, check63 F1) ``text`` tells of someone else cut and bleeding now
    (``crisis_others.hurt_now``: "my sister has cut her wrists and is bleeding") and of no act
    of the reader's own besides: the page says "Someone's life at risk now? Call 999."
    (``others_now``), not "If you have taken an overdose or are badly hurt"."""
    cleaned = clean_text(text)
    found = hurt_now(cleaned)
    if found is None:
        return False
    return not act_done(cleaned[: found.start()] + " " + cleaned[found.end() :])


def act_done_for(text: str, persona: str) -> bool:
    """``text`` (the words as typed) tells of an overdose taken or bleeding that will not stop
    (``suicide_acts.act_done``) by the person asking: not someone else's, (w56own) not told by a
    professional (``act_for_another``), and not one of their own already treated
    (``treated_since``)."""
    if persona == "professional" or not act_done(text):
        return False
    if others_act_only(text) or others_hurt_only(text):  # (w53cyothers) "my sister has"
        return False
    return not treated_since(clean_text(text))


def act_for_another(text: str, persona: str) -> bool:
    """(w56own, check58 finding 11) A professional (``persona``) tells of an overdose taken
    (``act_done``) by someone they work with, not already in care or a week or more past
    (``seen_after_act``): the page says "Someone's life at risk now? Call 999.", not "If you
    have taken an overdose…", which spoke to the professional of their own act."""
    if persona != "professional" or not act_done(text):
        return False
    return not seen_after_act(clean_text(text))
