"""(w53cyothers, twenty-first Welsh review F3, F4) Someone else on the bridge about to jump,
or someone else's plan said in Welsh: "my friend is on the bridge now saying she will jump",
"mae fy ffrind ar y bont rŵan yn deud bod hi am neidio", "mae fy mrawd yn mynd i neidio oddi
ar y bont heno", "ma ffrind fi'n mynd i gymryd overdose heno".

The English "on a bridge" was read, "on the bridge" was not; the Welsh "am neidio" (means to
jump) with the bridge brought no Samariaid. The Welsh plan said of someone else was read only
as the asker's own ("Perygl i'ch bywyd nawr?"). These are read as someone else's intent
(``crisis_others.others_suicide``): Samariaid into the talk box and, said as now or tonight,
"Perygl i fywyd rhywun nawr? Ffoniwch 999." (``others_now``). Only when the last person named
before them is someone else (``subject_other.someone_elses``): "dw i ar y bont" is the asker's
own (``plan_now``).

Over ``clean_text`` (lower case, accents folded: "rŵan" is "rwan").
"""

from __future__ import annotations

import re
from itertools import chain

from .end_life_cy import OTHERS_END_CY
from .own_spoken_cy import EDGE_CY, GOODBYE_SENT_CY
from .subject_other import someone_elses

#: on the bridge, ledge, roof or cliff, and jumping after it, in English and Welsh (ar y bont,
#: ar ben y to, ar y dibyn: on the bridge, on top of the roof, on the edge)
_ON_THE_EDGE = re.compile(
    r"\b(?:on|ar) (?:the |a |y |yr |ben y |top of (?:the|a) )?(?:edge of (?:the|a) )?(?:bridge"
    r"|ledge|roof|cliff|cliff edge|railway|tracks|bont|dibyn|clogwyn|to|rheilffordd|trac)\b"
    r"(?: \w+){0,10}? (?:jump|jumping|neidio|neid)\b"
)
#: a plan said in Welsh: mynd i, am, ar fin (going to, means to, about to) jump, take an
#: overdose or the tablets, hang, drown or throw himself or herself
_PLAN_CY = re.compile(
    # (w54cyown, welsh22 F3) threatening to: "bygwth neidio oddi ar y bont"
    r"\b(?:mynd i|am|ar fin|bygwth|fygwth) (?:neidio\b"
    r"|(?:gymryd|lyncu|lyncur|cymryd|llyncu) (?:\w+ ){0,3}?"
    r"(?:gorddos|orddos|overdose|od|tabledi|dabledi|pils|bils)\b|(?:grogi|hongian|hongio|foddi"
    r"|boddi|daflu|taflu"
    # (w61cy, welsh25 F1) unmutated after "bygwth" ("bygwth crogi ei hun"), and killing or
    # taking one's life: "mynd i ladd ei hunan", "am ladd ei hun", "cymryd ei bywyd"
    r"|crogi|ladd|lladd) (?:ei|eu) (?:hun|hunan|hunain)\b"
    r"|(?:gymryd|cymryd) (?:ei|eu) (?:bywyd|fywyd|bywydau)\b"
    rf"|{OTHERS_END_CY})"  # (w56cy) "am wneud amdani ei hun"
)
#: (w61cy, welsh25 F1) meant, said once, as the English "says she is going to kill herself"
#: warns with no time: "mynd i", "am", "ar fin" (going to, means to, about to) and killing
#: oneself, an overdose or doing away with oneself; not "bygwth" (threatening: a time is
#: needed, as for "is threatening to kill himself") but for a way named, not talk of it
#: ("siarad am", "sôn am", "meddwl am": talking, thinking about), not denied or past
_MEANT_CY = re.compile(
    r"(?<!siarad )(?<!son )(?<!meddwl )(?<!feddwl )(?<!poeni )(?<!becso )(?<!sgwennu )"
    r"(?<!jocian )(?<!jocio )(?<!sgwrsio )\b(?:(?:mynd i|am|ar fin) "
    r"(?:(?:ladd|lladd) (?:ei|eu) (?:hun|hunan|hunain)"
    r"|(?:gymryd|cymryd) (?:ei|eu) (?:bywyd|fywyd|bywydau)"
    r"|(?:gymryd|lyncu|cymryd|llyncu) (?:gorddos|orddos|overdose|od)"
    rf"|{OTHERS_END_CY})"
    # (w64cy, welsh26 F4) a way named, threatened too, as "my son is threatening to hang
    # himself" warns with no time: "mae fy mab yn bygwth crogi ei hun", "mynd i foddi ei hun"
    r"|(?:mynd i|am|ar fin|bygwth|fygwth) (?:crogi|grogi|hongian|hongio|boddi|foddi|gwenwyno"
    r"|wenwyno|taflu|daflu) (?:ei|eu) (?:hun|hunan|hunain)"
    # (w64life, check63 F1) the future: "y bydd o'n lladd ei hun" (that he will kill himself),
    # "bydd hi'n lladd ei hunan", "neith o ladd ei hun", "wnaiff hi gymryd ei bywyd"
    r"|\b(?:bydd|fydd|bydde|fydde|byddai|fyddai|gwneith|wneith|neith|gwnaiff|wnaiff|naiff"
    r"|gwnith|wnith|nith) (?:(?:o|e|hi|fo|fe|nhw)n|(?:o|e|hi|fo|fe|nhw)(?: yn)?) "
    r"(?:(?:ladd|lladd) (?:ei|eu) (?:hun|hunan|hunain)|(?:gymryd|cymryd) (?:ei|eu) (?:bywyd"
    r"|fywyd|bywydau)))\b"
)
#: not meant: denied ("dyw hi ddim yn mynd i", "fyddai hi byth"), or the past ("oedd hi'n
#: mynd i": was going to)
_DENIED_OR_WAS = re.compile(
    r"\b(?:ddim|dim|byth|erioed|nid|nad|oedd|roedd|odd|oeddan|oedden|trio|drio)\b(?: \w+){0,3} ?$"
)


_NOW_CY = re.compile(rf"{GOODBYE_SENT_CY}|{EDGE_CY}")
#: (w64cy, welsh26 F4) something taken, in Welsh, for ``others_unresponsive``: "yn anymwybodol
#: ar ôl cymryd pils" (unconscious after taking pills), "wedi llyncu rhywbeth", "yfed fodca"
TAKEN_CY = (
    r"\b(?:cymryd|gymryd|chymryd|llyncu|lyncu|cymerodd|gymerodd|llyncodd|lyncodd|yfed|yfodd"
    r"|ar ol|wedi|di)(?: \w+){0,3}? (?:rhywbeth|rywbeth|pils|bils|tabledi|dabledi|cyffuriau"
    r"|gyffuriau|drygs|drugs|overdose|gorddos|orddos|paracetamol|barasetamol|meds|moddion"
    r"|foddion|fodca|vodka|cannydd|bleach|pills|tablets)\b"
)
#: a threat to keep the asker quiet ("os dw i'n deud"), or the past ("llynedd")
_IF_OR_PAST = re.compile(
    r"^(?: \w+){0,4} (?:os|oni bai|if)\b|^(?: \w+){0,5} (?:llynedd|flynyddoedd|blynyddoedd)"
)

#: years ago or last year, said before: "roedd o'n dweud flynyddoedd yn ôl"
_YEARS_AGO = re.compile(r"\b(?:llynedd|flynyddoedd|blynyddoedd)\b")


def others_plan(cleaned: str) -> re.Match[str] | None:
    """Someone else on the bridge about to jump, or someone else's plan said in Welsh, in
    ``cleaned`` (``clean_text``); None when the last person named before it is the asker;
    (w54cyown) or their goodbye sent, or them on the edge of a cliff (``others_now_cy``)."""
    for found in chain(_ON_THE_EDGE.finditer(cleaned), _PLAN_CY.finditer(cleaned)):
        if someone_elses(cleaned[: found.start()]):
            return found
    return others_now_cy(cleaned)


def others_meant_cy(cleaned: str) -> re.Match[str] | None:
    """(w61cy, welsh25 F1) Someone else's intent to kill themselves said once in Welsh, with no
    time (``_MEANT_CY``): "mae'n ffrind i'n deud bod hi'n mynd i ladd ei hun", "mae nghariad
    yn dweud ei fod o am ladd ei hun"; None for the asker's own, denied, past or a threat
    made "os" (if)."""
    for found in _MEANT_CY.finditer(cleaned):
        before = cleaned[: found.start()]
        if _DENIED_OR_WAS.search(before) or _IF_OR_PAST.match(cleaned[found.end() :]):
            continue
        if _YEARS_AGO.search(before):  # (w64life) "roedd o'n dweud flynyddoedd yn ol y bydd"
            continue
        if someone_elses(before):
            return found
    return None


def others_now_cy(cleaned: str) -> re.Match[str] | None:
    """(w54cyown, welsh22 F3) Someone else's goodbye message sent, or them on the edge of a
    cliff or bridge, in ``cleaned`` (``clean_text``): their life at risk now, as "my friend
    sent a goodbye message" is; None for the asker's own, the past or a threat made "os"."""
    for found in _NOW_CY.finditer(cleaned):
        if _IF_OR_PAST.match(cleaned[found.end() :]):
            continue
        if someone_elses(cleaned[: found.start()]):
            return found
    return None
