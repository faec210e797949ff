"""(ninth walk-through F1) Someone telling of their own sexual arousal or attraction aimed at
children: "i get turned on by kids", "little girls make me horny", "aroused watching children
online", "sexual feelings when i bath my grandson", Welsh "dwi'n cael fy nhroi ymlaen gan
blant", "cynhyrfu'n rhywiol wrth weld plant", "chwant rhywiol am fy wyres". Worried about
their own thoughts (Stop It Now), never a child or someone harmed: the words of arousal must
be the asker's ("he gets turned on when i…", "it turns him on" are someone else's), aimed at
children or at a child of the family, and not at children of the asker's own age ("kids my
age"). Over ``clean_text``'s words; kept apart from ``asker_own``'s lists (which hold the
admissions of acts and other words of thoughts) so that each can change alone."""

from __future__ import annotations

import re

#: words of sexual arousal or attraction, said of oneself after "i" (or with nobody named)
_AROUSED = (
    r"(?:turned on|aroused|arousal|horny|a hard on|hard ons|boners?|an erection|erections|"
    r"sexually (?:excited|stimulated|drawn|interested)|(?:excited|stimulated) sexually|"
    r"sexual (?:feelings|urges|desires?|excitement|arousal|attraction)|lust\w*|"
    r"get off (?:on|to|watching|looking)|got off (?:on|to|watching|looking)|"
    r"getting off (?:on|to|watching|looking)|jerk\w* off|wank\w*|masturbat\w*|hard ?ons?|erect|"
    # (tenth walk-through F1) "i get hard around kids": the body's word, said after "i" ("it
    # gets hard when the kids…", "things got hard" are not)
    r"(?:(?<=\bi )|(?<=\bim )|(?<=\bive )|(?<=\bi keep )|(?<=\bi always ))(?:get|gets|got|"
    r"getting|go|going|went|gone|become|became|been getting) (?:really |so |very )?"
    r"(?:hard|an? (?:stiffy|semi|boner))"
    r")"
)

#: children, or a child of the family or in one's care (never "kids my age": ``_PEERS``)
_CHILDREN = (
    r"(?:(?:young|little|small|underage|under age|pre ?teen|younger|school) )?"
    r"(?:kids|children|kiddies|minors|toddlers|babies|schoolgirls|schoolboys|school girls|"
    r"school boys)"
    r"|(?:young|little|small|underage|younger|pre ?teen) (?:girls|boys|teens|teenagers|ones)"
    r"|(?:pre ?teens|preteens|under ?age (?:girls|boys))"
    r"|(?:a|one|the|any) (?:young |little |small )?(?:child|kid|minor|toddler)"
    r"|(?:my|our|a|her|his|the) (?:(?:own|little|young|baby|\d{1,2} ?(?:yo|year old|yr old)|"
    r"partners|wifes|girlfriends|boyfriends|sisters|brothers|friends|neighbours) )?"
    r"(?:grandson|granddaughter|grandchild|grandchildren|grandkids?|niece|nephew|stepdaughter|"
    r"stepson|step daughter|step son|daughter|son|children|kids|pupils?|students?|goddaughter|"
    r"godson|little sister|little brother|little cousin|baby sister|baby brother)s?"
    r"|\d{1,2} ?(?:yo|year olds?|yr olds?|years olds?)"
)

#: the word after the arousal that aims it ("by", "towards", "when", "watching"; not "in":
#: "sexual feelings in young children" asks about children's development)
_AIMED = (
    r"(?:by|for|about|towards|toward|to|around|when|whenever|watching|looking|seeing|at|over|"
    r"near|if|while|thinking|after)"
)

#: (F1) arousal said of oneself, then who it is aimed at, at most five words later and in the
#: same clause: "i get turned on by kids", "aroused watching children on youtube", "sexual
#: feelings when i bath my grandson"
_AROUSED_BY = re.compile(
    rf"\b{_AROUSED} {_AIMED}\b(?: (?!and\b|but\b|so\b|then\b|because\b|cos\b|or\b)\w+){{0,4}}?"
    rf" (?:{_CHILDREN})\b"
)

#: ... or children as what arouses the asker: "kids turn me on", "little girls make me horny",
#: "children arouse me"
_AROUSE_ME = re.compile(
    rf"\b(?:{_CHILDREN})(?: \w+){{0,2}}? (?:turn|turns|turned|make|makes|made|get|gets|got)"
    r" me (?:on|horny|aroused|hard|feel sexual\w*|sexually)\b"
    rf"|\b(?:{_CHILDREN})(?: \w+){{0,2}}? (?:arouse|arouses|aroused|excite|excites) me\b"
    rf"|\bi find (?:{_CHILDREN}) (?:\w+ )?(?:arousing|a turn on|sexy|hot)\b"
)

#: the asker's own age group ("kids my age", "girls in my class"): not someone else's child
_PEERS = re.compile(
    r"^(?: \w+)? (?:my (?:own )?age|our age|the same age|same age as me|in my (?:class|year|"
    r"school|form)|older than me|my year)\b"
)

#: the asker as the child then ("aroused as a kid", "when i was a child"), or what was done to
#: them: words of someone harmed, whose body's response is not a worry about their behaviour
_WHEN_I_WAS = re.compile(r"\b(?:as|like|im|i am|i m|was|when i was|being) (?:a |an )?$")
_HARMED = re.compile(
    r"\b(?:touch\w*|abus\w*|rap\w*|molest\w*|groom\w*|hurt\w*|assault\w*|forc\w*|"
    r"did (?:\w+ ){0,2}to|does (?:\w+ ){0,2}to|done (?:\w+ ){0,2}to|interfer\w* with) "
    r"me\b|\bmy (?:abuser|rapist|attacker)\b|\b(?:he|she|they) (?:made|makes|forced|forces) me\b"
    r"|\b(?:showed|shows|showing|sent|sends|sending) me\b|\b(?:made|makes|make) me (?:watch|look)\b"
)

#: who else may be aroused, in the words just before: "he gets turned on", "my husband is
#: aroused by kids" (a worry about someone else, not the asker's own)
_SOMEONE = frozenset(
    ["he", "she", "they", "hes", "shes", "theyre", "theyve", "him", "her", "his", "them", "their",
     "my", "our", "someone", "somebody", "man", "men", "guy", "bloke", "people", "who", "it",
     "uncle", "dad", "stepdad", "brother", "cousin", "grandad", "husband", "partner",
     "boyfriend", "teacher", "coach", "neighbour", "friend"]
)  # fmt: skip
_ME = frozenset(["i", "im", "ive", "iam", "id", "ill", "dwi", "dw", "dwin", "rwyn", "rwy"])


def nearest_is(
    before: str, me: frozenset[str], others: frozenset[str], unnamed: bool = True
) -> bool:
    """Whether the nearest who is named in ``before`` (the words before what was found) is
    one of ``me`` (the asker: "i", "im") rather than one of ``others``; ``unnamed`` when
    nobody is named (the asker's own readings share this: arousal, plain words, offences)."""
    for word in reversed(before.split()):
        if word in me:
            return True
        if word in others:
            return False
    return unnamed


def _said_of_me(before: str) -> bool:
    """The words before the arousal make it the asker's: the nearest who before it is "i"
    (or "im", "ive"), or nobody at all is named ("aroused by kids"); "me" is no one's (it is
    what is done: "my uncle shows me videos and gets turned on…")."""
    return nearest_is(before, _ME, _SOMEONE)


#: ... nor only a time ("horny at night when the kids are asleep", "when my kids are at school")
_KIDS_AWAY = re.compile(
    r"^ (?:are|is|were|was|have|has|go|goes|went|arent|get|got) (?:\w+ )?(?:asleep|in bed|to bed|"
    r"at school|to school|out|away|gone|at home|upstairs|downstairs|in the other room|"
    r"at (?:their|his|her|my) \w+|with (?:their|his|her|my) \w+)\b"
)


def _aimed_at_children(found: re.Match[str], cleaned: str) -> bool:
    """The children the match names are not the asker's own age group, nor the asker then,
    nor only a time when the children are away."""
    rest = cleaned[found.end() :]
    if _PEERS.match(rest) or _KIDS_AWAY.match(rest):
        return False
    target = found[0].split()
    head = cleaned[: found.end() - len(target[-1])]
    return not _WHEN_I_WAS.search(head[-20:])


#: (F1) Welsh: "cael fy nhroi ymlaen gan blant" (turned on by children: "fy nhroi", "troi fi",
#: never "ei droi", his), "fy nghynhyrfu'n rhywiol" / "dwi'n cynhyrfu'n rhywiol" (aroused),
#: "cyffroi'n rhywiol", "chwant / ysfa rywiol am fy wyres" (lust for my granddaughter)
_PLANT_CY = (
    r"(?:blant|plant|phlant|mhlant|blentyn|plentyn|phlentyn|mhlentyn|bobl ifanc|pobl ifanc|"
    r"merched bach|genod bach|bechgyn bach|hogia bach|hogiau bach|rhai bach|"
    r"(?:fy|ein) (?:wyres|wyr|wyrion|nith|nai|llysferch|llysfab|merch|mab|chwaer fach|"
    r"mrawd bach|nghefnder|nghyfnither|disgyblion))"
)
_OWN_AROUSAL_CY = re.compile(
    r"\b(?:nhroi|nhroin|troi fi|troi i|nhroi i|nhroi fi) ?(?:n |yn )?ymlaen\b"
    rf"(?: \w+){{0,4}}? (?:gan|wrth|efo|gyda|am|at|tuag at|pan) (?:\w+ ){{0,2}}?{_PLANT_CY}\b"
    rf"|\b{_PLANT_CY}(?: \w+){{0,2}} (?:yn |n )?(?:fy )?(?:nhroi|troi fi|troi i)(?: i| fi)?"
    r" ?(?:n |yn )?ymlaen\b"
    r"|\b(?:fy |dwin |dw in |dwi n |rwyn |rydw in |dwi yn )(?:nghynhyrfu|nghyffroi|cynhyrfu|"
    r"cyffroi)(?:n| n| yn)? rhywiol\b"
    rf"(?: \w+){{0,4}}? (?:gan|wrth|efo|gyda|am|at|tuag at|pan) (?:\w+ ){{0,2}}?{_PLANT_CY}\b"
    # (tenth walk-through F1) "dwi'n cael codiad wrth weld plant" (I get an erection…), said
    # of oneself ("mae e'n cael codiad" is his)
    r"|\b(?:dwin|dw in|dwi n|dwi yn|dw i yn|rwyn|rydw in|ges i|ces i|cefais|gefais|caf i|fi n)"
    r" (?:cael |yn cael |gael )?(?:codiad|godiad)"
    rf"(?: \w+){{0,4}}? (?:gan|wrth|efo|gyda|am|at|tuag at|pan|o gwmpas|ger) (?:\w+ ){{0,2}}?"
    rf"{_PLANT_CY}\b"
    r"|\b(?:chwant|ysfa|awydd|blys) (?:rhywiol |rywiol )?(?:am|at|tuag at|ar ol|ar gyfer) "
    r"(?:fy|ein) (?:wyres|wyr|wyrion|nith|nai|llysferch|llysfab|merch|mab|chwaer fach|"
    r"mrawd bach|nghefnder|nghyfnither|disgyblion)\b"
)


def own_arousal(cleaned: str) -> bool:
    """The asker tells of their own sexual arousal or attraction aimed at children, or at a
    child of the family (``cleaned``: ``clean_text``'s words); never when someone harmed
    speaks ("he touched me and i got turned on"), nor about children their own age."""
    if _HARMED.search(cleaned):
        return False
    if _OWN_AROUSAL_CY.search(cleaned):
        return True
    for found in _AROUSED_BY.finditer(cleaned):
        if _said_of_me(cleaned[: found.start()]) and _aimed_at_children(found, cleaned):
            return True
    return any(_aimed_at_children(found, cleaned) for found in _AROUSE_ME.finditer(cleaned))
