"""(w38ask) A man saying he is one, in his own everyday words: "I'm a bloke", "fella here",
"geezer, 50", "dad of two", "grandad myself now", "as a husband"; a boy then ("as a young lad",
"since i was a lad"); and in Welsh ("dwi'n ddyn", "boi ydw i", "pan o'n i'n fachgen", "yn
fachgen", "dwi'n dad i ddau"). One table of the words (``MAN_NOW``, ``BOY_THEN``, and their
Welsh) and of how a man frames them as himself: never words about whoever did it ("a bloke
abused me", "the lad next door", "my husband's friend", "he", "my uncle"), and never a name.

Over ``clean_text``'s words; used by ``asker_worry.grown_self`` (a grown man now is an adult)
and ``asker_self.whose_sex`` (his sex, when he asks for himself)."""

from __future__ import annotations

import re

#: the words a man uses of himself as he is now, a grown man (English)
MAN_NOW = (
    "man",
    "bloke",
    "guy",
    "fella",
    "fellah",
    "feller",
    "fellow",
    "geezer",
    "chap",
    "gent",
    "gentleman",
    "husband",
    "father",
    "dad",
    "daddy",
    "grandad",
    "granddad",
    "grandfather",
    "grandpa",
    "stepdad",
    "step dad",
    "stepfather",
)
#: ... and as he was then, a boy ("as a lad": a boy then; "im a lad": male, of any age)
BOY_THEN = ("boy", "lad", "schoolboy", "laddie", "young lad", "little lad", "young boy")
#: Welsh, with their mutations after "yn" and "fel" ("dwi'n ddyn", "fel tad", "yn dad")
MAN_NOW_CY = ("dyn", "ddyn", "boi", "foi", "tad", "dad", "taid", "daid", "tadcu", "dadcu")
BOY_THEN_CY = ("bachgen", "fachgen", "hogyn", "crwt", "grwt", "bachan")


def _words(*tables: tuple[str, ...]) -> str:
    return "|".join(sorted({w for table in tables for w in table}, key=len, reverse=True))


#: how a man describes himself between "a" and the word ("a married bloke", "a 50 year old
#: guy", "a middle aged dad")
_ADJECTIVE = (
    r"(?:married|grown|grown up|older|old|middle aged|retired|single|gay|straight|bi|working|"
    r"young|disabled|divorced|british|welsh|english|black|white|asian|normal|ordinary|regular|"
    r"average|proud|\d{2} ?(?:year old|yr old|yrs old|yo))"
)
_NOW = _words(MAN_NOW, ("male",))
_THEN = _words(BOY_THEN)
_I_AM = r"(?:(?:im|i m|i am|being) (?:an? )?|as an? )"
_I_AM_CY = (
    r"(?:dwin|dwi n|dw in|dw i n|dwi yn|dw i yn|rwyn|rwy n|rydw in|rydw i n|rydw i yn|rwyf in|"
    r"wi n|win|fel)"
)
_NOT_HIS = (
    r"(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bmy )(?<!\bher )(?<!\bhis )(?<!\byour )(?<!\bour )"
)
_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|un|dau|ddau|tri|dri|pedwar|bedwar)"
#: what he says was done to him, said after the word he opens with ("bloke 52 abused by…",
#: "man sexually abused as a child"); never what someone did ("dad abused me")
_DONE_TO_HIM = (
    r"(?:who was |who has been |that was )?(?:(?:sexually )?(?:abused|raped|molested|assaulted|"
    r"groomed)(?! (?:me|us|my|him|her|them)\b)|survivor|looking|seeking|needing|need|wanting|"
    r"want)\b"
)

#: a grown man, said of himself: "im a bloke", "as a married man", "fella here", "grandad
#: myself now", "dad of two", "bloke 52 abused by…" said first; "dwi'n ddyn", "dyn ydw i",
#: "tad i ddau"
_MAN_SAYS = re.compile(
    rf"\b{_I_AM}(?:{_ADJECTIVE} ){{0,2}}(?:{_NOW})\b(?! (?:of|in) (?:the|my|our)\b)"
    rf"|^(?:(?:hi|hello|hey|hiya|ok|right|so|well) )*(?:just )?(?:an? )?(?:{_ADJECTIVE} )?"
    rf"(?:{_NOW}) here\b(?! (?:who|that|keeps|kept|has|had|is|was)\b)"
    rf"|{_NOT_HIS}\b(?:{_NOW}) myself\b"
    rf"|{_NOT_HIS}\b(?:dad|father|grandad|granddad|grandfather|daddy|tad|taid) (?:of|to|i) "
    rf"{_COUNT}\b"
    rf"|^(?:an? )?(?:{_ADJECTIVE} )?(?:{_NOW})(?: \d{{2}}| aged \d{{2}})? (?={_DONE_TO_HIM})"
    rf"|\b{_I_AM_CY} (?:{_words(MAN_NOW_CY)})\b"
    rf"|^(?:{_words(MAN_NOW_CY)}) (?:ydw i|ydwi|dw i|dwi|ydw|ydy fi)\b"
)

#: a boy then, said of himself: "as a lad", "since i was a young lad", "i was only a boy";
#: "pan o'n i'n fachgen", "fy ngham-drin yn fachgen", "fel bachgen"
_BOY_SAYS = re.compile(
    rf"\b(?:as|when i was|since i was|i was|back when i was)(?: just| only| still)? (?:an? )?"
    rf"(?:(?:little|small|young|teenage|teen) )?(?:{_THEN})\b"
    rf"|\bpan (?:on|o n|oeddwn|roeddwn)(?: i)? ?(?:in|n|yn) (?:{_words(BOY_THEN_CY)})\b"
    rf"|\bfel (?:{_words(BOY_THEN_CY)})\b"
    r"|\b(?:ngham drin|nghamdrin|nhreisio|ngham ddefnyddio|ngham drin yn rhywiol)\b(?: \w+){0,5}? "
    rf"(?:yn|n) (?:{_words(BOY_THEN_CY)})\b"
)

#: a boy now, said of himself ("im a lad", "i am a boy"): his sex, not his age
_LAD_NOW = re.compile(rf"\b(?:im|i m|i am) (?:an? )?(?:(?:young|teenage) )?(?:{_THEN})\b")


def man_now(cleaned: str) -> bool:
    """The asker says he is a grown man, in his own words ("im a bloke", "dad of two",
    "geezer here", "dwi'n ddyn")."""
    return _MAN_SAYS.search(cleaned) is not None


def says_male(cleaned: str) -> bool:
    """The asker says he is male, now or as a boy then ("as a lad", "im a fella", "yn
    fachgen"); never from words about someone else ("a bloke abused me")."""
    return bool(man_now(cleaned) or _BOY_SAYS.search(cleaned) or _LAD_NOW.search(cleaned))
