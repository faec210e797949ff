"""(w59cylife, twenty-fourth Welsh review F2, F3, F9) One's own life at risk said the other ways
Wales says it, read as the English twins are.

- A wish or plan (``INTENT_LIFE_CY``, read with ``own_cy.INTENT_MORE_CY``: the life-at-risk
  warning and Samariaid first):
  - the English verb said the Welsh way with "-io": "dwi isio killio fy hun", "dwi'n mynd i
    killio'n hun", "fi moyn jympio off y bont", "dwi am jwmpio oddi ar y clogwyn" (as "i want to
    kill myself", "i want to jump off the bridge");
  - ready to die: "wi'n barod i farw" (as "im ready to die");
  - wishing to be dead: "hoffwn i fod wedi marw", "licen i farw", "baswn i'n licio bod yn
    farw" (as "i wish i was dead");
  - a plan: "mae gen i gynllun i farw nos fory", "mae gen i blan i ladd fy hun" (as "i have a
    plan to kill myself");
  - a car driven into a wall, a tree or a lorry, or crashed on purpose: "dwi'n mynd i yrru'r car
    i mewn i wal", "dwi am grasio'r car yn bwrpasol" (as "im going to drive my car into a wall").
- Despair (``WORDS_LIFE_CY``, read with ``own_cy.WORDS_MORE_CY``: Samariaid first, no warning, as
  the English twins "im going to finish it tonight", "id rather be dead", "i cant carry on like
  this" and "ive saved enough tablets to do it" have): "dwi'n mynd i'w gorffen hi heno", "mae'n
  well gen i farw", "sai'n gallu cario mlaen fel hyn", tablets "i orffen popeth" or "i neud e".

Before, these brought no warning and (but for "blan i ladd fy hun") no Samariaid.

Not: "dwi'n barod i fynd" (ready to go out), "dwi ddim yn barod i farw", "barod i farw o
gywilydd" (dying of shame), "hoffwn i farw'n hen" (to die old), jumping into a pool or off the
rocks on holiday, "lladd amser" (killing time), a film, the past ("nes i yrru'r car i mewn i wal
llynedd"), carrying on with a course ("cario mlaen gyda'r cwrs"), tablets to finish a course;
nor, for the warning, someone else's words (``suicide_intent`` reads who said them).

Patterns (strings) over ``clean_text`` (lower case, accents folded, apostrophes dropped:
"killio'n hun" is "killion hun", "yrru'r car" is "yrrur car", "i'w" is "iw").
"""

from __future__ import annotations

from .end_life_cy import WANT_OR_PLAN_CY

#: not: "dwi ddim isio", "sa i moyn" (I do not want), "poeni am", "ofn" (worried, afraid)
_NOT = r"(?<!ddim )(?<!dim )(?<!sa i )(?<!sai )(?<!smo fi )(?<!so fi )(?<!dwim )"
_NOT += r"(?<!poeni )(?<!ofn )(?<!ofni )"
#: the asker: dwi, dw i'n, wi'n, fi'n, rwy'n ("dwi'n" is "dwin" cleaned)
_I_AM = r"\b(?:dw i|dwi|dwin|dw in|rydw i|rydwi|rydwin|rwy|rwyn|wi|win|fi|fin|ydw i|ydwin)"
#: a word between that does not deny it: "dwi'n hollol barod", not "dwi ddim yn barod"
_BETWEEN = r"(?: (?!ddim\b|dim\b|byth\b|erioed\b)\w+){0,3}?"

#: the English verb "kill" said the Welsh way, and oneself after it: "killio fy hun", "killio'n
#: hun" ("killion hun"), "killio fi'n hunan", "killio myself"
_KILL = r"(?:killio|kilio|cilio|gilio|cillio|killo|kilo|gillio|ngillio)"
_SELF = (
    r"(?: (?:fy hun|fy hunan|yn hun|yn hunan|y hunan|fin hun|fin hunan|fi n hun|fi n hunan"
    r"|myself|my self|mi hun)|n hun|n hunan)"
)
#: jumping, the English verb too, off a height: "jympio off y bont", "jwmpio o'r bont" ("or
#: bont"), "neidio oddi ar y clogwyn"; not a day out ("…i'r môr ar ein gwyliau", "coasteering")
_JUMP = r"(?:jympio|jwmpio|jympo|jumpio|jumpo|jymp|jump|neidio|neido)"
_OFF = r"(?:off|off o|oddi ar|oddiar|o|or|o ben|dros|over|off of)"
_HEIGHT = (
    r"(?:bont|pont|bridge|clogwyn|clogwyni|cliff|dibyn|to|tor|roof|adeilad|building|maes parcio"
    r"|car park|draphont|traphont|twr|fflatiau|balconi)"
)
_NOT_A_DAY_OUT = (
    r"(?!.*\b(?:gwyliau|wyliau|holiday|coasteering|arfordira|nofio|pwll|pool|hwyl|ffrindiau"
    r"|mets|mates|plant|trampolin|trampoline|sialens|her|elusen|bungee|bynji)\b)"
)
_JUMP_OFF = rf"{_JUMP} {_OFF} (?:y |yr |r |the |a )?{_HEIGHT}\b{_NOT_A_DAY_OUT}"
#: ready to die, of oneself: "wi'n barod i farw", "dwi'n hollol barod i farw heno" (not "barod i
#: farw o gywilydd / chwerthin": dying of shame, laughing)
_READY = rf"{_I_AM}{_BETWEEN} (?:barod|parod) i (?:farw|ladd{_SELF})\b(?! (?:o|chwerthin)\b)"
#: wishing to be dead: "hoffwn i fod wedi marw", "licen i farw", "baswn i'n licio bod yn farw"
#: ("farw'n hen" is "farwn hen": not read)
_WISH = (
    r"\b(?:hoffwn|hoffen|hoffswn|licen|liciwn|lecen|licsen|leiciwn|lecswn|(?:baswn|faswn|byswn"
    r"|fyswn|swn|byddwn|fyddwn|bydden|fydden|sen) (?:in|i n|i yn) (?:hoffi|licio|lico|leicio))"
    r"(?: i| fi)? (?:fod wedi marw|fod yn farw|bod wedi marw|bod yn farw|farw|marw)\b"
    r"(?! (?:yn fy nghwsg|yn hen|pan|o|chwerthin)\b)"
)
#: a plan: "cynllun i farw", "plan i ladd fy hun", "mae gen i gynllun sut i farw"
_PLAN = (
    r"\b(?:cynllun|gynllun|nghynllun|cynlluniau|gynlluniau|plan|blan|mhlan|plans|planiau)"
    rf" (?:sut i |i |ar gyfer )?(?:farw|marw|ladd (?:fy hun|fy hunan)|ladd{_SELF}"
    r"|lladd (?:fy hun|fy hunan)|gymryd fy mywyd)\b"
)
#: a car driven or crashed into a wall, a tree or a lorry: "yrru'r car i mewn i wal" ("yrrur
#: car"), "dreifio fy nghar i goeden", "crasio'r car yn bwrpasol"
_DRIVE = r"(?:gyrru|yrru|ngyrru|dreifio|ddreifio|dreifo|crasio|grasio|crashio|grashio|smasho)"
_CAR = r"(?:r car| r car| y car| fy nghar| yn nghar| nghar| car fi| car| y fan| r fan|r fan)"
_INTO = (
    r"(?:i mewn i|mewn i|i mewn ir|mewn ir|ir|i|into|yn erbyn|syth i|yn syth i|yn syth i mewn i)"
)
_CAR_INTO = (
    rf"{_DRIVE}(?:{_CAR})? {_INTO} (?:y |yr |r |a )?(?:wal|goeden|coeden|lori|bws|clawdd|wall"
    r"|tree|lorry)\b"
    rf"|(?:crasio|grasio|crashio|grashio|smasho)(?:{_CAR})? (?:yn bwrpasol|ar bwrpas|yn fwriadol"
    r"|on purpose)\b"
)
#: one's own wish or plan said these ways: the warning and Samariaid
INTENT_LIFE_CY = (
    rf"{_NOT}\b{WANT_OR_PLAN_CY} (?:{_KILL}{_SELF}|{_JUMP_OFF}|{_CAR_INTO})\b"
    rf"|{_READY}|{_WISH}|{_PLAN}"
)

#: finishing it ("hi", the Welsh "it" of a life or a state of things) set for tonight or now:
#: "dwi'n mynd i'w gorffen hi heno" ("iw gorffen"), as "im going to finish it tonight"
_FINISH_IT_NOW = (
    rf"{_NOT}\b(?:mynd|am|isio|eisiau|isie|moyn) (?:iw|i w|i) (?:gorffen|orffen|chwpla|gwpla"
    r"|diweddu|ddiweddu|phennu|bennu|cwpla) (?:hi|fe|e|o|fo)(?: i gyd)?"
    # (w61cy, welsh25 F2) "fe", "e", "o" too: "wi'n mynd i gwpla fe heno"
    r" (?:heno|nawr|rwan|heddiw|rwan hyn|nawr hyn)\b"
)
#: tablets got to end everything or "to do it": "prynu tabledi i orffen popeth", "casglu digon o
#: dablets i neud e" (not "i orffen y cwrs", to finish the course; not "i neud e'n haws")
_PILLS = (
    r"(?:tabledi|dabledi|nhabledi|pils|bils|tablets|dablets|parasetamol|barasetamol|paracetamol"
    r"|moddion|foddion|cyffuriau|gyffuriau)"
)
_PILLS_TO_END = (
    rf"\b{_PILLS}(?: \w+){{0,3}}? (?:i|er mwyn) (?:(?:orffen|gorffen|ddiweddu|diweddu) (?:popeth"
    r"|bopeth|y cyfan|r cyfan|y cwbl|r cwbl|pob dim|bob dim|e|o|fe|fo|hi|pethe|pethau|bethe"
    r"|bethau)|(?:neud|wneud|gwneud|gneud) (?:e|o|fe|fo|hi))\b(?= *$| (?:heno|nawr|rwan|fory"
    r"|heddiw|pan|os|a|ac|ond|rhyw)\b)"
)
#: rather be dead: "mae'n well gen i farw", "well 'da fi fod yn farw" ("da fi" cleaned)
_RATHER = (
    r"\b(?:well|gwell) (?:gen i|gennyf i|gennai|gyda fi|gydag i|da fi|ta fi|gyta fi|i fi|i mi)"
    r" (?:farw|fod yn farw|fod wedi marw|bod yn farw|beidio bod yn fyw|beidio byw)\b"
)
#: cannot carry on (like this): "sai'n gallu cario mlaen fel hyn", "methu mynd ymlaen" (not with a
#: course, a job, or going on to somewhere: "cario mlaen gyda'r cwrs", "mynd ymlaen i'r coleg")
_CARRY_ON = (
    r"\b(?:(?:sain|sa in|sa i n|sai|sa i|ddim yn|dim yn|dwim yn|dwim|smo fin|so fin|ddim n)"
    r"(?: gallu| galli)?|methu|ffili|ffaelu|fethu|alla i ddim|allai ddim|fedra i ddim"
    r"|fedrai ddim) (?:cario|gario|mynd|fynd) (?:mlaen|ymlaen|mla)\b"
    r"(?! (?:gyda|gydar|efo|efor|hefo|hefor|ar|ar y|yn|yn y|mewn|i|ir|a|ar ol|heb|tan)\b)"
)
#: despair said these ways, of one's own: Samariaid, no warning (as in English)
WORDS_LIFE_CY = rf"{_FINISH_IT_NOW}|{_PILLS_TO_END}|{_RATHER}|{_CARRY_ON}"
