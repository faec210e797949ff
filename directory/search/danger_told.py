"""(w52danger, check55 findings 1, 2 and 3) Danger now said in more ordinary words again, each
shown no "In danger now? Call 999" on the page:

- someone else being abused now, said by where the one who harms is ("my little sister is in
  the room with my uncle right now", "my dad is in my sisters room right now"), by harm said in
  the present with its time ("my dad is touching my sister as we speak") or by what is heard
  ("i can hear my stepdad in my sisters room");
- abuse expected tonight or soon: a visit, a babysitter or a night away tonight with harm said
  in the present ("my grandad is babysitting tonight and he touches me", "she is going to his
  house tonight and he rapes her"); the one who harms nearly home with what will happen said
  ("hes nearly home and i know what will happen"); "he is on his way" said alone; the phone
  taken and the doors locked;
- harm to the person asking said in the present with no time ("he is hurting me", "someone is
  touching me"): the present continuous is now.

Not the past (``danger_now`` reads a clause of the past as no danger), not a parent's ordinary
errand ("my dad is in my sisters room helping with homework"), not a general question ("how do
i know if my dad is abusing my sister"), not a visit without harm ("my uncle is coming round
tomorrow"), not "on his way to work", not hurt feelings ("he is hurting my feelings", "it is
still hurting me after all these years").

Over ``clean_text`` (lower case, no apostrophes: "he's" is "hes").
"""

from __future__ import annotations

import re

from . import danger_near
from .danger_near import WHO

#: now, as people say it of something under way
_NOW = (
    r"(?:right now|now|rn|atm|at the moment|as we speak|as i type|as im typing|as i write|"
    r"this minute|this second|tonight|tonite|2nite)"
)
#: soon: tonight, today, later
_SOON = (
    r"(?:tonight|tonite|2nite|today|later|later on|this evening|soon|in (?:an|a|half an|\w+) "
    r"(?:hour|hours|minutes|mins|min))"
)
#: someone else, as a person speaks of them: "my little sister", "her", "our nephew"
_OTHER = r"(?:him|her|them|(?:my|our|his|her|their) (?:\w+ ){0,2}?\w+)"
#: a room someone sleeps in
_BEDROOM = r"(?:room|bedroom|bed|bathroom)"
#: harm under way, as said of anyone
_HARMING = (
    r"(?:hurting|abusing|raping|touching|molesting|assaulting|groping|fingering|interfering with|"
    r"doing stuff to|doing things to|doing it to|hitting|beating|attacking|strangling|choking)"
)

#: finding 1: someone else being abused now, said by where the one who harms is, by harm said
#: in the present with its time, or by what is heard
OTHERS_NOW = re.compile(
    # "my little sister is in the room with my uncle right now", "my uncle is in the bedroom
    # with my niece now" (not "with me": "my mum is in the room with me now")
    rf"\bin (?:the|a|his|her|their|my \w+(?: \w+)?) {_BEDROOM} with (?!me\b|us\b){_OTHER}\b"
    rf"(?: \w+){{0,3}}? {_NOW}\b"
    # "my mums boyfriend is in my sisters bedroom right now" (a room of someone else's named)
    rf"|{WHO}(?: is| s| are)?(?: still)? in my \w+(?: \w+)? (?:room|bedroom|bed)\b"
    rf"(?: \w+){{0,3}}? {_NOW}\b"
    # "my dad is touching my sister as we speak", "he is abusing her right now"
    rf"|{WHO}(?: is| s| are)? (?:still )?{_HARMING} {_OTHER}\b"
    rf"(?: \w+){{0,4}}? {_NOW}\b"
    # "i can hear my stepdad in my sisters room", "i can hear him touching her"
    rf"|\bi (?:can|could|just) (?:hear|heard) (?:him|her|them|{WHO}) (?:in (?:my \w+(?: \w+)?|"
    rf"her|his|their|the next|the other) {_BEDROOM}|{_HARMING})\b"
)
#: an ordinary errand, said instead of harm: "helping with homework", "reading her a story"
ERRAND = re.compile(
    r"\b(?:helping|homework|reading|story|stories|tidying|cleaning|hoovering|fixing|putting "
    r"(?:her|him|them) to bed|bedtime|settling|feeding|changing (?:her|him|the)|saying goodnight|"
    r"sorting|painting|decorating|comforting|looking for|playing)\b"
)
#: a question in general, not a telling: "how do i know if my dad is abusing my sister"
_GENERAL = re.compile(
    r"\b(?:how (?:do|can|would|could) (?:i|you|we) (?:know|tell)|signs|what are the|is it normal)\b"
)

#: finding 2: a visit, a babysitter or a night away, soon
VISIT_SOON = re.compile(
    # "my grandad is babysitting tonight", "my uncle is looking after us later"
    r"\b(?:is|s|are|will be|hes|shes|theyre|theyll be|hell be|shell be) (?:babysitting|"
    r"looking after|minding|watching|having) (?:me|us|her|him|them|my \w+(?: \w+)?)?"
    rf"(?: \w+){{0,2}}? ?{_SOON}\b"
    # "we are going there tonight", "she is going to his house tonight", "i have to go to my
    # uncles tonight", "im staying at his flat tonight"
    r"|\b(?:going|goin|go|gone|visiting|staying|sleeping|stopping|stay|sleep|stop)"
    r"(?: back| over| round)? (?:there|to (?:his|her|their|my|our)(?: \w+){0,2}? (?:house|home|"
    r"flat|place|caravan)|to (?:his|her|their|my|our) \w+s|to (?:his|hers|theirs)|"
    r"round (?:to )?(?:his|hers|theirs|\w+s)|(?:at|round at|over at|with) (?:him|her|them|"
    r"his|hers|(?:his|her|their|my|our) \w+))"
    rf"\b(?: \w+){{0,3}}? {_SOON}\b"
)
#: harm said to the person asking or to someone else, as things are: "he touches me"
_HARM_NOW = re.compile(
    r"\b(?:touches|rapes|abuses|hurts|hits|beats|molests|fingers|gropes|does (?:stuff|things|"
    r"it|that) to|makes (?:me|her|him|us) (?:do|touch|suck))\b"
)
#: dread of the visit, or who is coming: "im scared", "he is my abuser" (not harm said as done,
#: "he raped her yesterday": an assault in the last few days, whose warning comes first)
_DREAD = re.compile(
    r"\b(?:scared|scarred|afraid|frightened|terrified|petrified|dreading|dont want to go|"
    r"do not want to go|abuser|abusive|drunk|violent|paedophile|pedophile|sex offender)\b"
)
#: the one who harms nearly home or here: "hes nearly home", "she will be back soon"
APPROACH = re.compile(
    rf"{WHO}(?: is| s| are)? (?:nearly|almost|nearly back|almost back|about to be|about to get)"
    r" (?:home|here|back|in)\b"
    rf"|{WHO}(?: will be| ll be| is| s) (?:home|back|here) (?:soon|any minute|in a minute|"
    r"in a bit|in (?:\d+|a few|ten|five|twenty) (?:minutes|mins|min))\b"
)
#: what will happen, foreseen: "i know what will happen", "i know what hell do"
_FORESEEN = re.compile(
    r"\bi know what (?:will happen|is going to happen|s going to happen|is gonna happen|happens|"
    r"(?:he|she|they)(?:ll| ll| will| is going to| s going to| is gonna| s gonna)? (?:do|does))"
    r"|\bit (?:will start|starts|is going to start|s going to start) again\b"
)
#: "he is on his way", said alone
ON_WAY_ALONE = re.compile(
    rf"{WHO}(?: is| s| are)? on (?:his|her|their) way(?: now| here| back| home| over| round)?"
)
#: the phone or keys taken and the doors locked, by someone else
_TAKEN = re.compile(
    r"\b(?:taken|took|hidden|hid|smashed|broke|broken|has) (?:my|our) (?:phone|mobile|keys?)\b"
)
_LOCKED_DOORS = re.compile(
    r"(?<!\bi )(?<!\bwe )\b(?:locked|bolted|deadlocked) (?:the|all the|my|our|every|both) "
    r"(?:\w+ )?doors?\b"
)

#: finding 3: harm to the person asking said in the present continuous, no time needed: "he is
#: hurting me", "someone is touching me" (not "hurting my feelings")
HARMING_ME = re.compile(
    # (w53plan) "hes hurting me": the "is" in "hes", as typed with no apostrophe
    rf"(?:{WHO}(?: is| s| are)|\b(?:hes|shes|theyre)) (?:still )?{_HARMING} (?:me|us)\b"
)
#: hurt said of feelings or of the past going on: "it is still hurting me after all these years"
_FEELINGS = re.compile(
    r"\b(?:me|us) (?:by|with (?:his|her|their) words|emotionally|mentally|inside|in my head|"
    r"so much|a lot)\b|\bafter all (?:these|this) (?:years|time)\b|\bfeelings\b"
)


def others_now(clauses: list[str]) -> bool:
    """Someone else is being abused now, said by where the one who harms is, by harm said in
    the present with its time, or by what is heard (``OTHERS_NOW``); not an ordinary errand or
    a question in general."""
    text = " ".join(clauses)
    if ERRAND.search(text) or _GENERAL.search(text):
        return False
    return any(OTHERS_NOW.search(c) for c in clauses)


def harm_soon(clauses: list[str]) -> bool:
    """Abuse expected tonight or soon: a visit or a babysitter soon with harm said in the
    present (``VISIT_SOON``), the one who harms nearly home with what will happen foreseen or
    fear said (``APPROACH``), "he is on his way" alone, or the phone taken and doors locked."""
    text = " ".join(c for c in clauses if c.strip())
    if VISIT_SOON.search(text) and (_HARM_NOW.search(text) or _DREAD.search(text)):
        return True
    if APPROACH.search(text) and (
        _FORESEEN.search(text) or any(danger_near.feared(c) for c in clauses)
    ):
        return True
    if any(danger_near.NEAR_WORDS.search(c) for c in clauses) and _FORESEEN.search(text):
        return True
    if ON_WAY_ALONE.fullmatch(text.strip()):
        return True
    return bool(_TAKEN.search(text) and _LOCKED_DOORS.search(text))


def harming_me(clauses: list[str]) -> bool:
    """Harm to the person asking said in the present continuous (``HARMING_ME``), not of hurt
    feelings or of the past going on, nor asked in general."""
    text = " ".join(clauses)
    if _FEELINGS.search(text) or _GENERAL.search(text):
        return False
    return any(HARMING_ME.search(c) for c in clauses)


def in_danger(clauses: list[str]) -> bool:
    """(w52danger) The clauses (``clean_text``, none of the past) tell of danger now in one of
    the shapes above."""
    return others_now(clauses) or harm_soon(clauses) or harming_me(clauses)
