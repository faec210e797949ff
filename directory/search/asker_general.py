"""(probe 16, patterns 2-4) Who is asking, read in general where the tables of named roles and
words run out: a job said first that the tables do not hold ("lollipop lady", "trampoline
coach", "call handler", Welsh "llywodraethwr ysgol", "therapydd lleferydd"), read as a role
when a child then told or disclosed something (never "my coach touched me": a child's own
words); an adult's own words for themselves ("disabled adult, 26", "need an isva": an adult's
advocate) and an adult age said after "girl", "boy", "merch", "bachgen" ("merch 19 oed");
and parents who speak of families, or of their child's other parent ("my childs father"). Over
``clean_text``'s words; used by ``asker.who_is_asking``."""

from __future__ import annotations

import re

from .asker_carers import carer_in_more_words, parent_age_first
from .asker_lead import job_said_first
from .asker_patterns import _CHILD_AGE, _NOUN_AGE
from .asker_referred import child_referred
from .asker_roles import harmed_asker
from .asker_units import doer_after
from .asker_whose import _DESCRIBING, told_after, told_by_aged_child

#: the last word of a job: a worker's ending ("handler", "governor", "therapist", "physician"),
#: or a word that is a job in itself
_JOB_EN = (
    r"(?:\w+(?:er|or|ist|ian)|(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bold )(?<!\byoung )(?<!\bthis )"
    r"(?<=\w )(?:lady|man|woman)|\w+(?:man|woman)|coach|handler|nurse|"
    r"officer|worker|staff|volunteer|leader|helper|governor|trustee|warden|assistant|tutor|"
    r"medic|chaplain|imam|vicar|priest|rabbi|pastor|magistrate|physio|gp|doctor|cleaner|"
    r"receptionist|head|deputy|inspector|caretaker|lifeguard|dentist|optician|chef|cook)"
)
#: words with a worker's ending that are kin or the asker's own state, never a job
_NOT_JOB = frozenset(
    ["brother", "sister", "father", "mother", "daughter", "grandfather", "grandmother",
     "stepfather", "stepmother", "stepsister", "stepbrother", "stepdaughter", "older", "younger",
     "other", "another", "teenager", "player", "gymnast", "swimmer", "dancer", "member", "user",
     "survivor", "partner", "carer", "foster", "never", "ever", "after", "under", "over",
     "neighbour", "neighbor", "minor", "junior", "senior", "mister", "victim", "other", "her",
     "or", "for", "per", "their", "our", "your", "whether", "together", "later", "earlier",
     "human", "gentleman", "christian", "muslim", "asian", "parent", "pensioner", "retiree",
     "sufferer", "abuser", "offender", "perpetrator", "stranger", "leaver", "lover", "loner",
     "guardian", "godfather", "godmother", "youngster", "supporter", "believer", "grandparent"]
)  # fmt: skip
_ROLE_OPENING = re.compile(
    r"^(?:im an? |i am an? |i m an? |as an? |an? |the )?(?!(?:my|our|his|her|their|your)\b)"
    rf"(?:\w+ ){{0,3}}?(?P<job>{_JOB_EN})\b"
)
#: a child who told, disclosed or said something (the role-holder's report)
_CHILD_TOLD = re.compile(
    r"\b(?:child|children|kid|pupil|student|young person|boy|girl|lad|teen|teenager|caller|"
    r"gymnast|player|swimmer|dancer|member|client|patient|resident|toddler|learner|camper|"
    r"beavers?|cubs?|brownies?|rainbows?|scouts?|guides?|explorers?|cadets?|"  # (probe 19)
    r"\d{1,2} ?(?:yo|y o|yr old|year old|years old))\b(?: \w+){0,4}? (?:has |had |just )?"
    r"(?<!\bnever )(?<!\bnot )(?<!\bnt )(?<!\bno one )(?<!\bnobody )"
    r"(?:told|tells|says|said|disclosed|disclosing|has disclosed|made a disclosure|alleged|"
    r"reported)\b"
    r"|\b(?:disclosed|made a disclosure|disclosure from|disclosure by)\b"
)
_NOT_A_ROLE_AFTER = re.compile(
    r"^ (?:\w+ )?(?:me|my|i"
    # (probe 19) not what the worker heard or saw: "explorers leader, i overheard one of…"
    r"(?! (?:overheard|heard|noticed|saw|spotted|witnessed|am worried|m worried|am concerned|"
    r"m concerned|have concerns|was told|ve been told|have been told)\b))\b"
)
#: the asker harmed: "abused by my brother as a boy" (a pensioner's words, not a role's report)
_ASKER_HARMED = re.compile(
    r"\b(?:abused|raped|assaulted|touched|molested|groomed|attacked|hurt) (?:by|as) (?:my|a)\b"
    r"|\b(?:as|when i was) a (?:boy|girl|child|kid|lad|teen|teenager)\b"
)

# --- Welsh ---
#: a Welsh job said first: a worker's ending (-wr, -wraig, -ydd, -yddes) or a job word
_JOB_CY = (
    r"(?:\w+(?:wr|wraig|ydd|yddes)|athro|athrawes|nyrs|meddyg|swyddog|gweithiwr|gweithwraig|"
    r"hyfforddwr|hyfforddwraig|prifathro|prifathrawes|cynorthwyydd|gweinidog|ficer)"
)
_NOT_JOB_CY = frozenset(
    ["gwr", "ngwr", "nghefnder", "cefnder", "brawd", "mrawd", "ewythr",
     # (a foster carer is a parent here: ``asker_ages.carer_asking``)
     "gofalwr", "gofalwraig", "ofalwr", "ofalwraig"]
)  # fmt: skip
_ROLE_OPENING_CY = re.compile(rf"^(?:\w+ )?(?P<job>{_JOB_CY})\b")
_CHILD_TOLD_CY = re.compile(
    r"\b(?:plentyn|blentyn|disgybl|ddisgybl|merch|ferch|bachgen|fachgen|person ifanc|claf|"
    r"myfyriwr|aelod|afanc|afancod|cybiau|brownis|sgowtiaid|geidiaid)\b(?: \w+){0,5}? "
    r"(?:wedi datgelu|yn datgelu|datgelu|wedi dweud|wedi son|"
    r"yn dweud|ddywedodd|yn dangos|wedi dangos)\b"
)


def role_in_general(cleaned: str) -> bool:
    """A job said first (not kin, not "my…"), then a child who told or disclosed something;
    (probe 18) or, in more words, what a worker reports (``_REPORTED``, ``_REPORTED_CY``);
    (w25pro) or a child referred (``asker_referred.child_referred``)."""
    if job_said_first(cleaned) or child_referred(cleaned):
        # (w24age) "emergency duty team social worker…", "respite carer…"; (w25pro) a child
        # named first with an age, in the third person, with the field's words ("girl 15…
        # her stepdad, need isva")
        return True
    for found in (_ROLE_OPENING.match(cleaned), _ROLE_OPENING_MORE.match(cleaned)):
        if found and found["job"] not in _NOT_JOB:
            rest = cleaned[found.end() :]
            harmed = _NOT_A_ROLE_AFTER.match(rest) or _ASKER_HARMED.search(rest)
            if not harmed and (_CHILD_TOLD.search(rest) or _REPORTED.search(rest)):
                return True
    found = _ROLE_OPENING_CY.match(cleaned)
    if found and found["job"] not in _NOT_JOB_CY:
        rest = cleaned[found.end() :]
        return _CHILD_TOLD_CY.search(rest) is not None or _REPORTED_CY.search(rest) is not None
    return False


#: (probe 18, pattern 4) jobs with children that the worker's endings miss ("bus escort",
#: "chaperone"), said first
_ROLE_OPENING_MORE = re.compile(
    r"^(?:im an? |i am an? |i m an? |as an? |an? |the )?(?!(?:my|our|his|her|their|your)\b)"
    r"(?:\w+ ){0,3}?(?P<job>escort|chaperone|chaperon|clown|magician|lollipop lady)\b"
)
_A_CHILD = (
    r"(?:child|children|kid|kids|pupil|student|young person|boy|girl|lad|teen|teenager|toddler|"
    r"baby|patient|client|family|families|\d{1,2} ?(?:yo|y o|yr old|year old|years old))"
)
#: (probe 18, pattern 4) what a worker reports, in more words than "told" or "disclosed": a
#: child who whispered, signed, mentioned, asked for help, confided; a parent the worker
#: supports who says something; what is needed for a child; a worry about a child or a family;
#: a child showing sexual behaviour. Never "my…" before the child (a parent's own)
_REPORTED = re.compile(
    rf"(?<!\bmy )(?<!\bour )\b{_A_CHILD}\b(?: \w+){{0,8}}? (?:whispered|whispers|signed|signs|"
    r"mentioned|mentions|asked me|asks me|asked for help|confided|confides|wrote|writes|drew|"
    r"let slip|hinted|hints|opened up|came to me|disclosing|alleges|has alleged|"
    r"(?:showing|shows|displaying|displays|with|has) (?:\w+ )?(?:sexual|sexualised|sexualized|"
    r"harmful sexual) (?:behaviour|behavior|play|language|knowledge))\b"
    r"|\b(?:an? |one )?(?:mum|mother|dad|father|parent|carer|family|client|service user|woman|"
    r"man|lady|gran|grandparent) (?:i|we) (?:support|work with|visit|help|see|care for|"
    r"befriend|am supporting|m supporting)\b(?: \w+){0,2}? (?:says|said|told|tells|disclosed|"
    r"mentioned|thinks|is worried|has concerns)\b"
    r"|\b(?:need|needs|needing|looking for|seeking|want|wants|after)\b(?: \w+){0,4}? (?:for|to "
    r"help|to support) (?:a |an |the |this |one of (?:my|our) )?"
    rf"(?:\w+ )?{_A_CHILD}\b"
    r"|\b(?:worried|concerned|concerns|worry|worries) (?:about|for|regarding|re) (?:a |an |the |"
    rf"this |one of (?:my|our) )?(?:\w+ )?{_A_CHILD}\b"
    # (probe 19) what a worker overheard: "heard a year 4 girl tell her friend…"
    r"|\b(?:heard|overheard|overhear|overhearing|listened to)\b(?: \w+){0,6}? (?:tell|telling|"
    r"say|saying|talk about|talking about|talked about|mention|mentioning|describe|describing|"
    r"boast|boasting|whisper|whispering)\b"
)
#: ... and in Welsh: worried about abuse in a family or about a child ("yn poeni am gam-drin
#: rhywiol o fewn teulu claf"), needing a service for a child ("angen gwasanaeth arbenigol i
#: blentyn 11"), a child who whispered or mentioned; never "fy…" before the child (a parent's)
_A_CHILD_CY = (
    r"(?:plentyn|blentyn|phlentyn|plant|blant|disgybl|ddisgybl|teulu|deulu|claf|person ifanc|"
    r"merch|ferch|bachgen|fachgen|babi|fabi)"
)
_REPORTED_CY = re.compile(
    r"\b(?:poeni|pryderu|gofidio|becso|pryder|pryderon)\b (?:am|ynghylch|ynglyn a|dros)"
    rf"(?: (?!fy |ein )\w+){{0,6}}? (?<!\bfy )(?<!\bein ){_A_CHILD_CY}\b"
    r"|\b(?:angen|chwilio am|eisiau|isio|moyn)\b(?: \w+){0,4}? (?:i|ar gyfer|er mwyn) "
    rf"(?!fy |ein )(?:\w+ )?{_A_CHILD_CY}\b"
    rf"|\b{_A_CHILD_CY}\b(?: \w+){{0,5}}? (?:wedi sibrwd|sibrydodd|wedi arwyddo|wedi crybwyll|"
    r"soniodd|wedi gofyn am help|yn dangos ymddygiad rhywiol)\b"
    # (probe 19) what a worker overheard: "clywais ferch yn dweud wrth ei ffrind…"
    r"|\b(?:clywais|clywes|glywais|glywes|wedi clywed|clywed)\b(?: \w+){0,6}? (?:yn dweud|yn deud|"
    r"yn son|yn siarad am|ddweud|deud)\b"
)


#: an adult's own words for themselves, said first ("disabled adult, 26, …", "im an autistic
#: adult"), or an adult's advocate asked for ("need an isva", "looking for an idva")
_ADULT_SELF = re.compile(
    r"^(?:im an? |i am an? |i m an? |as an? |an? )?(?:(?!(?:my|our|his|her|their|the|your)\b)\w+ )?"
    r"adult\b"
    r"(?! (?:who|that|abused|touched|raped|has|had|is|was|keeps|kept|in|at|from|male|female|"
    r"man|woman|friend|relative)\b)"
    r"|\b(?:im|i am|i m) an? (?:\w+ )?adult\b"
    # (tenth Welsh review) "meet other men like me", "cwrdd â dynion eraill fel fi"
    r"|\b(?:men|blokes|guys|women|ladies|adults|d?dynion|f?menywod|oedolion)(?: eraill)? "
    r"(?:like me|like myself|fel fi)\b"
)
_ADVOCATE_ASKED = re.compile(
    r"\b(?:need|want|get|find|have|got|looking for|seeking|after|speak to|talk to|see|"
    r"referred to|assigned) (?:an? |my |the )?(?:isva|idva)\b"
)
#: (w63cy2, welsh25 "not counted") help asked for victims as a group, as "help for survivors"
#: is ("support for rape victims in court", "advice for victims of sexual assault", Welsh
#: "cefnogaeth i ddioddefwyr treisio"): children rarely call themselves victims so; never
#: "child victims", "young victims"
_VICTIMS_ASKED = re.compile(
    r"\b(?:for|to|i|ar gyfer|at) (?:(?:adult|rape|abuse|sexual|assault|sexual assault|"
    r"sexual violence|sexual abuse|crime|female|male|women|men) )*victims\b"
    r"(?! of (?:child|children)\b)"
    r"|\b(?:i|ar gyfer|at) (?:oedolion sy n )?(?:dd|d)ioddefwyr\b(?! (?:ifanc|plant)\b)"
)
#: the asker in the first person ("abused as a 13 year old by my dad"), unless only as who a
#: child told ("disclosed to me")
_MINE = re.compile(r"\b(?:i|me|my|myself|im|i m|ive|i ve)\b")
_TOLD_ME = re.compile(r"\b(?:told|disclosed to|said to|confided in|came to) me\b")


def adult_in_own_words(cleaned: str, named_age: int | None = None) -> bool:
    """(w36pro) An advocate asked for ("need isva / chisva") is the child's when the words name
    a child under 18 with an age (``named_age``) and never the asker in the first person ("13
    yr old girl, abused by father, need isva", "idva for a 15 year old lad"): a professional's
    words, not an adult's own."""
    if _ADULT_SELF.search(cleaned) or _VICTIMS_ASKED.search(cleaned):
        return True
    if _ADVOCATE_ASKED.search(cleaned) is None:
        return False
    young = named_age is not None and named_age < 18
    return not young or _MINE.search(_TOLD_ME.sub(" ", cleaned)) is not None


#: an adult's age said after who they are, first: "girl 19, …", "merch 19 oed, …", "adult
#: 26 …", "boy 22" ("girl 14" is a child's: ``asker_ages.young_self_first``)
_NOUN_ADULT_AGE = re.compile(
    r"^(?:im an? |i am an? |i m an? )?(?:(?!(?:my|our|his|her|their|the|your|a|an)\b)\w+ )?"
    r"(?P<who>adult|girl|boy|woman|man|lady|guy|"
    r"female|male|merch|bachgen|menyw|dyn|dynes|hogan|hogyn|geneth)"
    r" (?:aged |age )?(?P<age>\d{2})(?: oed| years old| yrs old| year old| yo| y o)?\b"
    # (twenty-seventh walk-through F6) not a distance or a time: "male 50 miles away"
    r"(?! (?:miles?|yards|metres|meters|km|feet|ft|minutes|mins|hours|days|weeks|months|"
    r"years|yrs|times)\b)"
)
_FEMALE = frozenset(
    ["girl", "woman", "lady", "female", "merch", "menyw", "dynes", "hogan", "geneth"]
)
_MALE = frozenset(["boy", "man", "guy", "male", "bachgen", "dyn", "hogyn"])


def adult_age_after_noun(cleaned: str) -> tuple[int | None, str]:
    """The age (18 to 99) and sex an adult says after who they are, first."""
    found = _NOUN_ADULT_AGE.match(cleaned)
    if not found:
        return parent_age_first(cleaned)  # (probe 19) "mother of three (36), …"
    if not 18 <= int(found["age"]) <= 99 or doer_after(cleaned[found.end() :]):
        return None, ""  # (not who did it: "man aged 46 touched my daughter")
    if told_after(cleaned[found.end() :]):
        return None, ""  # (w22read) "woman 35 told me her stepfather…": who told
    who = found["who"]
    return int(found["age"]), "female" if who in _FEMALE else "male" if who in _MALE else ""


#: parents who speak of families ("help for families where one child abused another"), or of
#: their child's other parent ("my childs father", "my kids dad")
_PARENT_WORDS = re.compile(
    r"\b(?:help|support|advice|services?|groups?|information) (?:\w+ )?for (?:families|"
    r"a family|parents and carers|parents and families)\b"
    r"|\bmy (?:childs|child s|kids|kid s|childrens|children s|sons|son s|daughters|daughter s|"
    r"babys|baby s) (?:father|dad|mother|mum|mom|stepdad|stepmum|grandad|grandfather|uncle)\b"
    # (probe 18, pattern 5) "in my 5 year old's room", "my 9yos school"
    r"|\bmy \d{1,2} ?(?:year olds|yr olds|yos|y os|years olds)\b"
    # (eighteenth walk-through F6) the asker named as a child's parent, first: "deaf girl's
    # mum, she's 14", "im a 13 yr old boys dad", "autistic sons mum here"
    rf"|^(?:im |i am |i m |as )?(?:a |the )?(?:(?:little|{_DESCRIBING}) (?:and )?){{0,2}}"
    r"(?:\d{1,2} ?(?:year old|yr old|yo|y o) )?(?:girls|boys|sons|daughters|childs|kids|teens|"
    r"teenagers|lads|child s|girl s|boy s) (?:mum|mom|mam|mother|dad|father|parent|stepmum|"
    r"stepdad|step mum|step dad|carer|foster carer|nan|gran|grandma|grandad)\b"
)
#: ... and kin who care for a child: "i look after my sister's kids", Welsh "dwi'n gofalu am
#: blant fy chwaer" (not when the words tell of harm to the asker)
_KIN_CARING = re.compile(
    r"\bi (?:\w+ )?(?:look after|looking after|looked after|care for|caring for|am raising|m "
    r"raising|raise|raising|am bringing up|m bringing up|bring up|have custody of|foster) my "
    r"(?:sisters|brothers|sons|daughters|cousins|nieces|nephews|partners|late \w+s) (?:\w+ )?"
    r"(?:kids|children|son|daughter|boy|girl|baby|little ones|twins)\b"
    r"|\b(?:gofalu am|magu|edrych ar ol) (?:plant|blant|mab|fab|merch|ferch) fy (?:chwaer|mrawd|"
    r"mab|merch|nghefnder|nghyfnither)\b"
)


def parent_in_other_words(cleaned: str) -> bool:
    """Parents who speak of families, or of their child's other parent; (w22read) or a
    grown-up a child told, the child named with an age first ("girl 9 told me…"); (w22probe)
    or kin who care for a child, unless harm was done to the one asking."""
    if _KIN_CARING.search(cleaned):
        return not harmed_asker(cleaned)
    if carer_in_more_words(cleaned):  # (probe 19) "mummy to a 4yo", "guardian of my sister"
        return True
    return _PARENT_WORDS.search(cleaned) is not None or told_by_aged_child(cleaned)


def two_children_aged(cleaned: str) -> bool:
    """(pattern 5) Two children named with different ages ("my eldest (17) has been touching the
    youngest (6)", "my son is 12 and my daughter is 8"): no one age is who the help is for."""
    ages = {next(g for g in found.groups() if g) for found in _CHILD_AGE.finditer(cleaned)}
    return len(ages) > 1


def child_aged_before(cleaned: str, start: int) -> bool:
    """(pattern 5) A child named with their age ("young person 14", "pupil 12") before
    ``start``: the age a professional gives first is the child's, not one said later of who
    did it ("… disclosed sex with 24 yr old stepbrother")."""
    found = _NOUN_AGE.search(cleaned, 0, start)
    return found is not None and 1 <= int(found.group(1)) <= 25
