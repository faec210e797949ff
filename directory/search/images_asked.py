"""(w63pro, walk48 F3) A child's sexual images asked for, or sent, online: the help is to
report whoever asks (CEOP's Safety Centre) and someone to talk to (Childline), from wherever
the child lives, whatever is near.

- A child asked for pictures of themselves ("a man in a game chat keeps asking for pics of me,
  im 10", "a guy on snap wants me to send nudes, im 13"): the page put a sexual assault
  referral centre "after a recent assault" and a therapy service "through a professional"
  before CEOP. Now the services available wherever they live come first (``lines_before``),
  CEOP first among them, then the services for children (Childline).
- A grown-up (a professional, a parent, or the professional switch) telling of a child sending
  or asked for sexual images online, or to or by an adult ("pupil sending explicit images to
  an adult online", "my daughter has been asked for nudes by a man on xbox"): the first card
  was a forensic centre near them and no CEOP. Now CEOP, the services that take a child's
  image down (Report Remove) and the line advising adults (the NSPCC's) come first.

Never when the words tell of an assault in the last few days (the forensic centre stays
first), nor for images held over a young person (``images_threatened``, ``images_held``), nor
for someone worried about their own thoughts. Read from the listings' own audiences and kinds
of support, never names."""

from __future__ import annotations

import re

from .asker import Asker
from .images_held import _PICTURE
from .met_soon import ONLINE

__all__ = ["child_images_online", "either", "images_asked", "with_images_asked"]

_PIC = _PICTURE.pattern
#: asked of the child: "keeps asking for pics", "wants me to send nudes", "told me to send him
#: a photo", "begging me for selfies", "wants pics of me"
_ASKED_OF_ME = re.compile(
    r"\b(?:ask\w*|keeps? on at me|beg\w*|pressur\w*|push\w*|want\w*|demand\w*|told|tells?"
    r"|trying to get|tries to get|tried to get|getting)(?: (?:me|us))?"
    r" (?:for|to send|2 send|to share|to show|to take|to snap|send|for me to send) "
    rf"(?:\w+ ){{0,3}}?(?:{_PIC})"
    rf"|\b(?:want\w*|ask\w*|beg\w*|demand\w*) (?:\w+ ){{0,2}}?(?:{_PIC}) (?:of|from) me\b"
)
#: online, or a message: "in a game chat", "on snap", "keeps messaging me", "dms"
_ONLINE_OR_MESSAGES = re.compile(
    ONLINE.pattern
    + r"|\b(?:chat\w*|dms?|messag\w*|text\w*|msg\w*|webcam|video call|facetime|sexting)\b"
)
#: a sexual picture: "explicit images", "nudes", "naked photos", "indecent pictures", sexting
_SEXUAL_PICTURE = re.compile(
    r"\b(?:explicit|indecent|naked|nude|sexual|sexy|intimate|rude|dirty|inappropriate|topless"
    rf"|self generated|self-generated) (?:\w+ )?(?:{_PIC})|\bnudes?\b|\bsext\w*\b"
)
#: sent, shared or asked for: "sending", "has sent", "shared", "asked for", "requested"
_SENT_OR_ASKED = re.compile(
    r"\b(?:send\w*|sent|shar\w*|swap\w*|exchang\w*|ask\w*(?: \w+)? for|asked to send|requested"
    r"|request\w*|pressur\w*|groom\w*|sext\w*)\b"
)
#: to or by a grown-up, or someone from online: "to an adult", "by a man", "an older guy"
_ADULT_OTHER = re.compile(
    r"\b(?:adult|adults|man|men|older|grown up|grownup|stranger|strangers|guy|bloke|someone online"
    r"|person online|\d{2} ?(?:year old|yr old|yo))\b"
)
#: a picture sent to the child: "was sent a rude photo", "a man sent her nudes"
_RECEIVED = re.compile(
    r"\b(?:was|been|got|were|being|is|are|gets|get) sent\b"
    r"|\bsen(?:t|ds|ding) (?:her|him|them|my (?:son|daughter|child|kid|pupil|student)s?)\b"
)
#: ... unless theirs are asked for too: "asked her for", "wants her to send"
_ASKED_OF_THEM = re.compile(r"\bask\w*(?: \w+)? for\b|\bto send\b|\brequest\w*")
#: a child told of by a grown-up: "pupil", "a year 9 girl", "my daughter", "student", "child"
_CHILD_NAMED = re.compile(
    r"\b(?:pupil|pupils|student|students|child|children|kid|kids|girl|boy|teen|teenager|yp"
    r"|young person|young people|son|daughter|stepson|stepdaughter|niece|nephew"
    r"|year \d{1,2}|yr \d{1,2}|learner|minor)\b"
)


def images_asked(asker: Asker, cleaned: str) -> bool:
    """A child tells, in their own words (``cleaned``: ``clean_text``), of someone asking for
    pictures of them online or by message ("keeps askin for pics of me in my pjs").
    (``asker.is_child``; never images held over them: ``images_threatened``.)"""
    if asker.persona != "child":
        return False
    return bool(_ASKED_OF_ME.search(cleaned) and _ONLINE_OR_MESSAGES.search(cleaned))


def child_images_online(asker: Asker, cleaned: str, grown_up: bool = False) -> bool:
    """A grown-up telling of a child's sexual images sent or asked for online, or to or by an
    adult: a professional or parent (or ``grown_up``: the professional switch) naming a child
    under 18 or of no age said."""
    if not (grown_up or asker.persona in ("professional", "parent")):
        return False
    if asker.for_age is not None and asker.for_age >= 18:
        return False
    if not _CHILD_NAMED.search(cleaned) or not _SEXUAL_PICTURE.search(cleaned):
        return False
    if not _SENT_OR_ASKED.search(cleaned):
        return False
    if _RECEIVED.search(cleaned) and not _ASKED_OF_THEM.search(cleaned):
        return False  # (a picture sent to the child is not the child's: ``images_named``)
    return bool(_ONLINE_OR_MESSAGES.search(cleaned) or _ADULT_OTHER.search(cleaned))


def either(asker: Asker, cleaned: str) -> bool:
    return images_asked(asker, cleaned) or child_images_online(asker, cleaned)


def with_images_asked(asker: Asker, names: list[str], cleaned: str) -> list[str]:
    """``names`` with online abuse and grooming, for ``images_asked`` or
    ``child_images_online`` words (CEOP's listing is for them)."""
    if not either(asker, cleaned):
        return names
    return [*names, *(n for n in ("online", "grooming") if n not in names)]
