"""(w50recent, check53 findings 4 and 5) A time said of something other than a sexual assault
already done, read from the shape of the words around it (``recent._of_the_assault`` asks):

- asking, finding out, a question: "my 6 year old asked me tonight what sex is", "i found out
  today" (the time of the question or of learning, as "told" already was);
- an overdose or self-harm: "16 year old took an overdose last week, disclosed abuse by her
  stepfather" (the time of the overdose, which has its own warning);
- harm still to come, a visit or a stay ahead: "we are going there on saturday", "she is staying
  there tonight", "has to go home tonight", "her uncle is babysitting tonight", "is going to be
  abused tonight". The warning tells of something already done ("If it happened in the last few
  days…"); danger ahead is read by ``danger_now``. Unless an act done is told just after the
  time: "mum is at work tonight and my stepdad touched me".

"Sex" said as what a question is about ("how do i explain sex to my 7 year old tonight") tells
of no act (``without_sex_asked``).

A time said with the act just before it ("he did it again last night", "raped me on saturday",
"touched me when i stayed over last weekend") stays the assault's time.
"""

from __future__ import annotations

import re

#: asking or finding out just before the time: "asked me tonight", "found out today" (not
#: "asked me tonight to touch him": a demand; not "disclosed this evening", whose forensic
#: window a professional may be asking about)
_ASKED_BEFORE = re.compile(
    r"\b(?:ask|asks|asked|asking|askd|question|questions|questioned|found out|find out|"
    r"finding out|discover\w*|noticed|notice|heard|learned|learnt|explain\w*|mention\w*|"
    r"realised|realized)\b"
)
#: ... or just after it: "today i found out", "tonight my son asked me what…"
_ASKED_AFTER = re.compile(
    r"\b(?:i|we) (?:just |only |finally )?(?:found out|discovered|noticed|learned|learnt|heard|"
    r"realised|realized)\b"
    r"|\b(?:asked|asks|askd) (?:me |us |her |him |my \w+ )?(?:what|how|why|where|whether|if|"
    r"about)\b"
)

#: an overdose or self-harm told with the time: "took an overdose last week", "took 20
#: paracetamol tonight", "i overdosed yesterday", "cut myself last night"
_OVERDOSE = re.compile(
    r"\b(?:overdos\w*|od|odd|od d|(?:took|taken|take|swallowed) (?:an |a |all |all my |all the |"
    r"loads of |lots of |some |my |her |his )?(?:\d+ )?(?:od|pills|tablets|paracetamol|"
    r"painkillers|sleeping pills)|self harm\w*|selfharm\w*|cut (?:myself|herself|himself|"
    r"themselves))\b"
)

#: the last clause before the time begins after one of these
_CLAUSE = re.compile(
    r"\b(?:and|but|so|then|because|cos|coz|cause|when|(?<!look )(?<!looking )after|before|"
    r"while|if|that|who|which|"
    r"since|until|til|though|although|ac|ond)\b"
)
#: a visit, a stay or a harm still ahead, the clause ending at the time: "she is staying there",
#: "has to go home", "we are going there on", "is at his dads", "is going to be abused", "uncle
#: is babysitting" ("were" as typed for "we're"; not "is at it again", which is the act)
_AHEAD = re.compile(
    r"\b(?:is|are|am|im|i m|shes|hes|she s|he s|theyre|they re|were|we re|will|ll|wil|"
    r"has to|have to|has got to|have got to|got to|gotta|gonna|going to|need to|needs to|"
    r"supposed to|meant to|due to)"
    r"(?: (?:still|also|probably|definitely|going to|gonna|have to|be|then|again|prob|def))*"
    r" (?:go|going|goes|stay|staying|stays|sleep|sleeping|sleepover|visit|visiting|babysit\w*|"
    r"be|being|mind|minding|look after|looking after|spend|spending|back|home|there|round|over|"
    # (w51recent, check54 finding 5) someone arriving: "my uncle is coming tonight and he
    # touches me" (the harm is ahead: ``danger_now`` reads it)
    r"coming|come|comes|arriving|arrive|dropping|picking|collecting|"
    r"with|alone|at(?! it\b))(?: \w+){0,6}$"
    # ... said in the present: "my cousin arrives this afternoon", "he comes round tonight"
    r"|\b(?:arrives|arrive|comes (?:over|round|home|back|to \w+)|gets (?:here|back|home))"
    r"(?: \w+){0,4}$"
    # Welsh: "mae fy llystad yn dod adre heno" (is coming home tonight), "bydd o'n aros" (he will
    # stay), "dw i'n mynd yno" (I am going there)
    r"|\b(?:yn|bydd|fydd|neith|mi neith|am|rhaid i mi|rhaid i fi|gorfod) (?:dod|dwad|mynd|"
    r"aros|cysgu|galw|gwarchod|edrych ar ol|bod)\b(?: \w+){0,6}$"
)
#: ... unless an act done is told just after the time: "mum is at work tonight and my stepdad
#: touched me" (not "and he has abused her before", "he abused her before": a history)
_DONE_AFTER = re.compile(
    r"^(?:\w+ ){0,4}?(?<!has )(?<!have )(?<!had )(?:raped|rapd|touched|abused|assaulted|"
    r"attacked|molested|forced|did (?:it|stuff|things|that|the thing|something))\b"
    r"(?!(?: \w+){0,3} (?:before|previously|last time|in the past)\b)"
    # Welsh: "… a nath fy llystad fy nghyffwrdd" (and my stepdad touched me)
    r"|^(?:a |ac |ond )?(?:nath|wnaeth|naeth|ddaru)(?: \w+){0,3}? (?:fy nghyffwrdd|nghyffwrdd|"
    r"fy nhreisio|nhreisio|ymosod)\b"
)


#: (w51recent, check54 finding 8) talking about it, the time the talk's: "how do i talk to my
#: daughter about touching tonight", "explain private parts to my son this evening", Welsh "sut
#: mae siarad efo fy mhlentyn am gyffwrdd heno" (how do I talk to my child about touching
#: tonight)
_TALK_ABOUT = re.compile(
    r"\b(?:talk|talking|speak|speaking|chat|chatting|explain\w*|teach\w*|bring up|raise|"
    r"siarad|sgwrsio|egluro|esbonio|dysgu)\b(?: \w+){0,5}? (?:about|am|ynghylch|ynglyn a)\b"
    r"|\b(?:explain\w*|teach\w*|egluro|esbonio) (?:\w+ ){0,3}?(?:private|privates|body|touch\w*|"
    r"consent|pants|cyffwrdd|preifat)\b"
)
#: (w51recent, check54 finding 8) what to do, the time the deed's: "should i call the police
#: tonight", "can we ring someone today", "whether to report it this evening", Welsh "ddylwn i
#: ffonio'r heddlu heno" (should I phone the police tonight)
_WHAT_TO_DO = re.compile(
    r"\b(?:should|shall|can|could|must|do|would) (?:i|we)\b|\bwhether (?:to|i|we)\b"
    r"|\b(?:what|how|who|where) (?:to|do i|do we|should i|should we|can i|can we)\b"
    r"|\b(?:ddylwn i|dylwn i|ddylen ni|dylen ni|alla i|fedra i|fedrwn i|gallwn i)\b"
)


def _last_clause(before: str) -> str:
    """The last clause of ``before`` (``_CLAUSE``), as many words as it has."""
    starts = [m.end() for m in _CLAUSE.finditer(before)]
    return before[starts[-1] :] if starts else before


def talked_about(before: str) -> bool:
    """The last words before the time (``before``) tell of talking about it with someone
    ("how do i talk to my daughter about touching"): the time is the talk's. Whoever asks this
    checks that no act done is told anywhere ("… about what happened last night")."""
    return bool(_TALK_ABOUT.search(" ".join(before.split()[-14:])))


#: ... unless what to do is care or evidence, which only a recent assault asks about: "should i
#: go to hospital today", "can i shower tonight", "do i need the morning after pill today"
_CARE_ASKED = re.compile(
    r"\b(?:hospital|a ?& ?e|a and e|doctors?|gp|sarc|clinic|nurse|111|999|pill|morning after|"
    r"tests?|tested|checked|check up|checkup|examined|examination|medical|forensic|evidence|"
    r"shower|bath|wash|washing|ysbyty|meddyg|bilsen)\b"
)


def asked_what_to_do(before: str) -> bool:
    """The clause ending at the time asks what to do then ("my 9 year old said a boy touched
    her, should i call the police tonight"), the question within its last six words, and
    what to do is not care or evidence (``_CARE_ASKED``)."""
    asked = " ".join(_last_clause(before).split()[-6:])
    return bool(_WHAT_TO_DO.search(asked)) and not _CARE_ASKED.search(asked)


def still_to_come(before: str, after: str) -> bool:
    """The time ends a clause telling of a visit, a stay or a harm still ahead (``before``: all
    the words before the time; ``after``: the first words after it), with no act done told
    just after it."""
    clause = _last_clause(before)
    return bool(_AHEAD.search(clause.rstrip())) and not _DONE_AFTER.search(after)


def asked_or_overdose(before: str, after: str) -> bool:
    """The time belongs to asking, finding out or saying, or to an overdose or self-harm
    (``before``: the last words before the time; ``after``: the first words after it)."""
    if _OVERDOSE.search(before) or _OVERDOSE.search(after):
        return True
    if _ASKED_BEFORE.search(before) and not after.startswith("to "):
        return True
    return bool(_ASKED_AFTER.search(after))


#: "sex" as what a question is about: "asked me what sex is", "how do i explain sex to my 7
#: year old", "sex education" (not "sex with me", "made me have sex")
_SEX_ASKED = re.compile(
    r"\b(?:what|about|explain\w*|teach\w*|learn\w*|understand\w*) sex\b(?! with| to me)"
    r"|\bsex (?:education|ed|talk|lessons?)\b"
)


def without_sex_asked(cleaned: str) -> str:
    """``cleaned`` without "sex" said as what a question is about (``_SEX_ASKED``): a parent's
    question tells of no act."""
    return _SEX_ASKED.sub(" ", cleaned)


#: (w62missing, check62 finding 6) rape as the subject of a lesson, a film or the news: "we
#: watched a film about rape in pshe today", "an assembly on sexual consent this morning"
_TAUGHT = re.compile(
    r"\b(?:films?|movies?|videos?|documentar(?:y|ies)|lessons?|assembl(?:y|ies)|class|classes"
    r"|talks?|programmes?|programs?|episodes?|books?|articles?|stor(?:y|ies)|news|pshe|rshe|rse"
    r"|sre|essay|project|presentation|play|debate) (?:about|on|called|abt|bout) (?:\w+ ){0,2}?"
    r"(?:rape|raped|sexual \w+|sexual|consent|sexual assault|assault)\b"
)


def without_taught(cleaned: str) -> str:
    """``cleaned`` without rape named as the subject of a lesson, a film or the news
    (``_TAUGHT``): what it tells of a time is not an assault's."""
    return _TAUGHT.sub(" ", cleaned)


#: (w63recent) a touch of a part of the body touched every day, or of a thing of one's own: "a
#: boy touched my hand at school today", "she touched me on the shoulder" (not "touched me",
#: "touched my leg")
_EVERYDAY_TOUCH = re.compile(
    r"\btouch(?:ed|es|ing)? (?:(?:me|her|him) on (?:the|my|her|his) |my |her |his )"
    r"(?:hands?|arms?|shoulders?|hair|head|face|cheek|elbow|fingers?|phone|bag|stuff|things"
    r"|work|homework|food|pencil|pen)\b"
)


def without_everyday_touch(cleaned: str) -> str:
    """``cleaned`` without a touch of a hand, an arm, a shoulder or one's things
    (``_EVERYDAY_TOUCH``): the thesaurus reads "touched" as sexual abuse, and a time said with
    it ("today") is then not an assault's."""
    return _EVERYDAY_TOUCH.sub(" ", cleaned)


#: (w63recent) a habit of the past: "he used to…", "every time he…", "bob tro" (every time)
_HABIT = re.compile(r"\b(?:used to|use to|usd to|every time|whenever|arfer|bob tro)\b")


def hurt_of_a_habit(before: str) -> bool:
    """The words before a hurt (bruises, bleeding, "it hurts": ``recent._HURT``) tell of a
    habit of the past ("he used to force himself on me and leave bruises"): the hurt is not a
    sign of one assault now."""
    return bool(_HABIT.search(before))
