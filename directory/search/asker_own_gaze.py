"""(forty-second walk-through F3; the fortieth's F1 and the forty-first's F2) Someone telling of
their own looking, noticing, feelings or reactions towards children, said in their own way and
marked as wrong by how they say it: "i keep catching myself staring at teenagers at the pool in
a way that frightens me", "i look at kids in the supermarket in a sexual way", "i notice things
about young girls that i shouldnt", "the way i react when i see young boys scares me", "the
feelings i get watching children play frighten me", "i keep checking out teenage boys, i want
it to stop". The asker is the one looking ("i", "myself", or nobody named at the start), the
ones looked at are children (kids, children, pupils, a niece, teenagers, young girls), and the
words say it is sexual, frightening, shameful, not right, or wanted stopped.

Never someone else's looking ("i saw a man staring at kids at the park in a sexual way", "the
way my partner looks at my daughter"), never the asker looked at ("my stepdad looks at me in a
way that scares me"), never a survivor whose memories children bring back ("seeing kids at
the park brings back what happened to me"), and never a parent's fear for children ("i worry
when i see men looking at my kids"). Over ``clean_text``'s words; used by
``asker_own_more.own_in_more_words``."""

from __future__ import annotations

import re

#: children as the ones looked at: said as children, by a word of youth, by age band, as
#: pupils or a child of the family
_YOUNG_WORD = r"(?:young|little|small|underage|younger|pre ?teen|teenage|teen|school|tiny)"
_KIN = (
    r"(?:niece|nephew|step ?daughter|step ?son|grand ?daughter|grand ?son|grandchild|grandkid|"
    r"god ?daughter|god ?son)s?"
)
_KIDS = (
    rf"(?:(?:{_YOUNG_WORD} )?(?:kids|children|child|kid|toddlers|minors)|{_YOUNG_WORD} "
    r"(?:girls?|boys?|lads|ones|teens|teenagers)|schoolgirls?|schoolboys?|teenagers|teens|"
    rf"pupils|students|under ?(?:1[0-8]|[1-9]) ?s|{_KIN})"
)
#: a few words before them: "at the", "at my sons", "all the", "some of the"
_BEFORE_KIDS = (
    r"(?:(?:the|some|certain|other|other peoples|peoples|these|those|my|our|a|an|all the|"
    r"some of the|my sons|my daughters|my friends|local) )?"
)
_TARGET = rf"{_BEFORE_KIDS}{_KIDS}\b"

#: the asker looking, feeling or reacting (said so, it is the asker's way of looking), and
#: the weaker seeing, noticing, watching or thinking (only with "in a … way", "sexually" or
#: "that i shouldnt", or after "catch myself", "find myself")
_LOOK = (
    r"(?:look(?:ing|ed|s)? at|star(?:e|es|ed|ing) at|eye(?:s|d|ing)?(?: up)?|check(?:ing|ed)? "
    r"out|glanc(?:e|es|ed|ing) at|gaz(?:e|es|ed|ing) at|ogl(?:e|es|ed|ing)|leer(?:s|ed|ing)? at|"
    r"react(?:s|ed|ing)? to|respond(?:s|ed|ing)? to|fixat(?:e|ed|ing) on|feel(?:ing)? (?:about|"
    r"towards|around|near)|perv(?:ing)? on)"
)
_NOTICE = (
    r"(?:watch(?:es|ed|ing)?|notic(?:e|es|ed|ing)(?: things about)?|see(?:ing)?|think(?:ing)? "
    r"about)"
)
_HELPERS = (
    r"(?:(?:keep|kept|always|often|sometimes|still|cant stop|have|ve|been|started|start|do|"
    r"just|keep on) )"
)
_CAUGHT = r"(?:catch|caught|catching|find|found|finding|notice|noticed|noticing) myself "
#: the asker: "i", "ive", "im", or nobody named at the start ("keep catching myself …")
_I = r"(?:\b(?:i|ive|im|i ve|i m) |^)"
_I_LOOK = re.compile(
    rf"{_I}{_HELPERS}{{0,3}}{_LOOK} {_TARGET}"
    rf"|{_I}{_HELPERS}{{0,3}}{_CAUGHT}(?:{_LOOK}|{_NOTICE}) {_TARGET}"
)
_I_NOTICE = re.compile(rf"{_I}{_HELPERS}{{0,3}}{_NOTICE} {_TARGET}")
#: the way of it said as a noun, before or after: "how i look at children", "the way i react
#: to young boys", "the feelings i get watching children", "what i feel when i see kids"
_HOW_I = re.compile(
    r"\b(?:how|the way|what|way) i (?:\w+ )?(?:(?:feel|think|react|respond|get) when i (?:see|"
    rf"look at|am around|m around|am near|watch)|{_LOOK}|{_NOTICE}) {_TARGET}"
    r"|\b(?:feelings?|reactions?|thoughts|urges|responses?) i (?:get|have|feel|had|got|keep "
    r"getting|keep having)(?: when i)? (?:watching|looking at|seeing|around|near|when i see|"
    rf"watch|see|look at) {_TARGET}"
)
#: a few words of place after them ("at the park", "on the train", "in my class im their
#: teacher")
_WHERE = r"(?: \w+){0,7}?"
#: marked as sexual, as a way, or as what one should not do, said straight after
_ODD = (
    r"(?:sexual|sexualised|sexualized|wrong|bad|weird|inappropriate|creepy|dodgy|funny|strange|"
    r"dirty|unhealthy|abnormal|odd|sick|lustful|pervy|pervie|predatory|unnatural|improper|"
    r"certain|not normal|not right|not ok|not okay)"
)
#: what the way is, said after "in a way": frightening, shameful, not right
_WHAT_WAY = (
    r"(?:scares?|scary|frighten\w*|terrif\w*|worr\w*|disgust\w*|sicken\w*|horrif\w*|"
    r"ashamed|shame\w*|wrong|isnt|is not|arent|not|shouldnt|should not|inappropriate|sexual\w*|"
    r"uncomfortable|hate)"
)
_SEXUAL_WAY = (
    rf"in (?:a|an|the) {_ODD} (?:way|manner)\b|in (?:a|the|that) (?:way|manner)(?: \w+){{0,4}}? "
    rf"{_WHAT_WAY}\b|sexually\b|(?:that|which|i know) (?:i )?(?:shouldnt|should not)\b|"
    r"i (?:shouldnt|should not|know i shouldnt)\b"
)
#: fear, shame or disgust said straight after, or that it is wrong, or wanted stopped
_FELT_AFTER = (
    r"(?:and|but) (?:i|it|this|that) (?:\w+ )?(?:scares|frightens|terrifies|worries|disgusts|"
    r"sickens|horrifies|shames|scared|frightened|disgusted|ashamed|hate|feel sick|feel "
    r"disgusting|feel ashamed|feel dirty|feel guilty)\b|(?:and i know|i know) (?:it|its|it s|"
    r"this|that|thats|that s) (?:is |s )?(?:wrong|not right|isnt right)\b|(?:that|which) "
    r"(?:\w+ )?(?:isnt|is not|arent|are not|is wrong|are wrong|feels? wrong|scares|frightens|"
    r"terrifies|worries|disgusts|sickens|horrifies|frighten|scare|disgust)\b|(?:and )?i "
    r"(?:want|need) (?:it|this|them|that) to stop\b|(?:and|but) (?:it|this|that|its|thats) (?:isnt|"
    r"is not|s not|aint|feels?|is|s)? ?(?:not )?(?:right|normal|ok|okay|wrong)\b"
)
_WAY = re.compile(rf"^{_WHERE} (?:{_SEXUAL_WAY})")
_MARKED = re.compile(rf"^{_WHERE} (?:{_SEXUAL_WAY}|{_FELT_AFTER})")
#: fear, shame or disgust said of the way, or wanting it stopped (for the noun forms)
_FEELING = re.compile(
    r"\b(?:scare[sd]?|scary|frighten(?:s|ed)?|terrif(?:ies|ied)|worr(?:ies|ied)|disgust(?:s|ed|"
    r"ing)?|sicken(?:s|ed)?|horrif(?:ies|ied)|ashamed|shame|hate (?:myself|it)|feel sick|"
    r"(?:is|s|feels?) wrong|not right|isnt right|not normal|inappropriate|shouldnt|should not|"
    r"guilty|guilt|"
    r"sexual(?:ly)?|want (?:it|this) to stop|need (?:it|this) to stop|make it stop)\b"
)
#: a parent's fear for them, a survivor's memories, harm done by someone else: never the
#: asker's own
_FOR_THEM = re.compile(
    r"\b(?:scared|worried|frightened|afraid|terrified|fear|fears) for\b|\b(?:worried|scared|"
    r"afraid) (?:that )?(?:they|he|she)(?: ll| will| might| could| may| would)\b|\b(?:brings? "
    r"back|reminds? me|remind me|flashbacks?|triggers? me|triggered|what happened to me|my abuse|"
    r"like i was|abused (?:her|him|them|my|our)|(?:was|were|been|being|got) (?:sexually )?"
    r"(?:abused|hurt|touched|harmed|molested|raped|groomed))\b|\b(?:worried|scared|afraid) "
    r"(?:that )?(?:theyll|shell|hell)\b|\b(?:he|she|they|someone|somebody) (?:\w+ )?(?:hurt|"
    r"abused|touched|harmed|molested|raped|groomed|did)\b"
)
#: for a young person: children said as younger than them, or of the family
_YOUNGER_SAID = re.compile(
    rf"\b(?:younger|little|small|tiny|toddlers|young (?:kids|children))\b|{_KIN}|"
    r"\bunder ?(?:1[0-3]|[1-9])\b"
)


_AT_ME = re.compile(r"\b(?:me|us)\b(?! to stop)")


def _window(cleaned: str, found: re.Match[str]) -> str:
    """Six words before what was found, it, and ten after."""
    before = cleaned[: found.start()].split()[-6:]
    after = cleaned[found.end() :].split()[:10]
    return " ".join([*before, found[0], *after])


def _found(cleaned: str) -> re.Match[str] | None:
    """The asker's looking at children said with its mark after it, or the way of it said as
    a noun with fear, shame or "wrong" near it."""
    for pattern, marked in ((_I_LOOK, _MARKED), (_I_NOTICE, _WAY)):
        for found in pattern.finditer(cleaned):
            way = marked.search(cleaned[found.end() :])
            if way is not None and not _AT_ME.search(way[0]):
                return found  # (not "i notice the kids look at me in a sexual way")
    how = _HOW_I.search(cleaned)
    return how if how is not None and _FEELING.search(_window(cleaned, how)) else None


def own_gaze(cleaned: str, age: int | None) -> bool:
    """The asker tells of their own looking, noticing, feelings or reactions towards children,
    said as sexual, frightening, shameful, wrong or wanted stopped; never someone else's,
    never a parent's fear for them, never a survivor's memories; a young person only of
    children said as younger or of the family."""
    if _FOR_THEM.search(cleaned):
        return False
    found = _found(cleaned)
    if found is None:
        return False
    return age is None or age >= 18 or _YOUNGER_SAID.search(found[0]) is not None


#: (w53mind) "i look at" said by a parent or a survivor, about harm someone else did: "my
#: daughter told me her grandad abused her, when i look at her i just cry", "i was abused as a
#: child and when i look at my own kids i panic" (``asker_own._OWN``'s bare "i look at" read
#: them as the asker's own viewing: Stop It Now alone)
_I_LOOK_AT = re.compile(r"\bi (?:\w+ )?(?:look|looked|looking) at\b")
_HARM_TOLD = re.compile(
    r"\b(?:abused|raped|molested|touched|hurt|harmed|groomed|assaulted) (?:her|him|them|me|my|"
    r"us|our)\b|\b(?:was|were|been|being|got|get) (?:sexually )?(?:abused|raped|molested|"
    r"touched|hurt|harmed|groomed|assaulted)\b|\b(?:he|she|they) (?:will|might|could|would|ll|"
    r"may) (?:hurt|harm|abuse|touch)\b|\b(?:what|how) (?:he|she|they|his \w+|her \w+) (?:did|"
    r"done|had done)\b|\b(?:did|done) (?:this|that|it) to\b|\bwhat happened to (?:me|her|him)\b"
    r"|\b(?:he|she|they|his \w+|her \w+|their \w+|my \w+) (?:did|has done|had done) (?:this|that|"
    r"it)\b"
)
#: anything that makes the looking the asker's own: sexual words, material, a way, urges
_OWN_MARK = re.compile(
    r"\b(?:sexual\w*|sexually|images?|pictures?|pics|photos of (?:kids|children)|porn|cp|"
    r"indecent|illegal|videos?|vids|online|websites?|sites?|in a \w+ way|in a way|wrong|"
    r"shouldnt|urges?|thoughts|attract\w*|arous\w*|turned on|fantas\w*|offend\w*|stop myself|"
    r"want to stop|need to stop)\b"
)


def looking_after_harm_told(cleaned: str) -> bool:
    """A parent or a survivor saying "i look at" with harm someone else did, or harm to
    them, and nothing that makes the looking their own (no sexual word, no material, no
    "in a way", no urges): not someone worried about their own thoughts."""
    return bool(
        _I_LOOK_AT.search(cleaned) and _HARM_TOLD.search(cleaned) and not _OWN_MARK.search(cleaned)
    )
