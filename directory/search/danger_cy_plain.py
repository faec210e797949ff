"""(w55cy, check58 findings 2 and 4) Danger now said in Welsh in three plain shapes the English
twins are read in ("im not safe", "i dont feel safe at home", "my uncle is in her room now",
"he keeps me in the house and wont let me leave"), which ``danger_cy`` missed:

- not safe, said simply (the whole clause, as ``danger_plain`` reads "im not safe"): "dwi ddim
  yn ddiogel", "dw i'm yn saff", "sa i'n saff nawr", "dydw i ddim yn teimlo'n ddiogel adref",
  "fi ddim yn saff gatre plis", "dwi'n teimlo'n anniogel", said north and south, with or
  without accents, and after who they are with "a" ("dwi'n fyddar a dwi ddim yn ddiogel").
  Not "dwi ddim yn siŵr" (not sure), not safe online or at school ("… ar y we", "… yn yr
  ysgol": a worry, as "im not safe online" in English is), not the past ("roeddwn i ddim yn
  ddiogel pan oeddwn i'n blentyn": ``danger_now`` drops a clause of the past);
- the one who harms in a girl's or the children's room, with "now" or "tonight" said, or
  fear: "mae fy ewythr yn ei hystafell hi nawr", "mae cariad ei mam yn ei llofft hi rŵan",
  "mae o yn eu hystafell nhw heno" (the possessive before the room, with its mutation: "ei
  hystafell", "eu hystafell"). Not a girl in her own room ("mae fy chwaer yn ei hystafell
  hi nawr"), nor his own ("mae o yn ei ystafell"), nor a habit with no time;
- kept in: "mae o'n fy nghadw i yn y tŷ a dydw i ddim yn cael gadael", "ma fe'n cadw fi yn
  y stafell", "mae hi'n fy nghadw i'n gaeth / dan glo": kept somewhere with not being let
  out said, held captive or under lock, or fear said. Not "dwi ddim yn cael mynd allan heno"
  alone (grounded: "im not allowed out tonight" is not read as danger in English either),
  nor keeping a secret or a promise ("cadw'r gyfrinach").

Over ``clean_text`` (lower case, no apostrophes or accents: "dwi'm" is "dwim", "teimlo'n" is
"teimlon", "tŷ" is "ty"); clauses of the past never reach here (``danger_now``).
"""

from __future__ import annotations

import re

#: I am not: "dwi ddim yn", "dydw i ddim yn", "dw i'm yn", "sa i'n", "smo fi'n", "fi ddim yn"
_I_NOT = (
    r"(?:(?:(?:dw i|dwi|dydw i|dydw|dw|rydw i|ydw i|fi|wi|rwy|rwyf i) )?(?:ddim|dim) yn"
    r"|dw i m yn|dw im yn|dwim yn|dwim|sa i ?n|sa in|sain|sai|sa fi ?n|sa fin|smo fi ?n|smo fin"
    r"|so fi ?n|so fin)"
)
#: feeling: "teimlo'n" ("teimlon" cleaned), "nheimlo'n"
_FEEL = r"(?:(?:teimlo|nheimlo|deimlo) ?n |teimlo yn )"
#: safe, soft-mutated or not, and the loan "saff"
_SAFE = r"(?:ddiogel|diogel|saff|safe)"
#: I am (feeling) unsafe: "dwi'n anniogel", "rwy'n teimlo'n anniogel"
_I_AM = r"(?:dw i|dwi|dw in|dwin|rydw i|rydw in|rwy|rwyn|wi|win|fi|fin|dw|ydw i)(?: ?n| yn)?"
#: what may follow, as ``danger_plain`` lets "at home", "here", "now", "please", "help" follow
_TAIL = (
    r"(?: (?:adref|adre|adra|gartref|gartre|gatre|getre|yn y ty|yn fy nghartref|yn y cartref|yn"
    r" fy stafell|yn fy ystafell|yn fy llofft|yn y stafell|yn y llofft|yma|fan hyn|fama|fan yma"
    r"|nawr|rwan|heno|ar hyn o bryd|rwan hyn|reit nawr|o gwbl|ddim mwy|dim mwy|rhagor|mwyach"
    r"|plis|pls|help|helpwch fi|helpa fi|helpwch|iawn|chwaith))*"
)
#: a cry before it: "help", "plis"
_CRY = r"(?:(?:help|plis|pls|helpwch fi|helpa fi|helpwch) )*"
_NOT_SAFE = re.compile(
    rf"{_CRY}(?:{_I_NOT} (?:{_FEEL})?{_SAFE}|{_I_AM} (?:{_FEEL})?anniogel){_TAIL}"
)
#: "and", where a clause says who they are first: "dwi'n fyddar a dwi ddim yn ddiogel"
_AND = re.compile(r" (?:a|ac) ")


def _not_safe(cleaned: str) -> bool:
    """The whole clause, or its last part after "a", says "I am not safe" plainly."""
    parts = [cleaned.strip(), _AND.split(cleaned.strip())[-1]]
    return any(_NOT_SAFE.fullmatch(part) for part in parts)


#: now, tonight, as said north and south
_NOW = r"(?:nawr|rwan|heno|ar hyn o bryd|rwan hyn|reit nawr|yr eiliad hon|ar y funud)"
#: the one who may harm, by role, with the mutations after "fy" (my) and "ei" (her): "fy
#: ewythr", "ei hewythr", "fy nhad", "ei thad", "cariad ei mam", "y dyn drws nesa", "athro"
_ROLE = (
    r"(?:ewythr|hewythr|ewyrth|hewyrth|wncwl|yncl|llystad|llysdad|lystad|cefnder|gefnder"
    r"|nghefnder|chefnder|athro|hathro|dyn|tad|dad|nhad|thad|taid|nhaid|thaid|tadcu|tad cu|bamp"
    r"|brawd|mrawd|frawd|llysfrawd|cymydog|gymydog|nghymydog|chymydog|partner|cariad|chariad"
    r"|nghariad|gariad)(?: (?:mam|fam|ei mam|ei fam|fy mam|hi|fi|i|o|drws nesa|drws nesaf))?"
)
_HE = rf"(?:e|o|fe|fo|(?:(?:fy|ei|y|yr|r) )?{_ROLE})"
#: her or their room or bed, the possessive before it: "ei hystafell (hi)", "ei llofft hi",
#: "eu hystafell nhw", "yn stafell hi" as said
_HER_ROOM = (
    r"(?:(?:ei|i) (?:hystafell|hstafell|hstafel|hystafel)(?: hi)?"
    r"|(?:ei|i|yn) (?:ystafell|stafell|llofft|gwely|ngwely) hi"
    r"|eu (?:hystafell|hstafell|llofft|gwely|gwelyau)(?: nhw)?)"
)
_IN_HER_ROOM = re.compile(
    rf"\b(?:(?:mae|ma) {_HE}|(?:maer|mar) {_ROLE})(?: i)? (?:yn|mewn|yng) (?:{_HER_ROOM})\b"
)


def _in_her_room(cleaned: str, feared: bool) -> bool:
    """He (by role) is in her or their room, with now or tonight said, or fear."""
    found = _IN_HER_ROOM.search(cleaned)
    if found is None:
        return False
    return feared or re.search(rf"\b{_NOW}\b", cleaned) is not None


#: kept somewhere: "mae o'n fy nghadw i yn y tŷ", "ma fe'n cadw fi yn y stafell"
_KEPT = re.compile(
    r"\b(?:(?:mae|ma|maen) (?:e|o|fe|fo|hi|nhw|fy \w+|\w+ fi)(?: ?n| yn)|maen|mae n|man)"
    r" (?:fy nghadw|nghadw|cadw fi"
    r"|cadw ni|ein cadw|cadw mi)(?: i| fi)?(?P<where> (?:(?:yn|mewn) (?:y|yr|fy|ei|r)? ?(?:ty"
    r"|fflat|stafell|ystafell|llofft|car|garafan|sied|cartref|nghartref|nhy)|yma|i mewn|fan hyn"
    r"|fama|n gaeth|in gaeth|yn gaeth|gaeth|dan glo|o dan glo|wedi cloi))"
)
#: not let out: "dydw i ddim yn cael gadael", "dwi'm yn cael mynd allan", "sa i'n cael mynd"
_NOT_LET = re.compile(
    rf"\b{_I_NOT} (?:cael|cal|gael) (?:gadael|gadel|gadal|adael|mynd|fynd|dianc)\b"
)
_HELD = re.compile(r"\b(?:gaeth|dan glo|wedi cloi)\b")


def _kept_in(cleaned: str, feared: bool) -> bool:
    """Kept somewhere, with not being let out said, held captive, or fear."""
    found = _KEPT.search(cleaned)
    if found is None:
        return False
    return feared or bool(_NOT_LET.search(cleaned) or _HELD.search(found.group("where")))


def said_plainly_cy(cleaned: str, feared: bool) -> bool:
    """A clause (``clean_text``, not of the past) tells in plain Welsh that the asker or a
    child with them is in danger now: not safe, him in her room now, kept in."""
    return _not_safe(cleaned) or _in_her_room(cleaned, feared) or _kept_in(cleaned, feared)
