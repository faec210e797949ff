"""(probe 11) Whose age and which time the words say: an age said of the past ("when i was 10",
"from age 5", "abused in year 5") is when it happened, never the asker's age now; a year or a
decade long gone ("between 1978 and 1984", "in the 80s", "yn yr 80au") or a grown-up life now
("now grown up", "in my late 40s") makes the asker an adult; a school year said first ("yr 11
…", "year 9 girl …", "bl 9 …") is a child's own; a carer named without "my" ("parent seeking
help", "foster carer, a child in my care", "rhiant maeth") is a parent or carer asking; the
northern "our kid" is a brother or sister. Used by ``asker.who_is_asking`` over ``clean_text``'s
words."""

from __future__ import annotations

import datetime
import re

from .asker_child import (
    harmed_together,
    pupil_role,
    sibling_told,
    stage_self,
    student_age_first,
    taste_self,
    year_student_first,
    young_worker,
)
from .asker_friend import friend_is_child
from .asker_own_age import DESCRIBING_CY
from .asker_patterns import _GROWN_UP_LIFE, _NOT_BEFORE_AGE
from .asker_touching import touched_now
from .asker_units import doer_after
from .asker_whose import _DESCRIBING, told_after
from .recent import said_recently, told_long_ago

#: an age said of the past, English and Welsh: "when i was 10", "since i was 6", "from age 5",
#: "at the age of 9", "until age 12", "abused in year 5", "when i was in yr 3", "pan on in 10"
#: ("pan o'n i'n 10": when I was 10), "ers pan oeddwn in 6" (since I was 6), "o 5 oed" (from 5)
_PAST_AGE = re.compile(
    r"\b(?:when|since) (?:i|we) (?:was|were) (?:only |just |about |around |like |aged |age )?"
    r"(\d{1,2})(?: ?(?:years? old|yrs? old|yo|y o))?\b"
)
#: ... and, after words telling what was done ("abused by my grandfather from age 5"; not
#: "counselling for children from age 5", "at age 16 can i…"), "from age 5", "at the age of 9"
_PAST_AGE_TOLD = re.compile(
    r"\b(?:from|since|at|until|till|til|before|by|around|about) (?:the )?(?:age|aged) (?:of )?"
    r"(\d{1,2})\b"
    r"|\bfrom (\d{1,2}) ?(?:years? old|yrs? old|yo|y o)\b"
    r"|\b(?:o|ers|hyd at|tan) (?:oedran |yn )?(\d{1,2}) oed\b"
)
#: ... "aged 6", "age 6" after what was done ("my grandad abused me aged 5, im 29 now"), unless
#: the word before makes it someone's age now ("im aged 15", "a boy aged 15": who did it)
_AGED_THEN = re.compile(r"\b(\w+) (?:aged|age) (\d{1,2})\b")
_NOT_THEN = frozenset(
    ["im", "am", "m", "now", "is", "s", "are", "re", "was", "boy", "girl", "man", "woman", "lad",
     "lass", "person", "someone", "somebody", "male", "female", "teen", "teenager", "child",
     "kid", "son", "daughter", "brother", "sister", "cousin", "friend", "student", "pupil",
     "one", "people", "children", "kids", "boys", "girls", "men", "women"]
)  # fmt: skip
#: ... (for "aged 6", what was done to someone, not "family sexual abuse aged 9": who it is for)
_DONE = re.compile(
    r"\b(?:abused|raped|molested|touched|groomed|assaulted|interfered|fiddled|hurt)\b"
)
_TOLD = re.compile(
    r"\b(?:abus\w*|raped?|molest\w*|touch\w*|hurt|groomed|assaulted|interfered|fiddled|"
    r"happened|started|began|begun|did|done|went on|made me|used me|cam drin|gam drin|"
    r"ngham drin|nghyffwrdd|nhreisio|treisio)\b"
)
#: ... a school year then: "when i was in year 5"; "abused in year 5", "it started in yr 3" (the
#: words of what happened come first: "in year 5 my uncle touches me" is a child's now)
_PAST_SCHOOL_YEAR = re.compile(
    r"\bwhen (?:i|we) (?:was|were) in (?:year|yr) (\d{1,2})\b"
    r"|\b(?:abused|raped|molested|groomed|assaulted|touched|happened|started|began|begun)\b"
    r"(?: \w+){0,4}?"
    # (w23child) not "…touched me and im only in year 11": the asker's school year now
    r"(?<!\bim)(?<!\bi am)(?<!\bi m)(?<!\bim only)(?<!\bim just)(?<!\bim still)(?<!\bim now)"
    r" (?:in|from|during) (?:year|yr) (\d{1,2})\b(?! (?:ago|old|olds)\b)"
)
_PAST_AGE_CY = re.compile(
    r"\b(?:pan|ers pan) (?:on in|o n i n|oeddwn in|oeddwn i n|roeddwn in|roeddwn i n|own in|"
    r"ron in|ro n i n|oeddwn yn|roeddwn yn|yn) (\d{1,2})\b(?: oed)?"
    r"|\bpan (?:on in|o n i n|oeddwn in|oeddwn i n|roeddwn in|roeddwn i n|own in|ron in) ym "
    r"mlwyddyn (\d{1,2})\b"
)


def without_past_ages(cleaned: str, welsh: bool) -> str:
    """Ages said of the past read as what they say, the past: a child's age then becomes "as a
    child" ("fel plentyn" in Welsh), a grown-up's "back then", so that none is taken for the
    asker's age now ("female 29 abused from age 5": 29)."""

    def replaced(found: re.Match[str]) -> str:
        told = (_DONE if found.re is _AGED_THEN else _TOLD).search(
            found.string[: found.end(1) if found.re is _AGED_THEN else found.start()]
        )
        if found.re is _PAST_AGE_TOLD and not told:
            return found[0]
        if found.re is _AGED_THEN:
            # (thirteenth walk-through F3) "my uncle touched me aged 11 on friday": now
            if not told or found.group(1) in _NOT_THEN or said_recently(found.string):
                return found[0]
            return f" {found.group(1)} " + replaced_age(int(found.group(2)))
        value = int(next(g for g in found.groups() if g))
        if found.re is _PAST_SCHOOL_YEAR or (found.re is _PAST_AGE_CY and "mlwyddyn" in found[0]):
            value += 4  # (year 5: 9, turning 10)
        return replaced_age(value)

    def replaced_age(value: int) -> str:
        if value >= 18:
            return " back then "
        return " fel plentyn " if welsh else " as a child "

    for pattern in (_PAST_AGE, _PAST_AGE_TOLD, _AGED_THEN, _PAST_SCHOOL_YEAR, _PAST_AGE_CY):
        cleaned = pattern.sub(replaced, cleaned)
    return " ".join(cleaned.split())


#: a year or a decade: "between 1978 and 1984", "in 1995", "the 1980s", "in the 80s", Welsh
#: "yn yr 80au", "yn y 1980au", "yn yr wythdegau" (in the eighties)
_YEAR = re.compile(
    r"\b(19[2-9]\d|20[0-4]\d)(s|au)?\b"
    r"|\b(?:the|yr|y) ([3-9]0)(?:s|au)\b"
    r"|\b(?:the|yr|y|late|early|mid) (tridegau|pedwardegau|pumdegau|chwedegau|saithdegau|"
    r"wythdegau|nawdegau|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
_DECADES_CY = {
    "tridegau": 30, "pedwardegau": 40, "pumdegau": 50, "chwedegau": 60, "saithdegau": 70,
    "wythdegau": 80, "nawdegau": 90, "thirties": 30, "forties": 40, "fifties": 50,
    "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
#: ... a year since 2000 is read only after words that make it a time ("in 2005", "from 2003")
_YEAR_SAID = re.compile(
    r"\b(?:in|from|between|since|during|around|until|till|to|and|of|yn|ers|rhwng|tan|a) $"
)


def long_ago(cleaned: str, this_year: int | None = None) -> bool:
    """A year or a decade said that ended 18 years ago or more: whoever it happened to is a
    grown-up now (1984, "the 80s"), whatever age they were then."""
    this_year = this_year or datetime.date.today().year
    for found in _YEAR.finditer(cleaned):
        year, decade, short, welsh = found.groups()
        if year and int(year) >= 2000 and not _YEAR_SAID.search(cleaned[: found.start()]):
            continue  # ("0800 2001": not a time)
        if year:
            last = int(year) + (9 if decade else 0)
        else:
            last = 1900 + (int(short) if short else _DECADES_CY[welsh]) + 9
        if last <= this_year - 18:
            return True
    return False


#: a grown-up life now: "now grown up", "im an adult now", "in my late 40s", "now in my
#: fifties", Welsh "yn fy 50au" (in my 50s), "hanesyddol" (historical: "cam-drin hanesyddol")
_GROWN_NOW = re.compile(
    r"\b(?:now|im now|i am now|im|i am|i m)(?: all)? (?:grown up|grownup|grown|a grown up|"
    r"a grown adult|an adult)\b"
    r"|\b(?:grown up|grownup|all grown|an adult|adult) now\b"
    r"|\b(?:now|im|i am|i m) (?:in )?(?:my )?(?:late |early |mid )?(?:[2-9]0s|twenties|thirties|"
    r"forties|fifties|sixties|seventies|eighties)\b"
    r"|\byn fy (?:[2-9]0au|ugeiniau|nhridegau|mhedwardegau|mhumdegau|chwedegau|saithdegau|"
    r"wythdegau)\b|\bhanesyddol\b"
)


def grown_now(cleaned: str) -> bool:
    """Words that make the asker a grown-up now, or what happened long ago."""
    return bool(_GROWN_NOW.search(cleaned)) or long_ago(cleaned)


#: a child's school year said first, as children say who they are: "yr 11 my step brother…",
#: "in yr 8 …", "year 9 girl …", Welsh "bl 9 …", "ym mlwyddyn 8 …" (not "year 5 pupil
#: disclosed…", a professional's; nor "years ago")
_SCHOOL_YEAR_FIRST = re.compile(
    r"^(?:(?:im |i m |i am )?in |(?:dwi |dw i |rwy |rydw i )?ym |yn )?"
    r"(?:year|yr|bl|blwyddyn|mlwyddyn|flwyddyn) (\d{1,2})\b"
    r"(?! (?:ago|old|olds|pupil|pupils|student|students|class|teacher|teachers|group|girls|boys|"
    r"kids|children|lads|lasses|parents|disgyblion|plant"
    # (sixteenth walk-through F2) a school year's events: "year 11 exams", "yr 6 sats"
    r"|exams?|mocks?|sats|gcses?|options|results|trips?|assembly|arholiadau)\b)"
)


def school_year_first(cleaned: str) -> int | None:
    """The age of a child whose words begin with their school year (year 9: 13)."""
    found = _SCHOOL_YEAR_FIRST.match(cleaned)
    if found and 1 <= int(found.group(1)) <= 13:
        return int(found.group(1)) + 4
    return year_student_first(cleaned)  # (w23child) "year 9 student, he comes in my room"


#: a child's own young age said with "i am" ("im 10 hes 16", "dwin 11"): nobody that age is the
#: parent or the professional asking, whatever else the words name ("my baby brother")
_I_AM_YOUNG = re.compile(
    r"\b(?:im|i am|i m|iam|dwin|dwi n|dw in|dw i n|rwyn|rwy n|rydw i n)(?: only| just)? "
    r"([5-9]|1[0-2])\b(?! ?(?:times|minutes|hours|days|weeks|months|miles|pm|am|oclock|o clock)\b)"
)


def says_young_age(cleaned: str) -> bool:
    return bool(_I_AM_YOUNG.search(cleaned)) or young_worker(cleaned)  # (w23child) "im 15, …"


#: the northern "our kid" is the asker's brother or sister ("our kid keeps makin me do things"),
#: not their child ("our kids" is kept, and so are the words of parents who say "we")
_OUR_KID = re.compile(r"\bour kid\b(?! ?s\b)")
_WE_PARENTS = re.compile(r"\b(?:we|us|as parents|our (?:son|daughter|children|boy|girl))\b")


def our_kid_as_sibling(cleaned: str) -> str:
    return cleaned if _WE_PARENTS.search(cleaned) else _OUR_KID.sub("my sibling", cleaned)


#: a child's family and household with something done to "me": "my sibling keeps…me", "my step
#: brother assaulted me", "my big sister… me" (a child's words, as "my uncle… me" are), and
#: the dropped g of how people type ("keeps makin me", "keeps touchin me")
_CHILD_FAMILY = re.compile(
    r"\bmy (?:sibling|sister|big sister|big brother|older brother|older sister|step ?brother|"
    r"step ?sister|half ?brother|half ?sister|stepmum|step mum|stepmom|nan|gran|grandma|"
    r"auntie|aunt|babysitter|mums friend|dads friend)\b(?: \w+){0,6}? (?:touch\w*|abus\w*|hurt\w*|"
    r"rap\w*|molest\w*|grop\w*|assault\w*|forc\w*|makes|made|making|makin|keeps|kept|does|did|"
    r"comes|came|gets|got)\b(?: \w+){0,5}? me\b"
    r"|\bkeeps? (?:makin|touchin|comin|hurtin|tryin|doin|gettin|sendin|askin) "
)


#: a Welsh child saying what they are, or what is done to them now: "dw i'n blentyn" (I am a
#: child), "rydw i'n ddisgybl" (a pupil), "mae e'n gwneud pethau rhywiol i mi" (he does sexual
#: things to me), "mae o'n dod i fy ystafell" (he comes into my room)
_CHILD_CY = re.compile(
    r"\b(?:dwin|dwi n|dw in|dw i n|dwi yn|dw i yn|rwyn|rwy n|rwy in|rydw in|rydw i n|rydw i yn|"
    r"rwyf in|rwyf i n|wi n|win) (?:blentyn|hogyn|hogan|ferch fach|fachgen bach|ddisgybl|"
    r"ifanc|yn yr ysgol)\b"
    # (present: "mae …", "dal i …"; not "roedd … yn gwneud pethau i mi", the past)
    r"|(?:\bmae\b(?: \w+){0,4}? (?:yn|\w+n)|\bdal i) (?:gwneud|wneud) (?:pethau|petha|pethe) "
    r"(?:rhywiol |drwg |cas |ofnadwy )?(?:i mi|i fi|efo fi|gyda fi)\b"
    r"|\bmae\b(?: \w+){0,4}? (?:yn|\w+n) (?:dod|dwad|sleifio) (?:i mewn )?(?:i |i mewn i )?"
    r"(?:fy )?(?:ystafell|stafell|ngwely|llofft)\b"
)


#: abuse going on now, said of "me" ("me and my sister are being abused by our stepdad"), in no
#: grown-up's life ("i am being abused by my husband" is not a child's)
_BEING_ABUSED = re.compile(
    r"\b(?:im|i am|i m|me and my \w+ are|me and \w+ are|we are|were) (?:still )?being "
    r"(?:abused|touched|hurt|raped|groomed|molested|interfered with)\b"
)


def child_family(cleaned: str) -> bool:
    """A child's words: their family or household doing something to "me", abuse going on now,
    a Welsh child saying what they are or what is done to them now, or a friend at home with
    their own parent or relative (``asker_friend``)."""
    now = _BEING_ABUSED.search(cleaned) and not _GROWN_UP_LIFE.search(cleaned)
    # (w23child) "my 5 year old brother told me…", "sixth form student, …me", "im a prefect",
    # "our stepdad touches us both"
    if sibling_told(cleaned) or stage_self(cleaned) or taste_self(cleaned) or pupil_role(cleaned):
        return True
    if harmed_together(cleaned) or friend_is_child(cleaned):
        return True  # (w25young) "my mate says his stepdad…": a young person's friend
    # (w38ask) "my dads mate touches my privates": touching now, someone around the family
    return bool(_CHILD_FAMILY.search(cleaned) or _CHILD_CY.search(cleaned) or now) or touched_now(
        cleaned
    )


#: a parent or carer naming what they are without "my": said first ("parent seeking help…",
#: "foster carer, child in my care…", "rhiant maeth…"), "as mum", "for me as a dad", "as her
#: mum", or "a child in my care" ("plentyn yn fy ngofal")
_CARER_ROLE = (
    r"(?:parent|parents|mum|mom|mam|mother|dad|father|step ?parent|step ?mum|step ?dad|carer|"
    r"foster carer|foster parent|foster mum|foster dad|kinship carer|special guardian|guardian|"
    r"adoptive parent|adoptive mum|adoptive dad|grandparent|grandparents|gran|nan|grandma|"
    r"grandad|rhiant|rhieni|rhiant maeth|gofalwr maeth|gofalwr|gofalwraig|mam faeth|tad maeth|"
    r"nain|taid|mamgu|tadcu)"
)
_CARER_SAID = re.compile(
    rf"^(?:a |the |an |single |worried |concerned |desperate )?{_CARER_ROLE}\b"
    # (not what one did or is: "mum hits me", "dad touched me", "mums boyfriend")
    r"(?! (?:\w+ )?(?:touch\w*|hurt\w*|hit\w*|abus\w*|rap\w*|made|makes|does|did|keeps|kiss\w*|"
    r"groom\w*|molest\w*|fiddl\w*|grop\w*|assault\w*|and|or|s|is|was|has|had|boyfriend|"
    r"girlfriend|partner|husband|wife|friend|young|ifanc)\b)"
)
#: ... or the child said to be in one's care: "a child in my care", "plentyn yn fy ngofal"
_IN_MY_CARE = re.compile(
    r"\b(?:child|children|kid|kids|young person|young people|boy|girl|teenager|baby|toddler)"
    r" (?:placed |living )?(?:in|under) my care\b"
    r"|\b(?:plentyn|plant|person ifanc|bachgen|merch) (?:sydd )?yn fy ngofal\b"
)
#: ... said as what one is: "support for me as mum", "as her dad", "as a kinship carer" (not "as
#: mum was out": when)
_CARER_AS = re.compile(
    rf"\b(?:for me |me )?as (?:a |an |the |his |her |their )?{_CARER_ROLE}\b"
    r"(?! (?:was|is|were|had|has|went|goes|s|left|works|said|says|told|came|comes|got|gets|"
    r"and|or)\b)"
)
#: ... or the child named first, without "my": "daughter abused by grandad", "son 14 groomed
#: online", "teenage stepdaughter disclosed" (a child does not call themselves a daughter)
_CHILD_FIRST = re.compile(
    r"^(?:(?:a|our|my) )?(?:little |young |teenage |teen |eldest |youngest |adopted |foster )?"
    r"(?:daughter|son|stepdaughter|stepson|step daughter|step son|granddaughter|grandson|"
    r"foster child|foster son|foster daughter|adopted child)\b(?! of\b)"
)
#: ... about a child (not "mum, help me", "as a parent i was abused as a child" is the parent's)
_A_CHILD = re.compile(
    r"\b(?:child|childs|children|kid|kids|daughters?|sons?|boys?|girls?|baby|toddler|teen|"
    r"teenager|grandchild|grandchildren|grandkids|granddaughters?|grandsons?|nieces?|nephews?|"
    r"sibling|siblings|young person|young people|\d{1,2} ?(?:year old|yr old|yo)|plentyn|"
    r"mhlentyn|blentyn|plant|merch|mab|wyres|wyr|nith|nai|bachgen|hogyn|hogan|person ifanc)\b"
)
#: a Welsh aunt's, uncle's or grandparent's child of the family: "fy nith" (my niece), "fy nai"
#: (my nephew), "ein hwyres" (our granddaughter), as "my niece" is in English
_FAMILY_CHILD_CY = re.compile(
    r"\b(?:fy|ein) (?:nith|nai|wyrion|hwyres|hwyr|wyres|mhlentyn maeth|mhlant maeth)\b"
)
_AS_A_CHILD = re.compile(r"\b(?:as|when i was) (?:a )?(?:child|children|kid|kids|boy|girl)\b")
#: ... nor when what was done was done to the asker
_DONE_TO_ME = re.compile(
    r"\b(?:abus\w*|touch\w*|hurt\w*|rap\w*|molest\w*|groom\w*|assault\w*|hit\w*|makes|made|"
    r"making|makin|does things to|did things to|do things to) me\b"
    r"|\bi (?:was|got) (?:abused|raped|touched|molested|groomed|assaulted|hurt)\b|\bmy childhood\b"
    r"|\bfi\b|\bfy (?:ngham drin|nghyffwrdd|mrifo|nhreisio)\b"
)


def carer_asking(cleaned: str) -> bool:
    """A parent or carer asking about a child, named without "my" (or a Welsh "fy nith")."""
    for pattern in (_CARER_AS, _CHILD_FIRST, _CARER_SAID, _IN_MY_CARE, _FAMILY_CHILD_CY):
        said = pattern.search(cleaned)
        if not said:
            continue
        rest = cleaned[: said.start()] + " " + cleaned[said.end() :]
        rest = _AS_A_CHILD.sub(" ", rest)  # (what the carer was once: "abused as a child")
        about_a_child = pattern is not _CARER_SAID or _A_CHILD.search(rest)
        if about_a_child and not _DONE_TO_ME.search(rest):
            return True
    return False


#: (third probe) a young person who begins with who they are and their age, English or Welsh:
#: "merch 15 cefais fy nhreisio…" (girl 15, I was raped…), "boy 14 my uncle…"; (seventeenth
#: walk-through F5) "teenage boy 15, …", "boy aged 15 here"
#: (eighteenth walk-through F6) ... after words that describe them ("deaf girl 14", "autistic
#: trans boy aged 15", "im a disabled girl 13"), or in Welsh after the noun ("merch fyddar 14")
_YOUNG_SELF_FIRST = re.compile(
    rf"^(?:(?:im|i am|i m) )?(?:an? )?(?:{_DESCRIBING} (?:and )?){{0,2}}"
    r"(?:(boy|lad|bachgen|hogyn|bachan)|(girl|lass|merch|hogan|croten))"
    rf"(?: {DESCRIBING_CY})? ?(?:aged |age )?(1[0-7])\b"
    r"(?! ?(?:year olds|yr olds|years? ago|yrs? ago|miles|minutes)\b)"
)


def young_self_first(cleaned: str) -> tuple[int | None, str]:
    """The age and sex of a young person (10 to 17) who starts with them ("girl 15 …",
    "bachgen 14, …"): their own, as "15f" is; (None, "") otherwise. A parent's or a
    professional's shorthand ("boy 7 abused by uncle") is younger and stays theirs."""
    found = _YOUNG_SELF_FIRST.match(cleaned)
    if found is None:
        return student_age_first(cleaned), ""  # (w23child) "college student, 16, …me"
    if doer_after(cleaned[found.end() :]):
        return None, ""  # (fourteenth walk-through F6) "boy 15 touched my daughter": his
    if told_after(cleaned[found.end() :]):
        return None, ""  # (w22read) "girl 14 told me her stepdad…": the child who told
    return int(found.group(3)), "male" if found.group(1) else "female"


#: (third probe) an older adult said without a number: "over 60", "a pensioner", "retired"
_OLDER_ADULT = re.compile(
    r"\b(?:im |i am |i m |now )?(?:over|aged over) (?:[2-9]0|18)\b(?! ?(?:miles|mins|minutes)\b)"
    r"|\b(?:pensioner|oap|retired|retiree|pensiynwr|wedi ymddeol)\b"
    # (w65older, check63 F8) an old age said with "at": "at 82 i want to tell someone", "even
    # at 70"; older people, Welsh "pobl hŷn", "oedolion hŷn", "yr henoed"
    r"|\bat (?:[5-9]\d|1[01]\d)\b(?! ?(?:miles|mph|mins|minutes|secs|seconds|percent|pounds|kg)\b)"
    r"|\b(?:older people|older adults|elderly people|(?:pobl|bobl|phobl|oedolion) hyn|henoed)\b"
)


def older_adult(cleaned: str) -> bool:
    """Words that say the asker is a grown adult without an age ("over 60 and never dealt with
    what my father did", "pensioner abused by my stepfather")."""
    return bool(_OLDER_ADULT.search(cleaned))


#: (thirteenth walk-through F3) a child's own age said last with its unit: "…touches me. 11 yrs
#: old", Welsh "…i fi, 14 oed", "…, yn 14 oed" (punctuation is gone by then)
_SAID_LAST = re.compile(
    r"(?:^|\s)(\w+) (?:yn )?(\d{1,2}) ?(?:oed|yrs? old|years? old|yo|y o)"
    # (fourteenth walk-through F6) "…touches me 13 yr old boy": who the writer is, said last
    r"(?: (?:boy|girl|lad|lass|male|female|bachgen|hogyn|merch|hogan))?$|(?:^|\s)yn (\d{1,2})$"
)
#: ... but not someone else's said in Welsh: "mae fy mrawd yn 17" (my brother is 17), "mae e'n
#: 17", "oedd e'n 17 oed" (he was 17)
_THEIRS_CY = re.compile(
    r"\b(?:mae|oedd|roedd|ydy|yw)\b(?: \w+){0,3}? (?:yn|en|on|hin|fen|fon|n) \d{1,2}(?: oed)?$"
)
#: words before an age said last that make it someone else's or a count
_NOT_OWN_BEFORE = frozenset(
    ["is", "hes", "shes", "he", "she", "was", "were", "are", "theyre", "at", "of", "from", "to",
     "until", "till", "for", "by", "over", "under", "about", "around", "than", "every", "this",
     "that", "some", "with", "seeing", "his", "her", "their", "i", "o", "hyd", "tan", "rhwng",
     "ers", "pan", "oedd", "my", "our", "your", "fy", "ein"]
) | _NOT_BEFORE_AGE  # fmt: skip


def theirs_said_last(cleaned: str) -> bool:
    """A number said last that is someone else's age in Welsh ("mae fy mrawd yn 17")."""
    return bool(_THEIRS_CY.search(cleaned))


#: (twenty-fifth walk-through F3) a bare number just after "me", then more said of oneself:
#: "…did sex stuff to me, 14, cant tell any1", "…to me 14 n im scared" (never "to me 14
#: times": what follows is one's own doing or asking, not a unit)
_AFTER_ME = re.compile(
    r"\bme (\d{1,2}) (?:cant|can t|cannot|dont|don t|n|pls|plz|please|help|im|idk|what|"
    r"scared|x)\b"
)


#: (w55local) the Welsh "14 ydw i", "13 oed ydw i" (I am 14): one's own age, wherever it is said
_AGE_YDW_I = re.compile(r"\b(\d{1,2})(?: oed)? (?:ydw i|ydwi|dw i|dwi)\b")


def own_age_said_last(cleaned: str) -> int | None:
    """A child's own age (5 to 17) said last with its unit ("11 yrs old", "14 oed", "yn 14"),
    or bare just after "me" with more said after it (``_AFTER_ME``), or as Welsh "14 ydw i"."""
    if theirs_said_last(cleaned):
        return None
    found = _SAID_LAST.search(cleaned)
    if found and found.group(1) not in _NOT_OWN_BEFORE:
        value = int(found.group(2) or found.group(3))
    else:
        after_me = _AFTER_ME.search(cleaned) or _AGE_YDW_I.search(cleaned)
        value = int(after_me.group(1)) if after_me else 0
    return value if 5 <= value <= 17 else None


#: ... an adult said so ("oedolyn", "adult survivor")
_SAYS_ADULT = re.compile(
    r"\b(?:adult|adults|grown up|grownup|oedolyn|oedolion|survivor|goroeswr)\b"
)


def young_said_last(cleaned: str, trailing: re.Pattern[str]) -> int | None:
    """(thirteenth walk-through F3) A number 10 to 17 said last by someone read as a grown-up
    only from the past tense ("ces i fy nhreisio dydd sadwrn gan fy nghefnder, 14": I was
    raped on Saturday by my cousin, 14): their own age now, unless the words say long ago or a
    grown-up life now. ``trailing``: a bare number said last, the word before it first."""
    if told_long_ago(cleaned) or grown_now(cleaned) or older_adult(cleaned):
        return None
    if _SAYS_ADULT.search(cleaned):
        return None  # ("oedolyn, … o 7 i 12 oed": an adult, abused from 7 to 12)
    value = own_age_said_last(cleaned)
    found = trailing.search(cleaned)
    if value is None and found and found.group(1) not in _NOT_OWN_BEFORE:
        value = None if theirs_said_last(cleaned) else int(found.group(2))
    return value if value is not None and 10 <= value <= 17 else None


#: a child and a brother, sister or cousin giving their ages together, the asker's first
WE_ARE_AGED = re.compile(
    r"\bme and my (?:\w+ )?(?:sis|sister|bro|brother|cousin|twin)s? (?:are|r) (\d{1,2})\b"
)
