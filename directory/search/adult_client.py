"""(w47unsaid, check46 F10) A professional asking for an adult they see: "GP here, adult patient
disclosed childhood abuse", "my client is 45 and was abused by her uncle as a child", "a woman in
her 50s told me her brother abused her when she was young". The page was a professional's
asking for a child: the NSPCC's line for adults worried about a child first, and a children's
therapy service 40 miles away as the first card. For them the lines and services for adults
come first, and services only for children and the lines for someone else's worry after.

Never a professional naming a child or a young person ("pupil", "a 15 year old", "teenage
girl", an adult client's daughter), whatever else the words say."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .columns import Columns
    from .understand import Understood

_DECADES = r"(?:[2-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
#: the one the professional asks for is an adult: said so, an adult's age or decade, or abuse
#: told of their childhood
_ADULT_CLIENT = re.compile(
    r"\badult (?:patient|client|service user|survivor|woman|man|female|male|lady|resident|"
    r"learner|tenant|customer|member)s?\b"
    r"|\b(?:patient|client|service user|woman|man|lady|gentleman|resident|tenant|she|he)"
    r"(?: \w+){0,2}? (?:is|s|aged|age|who is) (?:[2-9]\d|in (?:her|his|their) " + _DECADES + r")\b"
    r"|\bin (?:her|his|their) (?:late |early |mid )?" + _DECADES + r"\b"
    # (w48judged, judged47) "a woman of 32", "man aged 45", "a 40 year old woman"
    r"|\b(?:woman|man|lady|gentleman|adult|client|patient|person|resident|service user) "
    r"(?:of|aged) [2-9]\d\b"
    r"|\b[2-9]\d ?(?:year old|yr old|yo|y o) (?:woman|man|lady|gentleman|adult|client|"
    r"patient|resident|service user|female|male)\b"
    r"|\b(?:a|an|the) (?:woman|man|lady|gentleman|adult) (?:i|we) (?:support|work with|care for|"
    r"look after|see|visit)\b"
    # (w61pro, check61 §9) a patient who told or said something, no child named ("nurse,
    # patient says she will kill herself after disclosure", "gp, my patient told me her ex
    # raped her"): a health professional's patient is an adult unless the words name a child
    # (``_CHILD_CLIENT``); not a patient only asked about ("advice about a patient")
    r"|\bpatients? (?:\w+ ){0,2}?(?:says|said|say|told|tells|disclosed|discloses|disclosing|"
    r"reported|reports|wants|is going|will|has been|was raped|was assaulted|was abused)\b"
    r"|\b(?:disclosed|told me about|told us about|spoke about|talked about|reported) "
    r"(?:\w+ )?(?:childhood|historic|historical|non recent|past) (?:sexual )?abuse\b"
    r"|\b(?:abused|raped|assaulted|molested)(?: \w+){0,4}? (?:as a child|as a girl|as a boy|"
    r"as a kid|in (?:her|his|their) childhood|when (?:she|he|they) (?:was|were) (?:young|"
    r"little|a child|a girl|a boy|small|a kid))\b"
    # (w59cylife, welsh24 F11) Welsh: "claf yn oedolyn" (an adult patient), "cleient sy'n 45
    # oed", "wedi datgelu cam-drin yn blentyn / hanesyddol" (abuse as a child, historic)
    r"|\b(?:claf|cleifion|cleient|cleientiaid|defnyddiwr gwasanaeth|menyw|dynes|dyn|preswylydd)"
    r"(?: \w+){0,2}? (?:yn|n|syn|sy n|sydd yn) (?:oedolyn|oedolion|[2-9]\d oed)\b"
    r"|\b(?:oedolyn|oedolion) (?:\w+ ){0,2}?(?:wedi |yn )?(?:datgelu|dweud|deud|son am|sôn am)\b"
    r"|\b(?:datgelu|dweud am|deud am|son am) (?:cam drin|camdriniaeth|gam drin|camdrin)"
    r"(?: rhywiol)? (?:yn blentyn|yn ei phlentyndod|yn ei blentyndod|hanesyddol|yn y gorffennol)\b"
    # (w65pro2, check63 row 182) a grown-up by the words: "resident with dementia", "elderly
    # patient", "vulnerable adult", Welsh "claf a dementia"
    r"|\b(?:elderly|older|frail|retired) (?:\w+ )?(?:residents?|patients?|clients?|"
    r"service users?|tenants?|lady|ladies|gentleman|gentlemen|man|woman|person|people)\b"
    r"|\b(?:residents?|patients?|clients?|service users?|tenants?)(?: \w+){0,3}? (?:with|has|"
    r"who has|living with|has got|diagnosed with) (?:\w+ )?(?:dementia|alzheimers|alzheimer s)\b"
    r"|\b(?:dementia|alzheimers|elderly care|care home|nursing home) (?:\w+ )?(?:residents?|"
    r"patients?|wards?|unit)\b|\bvulnerable adults?\b"
    r"|\b(?:preswylydd|preswylwyr|claf|cleifion|cleient)(?: \w+){0,2}? (?:oedrannus|hen|"
    r"(?:a|gyda|efo) dementia)\b"
    # (w65pro2, welsh26 F9) an adult survivor: "staff member is a survivor", "yn oroeswr"
    r"|\b(?:is|are) (?:an? )?(?:adult )?survivors?\b|\byn (?:g|)oroeswr(?:aig)?\b"
    # (w65pro2, welsh26 F9) Welsh twin of "patient has been raped / told": "claf wedi cael ei
    # threisio", "claf wedi datgelu"
    r"|\b(?:claf|cleient|preswylydd) (?:\w+ ){0,2}?(?:wedi|yn) (?:datgelu|dweud|deud|cael ei "
    r"(?:threisio|dreisio|cham drin|gam drin|cham drin yn rhywiol|hymosod arni|ymosod arno))\b"
)
#: a child or young person named: the help is for them
_CHILD_CLIENT = re.compile(
    r"\b(?:pupil|pupils|child|children|kid|kids|boy|girl|teen|teenager|teenage|young person|"
    r"daughter|daughters|son|sons|stepdaughter|stepson|grandchild|grandchildren|granddaughter|"
    r"grandson|niece|nephew|"
    r"young people|toddler|baby|infant|student in year|year \d{1,2}|yr \d{1,2}|"
    # (w61pro) the settings where the patients are children
    r"paediatric|pediatric|paeds|peds|school nurse|camhs|nicu|"
    r"(?:[1-9]|1[0-7]) ?(?:year old|yr old|yo|y o)|aged (?:[1-9]|1[0-7]))\b"
    # (w59cylife) Welsh: a pupil, a child, a daughter, an age under 18 ("15 oed")
    r"|\b(?:disgybl|disgyblion|plentyn|blentyn|plant|merch|mab|person ifanc|pobl ifanc"
    r"|(?:[1-9]|1[0-7]) oed)\b"
)
#: the ways of telling of an adult's childhood that name a child ("as a child"), left out
#: before looking for a child named
_RECALLED = re.compile(
    r"\b(?:as a (?:child|girl|boy|kid)|when (?:she|he|they) (?:was|were) (?:a child|a girl|"
    r"a boy|a kid|young|little|small))\b"
    r"|\byn blentyn\b"  # (w59cylife) Welsh "as a child"
    r"|\bson am\b"  # (w59cylife) "sôn am" (to talk about), folded: not a son
)


#: (w48judged, judged47) someone who says they support an adult, as paid carers and support
#: workers say it without naming their job: "i support a man of 45 with autism", "we care for
#: a lady in her 60s"
_SUPPORTS = re.compile(
    r"\b(?:i|we) (?:support|work with|care for|look after|visit|am supporting|m supporting|"
    r"are supporting) (?:a|an) (?:\w+ ){0,3}?(?:woman|man|lady|gentleman|adult|client|"
    r"resident|service user|person)\b"
)


#: (check49) a parent's child said to be grown up: "my adult son", "our grown up daughter"
_GROWN_CHILD = re.compile(
    r"\b(?:my|our) (?:adult|grown up|grown|grownup) (?:son|daughter|child|children|kids?|boy|"
    r"girl|stepson|stepdaughter)s?\b"
    # (thirty-sixth walk-through F4) "my son is 26 and has just told me…"
    r"|\b(?:my|our) (?:son|daughter|stepson|stepdaughter|child|boy|girl) (?:is|s|who is) (?:now "
    r")?(?:1[89]|[2-9]\d)\b(?! (?:months?|weeks?|days?|year old (?:son|daughter|child)))"
)


def for_an_adult_client(understood: Understood, cleaned: str) -> bool:
    """A parent whose child is grown up (``for_age`` 18 or over); or a professional
    (``understood.asker``) or someone who says they support an adult (``_SUPPORTS``), whose
    words (``cleaned``) ask for an adult they see (``_ADULT_CLIENT``) and name no child or young
    person (``_CHILD_CLIENT``), nor an age under 18 of whoever the help is for."""
    asker = understood.asker
    if asker.persona == "parent" and (
        (asker.for_age is not None and asker.for_age >= 18) or _GROWN_CHILD.search(cleaned)
    ):
        return True  # (w48grown) "my son is 22 and has autism, he told me…": a grown-up child
    # ("we care for …" reads as a parent's words; the one they care for is an adult)
    supporter = asker.persona in ("", "parent") and _SUPPORTS.search(cleaned) is not None
    if asker.persona != "professional" and not supporter:
        return False
    if asker.for_age is not None and asker.for_age < 18:
        return False
    if not _ADULT_CLIENT.search(cleaned):
        return False
    return not _CHILD_CLIENT.search(_RECALLED.sub(" ", cleaned))


def only_for_children(columns: Columns) -> np.ndarray:
    """The services only for children and young people (not for adult survivors too), over
    positions: for ``for_an_adult_client``, after the others."""
    children = columns.having("audience", "children-young-people")
    only: np.ndarray = children & ~columns.having("audience", "adult-survivors")
    return only
