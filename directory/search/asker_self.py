"""(probe 15) Who the asker says they are, in words the age patterns missed: a young person's
age said first with who they are ("15 yr old lad, older brother made me…": theirs now, whatever
they say of when it began); a grown-up said by a loose age ("mid 30s guy, …", "late 40s, …",
"early fifties woman", "woman in her 60s"); a wish to harm a child sexually; Stop It Now named
alone. Over ``clean_text``'s words (number words already digits); used by
``asker.who_is_asking``."""

from __future__ import annotations

import re

from .asker_lead import age_said_first
from .asker_men import says_male
from .asker_past import _DOING_AFTER
from .asker_patterns import _FEMALE as _SAYS_FEMALE
from .asker_patterns import _MALE as _SAYS_MALE
from .asker_patterns import _SEX_AGE
from .asker_roles import ROLES
from .asker_units import doer_after
from .asker_whose import someone_elses

#: a young person's age first, then who they are: "15 yr old lad, …", "14yo girl here", "13
#: year old, …", (twenty-seventh walk-through F3) "13 yrs. dads mate…" (not "15 year old boy
#: touched my daughter": who did it; nor "13 yrs ago", "12 yrs of it": a time)
_YOUNG_AGE_FIRST = re.compile(
    r"^(?:im |i m |i am |a )?(\d{1,2}) ?(?:yo|y o|yr old|yrs old|year old|years old|yr"
    r"|yrs(?! (?:ago|of|later|since|back|before|after|on|now|for|in|and|or)\b))"
    r"(?: (?:(boy|lad|male|guy|son)|(girl|lass|female|daughter)))?(?: here)?\b"
)
#: ... telling of themselves after it ("me", "i", "my")
_ME = re.compile(r"\b(?:me|i|im|i m|my|myself)\b")


def young_age_first(cleaned: str) -> tuple[int | None, str]:
    """The age (10 to 17) and sex of a young person whose words begin with them and go on
    about themselves; (None, "") otherwise."""
    found = _YOUNG_AGE_FIRST.match(cleaned)
    if found is None:
        return age_said_first(cleaned)  # (w24age) "fourteen, my cousin…", "14 girl my…"
    if not 10 <= int(found.group(1)) <= 17:
        return None, ""
    rest = cleaned[found.end() :]
    if _DOING_AFTER.match(rest) or not _ME.search(rest):
        return None, ""
    if not re.match(r"i ?m |i am ", cleaned) and doer_after(rest):
        return None, ""  # (fourteenth walk-through F6) "a 16 yr old lad from … touched my son"
    return int(found.group(1)), "male" if found.group(2) else "female" if found.group(3) else ""


_MALE = r"man|male|guy|bloke|fella|dad|father|gent|dyn"
_FEMALE = r"woman|female|lady|mum|mom|mother|gal|dynes|menyw"
_DECADE = r"(?:[2-8]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties)"
#: a grown-up's age said loosely, as who they are: first in the words or after "im" ("mid 30s
#: guy, …", "im in my late 40s" is ``grown_now``'s), or "woman in her 60s" (not "a man in his
#: 60s abused me": who did it; nor "my uncle, in his 50s")
_LOOSE_AGE = re.compile(
    rf"^(?:im |i m |i am |a |an )?(?:early|mid|late) ?{_DECADE}(?: (?:{_MALE}|{_FEMALE}))?\b"
    rf"|^(?:im |i m |i am |a |an )?(?:{_MALE}|{_FEMALE}) in (?:his|her|their|my) "
    rf"(?:early |mid |late )?{_DECADE}\b"
)


def loose_adult(cleaned: str) -> bool:
    """A grown-up's own age said loosely ("mid 30s guy", "early fifties woman"): an adult, but
    no age to show services for (a notice "for age 35" would be a guess said as a fact); never
    when what follows is what they did ("a man in his 60s abused me")."""
    found = _LOOSE_AGE.match(cleaned)
    return found is not None and not _DOING_AFTER.match(cleaned[found.end() :])


#: a wish to harm a child sexually, said of oneself: "i want to hurt children sexually", "i
#: feel like touching kids", "i keep wanting to abuse a child" (not "i want to hurt the man who
#: abused my child": a grown-up; nor "hurt myself")
_OWN_WISH = re.compile(
    r"\bi (?:want|wanna|keep wanting|feel like|have an urge|have the urge|get the urge|"
    r"have urges|get urges|feel the urge)(?: to)? (?:(?:sexually )?(?:abuse|touch|molest|fondle)"
    r"|(?:sexually )?(?:hurt|harm)(?= (?:\w+ ){1,3}?sexually\b)|sexually (?:hurt|harm)) "
    r"(?:a |young |little |small |some )?(?:child|children|kids?|minors?|boys|girls|toddlers|"
    r"teens)\b"
)
#: Stop It Now named with nothing else said: the service for people worried about their own
#: thoughts (others who call it say who they are: a parent, a partner)
_OWN_SERVICE = re.compile(r"\b(?:stop it now|stopitnow|lucy faithfull|lucy faithful)\b")
_SOMEONE = re.compile(
    r"\b(?:my|our|he|she|his|her|him|they|their|someone|somebody|fy|ein|ei|mae|roedd)\b"
)


def own_wish(cleaned: str) -> bool:
    """A wish to harm a child sexually, said of oneself."""
    return bool(_OWN_WISH.search(cleaned))


def names_own_service(cleaned: str) -> bool:
    """The words name Stop It Now (or the Lucy Faithfull Foundation that runs it)."""
    return bool(_OWN_SERVICE.search(cleaned)) and not _SOMEONE.search(cleaned)


#: (sixteenth walk-through F2) a child's school year or age said of themselves in short: "im yr
#: 8", "i am a boy in year 9", "im a girl in y7", "yr 8 here", Welsh "dwi'n hogan blwyddyn 8",
#: "dwi'n fachgen ym mlwyddyn 9" (not "my son is in year 9", a parent's child; nor "a boy in
#: year 9 touched me", who did it; nor "year 11 exams")
#: ... a job with a school year is a grown-up's ("im a year 6 teacher", "a yr 2 ta")
_YEAR_JOB = (
    r"teacher|teachers|tutor|form tutor|ta|tas|teaching|head|lead|leader|coordinator|staff|"
    r"class|group|team|pupils|students|kids|children|parents?|athro|athrawes|athrawon|"
    r"cynorthwyydd|dosbarth|disgyblion|plant"
)
_YEAR_SELF = re.compile(
    r"\b(?:im|i am|i m|iam)(?: only| just| still| now)?(?: a| an)?(?: (?:(boy|lad)|(girl|lass)))?"
    r"(?: kid| child| pupil|"
    r" student)?(?: who is| whos| thats)?(?: in)? (?:year|yr|y) ?(\d{1,2})\b"
    rf"(?! ?(?:ago|old|olds|years?|yrs?|{_YEAR_JOB})\b)"
    r"|\b(?:dwi|dwin|dwi n|dw i|dw in|dw i n|rwy|rwyn|rwy n|rydw i|rydw in|rydw i n)(?: yn)?"
    r"(?: (?:(fachgen|hogyn|bachgen)|(ferch|hogan|merch)|blentyn|ddisgybl))? (?:ym |yn )?"
    rf"(?:mlwyddyn|blwyddyn|flwyddyn|bl) ?(\d{{1,2}})\b(?! (?:{_YEAR_JOB})\b)"
    r"|(?:^|\b)(?:year|yr|y) ?(\d{1,2}) (?:(?:(boy|lad)|(girl|lass)) )?here\b"
)
#: ... or the age with who they are, after "im" ("im a boy 11", "i am a girl aged 12") or said
#: last ("… my cousin makes me, 11 m", "… touched me 13f"; not "for 11 m", "she is 6 f")
_SEX_AGE_SELF = re.compile(
    r"\b(?:im|i am|i m|iam) (?:a |an )?(?:(boy|lad)|(girl|lass)) (?:aged |age )?(\d{1,2})\b"
    r"(?! ?(?:times|minutes|hours|days|weeks|months|miles|years?|yrs?|year olds?)\b)"
    r"|(?:^|\s)(?<!\bfor )(?<!\bat )(?<!\bby )(?<!\bof )"
    r"(?<!\bis )(?<!\bhes )(?<!\bshes )(?<!\bwas )"
    r"(\d{1,2}) ?(?:(m|male|boy)|(f|female|girl))$"
)


def _sex(*said: str | None) -> str:
    """ "male" or "female" from the first two groups said (male first), else ""."""
    return "male" if said[0] else "female" if said[1] else ""


def school_year_self(cleaned: str) -> tuple[int | None, str]:
    """(sixteenth walk-through F2) The age (5 to 17) and sex of a child who says their school
    year or their age in short of themselves ("im yr 8": 12, "i am a boy in year 9": 13, "im a
    boy 11", "… 13f"); (None, "") otherwise."""
    found = _YEAR_SELF.search(cleaned)
    if found:
        groups = found.groups()
        for male, female, year in (groups[0:3], groups[3:6], (groups[7], groups[8], groups[6])):
            if year and 1 <= int(year) <= 13:
                return int(year) + 4, _sex(male, female)
    said = _SEX_AGE_SELF.search(cleaned)
    if said:
        male, female, age, last, m, f = said.groups()
        value = int(age or last)
        if 5 <= value <= 17:
            return value, _sex(male or m, female or f)
    return None, ""


#: (twelfth session) a professional's own sex said with their role ("im a male teacher", "as a
#: female GP", "woman social worker here"): theirs, not that of the pupil or patient the help is
#: for, so never the asker's sex the page reads
_ROLE_SEX = re.compile(
    r"\b(?:male|female|man|woman|lady|gentleman|bloke|guy) (?="
    + "|".join(sorted((re.escape(r) for rs in ROLES.values() for r in rs), key=len, reverse=True))
    + r")\b"
)


def without_role_sex(cleaned: str) -> str:
    """``cleaned`` without a sex said of someone's role ("male teacher" is "teacher")."""
    return " ".join(_ROLE_SEX.sub("", cleaned).split())


#: (forty-seventh walk-through F8) the asker's age, then their sex: "im 16 and a boy", "i am
#: 15 n a girl", "im 17 yrs old and male" (not "im 16 and a boy at school touched me": who did
#: it follows; not "and a man", whose age would be said otherwise)
_AGE_AND_SEX = re.compile(
    r"\b(?:im|i am|i m) \d{1,2}(?: ?(?:years old|year old|yrs old|yr old|yo))? (?:and|n) (?:a )?"
    r"(?:(boy|lad|male)|(girl|female))\b"
    r"(?! (?:\w+ )?(?:touched|abused|raped|hurt|keeps|is|has|from|at|in)\b)"
)


#: (tenth Welsh review) the asker as one of a group of their own sex: "meet other men like me",
#: "cwrdd â dynion eraill fel fi", "women like me"
_LIKE_ME = re.compile(
    r"\b(?:(men|blokes|guys|lads|fellas|d?dynion)|(women|ladies|girls|f?menywod|ferched))"
    r"(?: eraill)? (?:like me|like myself|fel fi)\b"
)


def own_sex(cleaned: str, role: bool = True) -> str:
    """The sex the asker gives for themselves ("im a man", "abused as a girl", "men like me");
    without ``role``, not one said of their role ("im a male teacher": a professional's, when
    the help is for a pupil, whose sex the words give elsewhere if at all)."""
    bare = cleaned if role else without_role_sex(cleaned)
    if _SAYS_MALE.search(bare) or _SAYS_FEMALE.search(bare):
        return "male" if _SAYS_MALE.search(bare) else "female"
    age_and = _AGE_AND_SEX.search(bare)
    if age_and:
        return "male" if age_and.group(1) else "female"
    group = _LIKE_ME.search(bare)
    return "" if group is None else "male" if group.group(1) else "female"


def whose_sex(cleaned: str, persona: str, sex: str) -> str:
    """The sex read (``sex``) of whoever the help is for: a professional's own, said with their
    role ("female social worker", "im a male teacher"), is not the pupil's or client's; one
    said otherwise ("my patient, a man of 50") is."""
    if persona == "professional" and sex and sex == own_sex(cleaned):
        return own_sex(cleaned, role=False)
    if not sex and persona in ("adult", "child", "") and says_male(cleaned):
        return "male"  # (w38ask) "im a bloke", "as a lad", "dwi'n ddyn": his own, for himself
    return sex


def sex_age(cleaned: str) -> tuple[int | None, str]:
    """(issue 25) an age said with the asker's sex, as people describe themselves ("male 61",
    "woman 44", "f 16", "m15", "im a man 58")."""
    found = _SEX_AGE.search(cleaned)
    if not found or someone_elses(cleaned[found.end() :]):  # (w22read) "man 40 keeps texting me"
        return None, ""
    male, female, value, first, m, f = found.groups()
    age = int(value or first)
    return (age, "male" if male or m else "female") if 5 <= age <= 99 else (None, "")


#: (twenty-seventh walk-through F6) an adult's own age said with their sex amid the words, as
#: people describe themselves in a clause of its own ("…, male 50, need help", "…, female, 42,
#: …", "…, 50 male" said last); never "a man 50 yards away", "my dad, male 60" (whose),
#: "male 50 miles…", "male 50 to 60" (a span), nor "man 40 keeps texting me" (who did it)
#: (w36teen) or with who they are between ("male survivor 45", "woman survivor 52"), or a
#: survivor alone ("survivor 38, abused by my brother")
_SEX_AGE_WITHIN = re.compile(
    r"\b(male|female|man|woman|survivor)(?: (?:survivor|victim|here))? (\d{2})\b(?: (\w+))?"
)
_AGE_SEX_LAST = re.compile(r"\b(\d{2}) (male|female)$")  # (not "ran 50m": metres)
#: the word before the sex that makes it someone else ("a man 50", "his dad male 60")
_NOT_OWN_BEFORE = frozenset(
    ["a", "an", "the", "my", "his", "her", "their", "our", "your", "this", "that", "one",
     "another", "some", "any", "no", "other", "old", "older", "young", "younger", "by", "with",
     "to", "from", "of", "for", "than", "is", "was", "hes", "shes", "he", "she", "they", "dad",
     "father", "brother", "son", "uncle", "husband", "partner", "boyfriend", "mum", "mother",
     "sister", "daughter", "aunt", "wife", "girlfriend", "friend", "neighbour", "at", "about",
     "over", "under", "aged", "age", "s"]
)  # fmt: skip
#: ... but not said last ("when i was young, 61 male": young then, 61 now)
_YOUNG_THEN = frozenset(["old", "older", "young", "younger"])
#: the word after the number that makes it no age ("male 50 miles", "female 42 to 50")
_NOT_AN_AGE_AFTER = frozenset(
    ["miles", "mile", "minutes", "mins", "hours", "hrs", "days", "weeks", "months", "yards",
     "yds", "metres", "meters", "m", "km", "feet", "ft", "pounds", "quid", "times", "percent",
     "pm", "am", "oclock", "stone", "st", "kg", "mph", "to", "and", "or", "plus", "odd", "x",
     "people", "men", "women", "kids", "children", "of", "ago", "years", "yrs", "year", "yr"]
)  # fmt: skip


def sex_age_within(cleaned: str) -> tuple[int | None, str]:
    """The age (18 to 99) and sex a grown-up says of themselves amid the words
    (``_SEX_AGE_WITHIN``) or last (``_AGE_SEX_LAST``); (None, "") otherwise."""
    for found in _SEX_AGE_WITHIN.finditer(cleaned):
        before = cleaned[: found.start()].split()[-1:]
        after = found[3]
        rest = cleaned[found.end(2) :]
        old = after in ("years", "yrs", "year", "yr") and rest.split()[1:2] == ["old"]
        if before and before[0] in _NOT_OWN_BEFORE or (after in _NOT_AN_AGE_AFTER and not old):
            continue
        if someone_elses(rest) or doer_after(rest) or not 18 <= int(found[2]) <= 99:
            continue
        sex = {"male": "male", "man": "male", "female": "female", "woman": "female"}
        return int(found[2]), sex.get(found[1], "")
    last, words = _AGE_SEX_LAST.search(cleaned), cleaned.split()
    previous = words[-3] if len(words) > 2 else "a"
    if last and previous not in _NOT_OWN_BEFORE - _YOUNG_THEN and 18 <= int(last[1]) <= 99:
        return int(last[1]), "male" if last[2] == "male" else "female"
    return None, ""


#: (w43ask) a young person's own age with their sex in short amid the words, as a clause of its
#: own (its full stop gone): "… coming back tonight. 16 f. just need…", "…, m14, …"
_YOUNG_SEX_AGE_WITHIN = re.compile(
    r"(?:^|\s)(?:(\d{1,2}) ?(?:(m)|(f))|(?:(m)|(f)) ?(\d{1,2}))(?=\s|$)(?! \d[a-z]{2}\b)"
)
#: ... never after a word that makes it a school year or someone else's ("year 9 f")
_NOT_OWN_YOUNG = _NOT_OWN_BEFORE | {"year", "yr", "y", "blwyddyn", "bl", "since", "until"}


def young_sex_age_within(cleaned: str) -> tuple[int | None, str]:
    """The age (5 to 17) and sex a young person says of themselves in short amid the words
    ("16 f", "m 14", "15m"); never someone else's ("my sister 14 f", "shes 6 f", "for 11 m"),
    a length ("5 m away") or a postcode ("m15 4fn")."""
    for found in _YOUNG_SEX_AGE_WITHIN.finditer(cleaned):
        before = cleaned[: found.start()].split()[-1:]
        after = cleaned[found.end() :].split()[:1]
        if set(before) & _NOT_OWN_YOUNG or set(after) & (_NOT_AN_AGE_AFTER | {"away", "from"}):
            continue
        rest = cleaned[found.end() :]
        if someone_elses(rest) or doer_after(rest):
            continue
        value = int(found[1] or found[6])
        if 5 <= value <= 17:
            return value, _sex(found[2] or found[4], found[3] or found[5])
    return None, ""
