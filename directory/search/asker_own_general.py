"""(probe 20, patterns 1 and 2) Someone worried about their own behaviour, thoughts or urges
towards children, in words the other ``asker_*`` tables did not read: the worry said of people
in general, as a helpline's own description would ("a helpline for people worried about their
own behaviour around children"), being caught or on bail for talking to a child online ("got
arrested for messaging a child online"), a young person thinking about doing things to a much
younger brother or sister ("im 15 and keep thinking about doing stuff to my little brother, he
is 6"), thoughts, urges or attraction about a named child of the family ("afraid my thoughts
about my step son will turn into something", "how do i control urges towards my grandson",
"attracted to my nephew", "creeping into my niece's room at night, i want to stop"), and in
Welsh: wrong or bad thoughts about a relative ("meddyliau drwg am fy nith"), drawn to a
relative ("cael fy nenu at fy llysferch") and the fear of hurting a child sexually ("ofn y
gallwn i frifo plentyn yn rhywiol"). Never someone else's ("my husband has thoughts about my
stepdaughter": a worried parent), never what was done to the asker ("my brother keeps doing
stuff to me"). Over ``clean_text``'s words; used by ``asker_own_more.own_in_more_words``."""

from __future__ import annotations

import re

from .asker_acts import _CY_CHILD, _CY_DONE_TO_ME, _DONE_TO_ME
from .asker_own import _HARMED_SPEAKER
from .asker_own_plain import _CY_SOMEONE, _RELATIVE, _by_me

#: children or young people as a group, or one child
_CHILDREN = (
    r"(?:children|kids|a child|a kid|young people|minors|young children|little ones|"
    r"under ?(?:1[0-8]|[1-9]) ?s|(?:young|little|teenage) (?:girls|boys))"
)
#: the worry said of people in general, or of someone the asker does not name as theirs
_GENERAL_WORRY = re.compile(
    r"\b(?:worried|concerned|anxious|scared|afraid|frightened|troubled|struggling) (?:about|"
    r"with|by|of) (?:their|your|ones|one s|his or her|his|her) own (?:sexual )?(?:behaviour|"
    r"behavior|thoughts|feelings|urges|actions|conduct|attraction|interest)(?: \w+){0,2}? "
    rf"(?:towards?|around|with|about|to|for|in) {_CHILDREN}\b"
)
#: named as theirs by the asker ("my son is worried about his own behaviour…")
_NAMED_KIN = re.compile(
    r"\bmy (?:husband|wife|partner|son|daughter|brother|sister|dad|father|mum|mother|"
    r"boyfriend|girlfriend|friend|uncle|stepdad|grandad|nephew|cousin|client|patient|pupil)\b"
)
#: caught, arrested or on bail for talking or messaging a child
_CAUGHT = re.compile(
    r"\b(?:caught|arrested|questioned|charged|reported|investigated|on bail|cautioned)\b"
    r"(?: \w+){0,4}? (?:for |after |over |when |while )?(?:chatting|talking|messaging|texting|"
    r"speaking|sexting|snapchatting|grooming|meeting|trying to meet)(?: \w+){0,2}? "
    r"(?:to|with|up with)? ?(?:a |an |some |this )?(?:child|children|kid|kids|minor|minors|"
    r"underage (?:girl|boy)|\d{1,2} ?(?:yo|y o|yr old|year old|years old))\b"
)
#: a young person thinking about doing things to a younger brother, sister or cousin
_THINKING_SIBLING = re.compile(
    r"\b(?:thinking|thoughts|think|imagining|fantasi\w+) (?:about |of )?(?:doing|trying) "
    r"(?:sexual )?(?:stuff|things|something|it) (?:to|with) my (?:little|younger|baby|small|wee|"
    r"step|half) ?(?:sister|brother|sis|bro|cousin)\b"
)
_SAID_OTHER_AGE = re.compile(
    r"\b(?:shes|hes|she is|he is|who is|whos|aged|age|only) (\d{1,2})\b|\b(\d{1,2}) ?(?:yo|y o|"
    r"yr old|year old|years old)\b"
)
_SAID_OWN_AGE = re.compile(
    r"^(?:(?:big |older )?(?:brother|sister|bro|sis|lad|girl|boy) )?(\d{1,2})\b"
    r"|\b(?:im|i am|i m|me) (\d{1,2})\b"
)
#: thoughts feared or wished stopped about a named child of the family ("scared my thoughts
#: about my stepdaughter will turn into actions"), or urges or attraction towards one
_KIN_THOUGHTS = re.compile(
    rf"\b(?:my |these |the |having |have )?(?:thoughts|urges|feelings) (?:about|of|towards?|for) "
    rf"{_RELATIVE}\b(?! (?:being|getting|been|was|is|who|that|has|had)\b)(?: \w+){{0,2}}? "
    r"(?:will|might|could|may|would|turn|turning|become|lead)"
    r" (?:\w+ ){0,2}?(?:actions?|acting|act|something|real|happen|doing)"
    rf"|\b(?:stop|control|resist|manage|deal with|cope with|help with|get rid of|my|sexual|"
    rf"these|having) urges (?:towards?|for|about|to|around) {_RELATIVE}\b"
    rf"|\b(?:sexually )?(?:attracted|drawn) (?:to|towards) {_RELATIVE}\b"
)
#: going into a child's room at night, with the wish to stop
_INTO_ROOM = re.compile(
    r"\b(?:sneak\w*|creep\w*|go|going|goes|went|gone|slip\w*) (?:in|into|in to) "
    rf"{_RELATIVE}(?: s)? (?:bed ?room|room|bed)\b"
)
_STOP = re.compile(
    r"\b(?:need|want|have|got|trying|try|help me|how do i|how to|cant|can t|must) (?:to )?"
    r"stop\b|\b(?:wrong|ashamed|guilty|disgusted with myself)\b"
    # (an admission: "… at night and touching her")
    r"|\band (?:touch\w*|feel\w*|fondl\w*|groping|grope|get into bed with) (?:her|him|them)\b"
)

# --- Welsh ---
#: wrong, bad or improper thoughts about a child or a relative ("meddyliau anghywir am fy
#: wyres")
_CY_WRONG_THOUGHTS = re.compile(
    r"\b(?:meddyliau|feddyliau|teimladau|deimladau|syniadau) (?:anghywir|drwg|amhriodol|"
    rf"anweddus|afiach|tywyll|ofnadwy) (?:am|tuag at|at|ynghylch) {_CY_CHILD}"
)
#: drawn to a child of the family, said of myself ("cael fy nenu at fy nith")
_CY_DRAWN_KIN = re.compile(rf"\bfy (?:nenu|denu)(?: yn)?(?: rh?ywiol)? (?:at|gan) {_CY_CHILD}")
#: the fear of hurting a child sexually ("y gallwn i frifo fy nai yn rhywiol")
_CY_HURT = re.compile(
    r"\b(?:gallwn i|allwn i|gallwn|allwn|byddwn i|fyddwn i|wna i|na i|i mi|imi|i fi|fy mod i|"
    r"dwi am|dw i am|dwi eisiau|dw i eisiau|dwi isio|dw i isio)\b(?: \w+){0,1}? (?:frifo|brifo|"
    rf"niweidio|cam drin|gam drin|gyffwrdd|cyffwrdd) {_CY_CHILD} yn (?:rhywiol|rywiol)\b"
)

#: (w50cymore, twentieth Welsh review F12) worried or ashamed about what I think about children,
#: said with a verb: "dw i'n poeni am beth dw i'n ei feddwl am blant", "poeni am y petha dwi'n
#: feddwl am blant bach", "cywilydd o'r hyn dw i'n ei feddwl am blant" (not "I think about my
#: daughter" said with a worry: only "what" or "the way" I think); never children who are being
#: hurt ("plant sy'n cael eu cam-drin")
_CY_WORRIED_THINKING = re.compile(
    r"\b(?:poeni|pryderu|ofn|ofni|cywilydd|gywilydd|ypset|becso)\b(?: \w+){0,2}? "
    r"(?:am |o |ynghylch |ynglyn a )?(?:beth|be|y petha|y pethau|y pethe|yr hyn|or hyn|r hyn|"
    r"y ffordd|sut) (?:dw i n|dwi n|dwin|dw in|rwyn|rwy n|rydw in|rydw i n|wi n|win|dw i yn|"
    r"dwi yn|rwyf in|dw i|dwi) (?:ei |i )?(?:feddwl|meddwl|ddychmygu|dychmygu|ffantasio) "
    rf"(?:am|at|tuag at) {_CY_CHILD}(?! (?:sy|sydd|syn|sy n|yn cael|sydd wedi|sy wedi)\b)"
)


def _older_sibling(cleaned: str, found: re.Match[str], age: int | None) -> bool:
    """A grown-up, or a young person more than two years older than the brother or sister
    whose age they say after ("big brother 16 … she's 7"); never one near their own age."""
    own = _SAID_OWN_AGE.search(cleaned)
    asker = age if age is not None else int(own[1] or own[2]) if own else None
    other = _SAID_OTHER_AGE.search(cleaned, found.end())
    if asker is None or asker >= 18:
        return True
    return other is not None and int(other[1] or other[2]) < asker - 2


def _welsh(cleaned: str) -> bool:
    if _CY_DONE_TO_ME.search(cleaned):
        return False
    if _CY_DRAWN_KIN.search(cleaned) or _CY_HURT.search(cleaned):
        return True
    if _CY_WORRIED_THINKING.search(cleaned):
        return True
    found = _CY_WRONG_THOUGHTS.search(cleaned)
    return found is not None and not _CY_SOMEONE.search(cleaned[: found.start()])


#: who the asker is, said first ("uncle here, …", "grandad here …"): the asker, not another
_SELF_HERE = re.compile(r"^(?:\w+ ){0,2}here\b")
#: someone else's, said just before ("my husbands thoughts about…", "his urges towards…")
_THEIRS = re.compile(
    r"\b(?:his|her|their|husbands|partners|wifes|boyfriends|girlfriends|brothers|dads|fathers|"
    r"sons|uncles|friends|stepdads|grandads|exs|neighbours|cousins|nephews) $"
    # ("my stepdaughter is attracted to…", "my dad keeps going into…": who is named does it)
    r"|\bmy (?:\w+ ){1,2}?(?:is|was|has|had|keeps|kept|gets|got|seems|says|said|admitted)\b"
)


def _mine(pattern: re.Pattern[str], cleaned: str) -> re.Match[str] | None:
    """``pattern`` is found, said by the asker ("i", or nobody else named before it)."""
    cleaned = _SELF_HERE.sub("i", cleaned)
    found = pattern.search(cleaned)
    if found is None or _THEIRS.search(cleaned[: found.start()]):
        return None
    return found if _by_me(cleaned[: found.start()]) else None


def own_in_general_words(cleaned: str, age: int | None) -> bool:
    """The asker tells of their own behaviour, thoughts or urges towards children in the words
    above; never what was done to them, nor someone else's."""
    if _HARMED_SPEAKER.search(cleaned) or _DONE_TO_ME.search(cleaned):
        return False
    if _welsh(cleaned):
        return True
    general = _GENERAL_WORRY.search(cleaned)
    if general and not _NAMED_KIN.search(cleaned[: general.start()]):
        return True
    sibling = _mine(_THINKING_SIBLING, cleaned)
    if sibling and _older_sibling(cleaned, sibling, age):
        return True
    if age is not None and age < 18:
        return False  # (a young person's own words about someone near their age)
    if _mine(_CAUGHT, cleaned) or _mine(_KIN_THOUGHTS, cleaned):
        return True
    room = _mine(_INTO_ROOM, cleaned)
    return room is not None and _STOP.search(cleaned) is not None
