"""(w59cydanger, twenty-fourth Welsh review F5 and F6) Two more shapes of danger now said in
Welsh, read as their English twins are (``danger_orders.TELL_AFTER``, ``danger_now``'s
"emergency"):

- a threat to kill if told, the threat first or the "if" first: "mae gen i ofn bydd o'n fy
  lladd os dwi'n deud", "ma fe'n gweud bydd e'n lladd mam os fi'n gweud wrth rywun", "os dwi'n
  deud wrth neb neith o fy lladd i" ("im scared hell kill me if i tell", "he says he will kill
  mum if i tell anyone"). ``danger_cy`` set every threat made "os dwi'n deud" aside as a threat
  to keep a secret; a threat to kill is danger now in English. Not a joke whose condition is
  not telling ("bydd mam yn fy lladd i os dwi'n hwyr": mum will kill me if im late), nor one
  whose telling is of something else ("… os dwi'n deud wrthi mod i wedi methu'r arholiad");
- "argyfwng" (emergency) said alone, or with "help" or "plis", as "emergency" alone is read;
  not a crisis named ("argyfwng tai", "yr argyfwng hinsawdd", "argyfwng costau byw").

Over ``clean_text`` (lower case, no apostrophes: "bydd o'n" is "bydd on", "fi'n" is "fin").
"""

from __future__ import annotations

import re

#: will: "bydd o'n", "fydd e'n", "neith o", "mae o'n mynd i", "mae e am"
_WILL = (
    r"(?:(?:mi |fe )?(?:bydd|fydd|bydde|fydde|byddai|fyddai|basa|fasa|base|fase)"
    r"|neith|wneith|neiff|wnaiff|naiff|(?:mae|ma))"
)
#: he, she, they, mum's boyfriend, with the progressive "yn" as cleaned ("on", "en", "fen")
_HE = (
    r"(?:on|en|fen|fon|hin|nhwn|(?:o|e|fe|fo|hi|nhw|dad|nhad|llystad|fy \w+|\w+ fi|\w+ mam)"
    r"(?: yn| n)?)"
)
_GOING = r"(?: (?:mynd i|am|isio|moyn|eisiau|yn mynd i))?"
#: kill me or someone of mine: "fy lladd i", "ladd fi", "lladd mam", "ladd fy chwaer"
_KILL = (
    r"(?:(?:fy|n) lladd|(?:lladd|ladd|llofruddio|stabio|saethu) (?:fi|mi|ni|mam|mami|dad|nain"
    r"|mamgu|(?:fy|y|n) \w+|\w+ fi))(?: i| fi)?"
)
#: if I tell (anyone): "os dwi'n deud", "os fi'n gweud wrth rywun", "os wna i ddweud"
_IF_TELL = (
    r"\bos (?:dwi|dw i|fi|i|wna i|na i|bydda i|fydda i|ydw i|dwin|fin|win)(?: ?n| yn)?"
    r" (?:deud|dweud|ddeud|ddweud|gweud|weud|son|riportio|cario clecs|ffonio r heddlu)"
    r"(?: (?:wrth|wrtho|wrthi|i|at) (?:rywun|neb|unrhyw un|mam|dad|yr heddlu|heddlu|athro"
    r"|athrawes|\w+))?(?: (?:am (?:hyn|hynny|y peth|fe|fo|e|o)|unrhyw beth|dim byd))?"
)
#: nothing told after, but the end or a new clause ("… os dwi'n deud a dwi ofn")
_ENDS = r"(?:$| (?:a|ac|ond|achos|plis|help|felly)\b)"
_THREAT_FIRST = re.compile(rf"\b{_WILL} {_HE}{_GOING} {_KILL}\b(?: \w+){{0,2}}? {_IF_TELL}{_ENDS}")
_TELL_FIRST = re.compile(rf"{_IF_TELL}(?: yna| wedyn)? {_WILL} {_HE}{_GOING} {_KILL}\b")

#: "argyfwng" alone, or with a cry for help
_EMERGENCY = re.compile(
    r"(?:(?:help|plis|pls|helpwch|mae n|mae hyn yn|ma hyn yn|man) )*"
    r"(?:argyfwng|argyfwn|argyfwg|argyfyngus)(?: (?:plis|pls|help|helpwch|helpwch fi))*"
)


def in_danger(clauses: list[str], past: re.Pattern[str]) -> bool:
    """``clauses`` (``clean_text``) say in Welsh a threat to kill if told, or "argyfwng"
    alone, in a clause not of the ``past``."""
    now = [c.strip() for c in clauses if c.strip() and not past.search(c)]
    if any(_THREAT_FIRST.search(c) or _TELL_FIRST.search(c) for c in now):
        return True
    return len(now) == 1 and _EMERGENCY.fullmatch(now[0]) is not None
