"""(w25young) The asker's own age said with "I am" and other words beside it: "im only 11",
"im deaf 13", "i am a disabled girl 14", "im nearly 12", "ive just turned 13", Welsh "dwi'n
ddyn 55 oed" (I am a man, 55), "dwi ond yn 11" (I am only 11), "dwi'n ferch fyddar 14",
"dim ond 12 ydw i" (I am only 12). Words of degree ("only", "just", "nearly"), words that
describe the asker ("deaf", "autistic", "scared") and who they are ("a boy", "a girl", "a
man") may sit between "I am" and the number: the number is still the asker's, whoever else
the words name with an age of their own ("im only 11 and my cousin who is 15…": 11, not 15).
Used by ``asker.who_is_asking`` over ``clean_text``'s words."""

from __future__ import annotations

import re

from .asker_acts import aged_other
from .asker_patterns import _AGE, _OTHERS_AGED
from .asker_whose import _DESCRIBING

#: words of degree said before an age: "im only 11", "im nearly 12", "im just turned 13"
_DEGREE = (
    r"only|just|nearly|almost|about|around|like|literally|still|now|turning|barely|not even|"
    r"only just|just turned|turned|going to be|gonna be"
)
#: who the asker says they are, before their age: "im a girl 13", "i am a deaf lad aged 15"
_WHO = (
    r"boy|girl|lad|lass|kid|child|teen|teenager|young person|man|woman|guy|bloke|male|female|"
    r"student|pupil|schoolboy|schoolgirl"
)
#: ... and words that describe them ("very shy", "profoundly deaf", "scared and")
_MORE = r"and|very|really|so|profoundly|partially|severely|totally|quite"
#: what a number after "im" may be instead of an age: "im only 5 minutes away", "im about 30
#: miles from", "im just 2 years out of…", and other people's ages ("im a 15 year olds mum")
_NOT_AN_AGE = (
    r"times|minutes|mins|hours|hrs|days|weeks|months|miles|mile|streets|doors|pm|am|oclock|"
    r"o clock|foot|feet|ft|stone|st|kg|percent|years ago|yrs ago|year ago|year olds|yr olds|"
    r"years? out|weeks? pregnant|months? pregnant|of|out of|kids|children|sons|daughters"
)
#: Welsh: who the asker says they are, as said after "dw i'n" ("ddyn", a man; "ferch", a girl;
#: "fachgen", a boy), and words that describe them, also after the noun ("merch fyddar")
_NOT_AN_AGE_CY = r"milltir|munud|awr|diwrnod|wythnos|mis|gwaith|blynedd|mlynedd|blwyddyn"
_WHO_CY = r"ddyn|dyn|ddynes|fenyw|ferch|merch|fachgen|bachgen|hogyn|hogan|blentyn|berson ifanc"
DESCRIBING_CY = (
    r"(?:fyddar|byddar|ddall|dall|anabl|awtistig|hoyw|traws|ddu|du|ifanc|swil|unig|mewn gofal)"
)
_I_AM_CY = (
    r"dwin|dwi n|dw in|dw i n|rwyn|rwy n|rwy in|rydwin|rydw in|rydw i n|dwi yn|dw i yn|"
    r"rwy i yn|rydw i yn|dwi|dw i|rwy|rydw i|wi n|win"
)
_OWN_AGE = re.compile(
    # (probe 21) "me 40 yr old, …", "me 13 and…": "me" first, as "I am"
    rf"\b(?:im|i am|iam|i m|^me)(?: (?:{_DEGREE}))*(?: an?)?(?: (?:{_MORE}|{_DESCRIBING}))*"
    rf"(?: (?:{_WHO}))?(?: (?:{_DESCRIBING}))?(?: (?:aged|age))? (\d{{1,2}})\b"
    rf"(?! ?(?:{_NOT_AN_AGE})\b)"
    r"|\b(?:i|ive|i ve|i have) (?:only |just |only just )+turned (\d{1,2})\b"
    rf"|\b(?:{_I_AM_CY})(?: (?:ond|dim ond|bron|jyst|newydd droi))?(?: yn| n)?"
    rf"(?: (?:{_WHO_CY}))?(?: {DESCRIBING_CY})?(?: yn)? (\d{{1,2}})\b"
    rf"(?! ?(?:{_NOT_AN_AGE}|{_NOT_AN_AGE_CY})\b)"
    r"|\bdim ond (\d{1,2})(?: oed)? (?:ydw i|ydwi|dw i|dwi|ydw|wyf i|wyf)\b"
    r"|\b(\d{1,2}) oed (?:ydw i|ydwi|dw i|dwi|wyf i)\b"
)


def age_found(cleaned: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The asker's own age said (``asker_patterns._AGE``: "im 13", "aged 13", "dwi'n 13"; or
    with other words beside it, ``_OWN_AGE``), and an age said with "aged" that is someone
    else's ("my boy aged 5", "sexting someone aged 15"): (own, other), either None."""
    found = _AGE.search(cleaned)
    others = _OTHERS_AGED.search(cleaned, max(0, found.start() - 30)) if found else None
    other = None
    if found and (others and others.end() == found.end() or aged_other(cleaned, found.end())):
        other, found = found, None
    own = _OWN_AGE.search(cleaned)
    if own and (found is None or own.start() < found.start()):
        found = own  # ("im a deaf girl aged 14": hers, "girl aged 14" though it says)
    return found, other


_MALE_SAID = re.compile(
    r"\b(?:boy|lad|man|guy|bloke|male|schoolboy|ddyn|dyn|fachgen|bachgen|hogyn)\b"
)
_FEMALE_SAID = re.compile(
    r"\b(?:girl|lass|woman|female|schoolgirl|ddynes|fenyw|ferch|merch|hogan)\b"
)


def sex_said(found: re.Match[str] | None) -> str:
    """The asker's sex said with their age ("im a deaf girl 14", "dwi'n ddyn 55"), or ""."""
    if found is None:
        return ""
    return (
        "male" if _MALE_SAID.search(found[0]) else "female" if _FEMALE_SAID.search(found[0]) else ""
    )
