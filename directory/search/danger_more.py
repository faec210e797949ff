"""(w60danger, check61 finding 3) Danger now said in still other ways, each read as a kind of
thing people say, not as one sentence:

- harm under way to someone named without "my": "hes choking mam", "she is hitting nan";
- harm heard from the next room: "i can hear my brother screaming";
- someone at a door or window from outside: "somebody is rattling the front door handle";
- someone coming with a weapon: "my ex is coming over with a bat";
- someone where they live, watching them: "theres a bloke at my window staring at me";
- an attack just got away from, with where they are now: "he grabbed me and i ran, im in a
  shop";
- the asker with a weapon, meaning harm: "ive got a blade and im going to stab her", "im at
  her flat with a knife";
- Welsh kept in: "mae fy ngŵr yn fy nal i yn y fflat", "mae e'n cadw fi yn y tŷ";
- a clause begun with what the asker is ("i am deaf and ...", "im blind so ...") read without
  it, so what follows is read as it is alone.

Over ``clean_text`` clauses; a clause of the past ("used to", "years ago") is not read.
"""

from __future__ import annotations

import re

from .danger_near import WHO

_IS = r"(?: is| s| are)?"
#: kin named without "my", as people say them: "mum", "nan"
_KIN = (
    r"(?:mum|mam|mom|mummy|mother|dad|daddy|nan|nana|nanna|gran|granny|grandma|grandad|sis|"
    r"bro|auntie|aunty)"
)
_WEAPON = r"(?:knife|knives|gun|blade|machete|hammer|bat|axe|weapon|crowbar|screwdriver)"
_HOME = (
    r"(?:garden|back garden|front garden|window|bedroom window|door|back door|front door|yard|"
    r"drive|driveway|house|flat|car|porch|doorstep|room)"
)
_NOW = r"(?:right now|now|rn|atm|at the moment|tonight|just now)"

_UNDER_WAY = re.compile(
    rf"{WHO}{_IS} (?:strangling|choking|hitting|beating|battering|stabbing|attacking|raping|"
    rf"hurting|punching|kicking|smothering|suffocating) {_KIN}\b"
)
_HEARD = re.compile(
    r"\bi (?:can|could) (?:hear|here) (?:my \w+|her|him|them|someone|somebody|" + _KIN + r")"
    r" (?:screaming|scream|being (?:hit|hurt|beaten|attacked)|begging|crying for help|"
    r"shouting for help|yelling for help)\b"
)
_AT_THE_DOOR = re.compile(
    rf"{WHO}{_IS} (?:trying|rattling|trying to open|pulling at|pulling on|jiggling|testing) "
    r"(?:the|my|our) (?:front |back |side |bedroom |bathroom |kitchen |patio |flat )?"
    r"(?:door|doors|window|windows)(?: handle| handles| lock)?\b(?! of\b)"
)
_COMING_ARMED = re.compile(
    rf"{WHO}{_IS} (?:coming|on (?:his|her|their) way|heading)(?: \w+){{0,3}}? with (?:a|an|his|"
    rf"her|their) {_WEAPON}\b"
)
_WATCHING = re.compile(
    rf"(?:\bthere is|\btheres|\bthere s|{WHO}{_IS}) (?:\w+ ){{0,2}}?(?:in|outside|at|by|through)"
    rf" (?:my|the|our) {_HOME}(?: \w+){{0,2}}? (?:watching|staring at|looking at|looking in at|"
    r"peering at|filming) (?:me|us)\b"
)
_GOT_AWAY = re.compile(
    rf"{WHO} (?:pinned|held|grabbed|dragged|attacked|jumped|tried to rape|tried to strangle|"
    r"tried to grab|forced)\b(?: \w+){0,4}? (?:and|but|so) i (?:got away|escaped|ran|ran off|"
    r"ran away|got out|managed to get away)\b"
)
_WHERE_NOW = re.compile(
    r"\b(?:im|i am|i m) (?:in|on|at|outside|hiding|sat|sitting|standing|stood|out|walking|"
    rf"running)\b|\b{_NOW}\b"
)
_ARMED_SELF = re.compile(
    rf"\b(?:i have|ive got|i ve got|i have got|i got|im holding|i am holding|im carrying|"
    rf"i am carrying|with) (?:a|an|my|his|her) {_WEAPON}\b"
)
_MEANING_HARM = re.compile(
    r"\b(?:want|wanna|going|gonna|about|ready|planning) (?:to )?(?:hurt|kill|stab|attack|"
    r"slash|get|do) (?:him|her|them|someone|somebody)\b"
    r"|\b(?:im|i am|i m) (?:outside|at|in) (?:his|her|their) (?:house|flat|door|place|work|"
    r"street)\b"
)
#: Welsh kept in: "yn fy nal i yn y tŷ" (holding me in the house), "cadw fi yn y tŷ"
_KEPT_IN_CY = re.compile(
    r"\b(?:fy |n )?nal (?:i |fi )?(?:yn y (?:ty|tŷ|stafell|ystafell|fflat|car|llofft)|yma|"
    r"mewn|i mewn)\b"
    r"|\bcadw (?:fi|i|mi|ni) (?:yn y (?:ty|tŷ|stafell|ystafell|fflat|car|llofft)|yma|mewn|"
    r"i mewn)\b"
)
#: what the asker is, said first: "i am deaf and", "im in a wheelchair so"
_SELF_TOLD = re.compile(
    r"^(?:i am|im|i m) (?:deaf|blind|disabled|autistic|partially sighted|hard of "
    r"hearing|in a wheelchair|a wheelchair user|on my own|alone|home alone) (?:and|so|but) "
)


def in_danger(clauses: list[str], past: re.Pattern[str]) -> bool:
    """``clauses`` (``clean_text``) tell of danger now in one of the ways above, in clauses
    not of the ``past``."""
    now = [c.strip() for c in clauses if c.strip() and not past.search(c)]
    text = " ".join(now)
    readers = (_UNDER_WAY, _HEARD, _AT_THE_DOOR, _COMING_ARMED, _WATCHING, _KEPT_IN_CY)
    if any(reader.search(text) for reader in readers):
        return True
    if _GOT_AWAY.search(text) and _WHERE_NOW.search(text):
        return True
    return bool(_ARMED_SELF.search(text) and _MEANING_HARM.search(text))


def without_self_told(cleaned: str) -> str:
    """``cleaned`` (one clause) without what the asker is, said first ("i am deaf and ..."):
    the rest is then read as if said alone."""
    return _SELF_TOLD.sub("", cleaned)
