"""(w23child) A child speaking of harm done to them or to a brother or sister, in words a worker, a
parent or someone worried about their own thoughts also use:

- a school year with "student" or "pupil", said first, then harm done to "me" ("yr 8 pupil, my
  cousin makes me…", "year 10 student here, he comes into my room at night"): the child's own
  year, not a teacher's report ("year 10 student disclosed…" stays a worker's);
- a school stage said of oneself ("sixth form student, …", "im doing my gcses", "dwi yn y
  chweched dosbarth") with harm done to "me": a child, with no age to show (16 or 17, a guess);
- a little brother or sister who told ("my 6 year old sister said our stepdad…", "mae fy
  mrawd bach 5 oed wedi dweud…"): a brother or sister is who tells, a child (never "my 6 year
  old", a parent's);
- a child's tastes ("into kids youtube", "i like kids tv"): "kids" says what the show is for,
  not an attraction to children.

Over ``clean_text``'s words; used by ``asker.who_is_asking`` (through ``asker_ages``), by
``asker_own_plain`` and by ``understand``."""

from __future__ import annotations

import re

from .asker_roles import harmed_asker

#: what people watch, play, wear or join that is made for children ("kids tv", "kids
#: youtube", "childrens books"): said after "kids", the word is the thing's, not a person's
KIDS_TASTES = (
    "tv", "telly", "television", "shows?", "programmes?", "programs?", "cartoons?", "films?",
    "movies?", "youtube", "youtubers?", "videos?", "vids", "channels?", "content", "tiktok",
    "tiktoks", "apps?", "games?", "gaming", "books?", "stories", "comics?", "magazines?",
    "music", "songs?", "bands?", "anime", "series", "characters?", "toys?", "clothes",
    "clothing", "fashion", "sweets", "snacks", "menu", "meals?", "parties", "party", "rides?",
    "crafts?", "activities", "clubs?", "football", "sports?", "camps?", "theatre", "ministry",
    "work", "pop",
)  # fmt: skip
_TASTES = "|".join(KIDS_TASTES)
#: "kids" (or "childrens") as what a taste is made for: "into kids youtube", "kids tv"
_KIDS_TASTE = re.compile(rf"\b(?:kids|kid|childrens|children s|kiddie|kiddy) (?=(?:{_TASTES})\b)")


def without_kids_tastes(searched: str) -> str:
    """The words searched with "kids" dropped where it only says a taste is made for children
    ("im really into kids tv": "im really into tv"), so that no phrase for an attraction to
    children ("into kids", "likes kids") is read in it."""
    return _KIDS_TASTE.sub("", searched)


#: someone of the child's household or family who comes into their room or bed (the harm a
#: child tells in the present: "my stepdad comes in my room at night", "he creeps into my bed")
_INTO_MY_ROOM = re.compile(
    r"\b(?:comes?|coming|creeps?|creeping|sneaks?|sneaking|gets?|getting|climbs?|climbing) "
    r"in(?:to)? my (?:room|bedroom|bed)\b"
    r"|\b(?:yn )?(?:dod|dwad|sleifio) (?:i mewn )?(?:i |i mewn i )(?:fy )?(?:ystafell|stafell|"
    r"ngwely|llofft)\b"
)


def harmed_child(cleaned: str) -> bool:
    """The words tell of harm done to the asker, or of someone coming into their room or bed."""
    return harmed_asker(cleaned) or _INTO_MY_ROOM.search(cleaned) is not None


#: a school year with "student" or "pupil" said first ("year 9 student, …", "yr 7 pupil and
#: …", "myfyriwr blwyddyn 9", "disgybl bl 10")
_YEAR_STUDENT_FIRST = re.compile(
    r"^(?:(?:im |i m |i am )?an? )?(?:year|yr|y) ?(\d{1,2}) (?:student|pupil|girl|boy|lad|lass)"
    r"(?: here)?\b"
    r"|^(?:(?:dwi n |dw i n |rwy n )?(?:fyfyriwr|myfyriwr|myfyrwraig|disgybl|ddisgybl) )"
    r"(?:blwyddyn|bl|flwyddyn|ym mlwyddyn) ?(\d{1,2})\b"
)


def year_student_first(cleaned: str) -> int | None:
    """The age of a child whose words begin with their school year and "student" or "pupil"
    (year 9: 13) and go on to harm done to them; None otherwise (a worker's report)."""
    found = _YEAR_STUDENT_FIRST.match(cleaned)
    if not found or not harmed_child(cleaned[found.end() :]):
        return None
    year = int(found.group(1) or found.group(2))
    return year + 4 if 1 <= year <= 13 else None


#: a school stage said of oneself, first or after "im": "sixth form student, …", "im in sixth
#: form", "sixth former here", "gcse student", "im doing my gcses", "dwi yn y chweched
#: dosbarth" (I'm in the sixth form)
_STAGE_SELF = re.compile(
    r"^(?:(?:im |i m |i am )?an? )?(?:sixth form|6th form|gcse|a level|secondary "
    r"school|high school) (?:student|pupil|girl|boy|lad)\b|^(?:a )?(?:sixth|6th) former\b"
    r"|\b(?:im|i m|i am) (?:in|at) (?:sixth form|6th form|secondary school|high school)\b"
    r"|\b(?:im|i m|i am) (?:doing|sitting|revising for|in the middle of) my (?:gcses|mocks|sats)\b"
    r"|\b(?:dwi|dw i|rwy|rydw i) (?:yn y|yn yr|yn) (?:chweched dosbarth|ysgol uwchradd)\b"
)


def stage_self(cleaned: str) -> bool:
    """A school stage said of oneself, with harm done to the asker: a child."""
    return _STAGE_SELF.search(cleaned) is not None and harmed_child(cleaned)


#: a little brother or sister (or cousin) named with a young age or as little, who told or
#: said something: a brother or sister is who was told, a child ("my 6 year old sister said
#: our stepdad…", "my baby brother told me…", "mae fy mrawd bach 5 oed wedi dweud…")
_SIBLING = (
    r"(?:brother|sister|bro|sis|sibling|cousin|half ?brother|half ?sister|step ?brother|"
    r"step ?sister)"
)
_SIBLING_TOLD = re.compile(
    r"\b(?:my|our) (?:(?:little|baby|younger|wee|kid|lil) |(?:[1-9]|1[0-2]) ?(?:year old|yr old|"
    rf"yo|y o|years old) )?{_SIBLING}s?\b"
    # ... or with a young age said after ("my bro is 7 and he said…", "my sister (6) told me")
    r"(?: (?:is |who is |whos |aged |age )?(?P<age>[1-9]|1[0-2])\b(?! ?(?:years?|yrs?) ago\b))?"
    r"(?: \w+){0,5}? (?:told|tells|said|says|has told|has said|just told|disclosed|whispered|"
    r"admitted)\b"
    r"|\b(?:fy (?:mrawd|chwaer|nghefnder|nghyfnither|llysfrawd|llyschwaer)|ein (?:brawd|chwaer|"
    r"cefnder|cyfnither|llysfrawd|llyschwaer)) (?:bach |fach |bach i |"
    r"fach i |iau |ieuengaf )?(?:(?:sy n )?(?:[1-9]|1[0-2]) oed )?(?:\w+ ){0,3}?(?:wedi dweud|"
    r"yn dweud|ddwedodd|ddywedodd|wedi deud|wedi son|wedi sôn|newydd ddweud|newydd deud)\b"
)
#: ... not the sibling's age said as only one of the words of the Welsh phrase above: the
#: Welsh needs "bach", "fach", "iau" or an age to be a little one
_CY_LITTLE = re.compile(
    r"\b(?:fy (?:mrawd|chwaer|nghefnder|nghyfnither|llysfrawd|llyschwaer)|ein (?:brawd|chwaer|"
    r"cefnder|cyfnither|llysfrawd|llyschwaer)) (?:bach|fach|iau|ieuengaf|(?:sy n )?"
    r"(?:[1-9]|1[0-2]) oed)\b"
)


def sibling_told(cleaned: str) -> bool:
    """A little brother or sister who told or said something: the asker is a child."""
    for found in _SIBLING_TOLD.finditer(cleaned):
        if found[0].startswith(("my ", "our ")):
            said = found[0].split()[1]
            if found["age"] or said in _LITTLE or said[0].isdigit():
                return True
        elif _CY_LITTLE.search(found[0]):
            return True
    return False


_LITTLE = frozenset(["little", "baby", "younger", "wee", "kid", "lil"])


#: a teenager's own age said with "im" (13 to 17; not "im 15 years qualified", "im 14 stone")
_I_AM_TEEN = re.compile(
    r"\b(?:im|i am|i m|iam|dwin|dwi n|dw in|dw i n|rwyn|rwy n|rydw i n)(?: only| just| nearly)? "
    r"(1[3-7])\b(?! ?(?:times|minutes|mins?|hours|hrs|secs?|days|weeks|months|miles|pm|am|oclock|"
    r"o clock|stone|st|kg|lbs|percent)\b)(?! ?(?:years?|yrs?)\b(?! old))"
)


def young_worker(cleaned: str) -> bool:
    """A teenager's own age said ("im 15", "im 17"), or a pupil's own role ("im a prefect"): a
    child, whatever work or role they name (a babysitter of 14, a junior coach of 16, a nursery
    apprentice of 17: under 18, Childline's), never a worker or a parent."""
    return _I_AM_TEEN.search(cleaned) is not None or pupil_role(cleaned)


#: the roles pupils hold at school, said of oneself ("im a prefect", "im head girl", "as a
#: peer mentor", "dwi n swyddog y cyngor ysgol")
_PUPIL_ROLE = re.compile(
    r"\b(?:im|i am|i m|iam|as)(?: an?| the| one of the)? (?:school |sixth form )?(?:prefect|head "
    r"girl|head boy|deputy head girl|deputy head boy|peer mentor|peer supporter|peer mediator|"
    r"playground buddy|student ambassador|pupil ambassador|anti bullying ambassador|"
    r"school councillor|on the school council|sixth former|young leader)\b"
    r"|\b(?:dwi n|dw i n|rwy n|rydw i n) (?:swyddog y cyngor ysgol|aelod o r cyngor ysgol|"
    r"brif ddisgybl|llysgennad)\b"
)


def pupil_role(cleaned: str) -> bool:
    """A role held by a pupil, said of oneself: a child, not a worker."""
    return _PUPIL_ROLE.search(cleaned) is not None


#: a child's taste said of oneself ("im into kids anime", "i love kids tv shows", "i watch kids
#: youtubers") ...
_OWN_TASTE = re.compile(
    r"\b(?:im|i m|i am|iam|i)(?: \w+){0,2}? (?:into|like|love|watch|play|enjoy|obsessed with) "
    rf"(?:kids|kid|childrens|kiddie) (?:{_TASTES})\b"
)
#: ... with something done or asked of the asker ("a guy keeps asking for pics", "asked me to
#: send nudes")
_ASKED_OF_ME = re.compile(
    r"\b(?:ask\w*|want\w*|beg\w*|pressur\w*|keeps? on at me)(?: me)? (?:for|to send|to share|to "
    r"show) (?:\w+ )?(?:pics|pictures|photos|nudes|videos|vids|selfies|snaps)\b"
    r"|\b(?:pics|pictures|photos|nudes|videos) of me\b"
)


def taste_self(cleaned: str) -> bool:
    """A child's taste said of oneself, with harm done or asked of the asker: a child."""
    return _OWN_TASTE.search(cleaned) is not None and (
        harmed_child(cleaned) or _ASKED_OF_ME.search(cleaned) is not None
    )


#: a pupil's or student's own age said first, after who they are ("college student, 16, …",
#: "pupil 14 here", "sixth form student 17 …"; "girl 15 …" is ``asker_ages.young_self_first``'s)
_STUDENT_AGE_FIRST = re.compile(
    r"^(?:im an? |i am an? |an? )?(?:(?:college|sixth form|6th form|school|secondary school|"
    r"high school|gcse|a level) )?(?:student|pupil|schoolgirl|schoolboy|school girl|school boy|"
    r"myfyriwr|myfyrwraig|disgybl) (?:aged |age )?(1[0-7])\b"
    r"(?! ?(?:year olds|yr olds|years? ago|yrs? ago|miles|minutes)\b)"
)


def student_age_first(cleaned: str) -> int | None:
    """The age (10 to 17) of a pupil or student who starts with who they are and their age and
    goes on about themselves; None for a worker's report ("student 15 disclosed…")."""
    found = _STUDENT_AGE_FIRST.match(cleaned)
    if found is None or not harmed_child(cleaned[found.end() :]):
        return None
    return int(found.group(1))


#: a teenager's life said of oneself: a Saturday job, a paper round, babysitting, work
#: experience, a school year or school ("my manager at my saturday job…", "…im only in year
#: 11"): "my manager", "my boss" there are a child's, not a grown-up's working life
_TEEN_LIFE = re.compile(
    r"\b(?:saturday job|sunday job|weekend job|paper ?rounds?|paper ?(?:boy|girl)|babysit\w*|"
    r"baby sitting|work experience|rownd bapur|profiad gwaith)\b"
    r"|\b(?:im|i am|i m)(?: only| just| still| now)? (?:in (?:year|yr) (?:[1-9]|1[0-3])|at "
    r"(?:school|secondary school|high school|sixth form))\b"
)


def teen_life(cleaned: str) -> bool:
    return _TEEN_LIFE.search(cleaned) is not None


#: children harmed together, now, by someone of their household: "our stepdad touches us both",
#: "our uncle hurts us" (a couple does not say "our stepdad"; "our dad abused us as kids" is the
#: past, an adult's)
_US_HARMED = re.compile(
    r"\bour (?:stepdad|step dad|stepfather|step father|dad|father|mum|mom|mother|stepmum|"
    r"step mum|uncle|auntie|aunt|grandad|granddad|grandpa|nan|gran|brother|cousin|babysitter|"
    r"mums (?:boyfriend|partner)|dads (?:girlfriend|partner))\b(?: \w+){0,3}? (?:touches|"
    r"touching|abuses|abusing|hurts|hurting|rapes|raping|molests|molesting|gropes|groping|hits|"
    r"hitting|does (?:stuff|things) to|is doing (?:stuff|things) to|makes|comes into) (?:us|both "
    r"of us|me and)\b"
)


def harmed_together(cleaned: str) -> bool:
    """Children harmed together by someone of their household ("our stepdad touches us"), or a
    teenager's life with harm done to them ("the boss on my paper round keeps trying to kiss
    me")."""
    return _US_HARMED.search(cleaned) is not None or (teen_life(cleaned) and harmed_child(cleaned))
