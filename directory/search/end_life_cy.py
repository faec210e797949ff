"""(w56cy, twenty-third Welsh review F1, F4, F5, F8) Ending one's own life said the ways Wales says
it, and despair said without the words of suicide, read as their English twins are.

- A wish or plan (``INTENT_END_CY``, read with ``own_cy.INTENT_MORE_CY``: the life-at-risk
  warning and Samariaid first): "rhoi terfyn ar fy mywyd / ar y cyfan" (put an end to my life,
  to it all: how written Welsh says "end my life"), "rhoi diwedd arni" (end it), "gwneud /
  neud amdanaf fy hun", "amdana fi'n hun" (do away with myself: the ordinary Welsh idiom for
  suicide), "neidio / camu o flaen trên" (jump, step in front of a train), each after a wish,
  a plan or "meddwl am" (thinking about); and the asker on top of a car park, a building or
  flats, "ar ben to'r maes parcio" (cleaned "tor": ``TOP_OF_CY``). Before, these brought no
  warning and no Samariaid, where "i want to end my life", "im going to end it tonight" and
  "im on the roof of the car park" brought both.
- Someone else's "gwneud amdani ei hun / amdano'i hun" is read by ``others_cy`` (``OTHERS_END_CY``),
  not as the asker's own.
- Despair (``WORDS_END_CY``, read with ``own_cy.WORDS_MORE_CY``: Samariaid first, no warning,
  as in English): "fydd neb yn gweld fy eisiau / fy ngholli", "neith neb fy methu" (nobody
  will miss me), "wedi bod yn casglu / hel tabledi" (saving up tablets), "am ddiflannu am
  byth" (to disappear for ever), and not wanting to be here said of a place (F8: "bod yma yn
  yr ysgol" has no warning, ``own_spoken_cy.HERE_NOT_A_PLACE_CY``).

Not "rhoi diwedd ar y cam-drin" (put an end to the abuse: only "arni / arno" and a life or
everything are read), "dwi ddim isio…", "poeni am…", nor the past ("nes i drio…": not after
a wish).

Patterns (strings) over ``clean_text`` (lower case, accents folded, apostrophes dropped:
"to'r" is "tor", "fi'n hun" is "fin hun", "amdano'i hun" is "amdanoi hun").
"""

from __future__ import annotations

from .apostrophes_cy import ROOF_OF_CY

#: wanting, meaning, planning, going to or thinking of: isio, eisiau, moyn, am, mynd i,
#: planio, bwriadu, meddwl am, ystyried; "trio" (try) may follow ("am drio neud amdana fi")
_WANT = (
    r"(?:eisiau|eisie|isio|isho|ishio|isia|isie|ishe|moyn|mofyn|am|angen|mynd i|yn mynd i"
    r"|n mynd i|wna i|na i|planio|yn planio|n planio|bwriadu|fwriadu|cynllunio|meddwl am"
    r"|feddwl am|ystyried|hystyried)(?: trio| drio| treial| dreial)?"
)
#: the same, for ``life_cy`` (w59cylife): "dwi isio killio fy hun", "mynd i yrru'r car…"
WANT_OR_PLAN_CY = _WANT
#: not: "dwi ddim isio", "sa i moyn" (I do not want), "poeni am", "ofn" (worried, afraid)
_NOT = r"(?<!ddim )(?<!dim )(?<!sa i )(?<!sai )(?<!smo fi )(?<!so fi )(?<!dwim )"
_NOT += r"(?<!poeni )(?<!ofn )(?<!ofni )"
#: put an end to my life, to it all: rhoi terfyn / diwedd ar fy mywyd, y cyfan, y cwbl, bob
#: dim; end it: rhoi diwedd / terfyn arni, arno (fo, fe)
_LIFE_OR_ALL = (
    r"(?:fy mywyd|mywyd|y cyfan|r cyfan|cyfan|y cwbl|r cwbl|y cwbwl|popeth|bopeth|bob dim"
    r"|pob dim|y cyfan oll|pethau|bethau|pethe|bethe)"
)
_PUT_END = (
    rf"(?:rhoi|roi|rhoid|roid) (?:terfyn|derfyn|diwedd) (?:ar (?:y |yr )?{_LIFE_OR_ALL}"
    r"|arni|arno|arno fo|arno fe|arni hi)\b(?! (?:y |yr |r )?(?:cam|camdriniaeth|bwlio|berthynas"
    r"|perthynas|cyfeillgarwch|sefyllfa|sgwrs))"
)
#: do away with myself: (g)wneud / neud amdanaf fy hun, amdana i'n hun, amdana fi'n hun
_DO_AWAY = (
    r"(?:gwneud|wneud|neud|gneud|ngwneud) (?:amdanaf|amdana|amdanai|amdana i|amdana fi"
    r"|amdanaf fi|amdanaf i)(?: fy| i| fi)? ?(?:hun|hunan|n hun|n hunan|in hun|in hunan"
    r"|fin hun|fin hunan)\b"
)
#: in front of a train, a car, a lorry: neidio / camu / taflu fy hun o flaen trên
_IN_FRONT = (
    r"(?:neidio|neido|camu|gamu|cerdded|gerdded|rhedeg|redeg|taflu fy hun|daflu fy hun"
    r"|taflun hun|daflun hun|gorwedd|orwedd) (?:o flaen|dan|o dan|i flaen) (?:y |yr |r )?"
    r"(?:tren|trenau|car|ceir|lori|loris|bws|traffig|injan)\b"
)
#: on top of a car park, a building, flats: ar ben (y) to / to'r ("tor" cleaned) maes
#: parcio; on its edge: ar ymyl to'r adeilad
TOP_OF_CY = (
    rf"\bar (?:ben|ymyl|erchwyn) (?:y |yr )?(?:to |{ROOF_OF_CY} )?(?:y |yr )?"
    r"(?:maes parcio|maes parcio aml ?lawr|multi ?storey|car park|adeilad|fflatiau|bloc"
    r"|bloc o fflatiau|ysbyty|twr)\b"
)
#: the asker, on top of it: "dwi ar ben to'r maes parcio", "dw i'n sefyll ar ben y fflatiau"
#: (not "byw ar ben y fflatiau": living above them)
_I_AM = r"\b(?:dw i|dwi|dwin|dw in|rydw i|rydwi|rwy|rwyn|wi|win|fi|fin|dwi di|dw i wedi)"
_ON_TOP = (
    rf"{_I_AM}(?: (?!byw\b|gweithio\b|wedi bod\b)\w+){{0,3}}? (?:{TOP_OF_CY})"
    r"(?! (?:ers|llynedd|pan|flynyddoedd)\b)"
)
#: saving up tablets: wedi bod yn casglu / cadw / hel / safio tabledi (not where they are kept:
#: "cadw tabledi yn y cwpwrdd", "yn saff")
_SAVING_PILLS = (
    r"\b(?:wedi bod yn|di bod yn|bod yn|dwin|dw in|win|fin|rwyn|dwi n) (?:casglu|gasglu|cadw"
    r"|gadw|hel|safio|stocio|celcio|cuddio|guddio|storio)(?: \w+)? (?:tabledi|dabledi|pils|bils"
    r"|parasetamol|barasetamol|paracetamol|tablets|moddion|foddion)\b"
    r"(?! (?:yn y|yn yr|mewn|yn saff|yn ddiogel|allan|i ffwrdd|o afael|dan glo|ar gyfer)\b)"
)
#: one's own wish or plan said these ways: the warning and Samariaid
INTENT_END_CY = (
    rf"{_NOT}\b{_WANT} (?:{_PUT_END}|{_DO_AWAY}|{_IN_FRONT})|{_ON_TOP}"
    rf"|{_SAVING_PILLS}"  # (w59tonight) the means gathered warn, as "i have pills saved up"
)

#: someone else doing away with themselves: (g)wneud amdani ei hun, amdano'i hun, amdanyn
#: eu hunain (for ``others_cy``'s plan, after "am", "mynd i", "bygwth": not one done)
OTHERS_END_CY = (
    r"(?:gwneud|wneud|neud|gneud) (?:amdani|amdano|amdanyn|amdanoi|amdanii)(?: hi| fo| fe| e"
    r"| nhw)?(?: ei| eu)? (?:hun|hunan|hunain)\b"
)

#: (w56cy, welsh23 F5) nobody will miss me: fydd neb yn gweld fy eisiau / fy ngholli, fasa neb
#: yn fy ngholli, neith neb fy methu i, fydde neb yn gweld 'yn isie ("fy" is needed: "neb yn
#: methu" is nobody failing)
#: (w61cy, welsh25 F7) with "would" said between: "does neb fyddai'n gweld fy ngholli"
#: ("fyddain" cleaned), "neb fase'n colli fi"; and "sneb" (nobody: "does neb" run together)
_WOULD = (
    r"(?:(?:fyddai|fydde|byddai|bydde|fasai|fasa|fase|fysai|fysa|fyse|basai|base|sa|neith"
    r"|wnaiff|wneith)(?:n | yn ))?"
)
_NOBODY_MISS = (
    rf"\bs?neb {_WOULD}(?:yn |n )?(?:(?:gweld|weld) (?:fy|y|yn)|fy|y) (?:eisiau|eisie|isio|isie"
    r"|ise|ishe|isia|ngholli|ngholi|methu)\b"
    rf"|\bs?neb {_WOULD}(?:yn |n )?(?:colli|missio|miso|miss) (?:fi|fi n|i)\b"
)
#: disappearing, for ever: am / isio ddiflannu (am byth)
_DISAPPEAR = (
    r"(?:am|isio|eisiau|isie|moyn|mynd i|eisie|ishe) (?:ddiflannu|diflannu)(?: am byth)?\b"
    r"(?! (?:o|am|i|ir|efo|gyda)\b(?! byth))"
)
#: (w56cy, welsh23 F8) not wanting to be here, said of a place ("dwi'm isio bod yma yn y
#: wers"): no warning (``own_spoken_cy.HERE_NOT_A_PLACE_CY``), but Samariaid, as "i dont want to
#: be here at school" brings Samaritans
_NOT_HERE_ANYWHERE = (
    r"\b(?:ddim|dim|dwim|sa i|sai|smo fi|so fi|sa fi|sa in|sain|sa i n|smo fin|so fin|sa fin"
    r"|dwim yn) (?:eisiau|eisie|isio|isho|isie|ishe|moyn|mofyn) bod (?:yma|ma)\b"
)
#: despair said these ways, of one's own: Samariaid, no warning (as in English)
WORDS_END_CY = rf"{_NOBODY_MISS}|{_NOT}\b{_DISAPPEAR}|{_NOT_HERE_ANYWHERE}"
