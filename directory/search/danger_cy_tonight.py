"""(w61cy, twenty-fifth Welsh review F3) Four more shapes of danger now said in Welsh, read as
their English twins are ("In danger now? Call 999. If you cannot speak…"):

- a threat to kill or hurt the asker made ("mae o wedi bygwth fy lladd i heno", "ma fe'n
  bygwth lladd fi", "mae e wedi bygwth fy nhrywanu"), as "he has threatened to kill me"
  (``danger_hurt``) is read with or without a time; not one made "os" (if: ``danger_cy_told``
  reads a threat if told), nor the past;
- locked in and the phone taken, in one telling ("ma fe 'di cloi'r drysau a mynd â'n ffôn i",
  "mae hi wedi cloi'r drws a chuddio fy ffôn"), as "hes locked the doors and taken my phone";
- coming (back) to get the asker ("mae e'n dod nôl heno i gael fi", "mae o'n dod i fy nghael
  i"), as "hes coming back tonight to get me" (``danger_near``); not fetched from school or
  work ("yn dod i gael fi o'r ysgol");
- drunk and throwing or smashing things, or raging ("ma fe'n feddw ac yn taflu pethe", "mae
  nhad yn chwil ac yn malu'r tŷ"), as "hes drunk and throwing things" (``danger_spoken``); not
  a habit ("bob nos Sadwrn", "pan mae'n yfed").

Each only when someone else is the one doing it (``subject_other.someone_elses``), in a
clause not of the past. Over ``clean_text`` (lower case, accents folded, no apostrophes:
"cloi'r" is "cloir", "â'n ffôn" is "an ffon", "fe'n" is "fen").
"""

from __future__ import annotations

import re

from .subject_other import someone_elses

#: a threat to kill, stab, shoot, strangle or hurt the asker: "bygwth fy lladd", "bygwth
#: lladd fi", "bygwth 'n lladd i"; not "os" (if) just after (a threat to keep a secret)
_THREAT = re.compile(
    r"\b(?:bygwth|fygwth)(?: (?:fy|n|yn) (?:lladd|nhrywanu|saethu|nhagu|mrifo|nghuro|mwrw)"
    r"| (?:lladd|ladd|llofruddio|trywanu|stabio|saethu|tagu|brifo|curo|bwrw) (?:fi|mi|i|ni))\b"
    r"(?!(?: \w+){0,4} (?:os|oni bai)\b)"
)
#: the doors locked, and the phone taken, hidden or broken
_LOCKED = re.compile(
    r"\b(?:cloi|gloi|nghloi)(?:r| y| yr| fi| ni| fi mewn| ni mewn)? ?(?:drws|drysau|ddrws"
    r"|ddrysau|ty|mewn|yn y ty|yn yr ystafell|yn y stafell)\b"
)
_PHONE = re.compile(
    r"\b(?:(?:mynd|fynd) (?:an|a|ag|a fy|ar|am) ?(?:fy )?|(?:cymryd|chymryd|gymryd|dwyn|ddwyn"
    r"|cuddio|guddio|chuddio|malu|falu|torri|thorri|dorri|cadw|chadw|gadw|bachu|fachu)"
    r"(?: fy| yn| n)? ?)ffon\b"
)
#: coming (back, home, over) to get the asker: "dod nôl heno i gael fi", "dod i fy nghael i"
_COMING_FOR_ME = re.compile(
    r"\b(?:dod|ddod|dwad|ddwad)(?: (?!o\b|or\b)\w+){0,3}? i (?:(?:gael|ddal|fachu|nal) (?:fi|mi"
    r"|i)|(?:fy |n )?(?:nghael|ngael|nal|nala) (?:i|fi)|gael gafael (?:arna i|arna fi|yno i))\b"
    r"(?! (?:o|or|o r|ar ol|or ysgol|or gwaith|or orsaf|or dre|yn y car|am|i fynd|i)\b)"
)
#: drunk, and throwing, smashing or raging; or the other way round
_DRUNK = r"(?:feddw|meddw|chwil|gaib|racs|hammered|pissed|wedi meddwi|di meddwi)"
_RAGING = (
    r"(?:taflu|daflu|malu|malur|falu|falur|smasho|smashor|torri pethe|torri pethau|cicio|gicio"
    r"|gweiddi|sgrechian|bygwth"
    r"|fygwth|colli ei dymer|gwyllt|wyllt|gandryll|grac|flin|ymosodol|dreisgar|cynddeiriog)"
)
_DRUNK_RAGING = re.compile(
    rf"\b{_DRUNK}(?: \w+){{0,2}}? (?:ac|a) (?:yn |n )?{_RAGING}\b"
    rf"|\b{_RAGING}(?: \w+){{0,3}}? (?:ac|a) (?:yn |n )?{_DRUNK}\b"
)
#: a habit, not now: every Saturday, when he drinks, always, usually
_HABIT = re.compile(
    r"\b(?:bob|pob|wastad|arfer|weithiau|yn aml|fel arfer|pan mae|pan man|pan fydd|pryd bynnag)\b"
)


def _someone_elses_at(pattern: re.Pattern[str], clause: str) -> bool:
    """A match of ``pattern`` in ``clause`` with someone else named as the doer before it."""
    return any(someone_elses(clause[: m.start()]) for m in pattern.finditer(clause))


def _threatened(clause: str) -> bool:
    """A threat to kill or hurt the asker (``_THREAT``) said alone ("bygwth fy lladd") or with
    someone else as the one who made it."""
    for found in _THREAT.finditer(clause):
        before = clause[: found.start()]
        if not before.strip() or someone_elses(before):
            return True
    return False


def in_danger(clauses: list[str], past: re.Pattern[str]) -> bool:
    """``clauses`` (``clean_text``) tell in Welsh, in clauses not of the ``past``, of a threat
    to kill or hurt the asker made, locked in with the phone taken, someone coming to get
    them, or someone drunk and raging now (not a habit)."""
    now = [c for c in clauses if c.strip() and not past.search(c)]
    if any(_threatened(c) for c in now):
        return True
    told = " ".join(now)
    if _someone_elses_at(_LOCKED, told) and _PHONE.search(told):
        return True
    if any(_someone_elses_at(_COMING_FOR_ME, c) for c in now):
        return True
    return any(_someone_elses_at(_DRUNK_RAGING, c) and not _HABIT.search(c) for c in now)
