"""(w54cydanger, welsh22 F2) Danger now said in Welsh in shapes ``danger_cy`` did not read, as
the English twins are read ("im in danger", "please help me hes coming", "someone is breaking
into the house now", "hes banging on the door"):

- in danger, misspelt or with no time said: "dwi mewn peryg", "dw i mewn perig rŵan", "rydan
  ni mewn perygl" (not "mewn perygl o golli fy swydd", in danger of losing my job);
- a cry for help with "he's coming" and nothing more: "plis helpa fi ma fe'n dod", "helpwch fi
  mae hi'n dod nawr", "mae o'n dod, help plis" (not "mae hi'n dod i'r ysgol fory");
- someone breaking in, under way: "mae rhywun yn torri mewn i'r tŷ", "ma nhw'n torri mewn
  rŵan" (not into a computer, an account or a phone: "torri mewn i'r system");
- banging on the door with "clatsio" as the south says it ("ma fe'n clatsio'r drws"), as
  ``danger_now`` reads "curo'r drws": the line costs little if it was only knocking.

Over ``clean_text`` (lower case, no apostrophes or accents: "mae e'n" is "mae en", "tŷ" is
"ty"); clauses of the past never reach here (``danger_now``).
"""

from __future__ import annotations

import re

#: in danger, as typed: "perygl", "peryg", "perig", "pergyl", "perigl"
_DANGER = r"(?:perygl|peryg|perig|perigl|pergyl|pyrygl)"
#: I am, we are: "dw i", "dwi'n", "rydw i", "rydan ni", "ni'n", "fi"
_I_WE = (
    r"(?:dw i|dwi|dw|rydw i|rydw|rwy|rwyf|rwyf i|ydw i|wi|fi|dw i n|dwin|rydan ni|ryden ni|"
    r"dan ni|da ni|ni|yda ni|ry n ni|ryn ni|rydyn ni|rydym ni)(?: ?n| yn)?"
)
#: now, as said: "nawr", "rŵan" (no accents: "rwan"), "heno", "ar hyn o bryd"
_NOW = r"(?:nawr|rwan|heno|ar hyn o bryd|ar y funud|rwan hyn|reit nawr)"
_IN_DANGER = re.compile(
    rf"\b{_I_WE} mewn {_DANGER}\b(?! o\b)"
    rf"|\bmewn {_DANGER} (?:\w+ )?{_NOW}\b"
)

#: a cry for help: "plis helpa fi", "helpwch fi", "help plis", "helpa", "help"
_HELP = re.compile(
    r"\b(?:plis|pls|plîs|os gwelwch yn dda)\b|\b(?:helpa|helpwch|help)(?: (?:fi|mi|ni))?\b"
)
#: "he's coming" and no more: "ma fe'n dod", "mae o'n dod nawr", "maen nhw ar eu ffordd"
_COMING = re.compile(
    r"(?:mae|ma|maen) (?:e|o|fe|fo|hi|nhw)(?: ?n| yn)? (?:dod|dwad|ar (?:ei|eu|y) ffordd)"
    rf"(?: (?:yma|nol|yn ol|lan|i fyny))?(?: {_NOW})?(?: eto)?"
)

#: breaking in, under way: "mae rhywun yn torri mewn", "ma nhw'n torri i mewn i'r tŷ"
_BREAKING_IN = re.compile(
    r"\b(?:mae|ma|maen)(?: \w+){0,2}? ?(?:n|yn) torri (?:i )?mewn\b(?P<rest>(?: \w+)*)$"
)
#: ... where: a home, a room, a car, or nothing (not a system, an account, a phone)
_INTO_A_PLACE = re.compile(
    r"^(?: (?:i (?:r|n|fy|ein|y) ?|ir |in |i )(?:ty|tŷ|fflat|stafell|ystafell|llofft|car|"
    r"cartref|nghartref|ngar|ngharafan|garafan|drws|ddrws)(?: ni| i)?)?"
    r"(?: (?:yma|nawr|rwan|heno|ar hyn o bryd|rwan hyn|plis|help|helpwch))*$"
)

#: banging on the door, southern "clatsio": "ma fe'n clatsio'r drws", "clatsho ar y drws"
_BANGING = re.compile(
    r"\b(?:clatsio|clatsho|clatshio|clatsian)r? (?:ar |wrth |yn erbyn )?(?:y |fy )?"
    r"(?:drws|ddrws|ffenest|ffenestr)\b"
)


def said_in_danger(cleaned: str) -> bool:
    """A clause (``clean_text``, not of the past) tells in Welsh that the person asking is in
    danger now in a shape ``danger_cy`` did not read: in danger said bare or misspelt, a cry
    for help with "he's coming", someone breaking in, banging on the door ("clatsio")."""
    if _IN_DANGER.search(cleaned) or _BANGING.search(cleaned):
        return True
    if _HELP.search(cleaned) and _COMING.search(cleaned):
        rest = " ".join(_HELP.sub(" ", cleaned).split())
        if _COMING.fullmatch(rest):
            return True
    found = _BREAKING_IN.search(cleaned)
    return found is not None and _INTO_A_PLACE.match(found.group("rest")) is not None
