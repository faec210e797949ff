"""(tenth walk-through F2) Words telling of a sexual assault in the last few days ("raped me last
night", "did stuff to me at the weekend and i am bleeding", Welsh "neithiwr", "ddoe"): the
results page then says first what to do now (999 if hurt or in danger, 111 for medical advice,
a sexual assault referral centre), because medical care and evidence are time-limited.
"""

from __future__ import annotations

import re

from .understand import Understood

#: the topics that tell of sexual abuse or rape (not abuse in the family alone: "my cousin hit me
#: yesterday" is not this)
_SEXUAL_TOPICS = frozenset({"sexual-abuse", "rape"})
_SEXUAL_WORDS = re.compile(r"\b(?:sex|sexual\w*|raped?|rapes|treisio|threisio)\b")

#: when, said of something days ago at the most; and hurt that needs care now
_RECENT = re.compile(
    r"\b(?:last night|yesterday|yday|today|this morning|this afternoon|this evening|tonight|"
    r"last weekend|at the weekend|this weekend|on the weekend|just now|just happened|"
    # (eleventh walk-through) hours, and the times as texted: "a few hours ago", "2nite",
    # "tonite", "last nite", "2day", "lastnight"
    r"(?:a |an |two |three |few |couple of |couple )?(?:few )?(?:hours?|hrs?) ago|an hour ago|"
    r"2nite|2night|tonite|tonight|last nite|lastnight|lastnite|2day|tday|"
    r"(?:on |last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night| morning)?|"
    r"(?:a |two |three |2 |3 )?(?:few |couple of |couple )?days? ago|"
    r"(?:im|i am|i m|shes|she is|hes|he is|still|keep|keeps) bleeding|it hurts|it still hurts|"
    r"neithiwr|ddoe|heddiw|bore ma|bore heddiw|penwythnos diwethaf|dwin gwaedu|mae hin gwaedu|"
    r"gwaedu)\b"
)
#: ... but not long ago ("a few years ago", "when i was little")
_LONG_AGO = re.compile(r"\b(?:years?|yrs?) ago\b|\bwhen i was\b|\bas a (?:child|kid|boy|girl)\b")


def recent_assault(understood: Understood, cleaned: str) -> bool:
    """Whether the words (``clean_text``) tell of sexual abuse or rape and say it happened in
    the last few days, or of bleeding or pain from it; never for someone worried about their
    own behaviour, nor for abuse long ago."""
    if understood.asker.persona == "own-behaviour":
        return False
    told = any(c.name in _SEXUAL_TOPICS for c in understood.concepts) or bool(
        _SEXUAL_WORDS.search(cleaned)
    )
    return told and bool(_RECENT.search(cleaned)) and not _LONG_AGO.search(cleaned)
