"""(w55cy, check58 finding 2) A way to die asked about in Welsh, read as the English is
(``method_asked``: "how to kill myself", "whats the quickest way to die", "how many tablets to
die", "which pills would kill me"). Asking how is one of the plainest signs someone means to end
their life; "sut i ladd fy hun" brought Samariaid but no "Perygl i'ch bywyd nawr?" warning,
where "dwi am ladd fy hun heno" and the English brought both.

- how: "sut i ladd fy hun", "sut alla i farw", "shwt mae lladd eich hun", "sut mae pobl yn
  lladd eu hunain" (asked of anyone, as "how do people kill themselves"), "sut i grogi fy hun",
  "sut i roi diwedd ar fy mywyd", "sut i gymryd gorddos";
- a way: "beth yw'r ffordd gyflymaf i farw", "ffordd ddi-boen o ladd fy hun", "ffyrdd i farw";
- how many, which: "faint o dabledi i farw", "faint o barasetamol sydd angen i farw", "faint o
  barasetamol sy'n angheuol", "pa dabledi fyddai'n fy lladd i".

Not a count of people ("faint o bobl sy'n marw bob blwyddyn"), a dose asked in care ("faint o
barasetamol all plentyn ei gael"), helping someone ("sut i helpu rhywun sydd eisiau lladd ei
hun"), nor how someone died ("sut bu farw fy nhad"). Read with ``own_cy.INTENT_MORE_CY``: the
warning for the asker's own (``suicide_intent``: not when the words before make it someone
else's), and Samariaid first in the talk box (``suicide_acts``).

A pattern (string) over ``clean_text`` (lower case, accents folded, no apostrophes: "yw'r" is
"ywr", "sy'n" is "syn").
"""

from __future__ import annotations

from .suicide_cy import END_ALL_CY, WAYS_CY

#: oneself, as asked: fy hun(an), 'n hun, 'yn hun(an), eich / 'ych hun(an), dy hun(an); and of
#: people or someone: eu hunain, ei hun(an)
_SELF = (
    r"(?:fy hun|fy hunan|n hun|n hunan|yn hun|yn hunan|eich hun|eich hunan|ych hun|ych hunan"
    r"|dy hun|dy hunan)"
)
_KILL_SELF = rf"(?:lladd|ladd) {_SELF}"
#: how: "sut i", "sut alla i", "sut mae", "shwt mae", "sut dw i'n"
_HOW = (
    r"(?:sut|shwt|shwd|sud|sit)(?: (?:i|alla i|galla i|allwn i|gallwn i|fedra i|fedrwn i|medra i"
    r"|mae|ma|dw i n|dwin|dw in|ydw i n|ydw in|mae rhywun yn|mae rhywun n|mae pobl yn|mae pobl n"
    r"|ma pobl yn|ma pobl n|ma rhywun yn|ma rhywun n|galla i|gall rhywun|all rhywun))"
)
#: the act asked about after "how"
_ACT = (
    rf"(?:{_KILL_SELF}|(?:lladd|ladd) (?:eu hunain|ei hun|ei hunan)|farw"
    rf"|(?:{WAYS_CY})|(?:{END_ALL_CY})|(?:gymryd|cymryd) fy mywyd"
    r"|(?:gymryd|cymryd) (?:gorddos|orddos|overdose|od)|orddosio|gorddosio)"
)
#: a way: the quickest, easiest, best, painless
_WAY = r"\bffordd|\bffyrdd"
_MANNER = (
    r"(?: (?:orau|gorau|gyflymaf|gyflyma|cyflymaf|cyflyma|gyflym|hawsaf|hawsa|hawdd|rhwydda"
    r"|rwydda|rhwyddaf|leiaf poenus|lleiaf poenus|ddi ?boen|di ?boen|heb boen|sicraf|sicra"
    r"|saffaf|sydyn|sydynaf))?"
)
_WAY_ASKED = rf"(?:{_WAY}){_MANNER} (?:i|o) (?:farw|marw|{_KILL_SELF})\b"
#: how many, which: "faint o dabledi i farw", "pa dabledi fyddai'n fy lladd i"
_WOULD = (
    r"(?:sydd angen i |sy angen i |mae angen i |mae n cymryd i |sydd ei angen i |i |fyddai n "
    r"|fydde n |fasai n |fasen |fydden |fyddain |fyddai yn |syn |sy n |sydd yn |sydd n |neith "
    r"|wneith )"
)
_DEADLY = (
    rf"(?:farw|fy lladd|n lladd i|ladd fi|lladd fi|{_KILL_SELF}|angheuol|marwol|dos angheuol"
    r"|ddos angheuol|orddos)"
)
_COUNTED = (
    rf"\bfaint o (?:\w+ ){{1,3}}?{_WOULD}{_DEADLY}\b"
    rf"|\bpa (?:\w+ ){{1,2}}?{_WOULD}(?:fy lladd|n lladd i|ladd fi|lladd fi)\b"
)
#: a way to die asked about, in Welsh
METHOD_ASKED_CY = rf"\b{_HOW} {_ACT}\b|{_WAY_ASKED}|{_COUNTED}"
