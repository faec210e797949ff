"""(w24age, tenth probe) What people say first about who they are, where the other readings
miss it.

- A young person's age said first, bare or in words, with or without their sex ("fourteen, my
  cousin raped me", "14 girl my mums mate sends me pics", "thirteen and a half, he…", Welsh
  "pedwar ar ddeg, nath fy nghefnder…", "14 merch, mae…"): their own age now, when the words
  then go on about themselves. Never a time or a count ("14 years ago my uncle…", "14 girls in
  my class"), who did it ("15 boy touched my daughter"), or a grown-up's ("40 m").
- A job in the emergency, health, care and childcare services said first, with the words of its
  team or service before it ("emergency duty team social worker", "999 call handler", "respite
  carer", "pharmacy technician", Welsh "gweithiwr clwb ar ôl ysgol"), then a child or what is
  needed: a professional asking. Never the job of who did it ("the pharmacist touched me", "my
  respite carer hurt my son") nor a parent's words.

Over ``clean_text``'s words; used by ``asker_self.young_age_first`` and
``asker_general.role_in_general``."""

from __future__ import annotations

import re

from .asker_numbers import _CY as _CY_NUMBERS
from .asker_numbers import _EN as _EN_NUMBERS
from .asker_roles import _BETWEEN, _DID, ROLES, ROLES_CY, SOUGHT
from .asker_units import doer_after
from .asker_whose import told_after

#: a bare age first, then (or not) the asker's sex; "and a half" said with it
_LEAD = re.compile(
    r"^(?:im |i m |i am )?(?P<n>\d{1,2})(?: oed)?(?: (?:and|an|n|a) (?:a )?half)?"
    r"(?: (?:(?P<m>boy|lad|male|m|bachgen|hogyn|bachan)|(?P<f>girl|lass|female|f|merch|hogan|"
    r"croten)))?(?: here| yma)?\b"
    # (not a time, a count, a length or a span: "14 years ago", "14 girls in my class", "14 or
    # 15", "14 mlynedd yn ol")
    r"(?! (?:years?|yrs?|yo|y o|months?|weeks?|wks|days?|nights?|times?|miles?|mins?|minutes?|"
    r"hours?|hrs?|am|pm|oclock|o clock|of|or|to|x|oed|mlynedd|"
    # (someone else's: "16 oed oedd e, fy llysfrawd…", "16 he was")
    r"oedd|roedd|yw|ydy|he|she|hes|shes|they|was|is|were|mis|diwrnod|wythnos|gwaith|"
    r"munud|awr|milltir|\w+s)\b)"
)
#: ... then words about themselves ("me", "my", (w36teen) "ive", "id", Welsh "fi", "fy", "ata
#: i", "dwi"), or "I" left unsaid before what they do or want ("15, keep looking at…", "14,
#: been…, need to stop")
_ME = re.compile(
    r"\b(?:me|my|i|im|ive|i ve|id|myself|mi|fi|fy|ata i|i mi|dwi|dwin)\b"
    r"|^ (?:keep|kept|been|cant|can t|want|wanna|need)\b"
)
#: ... and not a parent's or a worker's shorthand for the child they speak of
_THEIR_CHILD = re.compile(
    r"\b(?:my|our) (?:son|daughter|child|kid|boy|girl|baby|pupil|student|client|patient|"
    r"stepson|stepdaughter|grandson|granddaughter)s?\b|\bfy (?:mab|merch|mhlentyn|nisgybl)\b"
)

#: ... Welsh, someone of the asker's named after the verb as who did it ("nath fy nghefnder…",
#: my cousin did…; "mae fy llystad yn…", my stepfather is…)
_KIN_DID = re.compile(r"^ (?:nath|wnaeth|naeth|mae|ma|oedd|roedd) (?:fy|cariad|ffrind) \w+")


def _digits_first(cleaned: str) -> str:
    """A number said in words first written as digits ("fourteen my…": "14 my…",
    "pedwar ar ddeg nath…": "14 nath…")."""
    words = cleaned.split()
    for size in (3, 2, 1):
        head = " ".join(words[:size])
        value = _EN_NUMBERS.get(head, _CY_NUMBERS.get(head))
        if len(words) > size and value is not None:
            return " ".join([str(value), *words[size:]])
    return cleaned


def age_said_first(cleaned: str) -> tuple[int | None, str]:
    """The age (10 to 17) and sex of a young person whose words begin with their age, bare or
    in words, and go on about themselves; (None, "") otherwise."""
    cleaned = _digits_first(cleaned)
    found = _LEAD.match(cleaned)
    if found is None or not 10 <= int(found["n"]) <= 17:
        return None, ""
    rest = cleaned[found.end() :]
    if not _ME.search(rest) or _THEIR_CHILD.search(rest):
        return None, ""
    kin_did = _KIN_DID.match(rest)  # (Welsh "14, nath fy nghefnder…": my cousin did)
    if not kin_did and (doer_after(rest) or told_after(rest)):
        return None, ""  # ("15 boy touched my daughter", "14 girl told me her stepdad…")
    return int(found["n"]), "male" if found["m"] else "female" if found["f"] else ""


#: jobs in the emergency, health, care and childcare services that the other tables miss, in
#: English and Welsh (``clean_text``'s words: "ar ôl" is "ar ol")
JOBS = (
    "call handler", "call taker", "control room operator", "dispatcher", "operator",
    "duty team worker", "duty worker", "out of hours worker", "edt worker", "crisis worker",
    "respite carer", "respite worker", "respite foster carer", "short breaks carer",
    "shared care carer", "relief carer", "pharmacy technician", "pharmacy assistant",
    "dispenser", "pharmacist", "phlebotomist", "sonographer", "hca", "care assistant",
    "nurse practitioner", "dental nurse", "dental hygienist", "district nurse", "porter",
    "firefighter", "fire officer", "paramedic", "first responder", "community first responder",
    "childcare worker", "childcare practitioner", "nursery assistant", "play leader",
    "after school club worker", "holiday club worker", "breakfast club worker", "club worker",
    "wraparound care worker", "au pair", "nanny", "childminder assistant", "home carer",
    "domiciliary carer", "carer support worker", "personal assistant", "healthcare support worker",
    # Welsh: call handler, respite carer, pharmacy technician, club worker, childcare worker
    "triniwr galwadau", "gweithiwr galwadau", "gofalwr seibiant", "gofalwraig seibiant",
    "technegydd fferyllfa", "technegydd fferylliaeth", "gweithiwr clwb", "gweithwraig clwb",
    "gweithiwr gofal plant", "gweithwraig gofal plant", "gweithiwr dyletswydd",
    "gweithiwr y tu allan i oriau", "ymatebwr cyntaf", "diffoddwr tan", "nyrs ddeintyddol",
)  # fmt: skip
#: ... and the roles of ``asker_roles`` (not those also sought as help: "counsellor for…")
_ALL_JOBS = {*JOBS, *(r for group in (*ROLES.values(), *ROLES_CY.values()) for r in group)}
_JOB = "|".join(
    re.escape(j) for j in sorted(_ALL_JOBS - SOUGHT, key=len, reverse=True) if len(j) > 3
)
#: ... said first, with up to four words of its team or service before it ("emergency duty team
#: social worker", "999 call handler"; not "my…": someone else's) or the place after it ("…clwb
#: ar ol ysgol", "…at a pharmacy")
_JOB_FIRST = re.compile(
    r"^(?:im an? |i am an? |i m an? |as an? |an? |the |dw i n |dwi n |rwy n )?"
    rf"(?!(?:my|our|his|her|their|your|fy|ein)\b)(?:\w+ ){{0,4}}?(?P<job>{_JOB})\b"
    r"(?: (?:ar ol ysgol|brecwast|gwyliau|at a \w+|in a \w+|for the \w+))?"
)
#: ... then a child, or what the worker needs or noticed (not what the job-holder did: "…
#: touched me"; ``harmed_asker`` is checked by the caller)
_FOR_CHILD = re.compile(
    r"\b(?:child|children|kid|kids|pupil|young person|boy|girl|teen|teenager|toddler|baby|"
    r"patient|client|family|resident|\d{1,2} ?(?:yo|y o|yr old|yrs old|year old|years old)|"
    r"need|needs|needing|looking for|seeking|noticed|signs|disclosed|told|said|concerns?|"
    r"plentyn|blentyn|plant|disgybl|person ifanc|claf|teulu|angen|chwilio am|datgelu|merch|ferch|"
    r"bachgen|fachgen|hogan|hogyn|\d{1,2} oed)\b"
)
#: ... nor a job-holder who did something ("pharmacist touched…", "respite carer hurt my son")
_DID_AFTER = re.compile(
    r"^ (?:(?:just|has|had|was|is|keeps|kept|been|also|then) ){0,2}(?:touch\w*|abus\w*|rap\w*|"
    r"hurt\w*|groom\w*|molest\w*|assault\w*|kiss\w*|grop\w*|made|makes|keeps|kept|sent|sends|"
    r"messag\w*|did|does)\b"
    r"|^ (?:wedi|yn|nath|wnaeth) (?:fy |ei |eu )?(?:cyffwrdd|gyffwrdd|nghyffwrdd|cam drin|gam drin|"
    r"ngham drin|treisio|dreisio|nhreisio|brifo|frifo|mrifo|molestio)\b"
)
_BY = re.compile(r"\b(?:by|gan|from|with|off|me|fi)\b")
#: ... said with where they work first ("the youth leader at church is grooming…")
_ROLE_DID = re.compile(rf"^ (?:{_BETWEEN} ){{0,4}}?{_DID}\b")
_PARENTS_CHILD = re.compile(
    r"\b(?:my|our) (?:son|daughter|child|children|kids?|boy|girl|baby|stepson|stepdaughter|"
    r"\d{1,2} ?(?:year old|yr old|yo|y o))\b"
    r"|\bfy (?:mab|merch|mhlentyn|mhlant)\b"
)


def job_said_first(cleaned: str) -> bool:
    """A job in the emergency, health, care or childcare services said first (``JOBS``, with
    the words of its team before it), then a child or what is needed; not the job of who did
    something, nor a parent speaking of their own child."""
    found = _JOB_FIRST.match(cleaned)
    if found is None or _PARENTS_CHILD.search(cleaned):
        return False
    if _BY.search(found[0]):
        return False  # ("43m abused by a scout leader…": who did it)
    rest = cleaned[found.end() :]
    if _DID_AFTER.match(rest) or _ROLE_DID.match(rest):
        return False
    return _FOR_CHILD.search(rest) is not None
