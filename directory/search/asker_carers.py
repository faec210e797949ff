"""(probe 19, patterns 3 and 4) Parents and carers in words the other ``asker_*`` tables did not
read: a parent's pet names said first ("mummy to a 4yo", "daddy of two girls"), a guardian or
carer of their own brother or sister ("legal guardian of my younger sister"), and signs of
abuse asked about in a child said by age ("signs of grooming in a 9 year old"); and an adult
who says their age in brackets after what they are ("dad of two (41)"), whose own abuse in
childhood is what they tell even when their child is named as why it comes back now ("…now
my son is that age"). Never a child's own words ("my little brother (10) touched me"), nor
harm done to the asker's child ("…and now he has touched my daughter": a parent). Over
``clean_text``'s words; used by ``asker_general`` and ``asker_family``."""

from __future__ import annotations

import re

from .asker_roles import harmed_asker

_PARENT_NAME = (
    r"(?:mummy|mommy|mammy|mumma|momma|mama|daddy|mum|mom|mam|dad|mother|father|parent|"
    r"step ?mum|step ?dad|step ?mummy|step ?daddy|foster mum|foster dad|nana|grandma|grandad|"
    r"granny|grandmother|grandfather)"
)
#: "mummy to a 5yo", "daddy of two girls", "proud mum to three"
_PARENT_TO = re.compile(
    rf"^(?:\w+ )?{_PARENT_NAME} (?:to|of) (?:a |an |my |one |two |three |four |five |\d |twins)?"
    r"(?:\w+ )?(?:\d{1,2} ?(?:yo|y o|yr old|yrs old|year old|years old|month old|m o)|girls?|"
    r"boys?|kids|children|child|daughters?|sons?|baby|babies|toddlers?|teens?|teenagers?|lo|"
    r"little ones?|twins|one|two|three|four|five)\b"
)
#: a guardian or carer of their own brother or sister, said first
_SIBLING_GUARDIAN = re.compile(
    r"^(?:im |i am |i m |i have been |ive been |i ve been )?(?:the |a |now |now the )?(?:legal |"
    r"special |kinship |full time |sole )?(?:guardian|carer|kinship carer|parent figure) (?:of|for|"
    r"to) my (?:little |younger |baby |kid |small |\w+ year old |)(?:brother|sister|brothers|"
    r"sisters|siblings?|half brother|half sister|step brother|step sister)\b"
)
#: signs of abuse asked about in a child said by age or as a child: "signs of sexual abuse in a
#: 5 year old" (a child does not ask for the signs in another by their age)
_SIGNS_IN_A_CHILD = re.compile(
    r"\b(?:signs|symptoms|indicators|warning signs|red flags|behaviours|behaviors) (?:of|that)"
    r"(?: \w+){0,3}? (?:abuse|abused|grooming|groomed|molested|molestation|being abused|"
    r"interference) (?:in|on|for|with|from) (?:a |an |the |this |our |your )?(?:\w+ )?"
    r"(?:\d{1,2} ?(?:yo|y o|yr old|yrs old|year old|years old)|child|toddler|baby|little girl|"
    r"little boy|preschooler|infant)\b"
)
#: ... and in Welsh: a guardian of a brother or sister ("gwarcheidwad fy chwaer fach"), a
#: parent to a child said by age or number ("mami i ferch 4 oed", "tad i ddau")
_CY_CARER = re.compile(
    r"^(?:\w+ )?(?:gwarcheidwad|gwarcheidwraig|warcheidwad|gofalwr|gofalwraig)(?: cyfreithiol)? "
    r"(?:i |dros |ar ran )?fy (?:mrawd|chwaer|mrodyr|chwiorydd|hanner brawd|hanner chwaer|"
    r"llysfrawd|llyschwaer)\b"
    r"|^(?!(?:fy|ein|ei|eu)\b)(?:\w+ )?(?:mami|mam|tad|dadi|rhiant|nain|taid|mamgu|tadcu) i "
    r"(?:ferch|fachgen|blentyn|blant|fabi|efeilliaid|ddau|ddwy|dri|dair|bedwar|\w+ \d{1,2} oed)\b"
)


#: (twenty-fifth walk-through F3) a child in one's care, said by what one does: "i foster a
#: girl of 8", "we are fostering two brothers", "i look after a boy of 9", "we adopted a lad",
#: "the girl we foster", "our foster kid"; a partner's child ("my partner's kid", "my
#: boyfriend's little girl"); a grandchild, niece or nephew who lives with the asker; "i'm her
#: legal guardian"; and in Welsh, "dwi'n maethu…", "gofalwraig faeth", "plentyn fy mhartner"
_CHILD_NOUN = (
    r"(?:girl|boy|lad|lass|child|kid|kiddo|teen|teenager|baby|toddler|young person|little one|"
    r"son|daughter|\d{1,2} ?(?:year old|yr old|yo|y o))"
)
_CHILDREN_NOUN = r"(?:girls|boys|lads|children|kids|teens|teenagers|siblings|brothers|sisters)"
_AGED = r"(?:little |young |teenage |baby |small |\d{1,2} ?(?:year old|yr old|yo) )?"
_CHILD_IN_CARE = re.compile(
    # (never "we were fostered kids", "i was adopted": what was done to the asker)
    r"\b(?:i|we|i m|im|i am|we re|we are|were(?= \w+ing\b)|i ve|we ve|ive|weve|i have|we have) "
    r"(?:(?!was|were|been|being|got|get)\w+ |been (?=\w+ing\b))?"
    r"(?:(?:foster|fostering|fostered|adopted|adopting|raising|bringing up|brought up|have "
    r"custody of) (?:a |an |the |this |our |one |two |three |\d )?"
    rf"{_AGED}(?:{_CHILD_NOUN}|{_CHILDREN_NOUN})"
    # (one child looked after, not a nursery's "i care for children")
    rf"|(?:look after|looking after|care for|caring for) (?:a |an |this |one )?{_AGED}"
    rf"{_CHILD_NOUN})\b"
    rf"|\bthe (?:little |young )?(?:{_CHILD_NOUN}|{_CHILDREN_NOUN}) (?:i|we) (?:\w+ )?(?:foster|"
    r"adopted|look after|care for|are fostering|am fostering|m fostering|re fostering)\b"
    r"|\b(?:my|our) (?:foster|fostered|adopted|adoptive) (?:kid|kids|child|children|girl|boy|"
    r"lad|teen|teenager|baby|placement|little one)\b"
    # a child placed with the asker, or in their care: "the girl placed with us", "a lad of 12
    # in our care", "we have two boys placed with us" (not "i was placed with a family")
    rf"|\b(?:{_CHILD_NOUN}|{_CHILDREN_NOUN}) (?:\w+ )?(?:who s |who is |who are |that s |that is )?"
    r"(?:placed with (?:me|us)|in (?:my|our) care)\b"
    r"|\bmy (?:partners|partner s|girlfriends|girlfriend s|boyfriends|boyfriend s|wifes|wife s|"
    r"husbands|husband s|fiances|fiance s|fiancees|other halfs|other half s) (?:\w+ )?(?:\w+ )?"
    rf"(?:{_CHILD_NOUN}|{_CHILDREN_NOUN}|little ones|step ?(?:son|daughter))\b"
    r"|\bmy (?:great |grand )?(?:niece|nephew|granddaughter|grandaughter|grandson|grandchild|"
    r"grandkids|grandchildren|great niece|great nephew) (?:\w+ )?(?:lives|living|stays|has "
    r"lived|is living|has been living) with (?:me|us)\b"
    r"|\b(?:i m|im|i am|we re|we are|were) (?:his|her|their) (?:legal |special |kinship )?"
    r"(?:guardian|guardians|carer|carers|foster carer|foster carers|foster parent|foster parents|"
    r"foster mum|foster dad|adoptive mum|adoptive dad|adoptive parent|adoptive parents)\b"
)
_CHILD_IN_CARE_CY = re.compile(
    r"\b(?:maethu|mabwysiadu|magu) (?:y |yr |dau |dwy |tri |tair )?(?:ferch|merch|fachgen|"
    r"bachgen|blentyn|plentyn|plant|brodyr|chwiorydd|hogyn|hogan|babi)\b"
    r"|\b(?:gofalwr|gofalwraig|gofalwyr|rhiant|rhieni|mam|tad) (?:maeth|faeth|mabwysiadol|"
    r"fabwysiadol)\b"
    r"|\b(?:plentyn|plant|mab|merch|bachgen|hogyn|hogan|babi) (?:bach |ifanc )?fy (?:mhartner|"
    r"nghariad|ngwr|ngwraig|mhartneriaid)\b"
)


def carer_in_more_words(cleaned: str) -> bool:
    """A parent or carer said the ways above, and no harm told as done to the asker."""
    said = (
        _PARENT_TO.search(cleaned)
        or _SIBLING_GUARDIAN.search(cleaned)
        or _SIGNS_IN_A_CHILD.search(cleaned)
        or _CY_CARER.search(cleaned)
        or _CHILD_IN_CARE.search(cleaned)
        or _CHILD_IN_CARE_CY.search(cleaned)
    )
    return said is not None and not harmed_asker(cleaned)


#: an adult's age said in brackets (cleaned: after) what they are: "mother of three 36", "dad
#: of 2 41", "mum 38"
_PARENT_AGE = re.compile(
    r"^(?:im an? |i am an? |i m an? |an? )?(?:(?!(?:my|our|his|her|their|the|your|fy|ein)\b)"
    rf"\w+ )?(?:{_PARENT_NAME}|mami|tad|dadi|rhiant|nain|taid)(?: (?:of|to|i) (?:one|two|three|"
    r"four|five|six|\d|twins|ddau|ddwy|dri|dair|bedwar|bump|chwech)(?: \w+)?)? (?:aged |age )?"
    r"(?P<age>\d{2})\b"
    r"(?! ?(?:year olds|yr olds|yo s|kids|children|miles|minutes|years? ago|yrs? ago)\b)"
)


def parent_age_first(cleaned: str) -> tuple[int | None, str]:
    """The age (18 to 99) a parent says first after what they are, and their sex."""
    found = _PARENT_AGE.match(cleaned)
    if found is None or not 18 <= int(found["age"]) <= 99:
        return None, ""
    female = re.search(
        r"\b(?:mummy|mommy|mammy|mum|mom|mam|mother|nana|grandma|granny|mami|nain)\b", found[0]
    )
    male = re.search(r"\b(?:daddy|dad|father|grandad|grandfather|tad|dadi|taid)\b", found[0])
    return int(found["age"]), "female" if female else "male" if male else ""


#: harm done to the asker's child, or a child who told: a parent asking about their child
_HARM_TO_MY_CHILD = re.compile(
    r"\b(?:abus\w*|touch\w*|rap\w*|molest\w*|groom\w*|assault\w*|hurt\w*|interfer\w* with|"
    r"done to|did to|does to|doing to)(?: \w+){0,3}? (?:my|our) (?:\w+ )?(?:daughters?|sons?|"
    r"child|children|kids?|boys|girls|baby|toddler|teen|stepdaughter|stepson|grandchild|"
    r"granddaughter|grandson)\b"
    r"|\b(?:my|our) (?:\w+ )?(?:daughters?|sons?|child|children|kids?|boys|girls|baby|toddler|"
    r"teen|stepdaughter|stepson)(?: \w+){0,3}? (?:was|has been|is being|got|says|said|told|"
    r"disclosed|has told|came home)\b"
    r"|\b(?:fy|ein) (?:merch|mab|mhlentyn|mhlant|plant)\b(?: \w+){0,4}? (?:wedi cael ei|wedi ei|"
    r"wedi dweud|yn dweud|ddywedodd)\b|\b(?:cam drin|gam drin|cyffwrdd|gyffwrdd|threisio|"
    r"treisio) fy (?:merch|mab|mhlentyn|mhlant)\b"
)


def adult_told_childhood(cleaned: str, age: int | None) -> bool:
    """An adult (an age of 18 or more said) telling of their own childhood, with no harm to a
    child of theirs told: their child named only as why it comes back now."""
    return age is not None and age >= 18 and not _HARM_TO_MY_CHILD.search(cleaned)
