"""(w56cy, twenty-third Welsh review F2) Danger now said in Welsh in three more shapes, read as
their English twins are ("hes hitting me right now", "i think im in danger", "im scared hes
going to kill me"):

- hitting said with the English verb young people put into Welsh, with "now" or a cry for
  help: "ma fe'n hitting fi right now", "mae o'n punchio fi rwan", "ma fe'n beatio fi lan
  nawr" (not "ma fe'n beatio fi ar fifa": a game won);
- in danger said after "that I" as written Welsh and the north say it: "dwi'n meddwl mod i
  mewn perygl", "rwy'n credu fy mod i mewn perygl" ("bo fi" was read; not "ddim yn meddwl mod
  i…": I don't think, nor "mewn perygl o golli…": in danger of losing);
- the fear that he will kill: "dwi'n ofni ei fod o'n mynd i fy lladd i", "ofn bod e'n mynd i
  ladd fi", "mae arna i ofn y bydd o'n fy lladd i" (not of someone killing themselves).

Before, none brought the 999 warning. Over ``clean_text`` (lower case, no apostrophes: "mae
o'n" is "mae on", "fe'n" is "fen"); ``danger_cy.welsh_danger_now`` has already set aside the
past ("roedd", "o'n i"), a threat made "os" and a general question before it asks here.
"""

from __future__ import annotations

import re

#: he, she, they, dad, with the progressive "yn" as cleaned: "on", "en", "fen", "mae dad yn"
_WHO_N = (
    r"(?:on|en|fen|fon|hin|nhwn|\w+ fin|(?:o|e|fe|fo|hi|nhw|dad|nhad|llystad|mam|fy \w+|\w+ fi)"
    r"(?: yn| n))"
)
#: hitting, the English verbs as typed in Welsh: hitting, beating, beatio, punchio, kickio
_LOAN_HIT = (
    r"(?:hitting|hittin|hittio|hito|beating|beatin|beatio|bitio|punching|punchio|pynsio|pyncho"
    r"|kicking|kickio|cicio|slapping|slappio|strangling|choking|chokio|hurting|hurtio|battering)"
)
#: me, us, mum: the one hit, and "lan" / "up" said after ("beatio fi lan", "beating me up")
_HIT = r"(?:fi|mi|ni|me|i|mam|mami|fy mam|mam fi|fy chwaer|chwaer fi|fy mrawd|brawd fi)"
#: now, or a cry for help: "right now", "nawr", "rwan", "plis help"
_NOW_OR_HELP = (
    r"\b(?:right now|now|nawr|rwan|rwan hyn|ar hyn o bryd|heno|yn syth|help|helpwch|helpa|plis"
    r"|pls)\b"
)
#: a game won, not a blow: "beatio fi ar fifa", "beating me at chess"
_GAME = re.compile(
    r"\b(?:ar|at|yn|in) (?:fifa|ffifa|fortnite|minecraft|chess|gwyddbwyll|gem|game|games|xbox"
    r"|pool|snwcer|snooker|cardiau|ras|race|pel droed|football)\b"
)
_HITTING_LOAN = re.compile(
    rf"\b(?:mae|ma|maen) {_WHO_N} {_LOAN_HIT} {_HIT}(?: lan| up| i fyny)?\b(?P<rest>.*)$"
)

#: in danger, as typed, after "that I": mod i, 'mod i, fy mod i, bod fi, bo fi
_DANGER = r"(?:perygl|peryg|perig|perigl|pergyl)"
_THAT_I = r"(?:(?:fy |n )?mod(?: i| fi| in)?|(?:bod|fod|bo) (?:i|fi)|mod)"
#: not: "dwi ddim yn meddwl mod i…", "sa i'n credu bo fi…" (I don't think that I…)
_NOT_THINK = re.compile(
    r"\b(?:ddim|dim|dwim|sain|sa in|smo fin|so fin|nid|nad)\b(?: \w+){0,3} (?:mod|fod|bod|bo)\b"
)
_THAT_I_IN_DANGER = re.compile(rf"\b{_THAT_I} mewn {_DANGER}\b(?! o\b)")

#: afraid, fearing: ofn, ofni, scared, poeni, mae arna i ofn
_AFRAID = r"(?:ofn|ofni|ofnus|scared|sgared|sgeard|poeni|becso|pryderu)"
#: that he will: ei fod o'n, bod e'n, y bydd o'n, bydd e'n, neith o
_THAT_HE = (
    r"(?:(?:ei |y |)(?:fod|bod|bydd|fydd|bydde|fydde) (?:on|en|fen|fon|hin|nhwn|(?:o|e|fe|fo|hi"
    r"|nhw|dad|fy \w+)(?: yn| n)?)|(?:neith|wneith|neiff|wnaiff) (?:o|e|fe|fo|hi|nhw|dad))"
)
#: kill me: fy lladd (i), ladd fi, lladd fi, 'n lladd i
_KILL_ME = r"(?:fy lladd|n lladd i|ladd fi|lladd fi|ladd i|ladd mi|lladd mi)\b"
_FEARS_KILLING = re.compile(
    rf"\b{_AFRAID}\b(?: \w+){{0,3}}? {_THAT_HE}(?: mynd i| am| isio| moyn| eisiau)? {_KILL_ME}"
)


def feared_now_cy(cleaned: str) -> bool:
    """A clause (``clean_text``, not of the past) tells in Welsh that the person asking is in
    danger now in one of these shapes: hitting said with an English verb and "now" or "help",
    "mod i mewn perygl", or fear that he will kill them."""
    found = _HITTING_LOAN.search(cleaned)
    if found is not None and not _GAME.search(cleaned) and re.search(_NOW_OR_HELP, cleaned):
        return True
    if _THAT_I_IN_DANGER.search(cleaned) and not _NOT_THINK.search(cleaned):
        return True
    return _FEARS_KILLING.search(cleaned) is not None
