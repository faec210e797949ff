"""(w47unsaid, check46 F3) Someone who says they have a carer, a support worker or a key worker,
lives in a care home or in supported living, or has a learning disability (check49: or uses a
wheelchair, or is disabled), and says no age and
nothing a child says: most often an adult. "i have a learning disability and my carer touches
me" read as a child's words (abuse told in the present tense), so the page gave Childline only,
told them to ask a grown-up to contact the service for them, and showed a children's centre 30
miles away. Their words now say nobody in particular is asking: the lines for adults and for
children both, and services for adults (and for disabled people, where listings say so) beside
children's. With an age said ("im 45", "im 12"), or a child's signs (school, a foster carer, a
children's home, a parent or stepparent, "im a kid"), the reading is as it was.

(w49note, check51 F5) "learning disability adult abused by carer" ignored the word "adult":
Childline and the NSPCC's line led, and a children's centre was the first card. Someone who
names an adult with a disability or a carer ("a disabled adult", "an adult with autism", "adult
abused by a support worker") is now read as an adult (``grown_up_named``); and someone whose
own carer harms them now (``cared_now.harmed_now_in_care``) has the lines for adults first,
and services only for adults abused as children after the rest (``unsaid_age``)."""

from __future__ import annotations

import re

from .adult_settings import adult_care_setting
from .asker_witness import ME_TOO

#: the asker's own paid carer or a worker supporting them, or where adults are cared for: not a
#: foster carer, a young carer or a carer for someone else ("im a carer for my mum")
_CARED_FOR = re.compile(
    r"\bmy (?:\w+ )?(?<!foster )(?<!young )(?:carers?|care workers?|care staff|support workers?|"
    r"key workers?|keyworkers?|personal assistants?|pa|support staff|home carers?)\b"
    r"|\b(?:the|a|one of the) (?:\w+ )?(?:carers?|care workers?|support workers?|key workers?) "
    r"(?:who|that|what) (?:\w+ )?(?:helps?|looks? after|comes? to|cares? for|supports?|visits?|"
    r"washes|baths|dresses|sees) (?:me|us)\b"
    r"|\b(?:my|the|our|a) (?:care home|nursing home|residential home|group home|supported "
    r"living|supported housing|day centre|day center)\b"
    r"|\bi (?:live|am|m|stay|staying|living) (?:in|at) (?:a |my |the )?(?:care home|nursing "
    r"home|residential home|group home|supported living|supported housing)\b"
    r"|\b(?:staff|carers?|workers?) (?:at|in|where) (?:my|the) (?:home|house|flat|unit|place)\b"
    r"|\bi (?:have|ve got|have got|got|live with) (?:a |an |mild |severe )?learning "
    r"(?:disabilit|difficult)\w*|\bim learning (?:disabled|disabilit\w*)\b"
    # (check49) the asker's own disability said as an adult says it: "i use a wheelchair",
    # "im disabled", "a wheelchair user"
    r"|\bi (?:use|am in|m in|rely on) a (?:wheelchair|power chair|mobility scooter)\b"
    r"|\b(?:im|i am|i m) (?:a )?(?:wheelchair user|disabled|physically disabled|registered "
    r"disabled|registered blind|blind|partially sighted)\b"
)

#: a child saying what they are ("im only a kid", "dw i'n blentyn"): read here and by
#: ``grown_up_note``
IM_A_CHILD = (
    r"(?:im|i am|i m) (?:a |only a |just a |still a )?(?:kid|child|teen|teenager|little)"
    r"|(?:dw i|dwi|rwy|rydw i) (?:n|yn) (?:blentyn|ferch|fachgen|hogyn|hogan)"
)
#: what a child says of themselves or their life: school, a foster carer or a children's home,
#: a parent or stepparent, "im a kid"
_CHILDS_SIGNS = re.compile(
    r"\b(?:school|year \d{1,2}|yr \d{1,2}|foster\w*|children s home|childrens home|kids home|"
    r"young carer|in care(?! home)|looked after|my (?:mum|mom|mam|mummy|dad|daddy|stepdad|"
    r"step dad|stepmum|step mum|stepfather|stepmother|parents?|nan|nana|gran|grandad|grandma)|"
    rf"{IM_A_CHILD}|childline)\b"
)


#: (w49note) an adult named with a disability, or as cared for: "a disabled adult", "vulnerable
#: adult", "learning disability adult", "an adult with autism", "adult abused by carer"
_CARERS = (
    r"(?:carers?|care workers?|care staff|support workers?|support staff|key ?workers?|"
    r"personal assistants?|home carers?)"
)
_ADULT_CARED_FOR = re.compile(
    r"\b(?:vulnerable|disabled|learning disab\w*|learning disabled|autistic|deaf|blind) adults?\b"
    r"|\badults? (?:with|who has|who have|that has) (?:a |an )?(?:\w+ )?(?:disabilit\w*|"
    r"difficult\w*|autism|special needs)"
    rf"|\badults?\b(?: \w+){{0,5}}? (?:by|from) (?:a |an |the |my |their |his |her )?(?:\w+ )?"
    rf"{_CARERS}\b"
)


def cared_for_adult(cleaned: str) -> bool:
    """The words (``cleaned``) tell of the asker's own carer, support worker or care home, or
    their learning disability (``_CARED_FOR``), or name an adult cared for or with a disability
    (``_ADULT_CARED_FOR``), and of nothing a child says (``_CHILDS_SIGNS``). Who reads this
    also checks that no age is said."""
    said = bool(_CARED_FOR.search(cleaned) or _ADULT_CARED_FOR.search(cleaned))
    said = said or adult_care_setting(cleaned)  # (w56fit) "man at day centre", "disablity"
    return said and not _CHILDS_SIGNS.search(cleaned)


def grown_up_named(cleaned: str, persona: str) -> bool:
    """(w49note) The words name a grown-up: a relative's adult age, told of their abuse
    (``grown_kin_told``), or, when nobody in particular or a child is read as asking, an adult
    with a disability or cared for (``_ADULT_CARED_FOR``) and nothing a child says."""
    if grown_kin_told(cleaned):
        return True
    named = persona in ("", "child") and _ADULT_CARED_FOR.search(cleaned)
    return bool(named) and not _CHILDS_SIGNS.search(cleaned)


#: (w49note) told of childhood or long ago: "as a child", "when i was little", "growing up"
_CHILDHOOD = re.compile(
    r"\b(?:as a (?:child|kid|boy|girl|teenager|teen)|when i was (?:a |young|little|small|"
    r"\d)|growing up|in (?:my )?childhood|years ago|(?:historic|historical|non recent))\b"
)


def without_parents_named(
    persona: str, age: int | None, names: list[str], cleaned: str
) -> list[str]:
    """The concepts ``names`` without "parents" when nobody in particular is read as asking, no
    age is said and the words are a cared-for adult's (``cared_for_adult``): "my carer" is
    their own paid carer, not a parent or carer of a child (the NSPCC's line and Parents
    Protect led the services available everywhere)."""
    if persona or age is not None or "parents" not in names or not cared_for_adult(cleaned):
        return names
    return [name for name in names if name != "parents"]


#: (the last words check, 54) an older parent or grandparent cared for, abused by who cares for
#: them: "my mum has dementia and i think a care worker is abusing her", "my nan is in a care
#: home and a carer touches her"
_ELDER_AT_RISK = re.compile(
    r"\bmy (?:mum|mom|mam|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|"
    r"grandmother|grandfather|elderly \w+|\w+ in law)\b(?: \w+){0,4}? "
    r"(?:has|s got|has got|with|is in|lives in|in) (?:a |an |the )?(?:dementia|alzheimers|"
    r"alzheimer s|care home|nursing home|residential home|sheltered housing|stroke)"
    r"|\bmy elderly (?:mum|mom|mam|mother|dad|father|nan|gran|grandma|grandad|parents?)\b"
    # (w61adult, check61 §9) a grandparent and who cares for them: "my nan says the carer is
    # rough with her", "my grandads care worker shouts at him"
    r"|\bmy (?:nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|"
    r"grandfather)s?\b(?: \w+){0,5}? (?:carers?|care workers?|care staff|home help|"
    r"support workers?)\b"
)


def elder_at_risk(cleaned: str, persona: str) -> bool:
    """A grown-up telling of an older parent or grandparent cared for by others, harmed: the
    asker is an adult, not a child (Childline led the talk box), when nothing else was read
    (``persona`` "") or only a child's, with no harm to the asker ("me") told."""
    if persona not in ("", "child") or (persona == "child" and ME_TOO.search(cleaned)):
        return False
    return bool(_ELDER_AT_RISK.search(cleaned))


#: (thirty-seventh walk-through F2) a relative said to be grown up, by their age: "my brother is
#: 58", "i look after my brother, he is 58", "my mum is 70" ...
_KIN = (
    r"(?:brother|sister|stepbrother|stepsister|step brother|step sister|mum|mam|mother|dad|"
    r"father|uncle|aunt|auntie|aunty|cousin|friend|best friend|partner|husband|wife|boyfriend|"
    r"girlfriend|fiance|fiancee|nan|nana|gran|grandma|grandmother|grandad|granddad|grandfather)"
)
_ADULT_KIN = re.compile(
    rf"\b(?:my|our) {_KIN}(?: \w+){{0,3}}? (?:is|s|who is|aged|he is|she is|hes|shes|they are|"
    r"theyre) (?:now |nearly |almost )?[2-9]\d\b(?! (?:months?|weeks?|days?)\b)"
)
#: ... who was harmed and told the asker: "told me his stepfather abused him", "her dad abused
#: her", "she was raped" (not the relative as the one who harms: "my brother is 19 and abuses me")
_KIN_HARMED = re.compile(
    r"\b(?:abused|raped|assaulted|molested|touched|hurt) (?:him|her|them)\b"
    r"|\b(?:he|she|they) (?:was|were|had been|has been|have been) (?:\w+ )?(?:abused|raped|"
    r"assaulted|molested)\b"
)
#: a child of the asker's, or a child's age, named: then the help may be for a child
_A_CHILD_NAMED = re.compile(
    r"\b(?:son|daughter|kids?|children|grandchild\w*|grandson|granddaughter|pupil|"
    r"(?:[1-9]|1[0-7]) ?(?:year old|yr old|yo|y o))\b"
)


def grown_kin_told(cleaned: str) -> bool:
    """A relative said to be an adult by their age (``_ADULT_KIN``) was harmed and has told the
    asker (``_KIN_HARMED``), and no child is named: an adult's words, about an adult (a brother
    of 58, a mother of 70), however much they say of family. Who reads this also checks that
    the asker says no age of their own."""
    if not (_ADULT_KIN.search(cleaned) and _KIN_HARMED.search(cleaned)):
        return False
    return not _A_CHILD_NAMED.search(cleaned)
