"""(probe 17, patterns 2 and 3) Who is asking, from the words of grown-up life and of work for a
child: a husband, wife, fiancé(e), ex-husband, a partner the asker lives with, a boss, a
landlord, "at work" (Welsh "fy ngŵr", "fy ngwraig", "fy mhartner", "fy ngwaith") say the asker
is an adult when no child's age is said (never another's: "my mums husband", "my sisters
husband": a child's words); an adult's age said first and short ("18 and my ex…", "19m",
"im 20f"); and a job of caring for or acting for a child said first ("au pair", "nanny for a
family", "virtual school head", "solicitor acting for a child"), then a child in their care,
a child they act for, or a child with injuries or signs ("nyrs adran frys, plentyn 12 gydag
anafiadau"), never "my nanny touched me" (a child) nor "my au pair abused my son" (a parent).
Over ``clean_text``'s words; used by ``asker.who_is_asking``."""

from __future__ import annotations

import re

from .asker_child import teen_life
from .asker_general import _JOB_CY, _JOB_EN, _NOT_JOB, _NOT_JOB_CY
from .asker_units import doer_after

#: the asker's own partner, work or home of their own, said with "my" (not "my mums husband",
#: "my sisters husband", "my step dads wife": someone else's)
_ADULT_LIFE = re.compile(
    r"\bmy (?:ex |ex-|former |late |new |current |own )?(?:husband|hubby|wife|fiance|fiancee|"
    r"spouse|common law (?:husband|wife|partner))(?:s| s)?\b"
    r"|\bmy (?:boss|manager|line manager|supervisor|colleague|"
    r"coworker|co worker|landlord|landlady|employer|lodger|flatmate|housemate)(?:s| s)?\b"
    r"|\bmy (?:boyfriend|girlfriend|partner|bf|gf)(?: who)? (?:i live with|i lived with|"
    r"and i live|and i lived|lives with me|moved in with me)\b"
    r"|\b(?:i live|we live|i moved in|we moved in) (?:together|with my (?:boyfriend|girlfriend|"
    r"partner|bf|gf))\b"
    r"|\bmy (?:partner|boyfriend|bf) and i (?:have|are having|had) a (?:baby|child|son|daughter)\b"
    r"|\bpregnant\b.*\bmy partner\b|\bmy partner\b.*\bpregnant\b"
    r"|\bmy partner (?:\w+ )?(?:raped|rapes|forced|forces|forcing|makes|made|assaulted|"
    r"assaults|pressures|pressured|coerced|coerces) me\b"
    # at work, said of the asker (not "when my mum is at work": a child's words)
    r"|\b(?:i|we) (?:was|were|am|m|got) (?:\w+ )?at work\b|\bat my (?:work|job|workplace|office)\b"
    r"|\b(?:raped|assaulted|harassed|touched|groped|attacked) (?:\w+ )?at work\b"
    r"|\bsexual harassment at work\b|\bmy (?:workplace|office)\b"
    # (w65older, check63 F8) the one who harms said with "at work": "a man at work touched me"
    r"|\b(?:someone|somebody|a|the|this|that|some|an older) (?:\w+ )?at work (?:\w+ )?"
    r"(?:raped|assaulted|harassed|touched|touches|groped|gropes|grabbed|grabs|attacked|abused"
    r"|kissed|flashed|exposed|forced|keeps|made me)\b"
    # Welsh: my husband, wife, ex-husband, partner, fiancé(e), boss, landlord; at work
    r"|\bfy (?:ngwr|ngwraig|nghyn wr|nghyn wraig|nghynwr|mhartner|nyweddi|mhos|rheolwr|"
    r"landlord|nghyflogwr|nghydweithiwr)\b|\bfy ngwaith\b"
    r"|\b(?:nhreisio|treisio|ngham drin|nghyffwrdd|ymosod arna i) (?:\w+ )?yn y gwaith\b"
)


#: ... told with something done to the asker ("forces me", "i was assaulted", "fy nhreisio"),
#: not of what someone else does ("my husband was looking at images": a partner's worry)
_TO_ME = re.compile(
    r"\b(?:me|myself|i was|i am|i m|im|ive been|i ve been|i get|i got|i feel|i dont|i said|"
    r"i say|fi|arna i|i mi|fy (?:ngorfodi|nhreisio|ngham drin|nghamdrin|nghyffwrdd|mrifo|"
    r"nharo|molestio|mygwth|nal i lawr))\b"
    # (w65older) a touch on the asker's body: "touched my bum", "grabbed my chest"
    r"|\b(?:touched|touches|touching|grabbed|grabs|groped|gropes|felt|slapped|pinched) my\b"
)


#: (probe 18, pattern 2) words of a grown-up's life said of oneself, that need nothing done to
#: "me" to say so: university ("uni student", "in freshers", "my flatmate" is above), being a
#: grandparent now, a parent of grown-up children, retired, widowed ("i'm now a grandmother",
#: "now a granddad myself", "mum of three grown kids"); Welsh "yn y brifysgol", "dwi'n nain
#: nawr", "myfyriwr prifysgol". Not "my grandmother", "as a child", "my mums uni friend"
_GROWN_LIFE = re.compile(
    r"\b(?:uni|university|undergrad|undergraduate|postgrad|postgraduate|phd|masters|mature) "
    r"students?\b|\b(?:in|during) (?:my )?(?:freshers|fresher s|freshers week|first year of uni)\b"
    r"|\b(?:i|im|i m|i am|i was|we were|i started|i went to|i go to)(?: \w+)?? (?:at|in|to) "
    r"(?:uni|university)\b|\bmy (?:degree|dissertation|student loan|lecturer|"
    r"halls|uni|university)\b"
    r"|\b(?:im|i am|i m|now|as|being)(?: now| myself| also)? (?:an? )?(?:great )?(?:grandmother|"
    r"grandfather|grandma|grandad|granddad|grandpa|granny|grandparent|nan|nana|gran|widow|"
    r"widower)\b(?! (?:of|to|who)\b)"
    r"|\b(?:mum|mother|dad|father|parent) of (?:\w+ )?(?:grown|grown up|adult) (?:kids|children|"
    r"sons|daughters)\b|\bmy (?:grown|grown up|adult) (?:kids|children|sons|daughters)\b"
    r"|\b(?:yn y brifysgol|myfyriwr prifysgol|myfyrwraig prifysgol|(?:dwi|dw i|rwy|rydw i)"
    r"(?: n|n)? (?:nain|taid|mamgu|mam gu|tadcu|tad cu|weddw|wedi ymddeol)(?: nawr| rwan)?)\b"
)


def adult_life(cleaned: str) -> bool:
    """The asker's own grown-up life (a spouse, a partner they live with, work, a landlord),
    told with something done to them; or (probe 18) words of a grown-up's life said of
    oneself."""
    if _GROWN_LIFE.search(cleaned):
        return True
    if teen_life(cleaned):
        return False  # (w23child) "my manager at my saturday job…": a teenager's
    return _ADULT_LIFE.search(cleaned) is not None and _TO_ME.search(cleaned) is not None


#: (probe 18, pattern 2) an adult's age said with "as a …" or "a … year old man": "as a 50 yr
#: old man can i still…", "im a 62 year old woman"
_AS_AGED = re.compile(
    r"\b(?:as|im|i am|i m|being) an? (?P<age>\d{2}) ?(?:yr|yrs|year|years|y o|yo)?(?: old)? "
    r"(?:(?P<m>man|male|guy|bloke|gentleman)|(?P<f>woman|female|lady|mum|mother|grandmother))\b"
    # said first: "19 year old student, raped at a party", "45yo woman, …"
    r"|^(?P<first>\d{2}) ?(?:yr|yrs|year|years|yo|y o)(?: old)? (?:uni |university |mature )?"
    r"(?:student|(?P<m2>man|male|guy|bloke|dad|father)|(?P<f2>woman|female|lady|mum|mother))\b"
)


#: what someone did to "me" just after who they are: "18 year old man raped me"
_DONE_TO_ME_NEXT = re.compile(r"^(?: (?!my\b|our\b)\w+){0,3}? me\b")


def adult_age_as(cleaned: str) -> tuple[int | None, str]:
    """The age (18 to 99) and sex an adult says with "as a …" ((None, "") otherwise)."""
    found = _AS_AGED.search(cleaned)
    rest = cleaned[found.end() :] if found else ""
    if found is None or doer_after(rest) or (found["first"] and _DONE_TO_ME_NEXT.match(rest)):
        return None, ""  # (not who did it: "45 year old man touched my daughter", "… raped me")
    age = int(found["age"] or found["first"])
    if not 18 <= age <= 99:
        return None, ""
    sex = "male" if found["m"] or found["m2"] else "female" if found["f"] or found["f2"] else ""
    return age, sex


#: an adult age said first and short: "18 and my ex…", "19 and…", "20f", "im 19m", "22 m
#: here", Welsh "19 oed a…", "19 ac…" (not "18 year old man raped me": who did it)
_ADULT_AGE_FIRST = re.compile(
    r"^(?:im |i m |i am )?(?P<age>\d{2}) ?(?:(?P<m>m|male)|(?P<f>f|female))\b(?! ?\d)"
    r"|^(?:im |i m |i am )?(?P<age2>\d{2})(?: oed)? (?:and|ac|&|oed a|here and|n)\b"
    r"(?! (?:under|over|older|younger|above|below|up|upwards|a half)\b)"
    # (probe 18) "19, raped by my flatmate's brother": an age said first, then what was done
    r"|^(?:im |i m |i am )?(?P<age3>\d{2}) (?:(?:was|got|been|just) )?(?:raped|abused|assaulted|"
    r"sexually assaulted|molested|groomed|attacked|spiked|drugged)\b"
)


def adult_age_first(cleaned: str) -> tuple[int | None, str]:
    """The asker's age (18 to 99) and sex said first and short; (None, "") otherwise."""
    found = _ADULT_AGE_FIRST.match(cleaned)
    if found is None:
        return None, ""
    age = int(found["age"] or found["age2"] or found["age3"])
    if not 18 <= age <= 99:
        return None, ""
    return age, "male" if found["m"] else "female" if found["f"] else ""


#: jobs of caring for or acting for a child that the worker's endings miss
_CARE_JOB = r"(?:nanny|au pair|aupair|babysitter|virtual school head)"
_OPENING = re.compile(
    r"^(?:im an? |i am an? |i m an? |as an? |an? |the )?"
    r"(?!(?:my|our|his|her|their|your|me|i)\b)(?:\w+ ){0,3}?"
    rf"(?P<job>{_CARE_JOB}|{_JOB_EN})\b"
)
_OPENING_CY = re.compile(rf"^(?:\w+ )?(?P<job>{_JOB_CY})\b")
_CHILD_WORD = (
    r"(?:child|children|kid|kids|young person|young people|boy|girl|pupil|student|toddler|baby|"
    r"teen|teenager|patient|client|looked after children|children in care|"
    r"\d{1,2} ?(?:yo|y o|yr old|year old|years old))"
)
#: what the worker does for a child: "acting for a child", "the child i care for", "looking
#: for … services for looked after children", "a child in my care"
_FOR_CHILD = re.compile(
    r"\b(?:acting for|act for|acting on behalf of|representing|represent|working with|"
    r"work with|caring for|care for|looking after|look after|nanny for|nannying for|"
    r"babysitting|supporting|advocating for)(?: \w+){0,2}? (?:an? |the |this |my |our |two |)"
    rf"{_CHILD_WORD}\b"
    rf"|\b{_CHILD_WORD}(?: \w+){{0,2}}? (?:i|we) (?:care for|look after|looked after|work with|"
    r"nanny for|babysit|support|represent|am caring for|am looking after)\b"
    rf"|\b{_CHILD_WORD} in (?:my|our) care\b"
    # (probe 19) "nanny for a family, the 5 year old says…"
    rf"|^ (?:for|with) (?:a |an |the |one |this |two )?(?:\w+ )?famil(?:y|ies)\b(?: \w+){{0,4}}? "
    rf"{_CHILD_WORD}\b"
    r"|\b(?:services?|support|therapy|help|therapeutic \w+|counselling|counseling|treatment|"
    r"advice|assessment|seeking|looking for|need|needs)(?: \w+){0,3}? for "
    r"(?:looked after|our|my|the|a) (?:children|child|young people|pupils|kids)\b"
    rf"|\b{_CHILD_WORD}(?: \w+){{0,3}}? (?:with|presenting with|has|had|showing|shows) "
    r"(?:\w+ )?(?:injuries|injury|bruising|bruises|bleeding|signs|an sti|an std|std|sti)\b"
)
_INJURED_CY = re.compile(
    r"\b(?:plentyn|blentyn|merch|ferch|bachgen|fachgen|claf|person ifanc|disgybl|babi)"
    r"(?: \w+){0,3}? (?:gydag|gyda|efo|ag|a|ac|yn dangos|wedi cael) (?:\w+ )?"
    r"(?:anafiadau|anaf|cleisiau|clais|gwaedu|arwyddion)\b"
)
#: the asker harmed, or the role-holder who did it ("nanny touched me", "au pair hit my son")
_HARMED_AFTER = re.compile(r"^ (?:\w+ )?(?:me|my|i)\b")


def role_for_child(cleaned: str) -> bool:
    """A job said first (not "my…", not kin), then a child the worker cares for or acts for,
    or a child with injuries or signs."""
    found = _OPENING.match(cleaned)
    if found and found["job"] not in _NOT_JOB:
        rest = cleaned[found.end() :]
        if not _HARMED_AFTER.match(rest) and _FOR_CHILD.search(rest):
            return True
    found = _OPENING_CY.match(cleaned)
    if found and found["job"] not in _NOT_JOB_CY:
        return _INJURED_CY.search(cleaned[found.end() :]) is not None
    return False
