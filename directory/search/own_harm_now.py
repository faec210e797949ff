"""(w60life, check61 findings 1 and 2) Self-harm and suicide said now in the ways the older
readers missed. An independent checker typed "i cut my wrists and it wont stop", "my wrist
wont stop bleeding" (first card: the line for people worried about their own sexual
thoughts), "i have cut myself deep", "i have a knife and want to hurt myself", "tying the rope
now", "killing myself tonight" and "unalive myself", and the page gave no warning.

Two readers, over ``clean_text`` (lower case, no apostrophes) a sentence at a time:

- ``hurt_badly_now``: a cut that will not stop bleeding, wrists cut, a cut said deep or bad;
  Welsh "wedi torri fy hun yn ddrwg", "torri fy hun … gwaedu". The page says first "If you
  have taken an overdose or are badly hurt, call 999 now or go to A&E" (``act_done``), and
  Samaritans comes first (``plan_or_act``).
- ``life_said_now``: a knife, blade or razor with hurting oneself; a rope or noose being tied;
  killing oneself said with tonight or now; "unalive" said of oneself. The page says first
  "If your life is at risk now, call 999 or go to A&E" (``own_intent``).

Not the past ("i used to cut my wrists as a teenager", "years ago", "when i was 15"), not
someone else ("my brother has a knife and wants to hurt himself": himself, not myself), not a
rope for a boat, a swing or a tent.
"""

from __future__ import annotations

import re

from .everyday_said import BY_ACCIDENT
from .kms_said import KMS_MEANT
from .lexicon import clean_text

#: where a sentence ends, in the words as typed
_SENTENCES = re.compile(r"[.!?;\n]+")
#: the past, anywhere in the sentence: the act is remembered, not happening
_PAST = re.compile(
    r"\b(?:used to|years? ago|months ago|last year|when i was|as a (?:teen|teenager|kid|child)"
    r"|in (?:19|20)\d\d|back (?:then|in)|at school|scars?|flynyddoedd yn ol|llynedd"
    r"|pan (?:on|oeddwn|own) i)\b"
)
_SELF = r"(?:my ?self|me self|myslef)"
_PARTS = r"(?:wrists?|arms?|legs?|thighs?)"
_NOT_STOP = r"(?:wont|won t|will not|cant|can t|cannot|doesnt|does not|isnt|is not|arent|aint)"
#: badly hurt now: the bleeding will not stop, wrists cut, a cut deep or bad
_HURT = re.compile(
    rf"\bmy {_PARTS} {_NOT_STOP} stop(?:ping)? bleeding\b"
    rf"|\b(?:cut|slit|slashed|sliced) (?:{_SELF}|my {_PARTS}|both (?:my )?wrists)(?: \w+){{0,4}}?"
    rf" (?:it|they|its|the blood|the bleeding|blood) {_NOT_STOP} stop"
    rf"|\b(?:i|ive|i ve|i have|i just|ive just|just|have) (?:\w+ )?(?:cut|slit|slashed|sliced) "
    rf"(?:my|both my|both) wrists?\b{BY_ACCIDENT}"
    rf"|\b(?:cut|slit|slashed|sliced) (?:{_SELF}|my {_PARTS}) (?:really |very |so |too |way too )?"
    r"(?:deep|deeply|badly|bad)\b"
    # Welsh: wedi torri fy hun yn ddrwg / yn ddwfn (cut myself badly / deep), and bleeding
    r"|\b(?:torri|dorri|thorri) (?:fy hun|fy hunan|n hun)(?: yn)? (?:ddrwg|ddwfn|rhy ddwfn)\b"
    r"|\b(?:torri|dorri|thorri) (?:fy hun|fy hunan|n hun)(?: \w+){0,6}? (?:gwaedu|waedu)\b"
)
_BLADE = r"(?:knife|knives|blade|razor|razors|stanley knife|cyllell|gyllell|chyllell|llafn|lafn)"
_HARM_SELF = (
    rf"(?:hurt|hurting|cut|cutting|harm|harming|kill|killing|stab|stabbing|use it on) {_SELF}"
    r"|(?:brifo|frifo|torri|dorri|niweidio|lladd|ladd|anafu) (?:fy hun|fy hunan|n hun)"
    r"|arna i fy hun|arnaf fy hun"
)
#: a life at risk now: a blade with hurting oneself, a rope being tied, tonight or now
_LIFE = re.compile(
    rf"\b{_BLADE}\b(?: \w+){{0,8}}? (?:{_HARM_SELF})\b"
    rf"|\b(?:{_HARM_SELF})\b(?: \w+){{0,3}}? (?:with|efo|gyda|hefo) (?:a |the |my |this |y |fy )?"
    rf"{_BLADE}\b"
    r"|\b(?:tying|tied|tie|fixing|putting|put|got) (?:the |a |my )?(?:rope|noose)"
    r"(?! (?:to|on|onto) (?:the |a |my )?(?:boat|tent|swing|trailer|roof rack|car|dog|horse))"
    r"(?: \w+){0,3}? (?:now|tonight|round my neck|around my neck|to the (?:beam|banister|loft"
    r"|stairs|tree|door))\b"
    r"|\bnoose (?:round|around|on) my neck\b"
    rf"|\b(?:kill|killing|killin|end|ending) (?:{_SELF}|my life|it all)(?: \w+)?? "
    r"(?:tonight|tonite|2nite|right now|now|today)\b"
    rf"|\bunalive (?:{_SELF}|me)\b|\b(?:want|wanna|wana|going|gonna|need)(?: to| 2)? unalive\b"
    r"|^ *unalive *$"
    # (w62life, check62 F1) "unaliving tonight", "im unaliving myself now": the act said as
    # under way with its time, as "killing myself tonight" is
    r"|(?:^ *|\b(?:im|i am|i m|i|ill|i will|i ll|gonna|going to|about to|want to|wanna) )"
    r"unaliv(?:e|ing|in)(?: (?:my ?self|me self|me))?(?: \w+){0,2}? (?:tonight|tonite|2nite"
    r"|right now|now|today)\b"
    rf"|{KMS_MEANT}"  # (w64life, check63 F1) "kms fr", "going 2 kms tonite"
)


def _own_sentence(cleaned: str, reader: re.Pattern[str]) -> bool:
    """``reader`` finds its words in ``cleaned`` (one sentence) with no past said."""
    return bool(reader.search(cleaned)) and not _PAST.search(cleaned)


def hurt_badly_now(text: str) -> re.Match[str] | None:
    """The first words in ``text`` (as typed or cleaned) telling that the person asking is
    badly hurt by their own hand now (bleeding that will not stop, wrists cut, a deep cut),
    not long ago; or None."""
    for part in _SENTENCES.split(text):
        cleaned = clean_text(part)
        if _own_sentence(cleaned, _HURT):
            return _HURT.search(cleaned)
    return None


def life_said_now(text: str) -> re.Match[str] | None:
    """The first words in ``text`` telling that the person asking means to end or harm their
    life now (a blade to hurt themselves, a rope being tied, killing themselves tonight,
    "unalive"), not long ago; or None."""
    for part in _SENTENCES.split(text):
        cleaned = clean_text(part)
        if _own_sentence(cleaned, _LIFE):
            return _LIFE.search(cleaned)
    return None
