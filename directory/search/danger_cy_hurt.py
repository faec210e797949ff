"""(w59cydanger, twenty-fourth Welsh review F4 and F5) Violence done now, said in Welsh as the
English twins are read (``danger_hurt``, ``danger_injury``, ``danger_told``): "hes stabbed
me", "im bleeding after he hit me", "hes choking me", "hes hitting me", "hes abusing me", "hes
following me home", "hes trying to break the door down", "my stepdad is coming up the stairs".
None brought "Mewn perygl nawr? Ffoniwch 999…" in Welsh, where each English twin did:

- stabbed or cut with a knife: "ma fe di stabio fi", "mae o wedi fy nhrywanu i", "ges i fy
  stabio", "nath e gwtio fi gyda cyllell" (someone cut me, not "torri fy mys efo cyllell": my
  own finger, cooking);
- bleeding with harm said: "dwi'n gwaedu ar ôl iddo fy nharo", "ma fe'n bwrw fi a dwi'n
  gwaedu" (not a bruise or a cut from rugby, a match or an accident);
- choked, with no time needed, as "hes choking me" is read: "mae o'n fy nhagu i", "ma fe'n
  stranglo fi", "ma'i ddwylo fe rownd fy ngwddw";
- hitting, abusing, stalking or following the asker, in the present with no time needed, as
  "hes hitting me" is read, spoken and borrowed verbs too ("ma fe'n bwrw fi", "mae o'n fy
  waldio i", "ma fe'n abiwsio fi", "ma fe'n stalkio fi", "ma fe'n dilyn fi adre"). Not a habit
  ("bob nos", "yn y nos"), years of it ("ers blynyddoedd": "hes been abusing me for years" is
  not read in English either), a game ("curo fi ar fifa"), a follow online or a little brother
  following them everywhere, a question ("os ydy o'n fy mwrw i");
- breaking in: "ma fe'n trio torri'r drws lawr", "ma fe'n trial torri mewn", "mae o'n trio dod
  mewn drwy'r ffenest" (not into a computer or an account, nor a door that is only stuck);
- coming up the stairs, said last or with a drink said ("ma llystad fi'n feddw a ma fe'n dod
  lan staer"), as "my stepdad is coming up the stairs" is read; not every night, nor with an
  errand said after ("mae dad yn dod lan staer i ddweud nos da");
- getting violent now or tonight: "ma fe'n mynd yn dreisgar heno".

Not the past: ``danger_now`` drops a clause with "roedd" or "flynyddoedd yn ôl"; this drops one
with "o'n i'n" ("pan o'n i'n 12", cleaned "pan on in 12") or "yn blentyn" too. Over
``clean_text`` (lower case, no apostrophes: "mae o'n" is "mae on", "torri'r" is "torrir").
"""

from __future__ import annotations

import re

from .apostrophes_cy import WAS_I_CY
from .danger_cy import _AT_NIGHT, _GAME, _HABIT, _HITTER_IS, _HITTING, _HITTING_MINE, _UPSTAIRS
from .danger_cy_said import _INTO_A_PLACE

#: the past said in Welsh as typed: "pan o'n i'n 12", "pan oeddwn i'n blentyn", "yn blentyn",
#: "ers blynyddoedd", "flynyddoedd yn ôl", "llynedd"
_PAST_CY = re.compile(
    rf"\b(?:pan (?:{WAS_I_CY}|oeddwn|oeddet|oedd|odd|on|o n)|{WAS_I_CY}|yn blentyn|fel plentyn"
    r"|yn fach|ers (?:blynyddoedd|blynydde|misoedd|misoedde|talwm|oes|oesoedd|pan)"
    r"|(?:flynyddoedd|blynyddoedd|flynydde|mlynedd) (?:yn ol|nol)|llynedd|y llynedd)\b"
)
#: me, us, as the one harmed
_ME = r"(?:fi|mi|ni)"
#: done: "wedi", "di", "newydd", "nath e", "wnaeth o", "ddaru o"
_DONE = r"(?:wedi|di|newydd|nath|naeth|wnaeth|ddaru)"
#: stabbed or slashed: "stabio fi", "fy nhrywanu", "ges i fy stabio"
_STABBED = re.compile(
    rf"\b{_DONE}(?: \w+){{0,3}}? (?:(?:stabio|stabbio|stabo|trywanu|drywanu|slasho|slashio"
    rf"|glasio) {_ME}|(?:fy|n|y) (?:stabio|stabbio|nhrywanu|slasho|slashio|nglasio))\b"
    r"|\b(?:ges|gesi|ces|cesi|gath|cath|wedi cael|di cael|newydd gael)(?: i| fi)?(?: fy| n| y)?"
    r" (?:stabio|stabbio|nhrywanu|slasho|slashio|nglasio|glasio)\b"
    # cut with a knife or glass: "cwtio fi gyda cyllell", "fy nhorri i efo gwydr"
    rf"|\b(?:(?:cwtio|cytio|torri|slasho|slashio) {_ME}|(?:fy|n) (?:nhorri|nghwtio|nghytio))"
    r"(?: i| fi)?(?: \w+){0,2}? (?:gyda|gydag|efo|hefo|a|gydar|efor|hefor) (?:chyllell|cyllell"
    r"|gyllell|llafn|blade|gwydr|wydr|potel|photel|siswrn)\b"
)
#: harm to them, said in any tense: "fy nharo", "bwrw fi", "iddo fy mrifo"
_HARMED = re.compile(
    rf"\b(?:{_HITTING_MINE}|{_HITTING} {_ME}|(?:fy|n) (?:nyrnu|nghicio|ngwthio|nhorri)"
    r"|(?:dyrnu|cicio|gwthio|wthio|pwsio|punchio|hitio|slapio) (?:fi|mi))\b"
)
_BLEEDING = re.compile(r"\b(?:(?:gwaedu|waedu|gwaedi)n?|yn waed i gyd|gwaed ym mhobman)\b")
#: a game, a sport, an accident: "gwaedu ar ôl gêm rygbi"
_SPORT = re.compile(
    r"\b(?:rygbi|rugby|pel droed|gem|gemau|ymarfer|hyfforddi|hoci|bocsio|jiwdo|judo|karate"
    r"|damwain|ddamwain|chwarae|match|tacl|tacla|taclo)\b"
)
#: choked: "mae o'n fy nhagu i", "ma fe'n stranglo fi", "ei ddwylo rownd fy ngwddw"
_CHOKED = re.compile(
    rf"{_HITTER_IS} (?:(?:fy|n) (?:nhagu|stranglo|strangio|nghrogi)|(?:tagu|stranglo|strangio"
    rf"|chokio|crogi|gwasgu fy ngwddw|gwasgu ngwddw) {_ME}?)\b"
    r"|\b(?:ddwylo|dwylo|ddwylo fe|ddwylo fo|law|llaw) (?:am|rownd|o gwmpas) (?:fy |y )?"
    r"(?:ngwddw|ngwddf|ngwddwg|ngwddwf)\b"
)
#: hitting, abusing, stalking or following the asker, under way: "ma fe'n bwrw fi", "mae o'n
#: fy waldio i", "ma fe'n abiwsio fi", "ma fe'n dilyn fi adre"
_AT_ME = re.compile(
    rf"{_HITTER_IS} (?:(?:{_HITTING}|abiwsio|abiwso|abusio|abiwsian|hitio|punchio|pynsio|"
    rf"beatio|kickio|slapio|stalkio|stalcio|stalko|stelcian|stelcio|dilyn) {_ME}"
    rf"|{_HITTING_MINE}|(?:fy|n) (?:abiwsio|nilyn|stalkio|stelcio|nyrnu))\b"
)
#: ... not everywhere, online, nor for fun: "dilyn fi i bobman", "dilyn fi ar insta"
_FOLLOWED_IN_PLAY = re.compile(
    r"\b(?:i bobman|bob man|o gwmpas|rownd y ty|fel ci bach|ar (?:y )?we|ar[ -]?lein"
    r"|ar (?:insta|instagram|tiktok|snapchat|snap|twitter|x|facebook|youtube)|ci|cath)\b"
)
#: a question or a condition, not a fact: "os ydy o'n fy mwrw i", "beth os"
_IF = re.compile(r"\b(?:os|beth os|be os|sut mae gwybod)\b")
#: breaking in: "trio torri'r drws lawr", "trial torri mewn", "trio dod mewn drwy'r ffenest"
_TRYING = r"(?:trio|trial|treial|treio|tryio|ceisio|cisio)"
_BREAKING_DOOR = re.compile(
    rf"\b{_TRYING} (?:torri|dorri|cicio|gicio|malu|falu|chwalu|bwrw|fwrw|bwsto|byrstio)"
    r"(?:r| r| y| yr| fy| n)? (?:drws|ddrws|ffenest|ffenestr|ffenestri)\b"
    rf"|{_HITTER_IS}(?: {_TRYING})? (?:dod|dringo|torri|cael) (?:i )?mewn (?:drwy|trwy|drw)"
    r"(?:r| r| y| yr|)? ?(?:ffenest|ffenestr|drws|drws cefn|drws ffrynt)\b"
)
_BREAKING_IN = re.compile(
    rf"\b{_TRYING} (?:torri|dorri|dod|cael|dringo) (?:i )?mewn\b(?P<rest>.*)$"
)
#: getting violent: "mynd yn dreisgar heno", "dechre mynd yn gas nawr"
_VIOLENT = re.compile(
    r"\b(?:mynd|dechre|dechrau|troi) (?:yn |n )?(?:dreisgar|treisgar|ymosodol|violent|wyllt)\b"
    r"(?: \w+){0,3}? (?:heno|nawr|rwan|rwan hyn|ar hyn o bryd|eto)\b"
)


def _hurt(clause: str) -> bool:
    """Stabbed, choked, or bleeding with harm said, in a clause not of sport."""
    if _STABBED.search(clause) or _CHOKED.search(clause):
        return True
    return bool(_BLEEDING.search(clause) and _HARMED.search(clause) and not _SPORT.search(clause))


def _at_me_now(clause: str) -> bool:
    """Hitting, abusing, stalking or following the asker, said as under way: not a habit,
    a game, a question, a follow online or in play."""
    if _AT_ME.search(clause) is None:
        return False
    if _HABIT.search(clause) or _AT_NIGHT.search(clause) or _GAME.search(clause):
        return False
    return not (_IF.search(clause) or _FOLLOWED_IN_PLAY.search(clause))


#: a door only stuck, or the asker locked out: "mae'r drws yn sownd", "wedi colli'r goriad"
_STUCK = re.compile(
    r"\b(?:sownd|sticio|jamio|ddim yn agor|cloi fy hun (?:allan|mas)|colli (?:fy |y |r )?"
    r"(?:allwedd|allweddi|goriad|agoriad))\b|\bcollir (?:allwedd|goriad)\b"
)
#: the asker trying, not someone else: "dwi'n trio torri mewn", "fi'n trial dod mewn"
_I_TRY = re.compile(rf"\b(?:dwi|dw i|dwin|fi|fin|wi|win|rwy|rwyn|dw in|ni|nin) ?n? {_TRYING}\b")


def _breaking_in(clause: str) -> bool:
    """Trying to break the door or window, or to get in, not into a system or an account,
    not the asker with a door only stuck."""
    if _STUCK.search(clause) or _I_TRY.search(clause):
        return False
    if _BREAKING_DOOR.search(clause):
        return True
    found = _BREAKING_IN.search(clause)
    return found is not None and _INTO_A_PLACE.match(found.group("rest")) is not None


#: nothing more said after the stairs but the time or a cry ("… dod lan staer nawr, help")
_STAIRS_END = re.compile(
    r"^(?: (?:nawr|rwan|rwan hyn|heno|eto|plis|pls|help|helpwch|helpa fi|ata i|ar fy ol"
    r"|i fy (?:stafell|ystafell|llofft)|i n stafell|i nstafell))*$"
)
#: drink or anger said: "feddw", "wedi meddwi", "yn flin", "gweiddi"
_DRUNK_OR_ANGRY = re.compile(
    r"\b(?:feddw|meddw|meddwi|chwil|gwyllt|wyllt|flin|grac|gynddeiriog|gweiddi|sgrechian"
    r"|rhegi|dreisgar)\b"
)


def _coming_up(clause: str) -> bool:
    """Coming up the stairs or into their room (``danger_cy._UPSTAIRS``) with nothing more
    said after, or with drink or anger said; not every night, nor with an errand ("i ddweud
    nos da", "efo fy nhe")."""
    found = _UPSTAIRS.search(clause)
    if found is None or _HABIT.search(clause) or _AT_NIGHT.search(clause) or _IF.search(clause):
        return False
    return bool(_STAIRS_END.match(clause[found.end() :]) or _DRUNK_OR_ANGRY.search(clause))


def in_danger(clauses: list[str], past: re.Pattern[str]) -> bool:
    """``clauses`` (``clean_text``) tell in Welsh of violence done to the asker now, in a
    clause not of the ``past`` (nor of the Welsh past as typed, ``_PAST_CY``)."""
    now = [c for c in clauses if not past.search(c) and not _PAST_CY.search(c)]
    return any(
        _hurt(c) or _at_me_now(c) or _breaking_in(c) or _coming_up(c) or _VIOLENT.search(c)
        for c in now
    )
