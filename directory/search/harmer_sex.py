"""(w53plan) The sex of the one who harms, said as "a man", "the man next door", "some guy",
"a woman": the asker's words tell who did it, not that they look for a service for men or
women. "a man is coming to hurt me tonight" had the Men's Advice Line (for men harmed by a
partner) as its first card, under the 999 warning; "a man touched me" searched for men's
services too.

The other way round, a man or woman said as the one harmed ("support for a man abused as a
child", "help for men who were raped") says whose sex the help is for, as "i was abused as a
boy" does (``harmed_sex``): a women-only service near Leeds was the first card for it.

Not when the asker is of that sex ("im a man and a man raped me": ``Asker.gender``), nor for
a group or service asked for ("a group for men": ``group_sex``, read after), nor for the man
or woman harmed ("a man abused as a child", "a woman who was raped").

Over ``clean_text`` (lower case, no apostrophes).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .asker import Asker
from .asker_men import man_now
from .harmer_sex_cy import harmers_sex_cy

_MAN = r"(?:man|men|guy|guys|bloke|blokes|lad|lads)"
_WOMAN = r"(?:woman|women|lady|ladies)"
#: what the one who harms did or does, or their coming: active, not "abused as a child"
_DID = (
    r"(?:(?:is|was|s|has|keeps|kept|will|who)(?: \w+)? )?(?:touched|touches|touching|abused me"
    r"|abuses|abusing|raped|rapes|raping|hurt me|hurts|hurting|grabbed|grabs|attacked|attacks"
    r"|assaulted|groped|gropes|molested|followed|follows|following|flashed|exposed|coming|came"
    r"|comes|forced|made me|sent me|messages me|messaged me|showed me|filmed|watches|watching"
    # (w54last, check58) "a man had sex with me when i was drunk"
    r"|had sex with me|slept with me|did it to me|did stuff to me|did things to me"
    # (w54endanger, check57) where he is now: "theres a man in my room"
    r"|in (?:my|the|our) (?:room|bedroom|bed|house|flat|home|bathroom)|outside (?:my|the|our))\b"
)
_WHO = (
    # (not the asker's own: "im 63 and a man", "as a man"; w65older, check63 F8: "and a man"
    # after anything but the asker's age is the one who harms, "i have down syndrome and a man
    # at work touched me")
    r"(?<!\bim )(?<!\bam )(?<!\d and )(?<!\bas )(?<!\bbeing )"
    r"\b(?:a|the|that|this|some|an older|an old|older|old|strange|random|a strange|a random"
    r"|an older|these|those|two|three) {sex}\b"
    r"(?: next door| upstairs| downstairs| across the (?:road|street)| down the (?:road|street)"
    r"| from \w+| at \w+| in \w+)?(?: \w+){{0,2}}? " + _DID
)
#: (w54endanger, check57) said without "a", as in simple English: "me no safe. man hurt me"
_BARE = (
    r"|(?<!\ba )(?<!\ban )(?<!\bim )(?<!\bam )(?<!\bas )(?<!\bbeing )(?<!\band )\b{sex} "
    r"(?:hurt|hurts|touched|touches|touch|raped|rapes|abused|abuses|attacked|hit|hits|grabbed)"
    r" (?:me|us)\b"
)
#: (w61kind, check61 §9) the one a young person is with: "sex with older men", "living with a
#: 30 year old man", "staying with grown men": who harms, not who the help is for
_WITH = (
    r"|\b(?:sex|staying|stays|stayed|living|lives|lived|sleeping|sleeps|slept|going out|goes out"
    r"|went out|hanging (?:out|around|about)|hangs (?:out|around|about)|moved in|meeting|meets"
    r"|met up) with (?:a |an |some |these |those |two |three |several |lots of |loads of )?"
    r"(?:much )?(?:older |old |grown |grown up |adult |\d+ ?(?:year old|yr old|yo) )?{sex}\b"
    r"|\bwith (?:a |an |some )?(?:much )?(?:older|grown up|grown|\d+ ?(?:year old|yr old|yo))"
    r" {sex}\b"
)
_BY_A_MAN = re.compile(_WHO.format(sex=_MAN) + _BARE.format(sex=_MAN) + _WITH.format(sex=_MAN))
_BY_A_WOMAN = re.compile(
    _WHO.format(sex=_WOMAN) + _BARE.format(sex=_WOMAN) + _WITH.format(sex=_WOMAN)
)


def harmers_sex(cleaned: str) -> str:
    """ "men" or "women": the sex of the one who harms, said in ``cleaned`` (``clean_text``) as
    "a man touched me", "the woman next door is coming"; "" when not said or both."""
    man, woman = _BY_A_MAN.search(cleaned), _BY_A_WOMAN.search(cleaned)
    if bool(man) == bool(woman):
        return ""
    return "men" if man else "women"


#: a man or woman harmed: "a man abused as a child", "men who were raped", "for a woman
#: sexually abused by her father"
_HARMED = (
    r"\b(?:a|for|as a|an adult|adult|older|grown) {sex}(?: who (?:was|were|has been|have been"
    r"|had been))? (?:sexually )?(?:abused|raped|assaulted|molested|groomed)\b"
)
_A_MAN_HARMED = re.compile(_HARMED.format(sex=r"(?:man|men|male|males|guy|guys|bloke)"))
_A_WOMAN_HARMED = re.compile(_HARMED.format(sex=r"(?:woman|women|female|females|lady)"))


def harmed_sex(cleaned: str) -> str:
    """ "male" or "female": the sex of the one harmed, said as "a man abused as a child", "for
    women who were raped" in ``cleaned`` (``clean_text``); "" when not said or both."""
    man, woman = _A_MAN_HARMED.search(cleaned), _A_WOMAN_HARMED.search(cleaned)
    if bool(man) == bool(woman):
        return ""
    return "male" if man else "female"


def sexes_said(asker: Asker, names: list[str], cleaned: str) -> tuple[Asker, list[str]]:
    """``asker`` with the sex of the one harmed when it was not said ("support for a man abused
    as a child"; not a parent's or professional's), and ``names`` (concepts) without the sex
    of the one who harms, unless it is the asker's ("a man is coming to hurt me")."""
    harmed = harmed_sex(cleaned)
    if harmed and not asker.gender and asker.persona not in ("parent", "professional"):
        asker = replace(asker, gender=harmed)
    harmer = harmers_sex(cleaned)
    # (w64cy, welsh26 F7) in Welsh: "ma dyn hŷn yn prynu pethe i fi", "ma'n athro i'n…"
    harmer = harmer or harmers_sex_cy(cleaned, asker.welsh)
    if harmer and asker.gender != {"men": "male", "women": "female"}[harmer]:
        names = [n for n in names if n != harmer]
    return asker, _welsh_man_said(asker, names, cleaned)


def _welsh_man_said(asker: Asker, names: list[str], cleaned: str) -> list[str]:
    """(w63cy2, words-check-twenty-fifth 177) ``names`` with "men" when an adult writing in
    Welsh says he is a man in his own words (``asker_men.man_now``: "dwi'n ddyn", "dyn ydw i",
    "fel tad"), as the English "im a man" is read through its phrase: the mutated "ddyn" is no
    phrase, and "dwi'n ddyn a ces i fy ngham-drin yn blentyn" had no service for men among the
    cards. Never a man named as who did it ("gan ddyn": ``man_now`` reads only the asker)."""
    if asker.persona != "adult" or not asker.welsh or asker.gender != "male" or "men" in names:
        return names
    return [*names, "men"] if man_now(cleaned) else names
