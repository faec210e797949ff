"""(w22read) Whose age it is, read from who does what after it. A person named with an age
("girl 9", "boy aged 15", "a lad of 16", "bachgen 15 oed") is the subject of the verb that
follows; when that verb is done to the asker ("is bullying me", "touched me at the park",
"keeps messaging me", Welsh "yn fy mwlio", "nath gyffwrdd fi") or is a telling ("told me her
dad hurts her", "said his coach…", "wedi dweud wrtha i"), the age is that person's and never
the asker's own: nobody writes of themselves "girl 9 told me". A telling child named with an
age is a grown-up's report (a parent's, a neighbour's, a worker's), and the help is for that
child. Someone else named in between ("girl 14, my stepdad touches me", "boy 15 here, my uncle
…") leaves the age the asker's. Over ``clean_text``'s words; used by ``asker_units.doer_after``,
``asker_ages.young_self_first`` and ``asker_general.parent_in_other_words``."""

from __future__ import annotations

import re

#: unit words just after the number ("15 oed", "9 year old"), dropped before reading on
_UNIT = re.compile(r"^ ?(?:oed|yrs? old|years? old|year olds?|yo|y o)\b")
#: a person or kin word: named between the age and the verb, they are its subject instead
_KIN = (
    r"i|im|me|he|she|they|and|but|so|here|dwi|mum|mam|mom|mother|dad|father|step\w*|uncle|"
    r"aunt|auntie|brother|sister|cousin|grandad|granddad|grandpa|grandma|nan|gran|boyfriend|"
    r"girlfriend|partner|friend|neighbour|neighbor|teacher|coach|man|guy|bloke|someone|"
    r"somebody|ewythr|llystad|brawd|mrawd|nhad|taid|nain|cefnder|nghefnder"
)
#: where the person is from, said between ("at school", "from down the road", "next door")
_PLACE = (
    r"(?: (?:at|from|in|on|near|down|up|round|across|behind|next|off|of)"
    rf"(?: (?!(?:{_KIN})\b)\w+){{0,3}}?)?"
)
#: a deed done to the asker, English: "touched me", "is bullying me", "has been messaging me",
#: "keeps on following me", "made me", "sent me"
_TO_ME_EN = re.compile(
    rf"^{_PLACE} (?:(?:has|have|had|is|was|keeps|kept|keeps on|been|always|also|just|then|"
    r"sexually|still|started|starts) )*"
    r"(?:touch\w*|abus\w*|rap(?:ed|es|ing)|hurt\w*|assault\w*|molest\w*|grop\w*|forc\w*|made|"
    r"makes|making|bull(?:y|ies|ied|ying)|messag\w*|text\w*|follow\w*|stalk\w*|harass\w*|"
    r"threat\w*|pester\w*|blackmail\w*|groom\w*|flash\w*|expos\w*|kiss\w*|grab\w*|attack\w*|"
    r"hit|hits|hitting|punch\w*|kick\w*|chas\w*|send\w*|sent|show\w*|finger\w*|"
    r"pick(?:s|ed|ing)? on|spread\w* rumours about)"
    r"(?: up on| on| at)? (?:me|us)\b"
)
#: ... Welsh: "yn fy mwlio" (is bullying me), "wedi fy mrifo" (has hurt me), "nath gyffwrdd fi"
#: (touched me), "sy'n fy nilyn" (who follows me)
_DEED_CY = (
    r"mwlio|bwlio|fwlio|nghyffwrdd|cyffwrdd|gyffwrdd|mrifo|brifo|frifo|ngham drin|cam drin|"
    r"gam drin|nhreisio|treisio|dreisio|nilyn|dilyn|ddilyn|mygwth|bygwth|fygwth|nghusanu|"
    r"cusanu|gusanu|ngorfodi|gorfodi|orfodi|mhoeni|poeni|boeni|nharo|taro|daro|nghicio|cicio|gicio"
)
_TO_ME_CY = re.compile(
    rf"^ (?:yn|n|wedi|sy n|sydd yn|nath|wnaeth|naeth|ddaru) (?:fy (?:{_DEED_CY})\b|(?:{_DEED_CY})"
    r"(?: a| â| ag| efo| hefo)? (?:fi|mi)\b"
    # "yn anfon negeseuon ata i" (sends me messages), "wedi gyrru lluniau i fi" (sent me pictures)
    r"|(?:anfon|yrru|gyrru|sgwennu|ysgrifennu|dangos|ddangos)(?: \w+){0,2}? "
    r"(?:ata i|ataf i|ata fi|i fi|i mi)\b)"
)
#: a telling: the person named with the age told, said or disclosed something
_TOLD = re.compile(
    rf"^{_PLACE} (?:(?:has|had|just|then|also|has just|finally) )?"
    r"(?:told|tells|telling|said|says|disclosed|discloses|disclosing|confided|confides|"
    r"came to me|comes to me|reported|alleged|wrote|let slip|opened up)\b"
    r"|^ (?:wedi|yn|n|nath|wnaeth|naeth) (?:dweud|deud|ddweud|ddeud|datgelu|ddatgelu|son)\b"
    r"|^ (?:ddywedodd|ddudodd|ddeudodd)\b"
)
#: a child named with an age, first: "girl 9", "a boy aged 11", "a lad of 16", "a 9 year old
#: girl", "merch 14"
_CHILD = r"boy|girl|lad|lass|child|kid|teen|teenager|bachgen|hogyn|merch|hogan|plentyn"
#: (eighteenth walk-through F6) words that describe a child before "girl 14", "boy aged 13"
#: ("deaf", "autistic", "trans"): the age is still theirs (``asker_ages``, ``asker_general``)
_DESCRIBING = (
    r"(?:teenage|teen|young|deaf|hard of hearing|blind|partially sighted|disabled|autistic|adhd|"
    r"dyslexic|neurodivergent|trans|transgender|gay|lesbian|bi|bisexual|queer|lgbt|lgbtq|"
    r"non binary|nonbinary|black|white|asian|brown|mixed race|muslim|jewish|christian|sikh|"
    r"hindu|catholic|traveller|gypsy|scared|lonely|shy|vulnerable|care experienced|adopted|"
    r"fostered|foster|welsh|english|polish)"
)
_AGED_CHILD_FIRST = re.compile(
    rf"^(?:a |an |the |this |one )?(?:little |young |teenage |teen )?"
    rf"(?:(?:{_CHILD}) (?:aged |age |of )?\d{{1,2}}|\d{{1,2}} ?(?:year old|yr old|yo|y o) "
    rf"(?:{_CHILD})"
    # ... or with a school year: "girl in year 9", "a year 8 boy", "yr 7 girl"
    rf"|(?:{_CHILD}) (?:in )?(?:year|yr|y) ?\d{{1,2}}|(?:year|yr|y) ?\d{{1,2}} (?:{_CHILD}))\b"
)


def _after_unit(rest: str) -> str:
    return " " + _UNIT.sub("", rest.strip()).strip()


def did_to_me(rest: str) -> bool:
    """The words after an age (``rest``) say that its owner did something to the asker ("is
    bullying me", "at school touched me", "yn fy mwlio"), with nobody else named between."""
    rest = _after_unit(rest)
    return bool(_TO_ME_EN.match(rest) or _TO_ME_CY.match(rest))


def told_after(rest: str) -> bool:
    """The words after an age say that its owner told or said something ("told me her dad…",
    "wedi dweud wrtha i")."""
    return _TOLD.match(_after_unit(rest)) is not None


def told_by_aged_child(cleaned: str) -> bool:
    """The words begin with a child named with an age who told something ("girl 9 told me her
    dad hurts her", "a 12 year old boy said his coach…"): a grown-up asking about that child."""
    found = _AGED_CHILD_FIRST.match(cleaned)
    return found is not None and told_after(cleaned[found.end() :])


def someone_elses(rest: str) -> bool:
    """The words after an age say its owner did something to the asker or told something: the
    age is not the asker's ("man 40 keeps messaging me", "woman 35 told me…")."""
    return did_to_me(rest) or told_after(rest)
