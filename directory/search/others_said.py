"""(w53suicide, check56 finding 2) Someone else's suicide said in English in ways
``crisis_others`` and ``others_now`` did not read: a plan to take their pills ("my friend
messaged me she's going to take all her pills tonight"), a goodbye sent or posted ("my friend
posted a goodbye note", "she sent a goodbye message and wont answer her phone"), a wish to die
with something taken ("my mum says she wants to die and she's taken something"), an intent said
once with no time ("my friend says she is going to kill herself"), and talk of not being here
("my husband has been talking about not being here anymore").

The first four bring "Someone's life at risk now? Call 999." (``others_now``) and Samaritans;
talk of not being here brings Samaritans only (``suicide_acts.plan_or_act``), as a wish with no
time does ("my son wants to kill himself": ``wish_of_another``).

Why an intent with no time warns: one's own "im going to kill myself" brings "If your life is
at risk now"; the warning for someone else is a condition too ("Someone's life at risk now?"),
and Samaritans' and the NHS's advice for someone who says they are going to end their life is
to call 999 if their life is in danger now. A wish ("wants to", "keeps saying", "talks about",
"is thinking about") has no warning, nor the past ("was going to", "tried"), a threat to keep
the asker quiet ("if i tell"), or "would never".

Over ``clean_text`` (lower case, no apostrophes: "she's" is "shes"). English only: the Welsh
is ``crisis_others`` and ``others_now``'s.
"""

from __future__ import annotations

import re

from .others_ready import others_ready
from .others_taken import others_taken
from .plan_now import FUMES
from .wish_of_another import anothers_wish

#: someone the person asking knows, or she, he, they (``others_place`` too)
SOMEONE = (
    r"(?:she|he|they|shes|hes|theyre|(?:my|our|me) (?:\w+ )?(?:friend|mate|bestie|bff|sister"
    r"|brother|mum|mam|mom|dad|son|daughter|girlfriend|boyfriend|partner|husband|wife|cousin"
    r"|nan|gran|grandad|aunt|auntie|uncle|niece|nephew|flatmate|housemate|classmate|student"
    r"|pupil|child|kid|sis|bro|bf|gf|stepdad|stepmum|step dad|step mum|stepson|stepdaughter"
    r"|fiance|fiancee|ex))"
)
_THEMSELVES = r"(?:herself|himself|themselves|themself|theirself)"
_THEIR = r"(?:her|his|their)"
#: meant, said once: is going to, will, is about to, is planning to (not wants to, keeps saying)
_GOING = (
    r"(?:is going to|s going to|are going to|re going to|going to|is gonna|s gonna|gonna|will"
    r"|is about to|s about to|about to|is planning to|s planning to|planning to|plans to)"
)
_PILLS = (
    r"(?:pills|tablets|meds|medication|paracetamol|painkillers|antidepressants|sleeping pills"
    r"|sleeping tablets|co ?codamol|ibuprofen|insulin)"
)
#: the act meant: killing themselves, ending their life, an overdose, a lot of their pills
#: taken ("all her pills", "her whole box of meds"; not "her tablets": a dose), or pills named
#: bare with their time ("is going to take pills tonight"; not "her tablets tonight")
_NOW = r"(?:right now|now|tonight|tonite|2nite|today|this evening|later)"
_ACT = (
    rf"(?:kill {_THEMSELVES}|(?:end|take) {_THEIR} (?:own )?life|commit suicide"
    r"|(?:take|swallow|down|neck) (?:an? )?(?:overdose|od)\b|overdose"
    r"|(?:take|swallow|down|neck) (?:(?:all|all of|loads of|a load of|too many|the lot of"
    rf"|every one of|the rest of) (?:{_THEIR} |the )?{_PILLS}|(?:{_THEIR} |the |a )?(?:whole |full"
    rf" )?(?:packets?|packs?|box|boxes|bottles?|strips?) of (?:{_THEIR} |the )?{_PILLS}"
    rf"|{_PILLS}(?: \w+){{0,2}}? {_NOW}))\b"
    # (w62life, check62 F1) a way named, as "going to hang myself" is one's own plan:
    # "he's going to hang himself", "she is about to jump off the bridge"
    rf"|(?:hang|gas|drown|poison) {_THEMSELVES}\b"
    r"|(?:jump|throw (?:herself|himself|themselves)) (?:off|from|in front of) (?:a |the |that )?"
    r"(?:bridge|building|roof|cliffs?|balcony|multi ?storey|car park|tower|flats|train|bus"
    r"|lorry|motorway)\b"
)
_PLAN = re.compile(
    rf"\b{SOMEONE}(?: \w+){{0,8}}? {_GOING} {_ACT}"
    # (w62life) fumes ready, someone else's: "my dad is sitting in his car with a hosepipe"
    rf"|\b{SOMEONE}(?: \w+){{0,6}}? (?:{FUMES})"
)
#: a goodbye sent or posted, or said with no answer since
_GOODBYE = re.compile(
    rf"\b{SOMEONE}(?: \w+){{0,3}}? (?:has |just |has just )?(?:sent|posted|texted|messaged|left"
    r"|wrote|written|put up|shared|snapchatted)(?: \w+){0,3}? (?:a |her |his |their |me a )?"
    r"(?:goodbye|suicide|farewell|good bye) (?:message|note|text|post|letter|video|voice note)"
    r"|\b(?:said|texted|messaged) (?:me )?goodbye(?: \w+){0,6}? (?:and )?(?:wont|isnt|is not"
    r"|not|cant|wont be) (?:answer|answering|picking up|reply|replying|respond|responding"
    r"|reachable|reached)"
)
#: (w54ensuicide, check57 F2) a goodbye posted online or said to everyone: "my sister has
#: posted a goodbye on facebook", "he has said goodbye to everyone online"; not a parting
#: (``_PARTING``: "said goodbye to everyone at her leaving do")
_GOODBYE_ONLINE = re.compile(
    rf"\b{SOMEONE}(?: \w+){{0,3}}? (?:posted|put up|put|shared|written|wrote|said|says|saying"
    r"|sent|texted|messaged|left)(?: \w+){0,2}? (?:a |her |his |their )?(?:goodbyes?|good byes?"
    r"|farewells?)(?: (?:message|post|status|video))? (?:on (?:facebook|fb|insta|instagram"
    r"|snapchat|snap|tiktok|twitter|x|whatsapp|social media|social|her story|his story"
    r"|their story|the group chat|the group)|online|to (?:everyone|everybody|all of us|us all"
    r"|the family|all (?:her|his|their) friends))\b"
)
_PARTING = re.compile(
    r"\b(?:leaving (?:do|party|drinks|card)|retir\w+|last day|new job|moving|moved|emigrat\w+"
    r"|airport|holiday|gap year|uni|university|wedding|funeral|graduation|end of term|farewell"
    r" party)\b"
)
#: a life feared for: "i fear for her life", "im scared for my friends life" (not "my job",
#: nor the past: "she feared for her life")
_FEARED = re.compile(
    r"\b(?:fear|fearing|scared|afraid|frightened|terrified|worried|worry|really worried)"
    r" for (?:her|his|their|(?:my |our )?(?:\w+ )?\w+s) (?:own )?(?:life|lives)\b"
)
#: something taken: "shes taken something", "he has swallowed something"
_TAKEN_SOMETHING = re.compile(
    r"\b(?:shes|hes|theyve|she has|he has|they have|has|she s|he s)(?: just| already)? "
    r"(?:taken|swallowed|had|drunk|drank) (?:something|some stuff|stuff|a load|loads|tablets"
    r"|pills)\b"
)
#: talk of not being here: "talking about not being here anymore"
_NOT_HERE = re.compile(
    rf"\b{SOMEONE}(?: \w+){{0,8}}? (?:talking|talks|talked|keeps talking|going on|saying|says"
    r"|said|mentioned|mentions|mentioning|joking|jokes) (?:about |that )?(?:not being (?:here"
    r"|around|alive)|not waking up|being better off dead|(?:s?he|they) (?:wont|will not|doesnt"
    r"want to) be (?:here|around))\b"
)
#: not meant: never, or the past, or a threat to keep the asker quiet
_NOT = re.compile(
    r"\b(?:never|wouldnt|would not|isnt|is not|wont|will not|not|doesnt|does not|dont|was"
    r"|were|wasnt|tried|thought|keeps saying|keep saying|threatened|threatening|threatens)"
    r"(?: \w+){0,2} ?$"
)
_AFTER = re.compile(
    r"^(?: \w+){0,4} (?:if|unless|when (?:i|she|he|they) (?:was|were))\b"
    r"|^(?: \w+){0,3} (?:years? ago|last year|at (?:a|the) (?:party|festival|rave|club))\b"
)


def _meant(cleaned: str) -> re.Match[str] | None:
    """A plan said once of someone else (``_PLAN``), not denied, past or a threat."""
    for found in _PLAN.finditer(cleaned):
        going = re.search(rf" {_GOING} ", found[0])
        before = found[0][: going.start()] if going else found[0]
        if not _NOT.search(before) and not _AFTER.match(cleaned[found.end() :]):
            return found
    return None


def others_life_at_risk(cleaned: str) -> re.Match[str] | None:
    """Someone else's life at risk now, said in ``cleaned`` (``clean_text``): a plan to kill
    themselves or take their pills, a goodbye sent or posted, a life feared for, or a wish to
    die and something taken; (w55others) part of a medicine taken or its pack found empty
    (``others_taken``), a plan made, pills stockpiled, a note left (``others_ready``)."""
    found = _meant(cleaned) or _GOODBYE.search(cleaned) or _FEARED.search(cleaned)
    if found is None and not _PARTING.search(cleaned):  # (w54ensuicide) "on facebook"
        found = _GOODBYE_ONLINE.search(cleaned)
    if found is None and anothers_wish(cleaned) is not None:
        found = _TAKEN_SOMETHING.search(cleaned)
    # (w55others, check58 F1) part of a medicine taken, a plan made, a note, a goodbye sent
    return found or others_taken(cleaned) or others_ready(cleaned)


def others_said(cleaned: str) -> re.Match[str] | None:
    """Someone else's suicide said in ``cleaned`` (``clean_text``) as ``others_life_at_risk``
    reads it, or as talk of not being here (Samaritans only)."""
    return others_life_at_risk(cleaned) or _NOT_HERE.search(cleaned)
