"""(w43ask) Someone who saw or discovered another person with a child: "caught my brother (16)
with our 5 year old cousin", "walked in on my uncle with my little sister", "saw my stepdad
touching my little brother", "came home to find her boyfriend in bed with my niece", "heard my
grandad in my little sisters room", Welsh "weles i fy ewythr efo fy chwaer fach" (I saw my
uncle with my little sister), "dales i fy mrawd gyda…" (I caught my brother with…). Whoever
writes so, when not a child themselves, is a grown-up worried about a child (the NSPCC's line
for any adult worried about a child, Stop It Now's for a worry about someone else), never an
adult abused as a child; so is a grown-up (who says their age) telling of someone else harming
a child now ("found out my uncle has been touching my little sister, im 24"). Never the asker
caught ("my mum caught me with…"), a grown-up found with another grown-up ("caught my husband
with my sister"), the asker harmed too ("abused my sister and me"), nor what was seen or done
long ago ("when i was little i walked in on…", "abused as kids"). Over ``clean_text``'s words;
used by ``asker._persona``."""

from __future__ import annotations

import re

#: seeing or discovering: "caught", "walked in on", "saw", "seen", "witnessed", "came home to
#: find", "heard", "found"; Welsh "dal/daliais/dales", "gweld/gwelais/weles", "ffeindio",
#: "cerdded i mewn ar"
_SAW = (
    r"\b(?:caught|catch|catched|cought|caughted|walked in on|walk in on|walkd in on|"
    r"walked in (?:and|to) (?:saw|seen|found|caught|see|find)|saw|seen|see|seeing|watched|"
    r"witnessed|witness|spotted|noticed|found|find|finding|heard|hear|overheard|"
    r"came home (?:early )?(?:to find|to see|and found|and saw|and seen|and caught)|"
    r"came in (?:to find|and found|and saw|and seen|and caught)|"
    r"(?:dal|ddal|daliais|dalies|dales|daliodd|gweld|weld|gwelais|welais|weles|gweles|"
    r"ffeindio|ffeindiais|ffeindies|darganfod|ddarganfod|darganfyddais|cerdded i mewn ar|"
    r"gerddais i mewn ar|gerddes i mewn ar)(?: i)?)"
)
#: ... someone else (not the asker: "caught me"), named in a few words: "my uncle", "our
#: brother 16", "her boyfriend", "fy ewythr", "fy mrawd"
_SOMEONE = (
    r" (?:just |actually )?(?:my|our|mums|mams|moms|dads|her|his|their|the|a|an|this|fy|ein)"
    r"(?: [a-z0-9ŵŷâêîôû]+){1,4}?"
)
#: ... with a child, or doing something to a child: "with", "touching", "in bed with", "in my
#: little sisters room", Welsh "gyda", "efo", "hefo", "yn cyffwrdd"
_WITH = (
    r" (?:with|wiv|wit|touching|abusing|molesting|groping|fiddling with|feeling up|kissing|"
    r"on top of|in bed with|in the bed with|naked with|having sex with|"
    r"doing (?:stuff|things|something|sexual things|sexual stuff) (?:to|with)|"
    r"in (?:the |a )?(?:bed|room|bedroom|bathroom|bath|shower|tent|car) with|"
    r"in (?:my|our|the)(?: [a-z]+){0,2}?s? (?:room|bedroom|bed)|"
    r"gyda|efo|hefo|yn cyffwrdd(?: a| â)?|yn y gwely (?:gyda|efo|hefo))"
)
_SEEN = re.compile(_SAW + _SOMEONE + "(" + _WITH + r")((?: [a-z0-9ŵŷâêîôû]+){0,8})")
#: the one with them is a child: named so ("little", "baby", "kid", "niece", Welsh "fach",
#: "bach", "nith", "plentyn"), or an age under 18 said of them ("shes 6", "5 year old")
_CHILD = re.compile(
    r"\b(?:little|lil|baby|younger|youngest|wee|small|toddler|kid|kids|child|children|girl|boy|"
    r"daughter|son|stepdaughter|stepson|step daughter|step son|niece|nephew|grandson|"
    r"granddaughter|grandchild|grandkids|grandchildren|fach|bach|nith|nai|plentyn|blentyn|"
    r"phlentyn|mhlentyn|plant|blant|merch fach|hogan fach|hogyn bach)\b"
)
_YOUNG_AGE = re.compile(r"\b(\d{1,2})\b")
#: the one seen is a grown-up: "another woman", "my girlfriend"
_GROWN = re.compile(r"\b(?:wife|husband|girlfriend|boyfriend|woman|man|partner|friend)\b")
#: seen long ago, as a child (an adult survivor who saw it): "when i was little", "as a kid"
_LONG_AGO = re.compile(
    r"\b(?:when i was|when we were|growing up|"
    r"years ago|back then|pan o n i|pan oeddwn i|yn blentyn|"
    r"as (?:a )?(?:kid|child|girl|boy|teen|teenager|youngster|lad|lass)s?|as children)\b"
)


def _a_child(link: str, words: str) -> bool:
    """The words of ``link`` ("with", "in my little sisters room") and after it name a child:
    a child's word, or an age under 18 ("my sister shes 6"), and no grown-up's word just after
    ("my girlfriend")."""
    if _GROWN.search(" ".join(words.split()[:2])):
        return False  # "caught my husband with another woman"
    return bool(_CHILD.search(link + words)) or any(
        int(age) < 18 for age in _YOUNG_AGE.findall(words)
    )


#: (w43ask) or someone else harming a child, as a grown-up tells it who found out: "found out
#: my uncle has been touching my little sister", "my stepdad abused my cousin shes 8"
_HARMS = re.compile(
    r"\b(?:my|our|mums|mams|moms|dads|her|his|their|fy|ein)(?: [a-z0-9]+){1,4}? "
    r"(?:has been |had been |is |was |keeps |has |had |been |is always |always )?"
    r"(?:abusing|abused|abuses|touching|touched|touches|molesting|molested|raping|raped|"
    r"grooming|groomed|interfering with|interfered with|fiddling with|fiddled with|"
    r"sexually abusing|sexually abused|sexually assaulted|assaulted|"
    r"(?:doing|did|does|done) (?:stuff|things|sexual things|sexual stuff) (?:to|with))"
    r"((?: [a-z0-9]+){1,8})"
)
#: ... never when the asker was harmed too ("abused my sister and me")
#: the asker harmed too (also read by ``asker_cared_for``)
ME_TOO = re.compile(r"\b(?:me|us|myself|both of us)\b")


def saw_with_child(cleaned: str) -> bool:
    """The asker saw or found someone else with a child (not long ago, as a child)."""
    if _LONG_AGO.search(cleaned):
        return False
    return any(_a_child(found.group(1), found.group(2)) for found in _SEEN.finditer(cleaned))


def told_of_child_harmed(cleaned: str) -> bool:
    """The words tell of someone else harming a child now (not long ago, as a child, and not
    the asker too): read so only for an asker who says a grown-up's age."""
    if _LONG_AGO.search(cleaned):
        return False
    return any(
        not ME_TOO.search(found.group(1)) and _a_child("", found.group(1))
        for found in _HARMS.finditer(cleaned)
    )


#: (w47unsaid, check46 F10) a child in the family told the asker: "my little brother told me",
#: "my younger sister said", "my niece (7) has told me", "my 12 year old cousin says"
_CHILD_TOLD = re.compile(
    r"\bmy (?:little|younger|youngest|baby|kid|wee|\d{1,2} (?:year old|yr old|yo) )?"
    r"(?:little |younger )?(?:brother|sister|bro|sis|cousin|niece|nephew|stepbrother|"
    r"stepsister|step brother|step sister|half brother|half sister)(?: \d{1,2})? "
    r"(?:has |just |finally )?(?:told|tells|telling|said|says|disclosed|admitted|confided in)\b"
)
#: ... of harm to them (not to the asker): "our dad touches him", "did stuff to her"
_HARMED_THEM = re.compile(
    r"\b(?:touch\w*|abus\w*|rap\w*|molest\w*|interfer\w* with|fiddl\w* with|grop\w*|"
    r"hurt\w*|groom\w*|(?:doing|did|does|done) (?:stuff|things|sexual things|sexual stuff) "
    r"(?:to|with)) (?:him|her|them)\b"
)


def child_told_of_harm(cleaned: str) -> bool:
    """A younger brother, sister or cousin told the asker of someone harming them (not long
    ago, as a child, and not the asker too): "my little brother told me our dad touches him"."""
    if _LONG_AGO.search(cleaned) or not _CHILD_TOLD.search(cleaned):
        return False
    found = _HARMED_THEM.search(cleaned)
    return found is not None and not ME_TOO.search(cleaned[found.end() : found.end() + 12])


def worried_witness(cleaned: str, age: int | None, child_words: bool) -> bool:
    """A grown-up worried about a child, not a survivor: someone who saw or found someone else
    with a child and says a grown-up's age (``age``, 18 or more here) or no child's words
    (``child_words``), or who says a grown-up's age and tells of a child harmed now, or of a
    younger brother, sister or cousin who told them of it (``child_told_of_harm``)."""
    if saw_with_child(cleaned) and (age is not None or not child_words):
        return True
    return age is not None and (told_of_child_harmed(cleaned) or child_told_of_harm(cleaned))
