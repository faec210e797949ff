"""The roles of people who work with children in England and Wales, in English and in Welsh, and
how people say they hold one ("nursery worker, a child said…", "im a youth club leader", "i work
in a school", "heddwas dw i", "dw i'n weithiwr cymdeithasol"): a professional asking about a
child (issue 25, probe 11 patterns 7 and 8). Used by ``asker.who_is_asking``; the words are
``clean_text``'s (lower case, no punctuation: "children's" is "childrens", "i'm" is "im").

A role is the asker's only when they say it of themselves: first in the message ("pcso, a
9 year old…"), after "im a", "as a", "i work as", "fel" (as), "dw i'n", or before "here" or
Welsh "dw i" ("athrawes dw i"). Never when the role is someone else's ("my teacher touched
me", "my son's football coach", "fy athro"), when the role-holder is the one who did it
("coach touched my son", "athro wedi fy nghyffwrdd"), or when the asker is a child harmed or
a parent speaking of their own child ("swimming coach keeps messaging my daughter")."""

from __future__ import annotations

import re

from .asker_concern import concerned_about_someone
from .asker_own import _HARMED_SPEAKER
from .asker_patterns import _PARENT, _PARENT_CY
from .asker_told import field_said, told_in_care

#: roles in English, by the field people work in (short forms as people write them, cleaned)
ROLES: dict[str, tuple[str, ...]] = {
    "education": (
        "teacher", "class teacher", "form tutor", "tutor", "supply teacher", "trainee teacher",
        "student teacher", "nqt", "ect", "pe teacher", "head teacher", "headteacher",
        "deputy head", "assistant head", "head of year", "teaching assistant", "ta",
        "learning support assistant", "lsa", "hlta", "learning mentor", "pastoral lead",
        "pastoral manager", "pastoral worker", "pastoral support worker", "pastoral officer",
        "head of pastoral care", "designated safeguarding lead", "dsl", "deputy dsl", "ddsl",
        "deputy designated safeguarding lead", "safeguarding lead", "safeguarding officer",
        "senco", "sendco", "alnco", "school counsellor", "school counselor", "school nurse",
        "school staff", "school staff member", "member of school staff", "member of staff",
        "lunchtime supervisor", "midday supervisor", "dinner lady", "school governor",
        "education welfare officer", "ewo", "attendance officer", "inclusion lead",
        "inclusion manager", "behaviour mentor", "lecturer", "college tutor",
        "educational psychologist", "ed psych", "school social worker",
        # (third probe, pattern 4) the school's other staff
        "librarian", "school librarian", "receptionist", "school receptionist", "office manager",
        "school office manager", "business manager", "school business manager", "administrator",
        "school administrator", "admin assistant", "office staff", "caretaker", "site manager",
        "careers adviser", "careers advisor", "careers officer", "exams officer", "cook",
        "technician", "cover supervisor", "invigilator", "minibus driver", "school bus driver",
    ),
    "early years": (
        "nursery worker", "nursery nurse", "nursery teacher", "nursery manager",
        "nursery practitioner", "early years practitioner", "early years worker",
        "early years educator", "early years teacher", "eyfs practitioner", "childminder",
        "child minder", "nanny", "preschool worker", "pre school worker", "preschool leader",
        "pre school leader", "playgroup leader", "playworker", "play worker", "creche worker",
        "childrens centre worker", "family hub worker",
    ),
    "health": (
        "gp", "doctor", "family doctor", "practice nurse", "nurse", "health visitor", "hv",
        "midwife", "paediatrician", "pediatrician", "paediatric nurse", "childrens nurse",
        "camhs worker", "camhs clinician", "camhs practitioner", "camhs nurse",
        "camhs therapist", "mental health nurse", "mental health practitioner",
        "psychologist", "clinical psychologist", "child psychologist", "psychiatrist",
        "child psychiatrist", "psychotherapist", "therapist", "play therapist",
        "art therapist", "counsellor", "counselor", "dentist", "pharmacist", "paramedic",
        "healthcare assistant", "health care assistant", "sexual health nurse",
        "speech and language therapist", "occupational therapist", "clinician",
        "physio", "physiotherapist", "optician", "optometrist", "radiographer", "receptionist",
        "ward clerk", "play specialist", "hospital play specialist", "school health nurse",
        "health care support worker", "nursing assistant", "student nurse", "student midwife",
        "ambulance crew", "ambulance crew member", "crew member", "ambulance worker",  # probe 14
        "ambulance technician", "emergency medical technician", "emt", "call handler",
    ),
    "social care": (
        "social worker", "sw", "childrens social worker", "student social worker",
        "social work student", "social work assistant", "family support worker",
        "family worker", "family practitioner", "early help worker", "early help practitioner",
        "early help officer", "support worker", "key worker", "keyworker",
        "residential care worker", "residential worker", "residential support worker",
        "care worker", "care home worker", "childrens home worker", "childrens home manager",
        "fostering social worker", "supervising social worker", "adoption social worker",
        "independent reviewing officer", "iro", "personal adviser", "personal advisor",
        "leaving care worker", "contact supervisor", "caseworker", "case worker",
        "duty worker", "duty social worker", "social care worker", "assessment worker",
        "team manager", "practice manager", "senior practitioner",
    ),
    "police and justice": (
        "police officer", "police constable", "pcso", "police community support officer",
        "detective", "child abuse investigation officer", "public protection officer",
        "officer in the case", "isva", "chisva", "idva", "probation officer",
        "youth offending worker", "yot worker", "youth justice worker", "solicitor",
        "barrister", "magistrate", "witness care officer", "registered intermediary",
        "intermediary", "prison officer", "child protection officer", "lado",  # (probe 15)
        "cafcass officer", "cafcass worker", "cafcass guardian", "family court adviser",
        "family court advisor", "childrens guardian",  # (probe 14) the family court's
    ),
    "youth": (
        "youth worker", "youth leader", "youth club leader", "youth club worker",
        "detached youth worker", "youth support worker", "youth mentor", "mentor",
        "scout leader", "guide leader", "brownie leader", "cub leader", "beaver leader",
        "cadet instructor", "outreach worker", "club worker", "club leader", "club assistant",
        "play leader", "kids club worker",
        "group leader", "youth group leader", "activity leader", "camp leader", "brigade leader",
        "boys brigade leader", "girls brigade leader", "girlguiding leader", "explorer leader",
        "choir leader", "choir master", "music leader", "drama leader", "library assistant",
    ),
    "sport": (
        "coach", "sports coach", "football coach", "swimming coach", "swim teacher",
        "dance teacher", "gymnastics coach", "club welfare officer", "welfare officer",
        "club safeguarding officer", "instructor", "martial arts instructor", "lifeguard",
        "riding instructor", "swimming instructor", "sports instructor", "driving instructor",
        "referee", "team manager", "club secretary", "sports physio", "cab driver",
    ),
    "faith": (
        "vicar", "priest", "minister", "pastor", "youth pastor", "imam", "rabbi", "chaplain",
        "church safeguarding officer", "parish safeguarding officer", "sunday school teacher",
        "madrasa teacher", "sunday school leader", "sunday school helper", "church youth leader",
        "church leader", "deacon", "curate", "bible class leader", "taxi driver",  # (probe 15)
    ),
    "voluntary": (
        "volunteer", "charity worker", "helpline worker", "advocate", "independent advocate",
        "befriender", "housing officer", "housing support worker", "refuge worker", "escort",
        "domestic abuse worker", "practitioner", "professional",
    ),
}  # fmt: skip


#: roles in Welsh, by field, as the Welsh Government's and the services' own pages name them
#: (radical forms: the mutations after "yn", "fel" are made below); docs/welsh.md
ROLES_CY: dict[str, tuple[str, ...]] = {
    "education": (
        "athro", "athrawes", "pennaeth", "prifathro", "prifathrawes", "dirprwy bennaeth",
        "cynorthwyydd dosbarth", "cynorthwyydd addysgu", "cynorthwyydd dysgu",
        "cymhorthydd dosbarth", "cymhorthydd addysgu", "arweinydd diogelu dynodedig",
        "arweinydd diogelu", "person diogelu dynodedig", "swyddog diogelu",
        "cydlynydd anghenion dysgu ychwanegol", "cydlynydd ady", "cwnselydd ysgol",
        "nyrs ysgol", "mentor dysgu", "staff ysgol", "aelod o staff", "tiwtor", "darlithydd",
        "swyddog lles addysg", "seicolegydd addysg",
        "llyfrgellydd", "derbynnydd", "rheolwr swyddfa", "gweinyddwr", "gofalwr ysgol",
        "cynghorydd gyrfaoedd", "cynghorwr gyrfaoedd",
        "gyrrwr bws ysgol", "gyrrwr bws", "gyrrwr tacsi ysgol", "hebryngwr", "hebryngwr bws",
    ),
    "early years": (
        "gweithiwr blynyddoedd cynnar", "ymarferydd blynyddoedd cynnar", "gweithiwr meithrin",
        "nyrs feithrin", "arweinydd cylch meithrin", "gwarchodwr plant", "gwarchodwraig plant",
        "gofalwr plant", "gweithiwr chwarae",
        "arweinydd meithrinfa", "rheolwr meithrinfa", "rheolwraig meithrinfa",  # (probe 14)
        "gweithiwr meithrinfa", "athrawes feithrin", "athro meithrin",
    ),
    "health": (
        "meddyg teulu", "meddyg", "nyrs", "ymwelydd iechyd", "bydwraig", "pediatregydd",
        "seicolegydd", "seiciatrydd", "therapydd", "cwnselydd", "gweithiwr camhs",
        "nyrs iechyd meddwl", "parafeddyg", "fferyllydd", "deintydd",
        "ffisiotherapydd", "ffisio", "therapydd iaith a lleferydd", "therapydd galwedigaethol",
        "seicolegydd clinigol", "nyrs ardal", "criw ambiwlans", "technegydd ambiwlans",
    ),
    "social care": (
        "gweithiwr cymdeithasol", "gweithwraig gymdeithasol", "myfyriwr gwaith cymdeithasol",
        "gweithiwr cymorth i deuluoedd", "gweithiwr cymorth teulu", "gweithiwr teulu",
        "gweithiwr cymorth", "gweithiwr allweddol", "gweithiwr gofal preswyl",
        "gweithiwr gofal", "gweithiwr cartref plant", "gweithiwr achos",
        "gweithiwr cefnogi", "gweithiwr cefnogaeth", "gweithiwr dyletswydd",
    ),
    "police and justice": (
        "heddwas", "heddferch", "plismon", "plismones", "swyddog heddlu",
        "swyddog cymorth cymunedol", "swyddog cymorth cymunedol yr heddlu", "ditectif",
        "swyddog prawf", "gweithiwr cyfiawnder ieuenctid", "gweithiwr troseddu ieuenctid",
        "cyfreithiwr", "eiriolwr", "swyddog cafcass", "swyddog cafcass cymru",
    ),
    "youth": (
        "gweithiwr ieuenctid", "arweinydd ieuenctid", "arweinydd clwb ieuenctid", "arweinydd tim",
        "arweinydd sgowtiaid", "mentor", "arweinydd grwp", "arweinydd yr urdd", "arweinydd clwb",
    ),
    "sport": ("hyfforddwr", "hyfforddwraig", "hyfforddwr chwaraeon", "swyddog lles"),
    "faith": (
        "gweinidog", "ficer", "offeiriad", "caplan", "imam", "rabi", "athro ysgol sul",
        "athrawes ysgol sul", "arweinydd ysgol sul",
    ),
    "voluntary": (
        "gwirfoddolwr", "gwirfoddolwraig", "gweithiwr elusen", "gweithiwr proffesiynol",
        "ymarferydd", "swyddog tai", "gweithiwr tai",  # (probe 15) housing officer
    ),
}  # fmt: skip


#: (probe 12) words people put before their role to say which one ("swimming teacher", "maths
#: teacher", "police detective", "a&e doctor", "hospital doctor", "after school club worker"):
#: the subject, the sport, the place, the service
QUALIFIERS = (
    "maths", "math", "english", "science", "history", "geography", "music", "art", "drama",
    "pe", "re", "ict", "computing", "languages", "french", "spanish", "welsh", "dt", "food tech",
    "reception", "year", "primary", "secondary", "infant", "junior", "sixth form", "form",
    "special needs", "send", "supply", "cover", "agency", "private", "piano", "guitar",
    "singing", "swimming", "swim", "football", "rugby", "cricket", "netball", "hockey", "tennis",
    "gym", "gymnastics", "dance", "ballet", "karate", "judo", "taekwondo", "boxing", "kitchen",
    "martial arts", "athletics", "riding", "climbing", "sailing", "sports", "sport",
    "hospital", "a e", "a and e", "ae", "emergency", "emergency department", "ed", "ward",
    "paediatric", "pediatric", "childrens", "community", "practice", "surgery", "gp surgery",
    "specialist", "forensic", "duty", "police", "cid", "mash", "after school", "breakfast",
    "holiday", "after school club", "breakfast club", "holiday club", "youth club", "kids club",
    "sunday school", "church", "mosque", "scout", "scouts", "cadet", "cadets", "brownies",
    "guides", "nursery", "preschool", "pre school", "college", "university", "uni", "foster",
    # (third probe, pattern 4) the service or team: "camhs nurse", "childrens social care duty
    # worker", "school office manager", "youth club", "library"
    "camhs", "social care", "childrens social care", "social services", "early help",
    "childrens services", "emergency duty", "out of hours", "playground", "bus", "fostering",
    "school", "schools", "library", "office", "senior", "lead", "trainee", "student", "night",
    "residential", "mental health", "sexual health", "safeguarding", "health", "maternity",
    "neonatal", "gp practice", "leisure centre", "stables", "riding school", "equestrian",
    "district", "clinical", "ambulance", "play", "cafcass", "family court", "locum", "bank",
    "triage", "theatre", "inpatient", "adolescent", "adoption", "taxi",  # (probe 14, 15)
)  # fmt: skip


#: ... and in Welsh, after the role ("meddyg ysbyty", hospital doctor; "athro nofio", swimming
#: teacher; "nyrs brys", emergency nurse; "ditectif heddlu", police detective)
QUALIFIERS_CY = (
    "ysbyty", "brys", "adran achosion brys", "ysgol", "ysgol gynradd", "ysgol uwchradd",
    "nofio", "mathemateg", "cerdd", "chwaraeon", "pel droed", "rygbi", "dawns", "heddlu",
    "plant", "cymuned", "cymunedol", "clwb", "clwb ar ol ysgol", "clwb brecwast", "meithrin",
    "camhs", "iechyd meddwl", "ward", "gofal cymdeithasol", "gwasanaethau plant", "ieuenctid",
    "marchogaeth", "gymnasteg", "ysgol sul", "llyfrgell", "a e", "a a e",  # (w65pro2) a&e
    "clinigol", "ardal", "ambiwlans", "bws", "bws ysgol",  # (probe 14) "nyrs ardal"
)  # fmt: skip


#: where people who work with children work ("i work in a school", "i work at a nursery")
WORKPLACES = (
    "school", "primary", "primary school", "secondary", "secondary school", "special school",
    "academy", "college", "pru", "pupil referral unit", "nursery", "preschool", "pre school",
    "playgroup", "creche", "childrens centre", "family hub", "childrens home", "care home",
    "residential home", "residential unit", "camhs", "gp surgery", "surgery", "hospital",
    "childrens services", "social services", "social care", "early help", "the police",
    "police", "youth club", "youth centre", "youth service", "youth offending team", "yot",
    "sports club", "football club", "church", "mosque", "madrasa", "charity", "refuge",
)  # fmt: skip


#: ... and in Welsh ("dw i'n gweithio mewn ysgol", "yn yr heddlu", "gyda phlant")
WORKPLACES_CY = (
    "ysgol", "ysgol gynradd", "ysgol uwchradd", "meithrinfa", "cylch meithrin", "coleg",
    "cartref plant", "cartref gofal", "meddygfa", "ysbyty", "gwasanaethau cymdeithasol",
    "gwasanaethau plant", "heddlu", "clwb ieuenctid", "canolfan ieuenctid", "eglwys", "capel",
    "elusen",
)  # fmt: skip


def _alternation(phrases: tuple[str, ...] | list[str]) -> str:
    """A regex matching any of ``phrases`` (longest first, so "nursery nurse" before "nurse")."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


#: Welsh soft mutation of a word's first letters (after "yn" describing, "yn" with a noun)
_SOFT = (("ll", "l"), ("rh", "r"), ("c", "g"), ("p", "b"), ("t", "d"), ("b", "f"),
         ("d", "dd"), ("m", "f"), ("g", ""))  # fmt: skip


def _soft(phrase: str) -> str:
    for start, soft in _SOFT:
        if phrase.startswith(start):
            return soft + phrase[len(start) :]
    return phrase


_EN = _alternation([p for group in ROLES.values() for p in group])


def _feminine(phrase: str) -> list[str]:
    """A woman's name for a "gweithiwr …" role ("gweithwraig ieuenctid", "gweithwraig
    gymdeithasol": the word after it softened or not, as people write it)."""
    if not phrase.startswith("gweithiwr "):
        return []
    rest = phrase.removeprefix("gweithiwr ")
    return [f"gweithwraig {rest}", f"gweithwraig {_soft(rest)}"]


_CY_ROLES = [p for group in ROLES_CY.values() for p in group]
_CY_ROLES += [f for p in _CY_ROLES for f in _feminine(p) if f not in _CY_ROLES]
_CY = _alternation(_CY_ROLES)
_CY_SOFT = _alternation([*_CY_ROLES, *(_soft(p) for p in _CY_ROLES)])

#: roles people also search for as a kind of help ("counsellor for children", "isva support",
#: "therapist near me"): said first, they are not read as the asker's (only "im a…", "as a…")
SOUGHT = frozenset(
    ["counsellor", "counselor", "therapist", "psychotherapist", "psychologist", "psychiatrist",
     "child psychologist", "child psychiatrist", "clinical psychologist", "play therapist",
     "art therapist", "isva", "chisva", "idva", "advocate", "independent advocate", "solicitor",
     "barrister", "mentor", "youth mentor", "befriender", "support worker", "key worker",
     "keyworker", "intermediary", "registered intermediary",
     "professional", "practitioner", "volunteer", "instructor", "minister",
     "cwnselydd", "therapydd", "seicolegydd", "seiciatrydd", "eiriolwr", "cyfreithiwr",
     "meddyg", "nyrs", "gweithiwr cymorth", "ymarferydd",
     "gwirfoddolwr", "gwirfoddolwraig"]
)  # fmt: skip
_WORKER = _alternation(
    [
        p
        for p in (*(p for group in ROLES.values() for p in group), *_CY_ROLES)
        if p not in SOUGHT
        and len(p) > 3  # (not "sw", "ta", "hv" first: "sw london…")
        and not p.startswith("gweithwraig cymorth")
    ]
)

#: what a role-holder did, just after the role: someone else's role ("coach touched my son",
#: "teacher is grooming her", "school nurse told me", "athro yn cyffwrdd fi"), never the asker's
_DID = (
    r"(?:touch\w*|hurt\w*|abus\w*|rap\w*|made|makes|does|did|done|keeps|kept|kiss\w*|groom\w*|"
    r"molest\w*|fiddl\w*|grop\w*|assault\w*|sent|sends|sending|messag\w*|texted|texting|"
    r"show\w*|took|takes|asked|asks|told|tells|said|says|is|was|has|had|wont|will|would|got|"
    r"gets|tried|tries|who|that|fi|fy|ddim|heb|wnaeth|arna i|ata i|i mi"
    # (third probe) what a child tells of a role-holder with them: "the librarian at school gave
    # me his number", "the caretaker keeps looking at me"
    r"|gave|gives|giving|looks at|looked at|looking at|stares|stared|staring|grabb\w*|grabs|"
    r"hugs|hugged|hugging|bought|buys|lets|comes|came|shouts|shouted|smacked|hits|slapped|"
    r"winks|winked|pinches|pinched|picks on|picked on|fancies|stalks|stalked"
    r"|(?:wedi|yn) (?:\w+ )?(?:cam drin|gam drin|ngham drin|cyffwrdd|gyffwrdd|nghyffwrdd|"
    r"treisio|brifo|molestio|anfon|dangos|cusanu|gusanu))"
)
#: words that may come between the role and what they did ("coach at my sons club has been
#: messaging…"); another person named there is who did it ("worker, mums partner abusing…")
_BETWEEN = (
    r"(?:just|has|had|have|been|is|was|keeps|always|also|then|allegedly|apparently|reportedly|"
    r"at|from|of|in|on|my|the|our|his|her|their|sons|daughters|childs|kids|club|school|church|"
    r"team|class|nursery|y|yr|ei|wedi|yn|pool|gym|hospital|surgery|gp|library|centre|center|"
    r"home|park|stables|ward|office|youth|sports|swimming|leisure|local|a|an)"
)
_PREFIX = r"(?:(?:a|an|the|school|schools|primary|secondary|senior|trainee|student|y|yr) )?"
#: (probe 12) a role with a word in front that says which ("swimming teacher"); any role when
#: a child is then reported ("a&e doctor child 6…"), else one not sought as help
_QUAL = rf"(?:(?:(?:{_alternation(QUALIFIERS)}) ){{1,3}})"
_QUAL_ROLE = rf"{_QUAL}(?:{_EN})|(?:{_CY}) (?:{_alternation(QUALIFIERS_CY)})"

#: a role said first ("nursery worker, child aged 3 said…", "pcso support for…", "heddwas
#: angen…"), not followed by what it did nor by a request for one ("childminder near me")
_ROLE_FIRST = re.compile(
    rf"^{_PREFIX}{_QUAL}?(?:{_WORKER})\b(?! (?:{_BETWEEN} ){{0,4}}?{_DID}\b)"
    r"(?! (?:for(?! (?:the )?schools?\b)|near|needed|wanted|please|in my area|recommendations?)\b)"
)
#: ... or a role said first and then a child, a pupil or a family, which is what they report
#: ("school staff member, a child said…", "athro disgybl blwyddyn 4…")
_ROLE_FIRST_TOLD = re.compile(
    rf"^{_PREFIX}(?:{_QUAL_ROLE}|{_WORKER}) "
    rf"(?:(?!(?:for|near|by|with|to|gan|i|ar|gyfer|am|ger|{_DID})\b)\w+ ){{0,2}}?"
    r"(?:a |an |the |one of my |one of our |ein |un o )?(?:child|children|kid|kids|pupil|student|"
    r"young person|boy|girl|lad|toddler|baby|teen|teenager|family|plentyn|plant|disgybl|merch|"
    r"bachgen|person ifanc|teulu|preswylydd|claf|resident|patient"
    # (third probe, pattern 4) a child said by age or school year: "a e nurse, 12 year old
    # presenting…", "receptionist a year 3 girl said…"
    r"|\d{1,2} ?(?:year old|yr old|yrs old|years old|yo|y o|oed)|(?:year|yr|blwyddyn) \d{1,2})\b"
)
#: (third probe, pattern 4) ... or a role said first, with a word in front or not, and then
#: what the asker needs ("nyrs camhs angen gwasanaeth…", "a e nurse needs a local sarc"), or
#: where they work ("gweithiwr cefnogi mewn cartref plant", "support worker at a childrens
#: home")
_ROLE_FIRST_NEEDS = re.compile(
    rf"^{_PREFIX}(?:{_QUAL_ROLE}|{_WORKER}) (?:angen|yn chwilio am|chwilio am|eisiau|isio|need|"
    r"needs|needing|looking for|seeking|requesting|wanting|want|after advice|advice)\b"
    rf"|^{_PREFIX}(?:{_QUAL_ROLE}|{_WORKER}|{_EN}|{_CY}) (?:in|at|mewn|yn y|yn yr|yng|ym|yn) "
    r"(?:a |an |the |our |my |a local )?(?:" + _alternation([*WORKPLACES, *WORKPLACES_CY]) + r")"
    # ... then a child in their care, or what they need (not what a role-holder did to a child:
    # "the caretaker at school keeps looking at me")
    r"(?: \w+){0,2}? (?:a |an |the |one of (?:my|our) )?(?:child|children|kid|kids|pupil|student|"
    r"young person|boy|girl|lad|toddler|baby|teen|teenager|family|resident|patient|plentyn|plant|"
    r"disgybl|merch|bachgen|person ifanc|teulu|preswylydd|claf|angen|need|needs|needing|"
    r"looking for|seeking|advice|\d{1,2} ?(?:year old|yr old|yrs old|years old|yo|oed))\b"
    # (probe 14) any role said first, then what is needed for a child ("… need services for…")
    rf"|^{_PREFIX}(?:{_QUAL_ROLE}|{_EN}|{_CY_SOFT}) (?:need|needs|needing|looking for|seeking|"
    r"angen|yn chwilio am|chwilio am)\b(?: \w+){0,4}? (?:for|i|ar gyfer) (?:a |an |the |this |"
    r"one of (?:my|our) )?(?:child|kid|pupil|student|young person|boy|girl|teen|teenager|toddler|"
    r"baby|patient|client|family|plentyn|blentyn|disgybl|person ifanc|claf|"
    r"\d{1,2} ?(?:year old|yr old|yrs old|years old|yo|y o|oed))\b"
)
#: (probe 12) a short form said first ("ta in primary, child says…", "lsa at a school"), only
#: where it is a role: before where they work, or before a child who told ("ta" is also
#: "thanks": "ok ta", "ta for the help")
_SHORT = r"(?:ta|lsa|hlta|tas|sw|hv|ewo|iro|nqt|ect|dsl|ddsl)"
_SHORT_ROLE_FIRST = re.compile(
    rf"^(?:a |the )?{_SHORT} (?:in|at) (?:a |an |the |our |my |a local )?"
    rf"(?:{_alternation(WORKPLACES)}|reception|(?:year|yr) \d{{1,2}}|ks\d|key stage \d)\b"
    rf"|^(?:a |the )?{_SHORT} (?:\w+ ){{0,2}}?(?:child|pupil|student|kid|girl|boy|young person)"
    r"(?: \w+){0,3}? (?:has |just )?(?:says|said|told|tells|disclosed|has disclosed)\b"
)
#: a role said of oneself: "im a pcso", "as a youth club leader", "i work as a nanny", "im the
#: dsl", "childminder here"
_ROLE_SELF = re.compile(
    rf"\b(?:im|i am|i m|iam|as|i work as|working as|i volunteer as|im working as|i am working as"
    rf"|i trained as|i qualified as)(?: an?| the| one of the)? "
    rf"(?:(?:school|schools|senior|trainee|student|qualified|specialist|community|lead|"
    rf"deputy|local|newly qualified|primary|secondary|volunteer) |{_QUAL})?(?:{_EN})\b"
    rf"|\b(?:{_EN}) here\b"
)
#: "i work in a school", "i work at a nursery", "i teach year 5", "i work with children"
_WORK_PLACE = re.compile(
    rf"\bi (?:work|volunteer|help out|teach|am a volunteer|m a volunteer) (?:in|at|for|with) "
    rf"(?:a |an |the |our |my local |a local |the local )?(?:{_alternation(WORKPLACES)})\b"
    r"|\bi (?:work|volunteer) with (?:children|kids|young people|families|teenagers|under \d+s)\b"
    r"|\bi (?:teach|coach) (?:year|yr|reception|nursery|primary|secondary|under|the under|a class|"
    r"children|kids|pupils|at)\b|\bi run an? (?:youth club|nursery|playgroup|preschool|"
    r"football team|sports club|brownie|scout|cub|dance school)\b"
    r"|\b(?:im|i am|i m) (?:on the staff|a member of staff|staff) (?:at|in|of)\b"
)
#: Welsh: "dw i'n weithiwr cymdeithasol", "rwy'n athrawes", "fel heddwas" (as a police officer),
#: "athrawes dw i", "gweithio fel nyrs", "dw i'n gweithio mewn ysgol / gyda phlant"
_BE_CY = r"(?:dw i n|dwi n|dw in|dwin|rwy n|rwyn|rwyf i n|rwyf in|rydw i n|rydw in|rydwin|ydw in)"
_ROLE_SELF_CY = re.compile(
    rf"\b(?:{_BE_CY}|fel|gweithio fel|yn gweithio fel) (?:yr? )?(?:{_CY_SOFT})\b"
    rf"|\b(?:{_CY}) (?:dw i|ydw i|dwi|ydw|ydwyf|rydw i)\b"
    rf"|\b{_BE_CY} gweithio (?:mewn|yn yr|yn y|i r|ir|i|gyda|efo) "
    rf"(?:{_alternation(WORKPLACES_CY)}|phlant|plant|pobl ifanc|teuluoedd)\b"
)
#: the field's own words, that people outside it rarely use ("a child in our setting", "a mash
#: referral", Welsh "cynllun amddiffyn plant"), and a workplace speaking of itself ("as a
#: school", "we are a nursery"); not "looked after child", which foster carers say too
_FIELD_WORDS = re.compile(
    r"\b(?:mash|marac|mappa|early help assessment|child in need(?! of)|cin plan|cp plan|"
    r"child protection (?:conference|plan|referral|procedures|team)|core group|strategy discussion|"
    r"team around the (?:family|child)|(?:our|my) setting|section 17|s17|safeguarding team|"
    r"cynllun amddiffyn plant|cynhadledd amddiffyn plant|cyfarfod strategaeth|"
    r"ein lleoliad)\b"
    rf"|\b(?:as a|as an|we are a|we are an|im from a|i am from a) (?:{_alternation(WORKPLACES)})\b"
)
#: a pupil or a child who disclosed, in Welsh ("disgybl wedi datgelu", "un o fy nisgyblion";
#: third probe: "preswylydd 14 wedi datgelu", a resident of 14 has disclosed)
_DISCLOSED_CY = re.compile(
    r"\b(?:disgybl|plentyn|myfyriwr|myfyrwraig|person ifanc|preswylydd|claf|aelod)"
    r"(?: \d{1,2}(?: oed)?)? (?:wedi|yn) datgelu\b"
    r"|\bun o fy (?:nisgyblion|mhlant yn yr ysgol)\b|\bfy nisgybl(?:ion)?\b"
)
#: the asker harmed ("touches me", "kissed me", "i was abused", "when i was a child"): a job they
#: name is not why they ask ("im a student nurse and i was raped", "teacher at my school keeps
#: touching me")
_ASKER_HARMED = re.compile(
    r"\b(?:touch\w*|hurt\w*|abus\w*|rap\w*|kiss\w*|grop\w*|grabb\w*|molest\w*|groom\w*|"
    r"messag\w*|texts|texted|texting|sends|sent|sending|follows|followed|fiddl\w*|assault\w*|"
    r"made|makes|flash\w*|films?|filmed|photographs?|photographed) (?:\w+ )?me\b"
    r"|\bi was (?:\w+ )?(?:abused|raped|molested|assaulted|groomed|touched|attacked|hurt)\b"
    r"|\bwhen i was (?:a |an )?(?:child|kid|little|young|younger|boy|girl|teen|teenager|\d)"
)
#: someone harmed speaking in Welsh ("athro wedi fy nghyffwrdd", "yn cyffwrdd fi")
_HARMED_CY = re.compile(
    r"\bfy (?:ngham drin|nghyffwrdd|nhreisio|mrifo|molestio|nghamdrin)\b"
    r"|\b(?:cyffwrdd|brifo|cam drin|gam drin|treisio) (?:a |â )?fi\b"
)


def says_professional(cleaned: str) -> bool:
    """Whether the words say the asker works with children (a role from ``ROLES`` or
    ``ROLES_CY``, or where they work), and not that the role is someone else's."""
    if harmed_asker(cleaned):
        return False
    if _ROLE_SELF.search(cleaned) or _WORK_PLACE.search(cleaned):
        return True
    if _FIELD_WORDS.search(cleaned) or field_said(cleaned):
        return not (_PARENT.search(cleaned) or _PARENT_CY.search(cleaned))
    if _ROLE_SELF_CY.search(cleaned) or _DISCLOSED_CY.search(cleaned):
        return not _PARENT_CY.search(cleaned)
    if not (
        _ROLE_FIRST.match(cleaned)
        or _ROLE_FIRST_TOLD.match(cleaned)
        or _SHORT_ROLE_FIRST.match(cleaned)
        or _ROLE_FIRST_NEEDS.match(cleaned)  # (third probe) "nyrs camhs angen…"
        or told_in_care(cleaned)  # (third probe) "librarian a child aged 12 told me"
    ) or concerned_about_someone(cleaned):  # (words check) "the youth pastor … messages girls"
        return False
    # (not a parent naming their child's)
    return not (_PARENT.search(cleaned) or _PARENT_CY.search(cleaned))


def harmed_asker(cleaned: str) -> bool:
    """The asker speaks of harm done to them ("…touches me", "i was abused", "fy nghyffwrdd"):
    a role they name is someone else's, or their job, not why they ask."""
    return bool(
        _ASKER_HARMED.search(cleaned)
        or _HARMED_SPEAKER.search(cleaned)
        or _HARMED_CY.search(cleaned)
    )


#: (third probe) a Welsh role with the word after it that says which ("nyrs camhs"): the
#: word is the role's, not what is searched ("camhs" read as help for a child's mental health)
_ANY_ROLE = re.compile(rf"\b(?P<role>{_EN}|{_CY_SOFT})(?: (?:{_alternation(QUALIFIERS_CY)}))?\b")
_ANY_ROLE_CY = re.compile(rf"\b(?:{_CY_SOFT})\b")


def own_role(cleaned: str) -> tuple[int, int, str] | None:
    """Where the words name the asker's own role (``says_professional``), and the word that says
    as much in their language ("professional", "proffesiynol"): the role says who asks, not
    what they need ("school counsellor" is not a search for counselling, "family support
    worker" not one for family support, "youth worker" not one for young people)."""
    if not says_professional(cleaned):
        return None
    patterns = (_ROLE_SELF, _ROLE_SELF_CY, _ROLE_FIRST_TOLD, _ROLE_FIRST, _SHORT_ROLE_FIRST)
    for pattern in (*patterns, _ROLE_FIRST_NEEDS):
        found = pattern.search(cleaned)
        role = _ANY_ROLE.search(cleaned, found.start(), found.end()) if found else None
        if role is not None:
            welsh = _ANY_ROLE_CY.fullmatch(role["role"]) is not None
            said = "proffesiynol" if welsh else "professional"
            head = role["role"].split()[-1]
            # (a kind of help the asker gives is still searched: "school counsellor" looks for
            # counselling; not English "nurse", "doctor", "gp": no search for an examination, w35)
            return role.start(), role.end(), f"{said} {head}" if head in SOUGHT else said
    return None
