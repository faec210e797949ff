"""(w55fit, check58 finding 12) A young person's picture held over them for money or under a
threat to send it on, said in any words: "i sent a pic to someone and now they want £200 or
theyll send it to my mum", "youth worker, 15 year old being blackmailed with images", "my son
is being sextorted over a video". ``images_threatened`` read only a child's own words with "my
pics" or "pics of me"; a single "pic", "it" for the picture, no age said, or a professional or
parent telling of a young person got a local card first and no Report Remove or CEOP.

Image blackmail is: a picture word ("pic", "nudes", "photos", "video") with money asked for, a
threat to send, share or post it (never "he will send me pics", which is him sending), or
blackmail and sextortion named. Read for a child, for someone who gives no age and no adult's
words (``adult_images`` reads adults), and for a parent or professional telling of someone
under 18 or of no age said; never for someone worried about their own thoughts, nor for
pictures of children someone looks at (``images_named``)."""

from __future__ import annotations

import re

from .adult_images import _ADULTS_WORDS
from .asker import Asker
from .asker_own import kin_viewing

__all__ = ["images_held_over"]

_PICTURE = re.compile(
    r"\b(?:pics?|pictures?|photos?|photographs?|images?|videos?|vids?|nudes?|selfies?"
    r"|clips?|recordings?|webcam|video call|facetime)\b"
    # (w59cylife, welsh24 F8) Welsh, with the mutations: "fy lluniau", "llunie", "fideo ohona i"
    r"|\b(?:lluniau|luniau|llunie|lunie|llunia|lunia|llun|lun|fideo|fideos|fidio|fidios"
    r"|noethluniau|hunluniau|hunlun|delweddau|ddelweddau|clip|clipiau)\b"
)
#: money asked for: "they want 200", "asking for money", "unless i pay", "50 quid"
_MONEY = re.compile(
    r"\b(?:want|wants|wanted|wanting|asking for|asked for|asks for|demand\w*|give (?:him|her|them))"
    r" (?:\w+ ){0,3}?(?:\d+|money|cash|quid|pounds|bitcoin|gift cards?)\b"
    r"|\b(?:pay|paid|send) (?:\w+ ){0,2}?(?:\d+|money|cash|quid|pounds|bitcoin|gift cards?)\b"
    r"|\bunless i (?:pay|send|give)\b|\bor else\b"
    # (w59cylife, welsh24 F8) Welsh: "os na dwi'n talu" (unless I pay), "isio pres / arian"
    r"|\b(?:os na|oni bai|heblaw) (?:\w+ ){0,3}?(?:talu|dalu|thalu|anfon|hanfon|yrru|gyrru)\b"
    r"|\b(?:isio|eisiau|moyn|isie|gofyn am|ofyn am|mynnu) (?:\w+ ){0,2}?(?:pres|arian|\d+"
    r"|punnoedd|bunnoedd|mhres)\b"
)
#: a threat to send the picture on: "theyll send it to my mum", "says he will post them"
_THREAT = re.compile(
    # (judged52) "he says hell send them to my mum": "he'll" texted without its apostrophe
    r"\b(?:will|ll|hell|shell|theyll|gonna|going to|threaten\w* to|threatening"
    r"|say\w* (?:\w+ )?(?:will|ll)) "
    r"(?:\w+ ){0,2}?(?:send|share|post|show|leak|spread|upload|expose|put)"
    r" (?!me\b)(?:it|them|this|that|my|the|a|to|on|online|everywhere|round|around|\w+)\b"
    r"|\b(?:blackmail\w*|sextort\w*|extort\w*)\b"
    # (w59cylife, welsh24 F8) Welsh: "bygwth rhannu / postio / anfon / dangos", "mynd i'w
    # rhannu", "blacmelio" and the English loan "blackmailio", "secstorsiwn"
    r"|\b(?:bygwth|fygwth|mygwth|mynd i|am|neith|wneith|bydd (?:o|e|hi|fe) n|fydd (?:o|e|hi|fe) n)"
    r" (?:\w+ ){0,2}?(?:rhannu|rannu|rhanu|ranu|postio|bostio|anfon|hanfon|yrru|gyrru|dangos"
    r"|ddangos|hala|lledaenu|iw rhannu|iw postio|iw hanfon|iw gyrru|iw dangos)"
    # (w63cy, welsh25 F8) with "the" joined on: "mynd i rannu'r fideo", "bygwth gyrru'r lluniau"
    r"r?\b"
    r"|\b(?:blacmel\w*|mlacmel\w*|flacmel\w*|blackmailio|mlackmailio|secstors\w*)\b"
)


def _young_persons(asker: Asker) -> bool:
    """Whose words these can be: a child; no age and no persona; a parent or professional
    telling of someone under 18 or of no age said."""
    if asker.is_child:
        return True
    if asker.persona == "":
        return asker.age is None
    if asker.persona in ("parent", "professional"):
        return asker.for_age is None or asker.for_age < 18
    return False


def images_held_over(asker: Asker, cleaned: str) -> bool:
    """The words (``cleaned``: ``clean_text``) tell of a picture held over a young person for
    money or under a threat to send it on, whatever words name the picture."""
    if not _young_persons(asker) or not _PICTURE.search(cleaned) or kin_viewing(cleaned):
        return False
    if not (_MONEY.search(cleaned) or _THREAT.search(cleaned)):
        return False
    return asker.is_child or asker.persona != "" or not _ADULTS_WORDS.search(cleaned)
