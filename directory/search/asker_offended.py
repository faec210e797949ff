"""(probe 19, patterns 1 and 2) Someone telling that they have offended, or fear offending
again, or of their own sexual acts or thoughts about a named young relative or a child in
their care, in words the other ``asker_*`` tables did not read: sex offences served for ("out
of jail after sexual offences against children"), not wanting to reoffend, being on the sex
offenders register (Welsh "ar y gofrestr troseddwyr rhyw"), an urge back ("mae'r ysfa yn ôl"),
showing a child pornography, wanting to look at a child's body in a sexual way, touching or
kissing a relative "sexually" ("ive been sexually touching my 6yo niece"), thoughts about
one's own child said noun first ("my feelings towards my son are sexual"), and sexual feelings
for a child in one's team, class or group ("a girl in my squad"). Never someone else's ("my ex
was released from prison for sex offences": a parent; "my dad is on the register and he
touched me": a child), never what was done to the asker, and a young person's words about
someone near their own age are not read as theirs. Over ``clean_text``'s words; used by
``asker_own_more.own_in_more_words``."""

from __future__ import annotations

import re

from .asker_acts import _CY_DONE_TO_ME
from .asker_arousal import nearest_is
from .asker_own_plain import _ME, _SOMEONE, _older_than

#: who else may be named as the one who did it (the nearest said before a match decides)
_OTHERS = _SOMEONE | frozenset(
    ["offender", "offenders", "paedophile", "paedo", "abuser", "him", "his", "her", "stepfather",
     "grandfather", "granddad", "grandpa", "stepmum", "stepmother", "mans", "lad", "boy", "girl",
     "them", "their", "husbands", "partners", "exs", "dads", "mums", "sons", "brothers",
     "stepbrother", "stepsister", "stepson", "stepdaughter", "step", "grandma", "gran", "nan",
     "aunt", "auntie", "babysitter", "mate", "mates", "neighbours", "brothers", "sisters",
     "colleague", "colleagues", "coworker", "workmate", "manager", "boss", "volunteer", "leader",
     "helper", "staff", "member", "coach", "teacher", "tutor", "instructor", "trainer"]
)  # fmt: skip

#: a child or young relative said as who it was done to or thought of
_YOUNG = (
    r"(?:child|children|childs|childrens|kid|kids|nephews?|nieces?|daughters?|sons?|stepsons?|"
    r"stepdaughters?|step sons?|step daughters?|grandsons?|granddaughters?|grandchild|"
    r"grandchildren|cousins?|pupils?|boys?|girls?|toddlers?|baby|babys|babies|minors?|"
    r"\d{1,2} ?(?:yo|y o|yr old|yrs old|year old|years old)s?)"
)
#: (never "me", "as", "by" between: "showed me child porn", "abused as a child" were done to
#: the asker)
_BEFORE = (
    r"(?:my |a |an |the |our |some |this |that |his |her |their |"
    r"(?!(?:us|as|is|was|has|this|yes)\b)\w+s )?"
    r"(?:(?!(?:me|us|as|by|when|myself)\b)\w+ ){0,2}?"
)

#: offences served or convicted for, sexual ones: "released from prison for child sex offences",
#: "out of jail after sexual offences against children", "convicted of sex offences"
_OFFENCES = re.compile(
    r"\b(?:released|let out|came out|come out|got out|just out|served|serving|did time|"
    r"done time|sentenced|convicted|prison|jail|jailed|imprisoned|locked up|inside)\b"
    r"(?: \w+){0,4}? (?:for|of|after) "
    r"(?:\w+ ){0,2}?(?:sex|sexual|indecent|online) (?:offences|offenses|offence|offense|"
    r"crimes?)\b"
    # (probe 20) "out of prison after offences against children"
    r"|\b(?:released|freed|let out|came out|come out|got out|just out|out|served|serving|"
    r"did time|done time|sentenced|convicted|prison|jail|jailed|imprisoned|locked up)\b"
    r"(?: \w+){0,4}? (?:for|of|"
    r"after) (?:\w+ )?(?:offences|offenses|offence|offense|crimes?) (?:against|involving|"
    r"towards|with) (?:a |young )?(?:children|child|kids|minors?|young people|under ?\d\d ?s)\b"
    r"|\bmy (?:past |previous |old |sexual |sex |child sex |online |historic |historical )?"
    r"(?:offences|offenses|offending)\b"
)
#: not wanting to offend again: "support not to reoffend", "scared of reoffending"
_REOFFEND = re.compile(
    r"\b(?:not to|never|help me not|stop me|stop myself(?: from)?|scared(?: of| i ll| i will| id)?|"
    r"afraid(?: of| i ll| i will| id)?|worried(?: about| i ll| i will| id)?|fear(?: of)?|risk of|"
    r"dont want to|don t want to|do not want to|avoid|prevent me|so i dont|so i don t|so i never|"
    r"to stop me|from|without) (?:\w+ ){0,2}?(?:reoffend\w*|re offend\w*|offend\w* again)\b"
)
#: on the register, said of oneself
_REGISTER = re.compile(
    r"\b(?:im|i am|i m|ive been|i ve been|i was|i got|i have been|i still am|still am) (?:\w+ )?"
    r"on the (?:sex offenders?|sex offender s|sexual offenders?|sex offences?|child sex "
    r"offenders?|violent and sex offenders?) register\b"
)
#: urges back: "the urges are back" (not "the urges to self harm are back")
_URGES_BACK = re.compile(
    r"\b(?:my|the) (?:sexual )?urges (?:are|have|came|keep|re)(?: \w+)? back\b"
)
_OTHER_URGE = re.compile(
    r"\b(?:cut\w*|self harm\w*|selfharm\w*|hurt myself|kill myself|suicid\w*|die|drink\w*|"
    r"drugs?|smok\w*|vap\w*|binge\w*|eat\w*|purg\w*|gambl\w*|bet\w*|hunan niwed\w*|niweidio|"
    r"lladd fy hun|brifo fy hun|yfed|cyffuriau|smygu|gamblo)\b"
)
#: pornography shown to a child: "i showed my cousins kid porn"
_SHOWED_PORN = re.compile(
    r"\b(?:showed|shown|show|showing|sent|send|sending|shared|sharing|let)\b "
    rf"{_BEFORE}{_YOUNG} (?:some |)(?:watch |see |look at |view |)(?:some |)(?:porn|porno|"
    r"pornography|sexual (?:videos|images|pictures|"
    r"content|films|photos)|dirty (?:videos|pictures|films|photos)|explicit \w+)\b"
)
#: looking at a child's body in a sexual way (not "my body": a child's own words)
_LOOK_AT_BODY = re.compile(
    r"\b(?:look|looking|looked|stare|staring|stared|glance|glancing|peek|peeking|ogle|ogling|"
    rf"perv|perving|watch|watching|see|seeing)(?: at| on)? {_BEFORE}{_YOUNG}\b(?: \w+){{0,2}}? "
    r"(?:bod(?:y|ies)|privates|private parts|bum|bottom|chest|genitals)\b(?: \w+){0,3}? "
    r"(?:in a sexual way|sexually|in that way|in a sexy way|in a sexualised way|for sexual)"
)
#: what was done to a young relative or child, called sexual: "ive been sexually touching my 8
#: year old cousin", "i kissed my stepson in a sexual way"
_SEXUAL_ACT = re.compile(
    r"\b(?:sexually|inappropriately) (?:touch\w*|abus\w*|assault\w*|kiss\w*|groom\w*|fondl\w*|"
    rf"interfer\w* with|stroke\w*|rubb\w*) {_BEFORE}{_YOUNG}\b"
    r"|\b(?:touch\w*|kiss\w*|cuddl\w*|rubb\w*|rub|stroke\w*|grop\w*|fondl\w*|tickl\w*|"
    rf"undress\w*|bath\w*) {_BEFORE}{_YOUNG}\b(?: \w+){{0,4}}? (?:in a sexual way|sexually|"
    r"inappropriately|in an inappropriate way|in a sexualised way|in a sexualized way)\b"
)
#: thoughts about one's own child or a child said noun first: "my thoughts about my daughter
#: are sexual", "my feelings towards my nephew have become sexual"
_THOUGHTS_NOUN_FIRST = re.compile(
    r"\bmy (?:thoughts|feelings|urges|fantasies|dreams|interest|attraction) (?:about|towards|"
    rf"toward|for|to|of|around) {_BEFORE}{_YOUNG}\b(?: \w+){{0,3}}? (?:are|is|have been|has been|"
    r"have become|has become|feel|seem|get|became|turned|turn|keep getting) (?:\w+ )?(?:sexual|"
    r"sexualised|sexualized|inappropriate|dirty)\b"
)
#: sexual feelings for a child in one's team, class or group, or one the asker coaches or
#: teaches: "sexual feelings about a lad on my team", "attracted to a girl i tutor"
_FOR_ONE_IN_MY_CARE = re.compile(
    r"\b(?:sexual|inappropriate|romantic) (?:feelings|thoughts|urges|attraction|interest|"
    r"fantasies)(?: \w+)? (?:about|for|towards|toward|to|in|of) |\battracted to "
)
_ONE_IN_MY_CARE = re.compile(
    r"^(?:a |an |one of |the |this |that )?(?:my |our |the )?(?:\w+ )?(?:lad|lads|boy|boys|girl|"
    r"girls|lass|kid|kids|child|children|player|players|pupil|pupils|student|students|member|"
    r"members|swimmer|swimmers|gymnast|gymnasts|youngster|youngsters|cub|cubs|scout|scouts|"
    r"brownie|brownies)\b(?: (?:on|in|at|from) (?:my|our|the) (?:team|squad|class|group|club|"
    r"troop|pack|unit|ward|form|tutor group|year group|youth group)| i (?:coach|teach|train|tutor|"
    r"mentor|babysit|look after|care for|work with|supervise|instruct))\b"
)

# --- Welsh ---
#: on the register, or in prison for sex offences, or not wanting to reoffend, said of oneself
_CY_OFFENDED = re.compile(
    r"\b(?:dwi|dw i|rydw i|rwy|rwyf|ydw i|wyf|dwi wedi bod|rydw i wedi bod|rwy wedi bod) ar y "
    r"gofrestr (?:troseddwyr rhyw|troseddwyr rhywiol|troseddau rhyw)\b"
    r"|\bfy (?:rhoi|rhoid) ar y gofrestr\b"
    r"|\b(?:fy ngharcharu|fy rhyddhau|fy nghollfarnu|fy nedfrydu|allan o r carchar|"
    r"allan or carchar|o r carchar|or carchar)\b"
    r"(?: \w+){0,5}? (?:am|ar ol|oherwydd) (?:droseddau|troseddau|drosedd|trosedd) (?:rhyw|rhywiol)"
    r"|\b(?:peidio ag?|beidio ag?|rhag|ofn|ofni|heb|ddim eisiau|ddim isio|ddim am) aildroseddu\b"
)
#: an urge back: "mae'r ysfa yn ôl", "fy ysfa wedi dod yn ol"
_CY_URGE_BACK = re.compile(
    r"\b(?:mae r|maer|fy|yr) (?:ysfa|ysfeydd|ysfaoedd)(?: rywiol| rhywiol)? (?:yn ol|nol|wedi dod "
    r"yn ol|yn dod yn ol|wedi dychwelyd|eto)\b"
)
#: touching or kissing a young relative or a child "yn rhywiol" (sexually): "wedi bod yn
#: cyffwrdd fy nghyfnither 7 oed yn rhywiol"
_CY_SEXUAL_ACT = re.compile(
    r"\b(?:cyffwrdd|gyffwrdd|cusanu|gusanu|byseddu|fyseddu|rhwbio|rwbio)(?: a| ag)? (?:fy |ein |)"
    r"(?:nghyfnither|nghefnder|cyfnither|gyfnither|cefnder|gefnder|nith|nai|llysferch|lysferch|"
    r"llysfab|lysfab|wyres|wyr|merch|ferch|mab|fab|plentyn|blentyn|chwaer fach|mrawd bach|"
    r"brawd bach)(?: \d{1,2} oed)?(?: \w+){0,2}? (?:yn rhywiol|mewn ffordd rywiol|yn amhriodol|"
    r"mewn ffordd amhriodol)\b"
)
#: someone else named first ("mae fy nhad ar y gofrestr", "roedd e")
_CY_SOMEONE = re.compile(
    r"\b(?:mae (?:fy|ei|ein|eu|e|o|hi|nhw|ef|fe|fo|y)|maen|roedd|oedd|ganddo|ganddi|mae n)\b"
)


def _by_me(before: str, need_i: bool = False) -> bool:
    """The nearest who is named before is the asker; with ``need_i``, "i" must be said."""
    return nearest_is(before, _ME, _OTHERS, unnamed=not need_i)


def _mine(pattern: re.Pattern[str], cleaned: str, need_i: bool = False) -> re.Match[str] | None:
    found = pattern.search(cleaned)
    return found if found is not None and _by_me(cleaned[: found.start()], need_i) else None


#: the asker's own role said first ("sports coach with sexual feelings for a boy i coach"): who
#: the words are about, not someone else named
_ROLE_FIRST = re.compile(
    r"^(?:im an? |i am an? |i m an? |as an? |an? )?(?!(?:my|our|his|her|their)\b)(?:\w+ ){0,2}?"
    r"(?:coach|teacher|leader|tutor|instructor|trainer|mentor|worker|volunteer|helper)\b"
)

_THIRD_PERSON = re.compile(r"\b(?:has|is|was|keeps|does|did|had|got|gets|seems|admitted)\b")


def _in_my_care(cleaned: str) -> bool:
    role = _ROLE_FIRST.match(cleaned)
    for found in _FOR_ONE_IN_MY_CARE.finditer(cleaned):
        before = cleaned[role.end() if role else 0 : found.start()]
        if role and _THIRD_PERSON.search(before):
            continue  # ("a teacher at my school has sexual feelings for…": someone else)
        if _ONE_IN_MY_CARE.match(cleaned[found.end() :]) and _by_me(before):
            return True
    return False


def _welsh(cleaned: str, age: int | None) -> bool:
    act = _CY_SEXUAL_ACT.search(cleaned)
    if (
        act
        and not _CY_SOMEONE.search(cleaned[: act.start()])
        and not _CY_DONE_TO_ME.search(cleaned)
    ):
        return _older_than(act, age)
    found = _CY_OFFENDED.search(cleaned) or _CY_URGE_BACK.search(cleaned)
    if (
        found is None
        or _CY_DONE_TO_ME.search(cleaned)
        or _CY_SOMEONE.search(cleaned[: found.start()])
    ):
        return False
    return _CY_OFFENDED.search(cleaned) is not None or not _OTHER_URGE.search(cleaned)


def own_offence_or_act(cleaned: str, age: int | None) -> bool:
    """The asker tells of their own offences, of fearing to offend again, or of their own
    sexual acts or thoughts about a young relative or a child in their care (callers have
    ruled out what was done to the asker)."""
    if _welsh(cleaned, age):
        return True
    for pattern in (_OFFENCES, _REOFFEND, _REGISTER, _SHOWED_PORN):
        if _mine(pattern, cleaned):
            return age is None or age >= 18 or pattern is not _SHOWED_PORN
    urges = _URGES_BACK.search(cleaned)
    if urges and _by_me(cleaned[: urges.start()], need_i=not urges[0].startswith("my")):
        return not _OTHER_URGE.search(cleaned)
    if _mine(_THOUGHTS_NOUN_FIRST, cleaned) or _in_my_care(cleaned):
        return True
    for pattern in (_LOOK_AT_BODY, _SEXUAL_ACT):
        found = _mine(pattern, cleaned, need_i=pattern is _SEXUAL_ACT)
        if found:
            return _older_than(found, age)
    return False
