"""(check49, its finding 3) Someone who tells of a sexual assault on themselves and says neither
when nor their age ("I was raped", "someone spiked my drink and assaulted me at a party"): it
may have been days ago. The page gave no word of what to do after an assault in the last few
days (the warning only came with a time: "on saturday", "last night"), and Childline and the
NSPCC's line for adults worried about a child led the talk box. The warning is said as a
condition ("If it happened in the last few days, …"), so it is true whenever it happened; and
with no age said, the box leads with the line for anyone 16 or over (``unsaid_age``).

Never with a time long past ("years ago", "as a child", "when i was 12"), nor for someone else
harmed ("my friend was raped": ``unsaid_age``'s reading), nor with an age or a child's words."""

from __future__ import annotations

import re

from .recent import told_long_ago

#: (w61cy) my, in Welsh: "fy" (its nasal mutation follows), "'n" ("ges i'n nhreisio") or none
_ME_CY = r"(?:fy |n |yn |y |in )?"
#: raped, sexually abused, assaulted: nhreisio (nasal after "fy"), rapeio, ngham-drin yn
#: rhywiol (cleaned "ngham drin"), ymosod arna i'n rhywiol
_RAPED_CY = (
    r"(?:nhreisio|nhrisio|rapeio|rapio|ngham drin yn rhywiol|nghamdrin yn rhywiol"
    r"|ngham drin yn rhywiol)\b"
)
#: (w62missing, check62 finding 6) attacked by an animal is not an assault: "i was attacked by
#: a dog today"
_NOT_BY_AN_ANIMAL = (
    r"(?! by (?:a|an|the|my|his|her|their|our|next doors|some|this|that) (?:\w+ )?(?:dogs?|cats?"
    r"|birds?|swans?|seagulls?|goose|geese|horses?|cows?|bulls?|fox|animal|wasps?|bees?|pitbull"
    r"|puppy|snake|rottweiler|staffie|alsatian))"
)
#: (w63recent) who attacked, in Welsh: he, she, they, someone, a man ("nath e", "ymosododd dyn")
_WHO_CY = r"(?:e|o|fe|fo|hi|nhw|rhywun|dyn|rhyw ddyn|y dyn|boi|rhyw foi|bachgen|hogyn)"
#: an assault on the asker, said as one event
_OWN_ASSAULT = re.compile(
    r"\b(?:i was|i got|ive been|i have been|i ve been|i just got|just got|i think i was|i think i"
    r" got) (?:\w+ )?(?:raped|sexually assaulted|assaulted|attacked|drugged|spiked)\b"
    + _NOT_BY_AN_ANIMAL
    + r"|\b(?:someone|somebody|a man|a guy|a bloke|a lad|a stranger|a woman|he|they) (?:\w+ )"
    r"{0,3}?(?:raped|sexually assaulted|assaulted|spiked|drugged) (?:me|my drink)\b"
    # (w63recent) attacked, as "i was attacked" is read: "he attacked me on the way home", a
    # word at most between (not "they said a dog attacked me")
    r"|\b(?:someone|somebody|a man|a guy|a bloke|a lad|a stranger|a woman|he|she|they)"
    r"(?: \w+)? attacked me\b"
    # (w51recent, check54 finding 9) the "i" left out, as typed: "got assaulted on the way home"
    r"|^(?:got|was|been|just got|just been) (?:\w+ )?(?:raped|sexually assaulted|assaulted|"
    r"attacked|drugged|spiked)\b" + _NOT_BY_AN_ANIMAL + r"|\bspiked my drink\b"
)
#: (w61cy, welsh25 F4) the same in Welsh, as "i was raped" and "he raped me" are read:
#: "ges i / ces i / cefais fy nhreisio", "dwi wedi cael fy nhreisio", "nath o / wnaeth e fy
#: nhreisio i", "nath e dreisio fi", "mae o wedi fy nhreisio", "ges i'n rapeio", "ges i fy
#: ngham-drin yn rhywiol", "nath rhywun sbeicio fy niod"
_OWN_ASSAULT_CY = re.compile(
    rf"\b(?:ges|ces|cefais|gefais|chefais|gesi|cesi|(?:nes|wnes|mi wnes) i gael|(?:wedi|di)"
    rf" cael) (?:i )?{_ME_CY}{_RAPED_CY}"
    # who did it after the past "nath" (did), or "mae … wedi" (has); not "ddim" (did not), nor
    # "mae o'n mynd i…" (is going to: a fear, not a telling)
    rf"|\b(?:(?:nath|wnaeth|naeth|mi wnaeth|ddaru)(?: (?!ddim\b|dim\b)\w+){{1,3}}?"
    rf"|(?:mae|ma|maen)(?: (?!ddim\b|dim\b)\w+){{1,2}}? (?:wedi|di)) "
    rf"(?:{_ME_CY}{_RAPED_CY}|(?:dreisio|treisio|rapeio|rapio|ymosod yn rhywiol ar|sbeicio)"
    r" (?:fi|i|mi|arna i|arna fi|arnaf i|diod fi|fy niod|nrinc i|drinc fi))\b"
    r"|\b(?:treisiwyd|fem treisiwyd|mi gefais fy nhreisio) (?:fi|i)\b"
    # (w63recent) attacked, as "ges i fy nhreisio" is read: "nath e ymosod arna i", "ymosododd
    # dyn arna i", "ymosodwyd arna i"; someone, not an animal ("nath ci ymosod arna i")
    rf"|\b(?:(?:nath|wnaeth|naeth|mi wnaeth|ddaru) {_WHO_CY} ymosod|ymosododd {_WHO_CY}|ymosodwyd)"
    r" (?:arna i|arna fi|arnaf i|arnaf fi|arna i n|arnai)\b"
)
#: (w49ago) a time long past that ``told_long_ago`` does not read: "months ago", "last year",
#: "growing up", "in 2009", "at 14". Not "when i was" alone: "raped when i was drunk", "when i
#: was asleep at a party" may be days ago, and a warning said as a condition is never wrong
_PAST = re.compile(
    r"\b(?:year ago|months ago|last year|as a (?:teen|teenager)|growing up|"
    r"childhood|back then|historic|in (?:19|20)\d\d|aged \d{1,2}|at \d{1,2}"
    # (w61cy) Welsh: last year, months ago, as a teenager, in my teens, in the past
    r"|llynedd|misoedd yn ol|fisoedd yn ol|yn fy arddegau|yn yr arddegau|yn y gorffennol"
    r"|hanesyddol|yn (?:19|20)\d\d)\b"
)


def own_assault_untimed(cleaned: str) -> bool:
    """The words (``cleaned``: ``clean_text``) tell of a sexual assault on the asker
    (``_OWN_ASSAULT``), with no time long past (``told_long_ago``, ``_PAST``). Who reads this
    also checks that no age is said and that nobody in particular is read as asking."""
    told = _OWN_ASSAULT.search(cleaned) or _OWN_ASSAULT_CY.search(cleaned)
    return bool(told) and not (told_long_ago(cleaned) or _PAST.search(cleaned))


def own_assault_untimed_cy(cleaned: str) -> bool:
    """(w61cy, welsh25 F4) ``own_assault_untimed`` said in Welsh (``_OWN_ASSAULT_CY``): read for
    someone read as a grown-up only because Welsh tells it in the past tense ("ges i fy
    nhreisio": ``asker``), where the English "i was raped" is read as nobody in particular."""
    return bool(_OWN_ASSAULT_CY.search(cleaned)) and not (
        told_long_ago(cleaned) or _PAST.search(cleaned)
    )
