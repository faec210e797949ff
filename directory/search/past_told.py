"""(w49note, check51 F9) Someone who tells of abuse done to them in the past tense and says no
age ("I was abused by my stepdad", "my dad abused me and nobody knows", "my abuser died last
year"): they may be a child telling of last week or an adult of forty years ago. The page read
them as a child alone: Childline was the only line in "Talk to someone now" (family words read
as a child's), or it led with the NSPCC's line for adults worried about a child, and a
children's centre was the first card. With no age, the box now holds the lines for both (the
line for anyone 16 or over beside Childline), as ``unsaid_age`` does for a recent assault.

Abuse told as going on now ("comes into my room", "abuses me"), or a child's life (school, "im a
kid"), keeps a child's page a child's page; so does any age said."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .adult_settings import OWN_HARM_PAST_MORE, own_harm_past_more
from .asker import Asker, child_now
from .asker_ages import child_family
from .asker_cared_for import IM_A_CHILD

if TYPE_CHECKING:
    from .understand import Understood

#: a child saying what they are or where their day is ("im a girl", "im only a kid", "at
#: school", "scared to go to school", "in year 8", "my teacher"); Welsh: "dw i'n blentyn", "yn
#: yr ysgol", "fy athro"
CHILDS_LIFE = re.compile(
    rf"\b(?:{IM_A_CHILD}|(?:im|i am|i m) (?:a |only a |just a |still a )?(?:boy|girl)|at school"
    r"|(?:go to|going to|go into|after|before|miss|skip|skipping) school|in (?:year|yr) \d{1,2}"
    r"|my (?:teacher|form tutor|head ?teacher)|yn yr ysgol|fy (?:athro|athrawes))\b"
)

_DONE = r"(?:sexually )?(?:abused|molested|raped|groomed|interfered with|sexually assaulted)"
#: (w63cy2) what abuse leaves, or living with it
_AFTER = (
    r"(?:flashbacks?|flash backs?|nightmares?|bad dreams|night terrors|intrusive memories|"
    r"memories|ptsd|c ?ptsd|triggered|haunted|(?:cant|cannot|never|couldnt) (?:forget|get over)|"
    r"(?:get|getting|got) over|(?:deal|dealing|cope|coping|live|living) with|"
    r"(?:ol )?fflachiau|ol fflach\w*|hunllef\w*|atgofion|anghofio|dod dros)"
)
#: ... the abuse, or what someone did (to the asker, or said with no one else it was done to)
_WHAT_DONE = (
    r"(?:(?:the|my|that|his|her) (?:\w+ )?(?:abuse|rape|assault|attack)s?\b|being (?:sexually )?"
    r"(?:abused|raped|molested|assaulted|groomed)\b|what (?:he|she|they|my \w+(?: \w+)?) "
    r"(?:did|done|had done|put me through)\b(?! to (?!me\b))"
    r"|(?:y |yr |r )?(?:gamdriniaeth|camdriniaeth|cam drin|gam drin|trais|treisio|ymosodiad)\b"
    r"|(?:be|beth) (?:nath|wnaeth|naeth|wnath|ddigwyddodd)\b)"
)
#: abuse done to the asker, told in the past tense: "i was abused", "he abused me", "my abuser",
#: "what he did to me"
_OWN_ABUSE_PAST = re.compile(
    rf"\b(?:i was|i got|ive been|i have been|i ve been|i had been) (?:\w+ )?{_DONE}\b"
    rf"|\b{_DONE} me\b"
    r"|\bmy (?:\w+ )?abusers?\b"
    r"|\bwhat (?:he|she|they|my \w+(?: \w+)?) did to me\b"
    # (w61adult, check61 §9) "my grandad did things to me", "he did stuff to me", "done it to me"
    r"|\b(?:did|done) (?:(?:bad|sexual|horrible|awful|terrible|rude|weird|dirty) )?"
    r"(?:things|stuff|something|it) to me\b"
    # (w61adult, check61 §9) told as a headline of one's own, with no "i": "abused at boarding
    # school", "was raped last year at a festival"; a drink spiked ("my drink was spiked")
    rf"|^(?:was |got |been )?{_DONE}\b"
    r"|\bmy drinks? (?:was|were|got|had been) spiked\b|\b(?:i was|i got|got|was) spiked\b"
    # (w63cy2, judged w54j-10, welsh25 "not counted") what it left: flashbacks or nightmares of
    # it, or living with it ("flashbacks of what my grandad did", "nightmares about what he
    # did", "cant get over the abuse", Welsh "ôl-fflachiau o'r gamdriniaeth", "hunllefau am be
    # nath o"); never of what is done now ("nightmares about what my brother does")
    rf"|\b{_AFTER}\b(?: \w+){{0,2}}? (?:of|about|from|over|with|am|o|or|ynglyn a) {_WHAT_DONE}"
    # (w63cy2, words-check-twenty-fifth 179) Welsh "i was / ive been abused": "wedi cael fy
    # ngham-drin", "ges i fy nhreisio"; never "dwi'n cael fy ngham-drin" (I am being abused)
    r"|\b(?:wedi cael|di cael|ces|ges|cefais|gefais|nes i gael|wnes i gael)(?: i)? (?:fy|n) "
    r"(?:ngham drin|nghamdrin|nhreisio|molestio|ngham ddefnyddio)\b"
    # ... or one's own case with the police or the courts ended ("police dropped my case")
    r"|\b(?:dropped|closed|dismissed|nfa d|nfad|threw out|thrown out) my (?:court |police |"
    r"criminal )?case\b|\bmy (?:court |police |criminal )?case (?:was |got |has been |had been |"
    r"s been )?(?:dropped|closed|dismissed|nfa d|nfad|thrown out)\b"
)


def past_told_age_unsaid(understood: Understood, cleaned: str) -> bool:
    """The words (``cleaned``: ``clean_text``) tell of abuse done to the asker in the past
    tense (``_OWN_ABUSE_PAST``), the asker is read as nobody in particular or as a child, no age
    is said (theirs or anyone's they ask for), and nothing a child says of now: abuse going on
    (``asker.child_now``, ``asker_ages.child_family``, read in the words left once the past
    is taken out) or a child's life (``CHILDS_LIFE``)."""
    asker = understood.asker
    if asker.persona not in ("", "child") or asker.age is not None or asker.for_age is not None:
        return False
    return told_of_the_past_only(cleaned)


def told_of_the_past_only(cleaned: str) -> bool:
    """The words tell of abuse done to the asker in the past tense (``_OWN_ABUSE_PAST``,
    ``adult_settings.own_harm_past_more``) and nothing a child says of now: abuse going on
    (``asker.child_now``, ``asker_ages.child_family``, read in the words left once the past is
    taken out) or a child's life (``CHILDS_LIFE``)."""
    if not (_OWN_ABUSE_PAST.search(cleaned) or own_harm_past_more(cleaned)):  # (w56fit)
        return False
    rest = _after_the_past(cleaned)
    return not (child_now(rest) or child_family(rest) or CHILDS_LIFE.search(cleaned))


def _after_the_past(cleaned: str) -> str:
    """What is left once the past is taken out: "my big brother abused me" is not a child's
    family words now, "he abused me and still comes in my room" is."""
    return OWN_HARM_PAST_MORE.sub(" ", _OWN_ABUSE_PAST.sub(" ", cleaned))


#: a parent named beside the past ("…and my mum doesnt believe me", "my dad abused me"): a
#: child's home now as often as a grown-up's memory, so a child read from it stays one
_PARENT_NAMED = re.compile(
    r"\bmy (?:mum|mom|mam|mummy|mother|dad|daddy|father|stepdad|step dad|stepmum|step mum|"
    r"stepfather|stepmother|parents?)\b"
)

#: (asker probe) a child saying what they are: "im only a kid", "kid here", "teen here"
_SAYS_A_CHILD = re.compile(rf"\b(?:{IM_A_CHILD})\b|^(?:kid|child|teen|teenager) here\b")


def unsaid_past_told(asker: Asker, cleaned: str) -> Asker:
    """(w61adult, walk47 F2, check61 §9) ``asker`` with nobody said to be asking when the words
    read as a child's only from whom they name ("what my brother did to me", "my grandad did
    things to me"), say no age, and tell of abuse done to the asker in the past with nothing a
    child says of now (``told_of_the_past_only``): an adult remembering says it as often as a
    child. The page then fits both (``unsaid_age.likely_grown_up``): the line for anyone 16 or
    over first and Childline beside it, and no children's service first just for being near.
    A child who says their age, their school, a parent of theirs (``_PARENT_NAMED``) or abuse
    going on now keeps a child's page; so do everyday words alone ("touched me", "made me":
    ``adult_settings.OWN_HARM_PAST_MORE``), most often a child's."""
    if asker.persona != "child" or asker.age is not None or asker.for_age is not None:
        return asker
    if _PARENT_NAMED.search(_after_the_past(cleaned)) or _SAYS_A_CHILD.search(cleaned):
        # ("my uncle did things to me and my mum doesnt believe me", "kid here, …": a child's)
        return asker
    if not _OWN_ABUSE_PAST.search(cleaned):
        return asker  # ("the school cook touched me", "my babysitter touched me": a child's)
    return replace(asker, persona="") if told_of_the_past_only(cleaned) else asker


#: (w49note, check51 F9) words only a grown-up says of their own life: a husband or wife, a
#: fiance, in-laws ("my husband is grooming his friend's daughter", "my father in law")
_ADULTS_OWN_LIFE = re.compile(
    r"\bmy (?:ex |ex-|former |late )?(?:husband|hubby|wife|fiance|fiancee|spouse|"
    r"(?:mother|father|brother|sister|son|daughter) in law|in laws)\b"
)


def adults_own_life(cleaned: str) -> bool:
    """The words (``cleaned``) tell of a grown-up's own life (``_ADULTS_OWN_LIFE``): whoever
    they ask about, the person asking is not a child."""
    return bool(_ADULTS_OWN_LIFE.search(cleaned))
