"""(w53cyown, twenty-first Welsh review F5, F6; forty-second walk-through F2) One's own wish
to die, self-harm and despair of living, said the other spoken ways Wales says them, read as
their English twins are.

- A wish to die (``INTENT_MORE_CY``: the life-at-risk warning, ``suicide_intent``, and
  Samariaid): "dwi'n teimlo fel lladd fy hun" (feel like killing myself), "teimlo fel marw"
  (feel like dying), "fyswn i'n well off wedi marw" (I'd be better off dead), "sai'n gweld
  pwynt bod yn fyw" (I don't see the point in being alive), "byddai pawb yn well hebdda i"
  (everyone would be better off without me). Before, these brought no warning, and some no
  Samariaid either, where "i feel like killing myself" and "id be better off dead" brought both.
- A plan said without the words of suicide (``PLAN_MORE_CY``, warning too): a note written and
  going to the bridge, the cliff or the railway ("dwi wedi sgwennu nodyn a dwi am fynd i'r bont
  heno"). A man abused as a child who said this was warned of a recent assault ("heno",
  tonight, read as its time) and shown no suicide line. Its time, and that of a wish set for
  tonight ("dwi am ladd fy hun heno"), is not an assault's (``without_own_time_cy``).
- Self-harm and despair (``WORDS_MORE_CY``: Samariaid only, no warning, as in English):
  "dwi di bod yn torri (fy mreichiau)" (been cutting my arms), "isie neud dolur i fi'n hunan"
  (want to hurt myself), "isio cysgu a peidio deffro / byth dihuno" (sleep and never wake
  up), "wedi cael llond bol ar fyw" (fed up of living).

Not "torri fy mraich" (broke my arm), "llond bol ar yr ysgol" (fed up of school), "teimlo fel
crio" (feel like crying), "dwi ddim yn teimlo fel marw", nor, for the warning, someone else's
words (``suicide_intent`` reads who said them).

Patterns (strings) over ``clean_text`` (lower case, no apostrophes: "dwi'n" is "dwin",
"fi'n hunan" is "fin hunan", "i'r bont" is "ir bont").
"""

from __future__ import annotations

import re

from .end_life_cy import INTENT_END_CY, WORDS_END_CY
from .life_cy import INTENT_LIFE_CY, WORDS_LIFE_CY
from .method_cy import METHOD_ASKED_CY
from .own_spoken_cy import INTENT_SPOKEN_CY, WORDS_SPOKEN_CY

#: oneself, the spoken ways too: fy hun(an), 'n hun(an), fi'n hun(an), i'n hun(an)
_SELF = r"(?:fy hun|fy hunan|fy hunain|n hun|n hunan|fin hun|fin hunan|fi n hun|fi n hunan"
_SELF += r"|in hun|in hunan|i n hun|i n hunan|min hun|min hunan)"
#: not: "dwi ddim yn teimlo fel", "sai'n teimlo fel" (I don't feel like)
_NOT_FEEL = r"(?<!ddim yn )(?<!dim yn )(?<!ddim n )(?<!sain )(?<!sa in )(?<!smo fin )(?<!dwim yn )"
#: feel like: teimlo fel, "teimlo fel bo fi isio" is read by ``suicide_intent`` already
_FEEL_LIKE = rf"{_NOT_FEEL}\b(?:teimlo|deimlo|nheimlo|teimlon) (?:fel|fatha|fath a)"
#: the act, after "teimlo fel": lladd fy hun, marw (not "marw o gywilydd": dying of shame),
#: rhoi diwedd ar y cyfan, cymryd fy mywyd
_ACT = (
    rf"(?:lladd|ladd) {_SELF}|(?:marw|farw)\b(?! o | ar | efo | gyda | chwerthin)"
    r"|(?:rhoi|roi) diwedd ar (?:y cyfan|fy mywyd|bopeth|bob dim|y cwbl)"
    r"|(?:cymryd|gymryd) fy mywyd|diflannu am byth"
)
#: better off dead, of oneself: "fyswn i'n well off wedi marw", "byddwn i'n well yn farw",
#: "bydda i'n well off marw"; "in" is "i'n" cleaned
_I_BETTER = (
    r"\b(?:in|i n|i yn|fin|fi n|fi yn|min|mi yn)(?: lot| llawer| gymaint| mil)? (?:well|gwell)"
    r"(?: off)? (?:wedi marw|yn farw|n farw|marw|wedi mynd)\b"
)
#: everyone better off without me: byddai pawb / y teulu / y plant yn well (off) hebdda i
_WITHOUT_ME = (
    r"\b(?:pawb|bawb|y teulu|teulu|y plant|plant|fy nheulu|fy mhlant|pobl|nhw)(?: n| yn|n)"
    r"(?: lot| llawer)? (?:well|gwell)(?: off)? (?:hebdda i|hebddo i|hebddo fi|hebdda fi"
    r"|hebddai|heb fi|hebddof fi|heb i fi|os bydda i wedi mynd|taswn i wedi marw"
    r"|tasen i wedi marw|petawn i wedi marw|pe bawn i wedi marw)\b"
)
#: living, being alive, going on: byw, fyw, bod yn fyw, bod yma, cario mlaen
_LIVE = (
    r"(?:mewn |i |i mi |i fi |imi |ifi |yn )?(?:byw|fyw|bod yn fyw|bod yma|bodoli|cario mlaen"
    r"|cario ymlaen|gario mlaen|gario ymlaen|mynd ymlaen|fynd ymlaen|deffro|dihuno)\b"
)
#: not seeing the point: sai'n gweld, dw i ddim yn gweld, dwi'm yn gweld, smo fi'n gweld,
#: methu gweld, ffili gweld, alla i ddim gweld
_NOT_SEE = (
    r"\b(?:sain|sa in|sa i n|sai|ddim yn|dim yn|dwim yn|dwim|smo fin|smo fi yn|so fin|ddim|dim"
    r"|methu|ffaelu|ffili|fethu) (?:gweld|weld)"
)
_NO_POINT_SEEN = rf"{_NOT_SEE} (?:unrhyw |dim |y |r |yr )?(?:pwynt|bwynt|rheswm) {_LIVE}"
#: the wish to die, said these ways: the warning and Samariaid
INTENT_MORE_CY = (
    rf"{_FEEL_LIKE} (?:{_ACT})|{_I_BETTER}|{_WITHOUT_ME}|{_NO_POINT_SEEN}"
    # wanting to kill oneself, with "fi'n hunan": "dw i isie lladd fi'n hunan"
    r"|(?<!ddim )(?<!dim )(?<!sa i )(?<!sai )(?<!smo fi )\b(?:eisiau|isio|isho|isie|ishe|moyn"
    r"|mofyn|am|mynd i|n mynd i) (?:lladd|ladd) (?:fin hun|fin hunan|fi n hun|fi n hunan"
    r"|in hunan|i n hunan|min hunan)\b"
    rf"|{INTENT_SPOKEN_CY}"  # (w54cyown) "wi moyn lladd 'yn hunan", "dwi'n planio lladd fy hun"
    rf"|{METHOD_ASKED_CY}"  # (w55cy) "sut i ladd fy hun", "faint o dabledi i farw"
    rf"|{INTENT_END_CY}"  # (w56cy) "rhoi terfyn ar fy mywyd", "gwneud amdanaf fy hun"
    rf"|{INTENT_LIFE_CY}"  # (w59cylife) "killio fy hun", "barod i farw", "cynllun i farw"
)

#: a note written (not a goodbye said: any note) or goodbyes said
_NOTE_WRITTEN = (
    r"\b(?:(?:wedi|newydd|di|nes i|wnes i|mi wnes i|wnaes i) (?:ysgrifennu|sgrifennu|sgwennu"
    r"|ysgwennu|sgwenu|sgwennu|sgrifenu|gadael|adael)|ysgrifennais|sgwennais|sgwenes|gadewais)"
    r" (?:\w+ )?(?:nodyn|nodiadau|llythyr|llythyrau|lythyr|neges|negeseuon)"
    r"|\b(?:wedi|di|newydd) (?:ffarwelio|deud ta ta|dweud hwyl fawr|deud hwyl fawr|ddweud hwyl"
    r" fawr|ddeud hwyl fawr)"
)
#: going to a place to end it: the bridge, the cliff, the railway, the sea
_TO_THE_EDGE = (
    r"(?:mynd|fynd|gyrru|yrru|dreifio|cerdded|gerdded) (?:i|ir|at|at y|i ben|i ben y|lawr ir"
    r"|lawr at y|draw ir|fyny ir|lan ir) ?(?:bont|pont|clogwyn|clogwyni|dibyn|traciau|trac"
    r"|rheilffordd|reilffordd|lein|mor|afon|to|maes parcio aml ?lawr)\b"
)
#: the plan: a note written, then going to the edge, in one sentence
PLAN_MORE_CY = rf"(?:{_NOTE_WRITTEN})(?: \w+){{0,8}}? {_TO_THE_EDGE}"

#: self-harm and despair of living said these ways: Samariaid, no warning
WORDS_MORE_CY = (
    # been cutting: "dwi di bod yn torri (fy mreichiau)", with no object or a body's part
    r"\b(?:wedi|di|n) bod yn (?:torri|dorri)(?: fy (?:mreichiau|mraich|nghoesau|nghoes"
    r"|arddwrn|arddyrnau|ngarddwrn|nghluniau|nghlun|nghorff|nghroen)| eto| ers| bob)*"
    r"(?= *$| (?:a|ac|ond|dwi|dw|a dw|eto|ers|bob|eto|ar|yn|efo|gyda|hefo)\b)"
    # cutting my arms, legs, thighs (plural: "torri fy mraich" is a broken arm)
    r"|\b(?:torri|dorri|thorri|llosgi|losgi) fy (?:mreichiau|nghoesau|nghluniau|arddyrnau)\b"
    # hurting oneself, the spoken ways: neud / gwneud dolur / niwed i fi'n hunan; brifo
    # fi'n hun
    rf"|\b(?:neud|gwneud|wneud|neith|gneud|ngwneud) (?:dolur|niwed|loes) (?:i |)?{_SELF}\b"
    r"|\b(?:brifo|frifo|niweidio|anafu|torri|dorri|llosgi|losgi) (?:fin hun|fin hunan|fi n hun"
    r"|fi n hunan|in hunan|i n hunan)\b"
    # to sleep and never wake: cysgu a peidio / pheidio / byth deffro / dihuno, cysgu am byth
    r"|\b(?:cysgu|gysgu) (?:a|ac) (?:peidio|pheidio|byth|bythn|byth yn|byth eto|peidio byth)"
    r"(?: \w+)? (?:deffro|dihuno|ddeffro|ddihuno)\b"
    r"|\b(?:isio|eisiau|isie|moyn|isho|eisie) (?:cysgu|gysgu) am byth\b"
    # fed up of, tired of living: llond bol ar fyw, wedi cael digon ar fyw, wedi blino ar fyw
    r"|\b(?:llond bol|lond bol|llond fy mol|digon|syrffed|wedi blino|di blino|blino) "
    r"(?:ar|o) (?:fyw|byw|bywyd|fywyd|bod yn fyw|bodoli)\b(?! (?:yn|mewn|efo|gyda|hefo|yma|fan)\b)"
    rf"|{WORDS_SPOKEN_CY}"  # (w54cyown) "wedi bod yn cytio", "sai'n gallu neud hyn rhagor"
    rf"|{WORDS_END_CY}"  # (w56cy) "fydd neb yn gweld fy eisiau", "casglu tabledi"
    rf"|{WORDS_LIFE_CY}"  # (w59cylife) "i'w gorffen hi heno", "well gen i farw"
)

#: a wish or plan of one's own and the time after it: "am ladd fy hun heno"
_WISH_OR_PLAN = (
    r"(?:eisiau|isio|isho|isie|ishe|moyn|am|mynd i|n mynd i|wna i|na i) (?:lladd|ladd) "
    rf"{_SELF}|{PLAN_MORE_CY}"
)
_OWN_TIME = re.compile(
    rf"(?:{_WISH_OR_PLAN})(?: \w+){{0,3}}? (?:heno|nawr|rwan|heddiw|yn syth|fory)\b"
)


def without_own_time_cy(cleaned: str) -> str:
    """``cleaned`` (``clean_text``) without a wish or plan of one's own said in Welsh and the
    time it is set for ("dwi am ladd fy hun heno", "…sgwennu nodyn a dwi am fynd i'r bont
    heno"): the time of a plan, not of an assault (``recent_warning``)."""
    return _OWN_TIME.sub(" ", cleaned)
