"""(w61online, check61 section 6) A child going to meet someone met online, in the shapes the
first readers (``danger_said.MEETING``, ``met_online``) missed, each shown no "In danger now?
Call 999" and no CEOP:

- a child who has already gone to meet them, with no time said ("my 14 year old has gone to
  meet a man from snapchat", "she went to meet a lad off insta and her phone is off"): the
  danger is now;
- asked into a car, a house or a hotel by someone met online or whose adult age is said
  ("shes 30 and wants me to come to her flat tonight", "a man from discord wants me to get in
  his car after school");
- a meeting said after "and" ("im 14 and meeting a lad off snap at the park later").

Who is meeting them may give no age: the words are read as a young person's unless they say
an adult's own age, a dating app or a partner ("a man i met online wants to meet me tonight";
the page already puts Childline first for them).

Not a friend from school, a meeting in the past ("last year i went to meet…"), an older
brother or cousin picking them up, nor an adult's date from an app."""

from __future__ import annotations

import re

__all__ = [
    "ASKED_ALONG",
    "ASKED_TO_TRAVEL",
    "ADULT_AGED",
    "FETCHING",
    "ONLINE",
    "coming_to_a_child",
    "fetched_by_a_stranger",
    "gone_now",
    "man_to_a_child",
    "unsaid_adult",
]

#: met online (``danger_said.MET_WHERE`` without "older", which an older brother is)
ONLINE = re.compile(
    r"\b(?:online|on line|internet|snap|snapchat|insta|instagram|tiktok|discord|facebook|app|"
    r"game|gaming|roblox|fortnite|minecraft|whatsapp|kik|omegle|ar lein|or we|ar y we)\b"
)
#: the other's adult age said: "hes 25", "shes like 30", "a 40 year old man"
ADULT_AGED = re.compile(
    r"\b(?:hes|he is|he s|shes|she is|she s|theyre|they are)(?: like| about| nearly| over|"
    r" at least)? (?:19|[2-9]\d)\b"
    r"|\b(?:19|[2-9]\d) ?(?:year old|yr old|yo) (?:man|guy|bloke|woman|lad|adult|bloke)\b"
)
#: asked into a car, a house, a flat or a hotel: "wants me to get in his car"
ASKED_ALONG = re.compile(
    r"\b(?:wants?|wanted|wanting|asked|asks|asking|begging|told|tells|keeps asking|trying to get"
    r"|says i (?:should|can|have to))(?: me)? (?:to |2 )?(?:get in|get into|come to|come round to"
    r"|come back to|come over to|go to|go back to|go round to|stay at|stay the night at|sleep at)"
    r" (?:his|her|their|a) (?:car|van|house|flat|place|hotel|room|apartment)\b"
)
#: (w64danger, check63 finding 4) asked to travel to them: "wants me to get the train to see
#: him tomorrow", "says i should get a bus to meet her"
ASKED_TO_TRAVEL = re.compile(
    r"\b(?:(?:wants?|wanted|wanting|asked|asks|asking|begging|told|tells|keeps asking) me"
    r"|says i (?:should|can|have to|must)) (?:to |2 )?(?:get|take|catch|jump on|hop on|go on) "
    r"(?:the|a) (?:train|bus|coach|tram|uber|taxi|cab) (?:to|2|and) (?:see|meet|visit|stay with"
    r"|come to|go to|sleep at|stay at) (?:him|her|them|his|hers|their)\b"
)
#: (w64danger, check63 finding 4) coming to the child's home: "a man from roblox is coming to
#: my house", Welsh "mae dyn yn dod i'r tŷ heno"; not a job done there ("... to fix the boiler")
_COMING_TO_ME = re.compile(
    r"\b(?:is|s|are|hes|shes)(?: \w+)? (?:coming|going to come|gonna come|on (?:his|her|their) "
    r"way) (?:to|round to|over to|2) (?:my|our) (?:house|home|flat|place|door)\b"
    r"(?!(?: \w+){0,2}? (?:to|2) (?:fix|mend|repair|deliver|read|check|install|service|clean"
    r"|look at|measure|paint|decorate|drop|collect|quote|see my (?:mum|mam|dad|parents)"
    r"|talk to my)\b)"
    r"|\b(?:dod|dwad) (?:i r ty|ir ty|in ty ni|i fy nhy|i n ty|draw|rownd)\b"
)
#: (w62missing, check62 finding 4) coming to pick them up: "wants to pick me up later", "hes
#: collecting me after school"; Welsh "yn dod i fy nôl i" (coming to fetch me), "fy nghasglu"
FETCHING = re.compile(
    r"\b(?:pick|picking|collect|collecting|fetch|fetching) me(?: up)?\b|\bcome (?:and |n )?(?:get|"
    r"pick up|collect) me\b|\b(?:dod|dwad|mynd) i (?:fy )?(?:nol|nghasglu|nghael) (?:i|fi)\b"
)
#: (w62missing) a child's own young age said: "im 12", Welsh "dwi'n 12"
_OWN_YOUNG = re.compile(r"\b(?:im|i am|i m|am|dwin|dwi n|rwyn|rwy n|rydw in) (?:[5-9]|1[0-5])\b")
#: (w62missing) ... and a grown man, not a boy or a friend: "a man said", Welsh "mae dyn"
_A_MAN = re.compile(
    r"\b(?:a|an|this|some|that|random|old|older|grown) (?:man|grown man|old man|older man|adult"
    r"|bloke)\b|\b(?:mae|ma) dyn\b|\bdyn (?:hyn|mewn oed|dieithr)\b|\boedolyn\b"
)
#: (w62missing) someone of the family: not a stranger ("my cousin", "is my uncle")
_KIN = re.compile(
    r"\b(?:my|is my|fy) (?:cousin|uncle|brother|bro|dad|mum|mam|aunt|auntie|aunty|grandad|grandpa"
    r"|nan|nana|step ?dad|stepdad|step ?mum|sister|cefnder|cyfnither|ewythr|modryb|nhad|mrawd)\b"
)


def man_to_a_child(text: str) -> bool:
    """(w62missing) ``text`` (``clean_text``): a child says their own young age and a grown man
    ("im 12 and a man said to meet him at the park"), no relative of theirs."""
    return bool(_OWN_YOUNG.search(text) and _A_MAN.search(text)) and _KIN.search(text) is None


def coming_to_a_child(parts: list[str], text: str) -> bool:
    """(w64danger) ``parts`` (clauses, none of the past) tell of a grown man coming to a child's
    home (``_COMING_TO_ME``), ``text`` saying the child's young age or where he was met online,
    and naming no relative: "im 13 and a man is coming to my house tonight"."""
    if _KIN.search(text) is not None or not any(_COMING_TO_ME.search(p) for p in parts):
        return False
    online = ONLINE.search(text) is not None
    grown = _A_MAN.search(text) is not None or ADULT_AGED.search(text) is not None
    grown = grown or (online and _A_GUY.search(text) is not None)
    return grown and (_OWN_YOUNG.search(text) is not None or online)


#: (w64danger) "a guy" met online: "a guy off snapchat is coming round to our flat"
_A_GUY = re.compile(r"\b(?:a|an|this|some|that|random) (?:older )?(?:guy|bloke|fella|dude)\b")


def fetched_by_a_stranger(part: str, text: str) -> bool:
    """(w62missing) ``part`` tells of someone coming to pick the asker up (``FETCHING``), and
    ``text`` names no relative of theirs: with someone met online or of an adult's age said."""
    return FETCHING.search(part) is not None and _KIN.search(text) is None


def online_or_older(text: str) -> bool:
    """``text`` says someone was met online (``ONLINE``) or gives an adult's age
    (``ADULT_AGED``): the one a child is asked along by (``danger_said``, ``met_online``)."""
    return ONLINE.search(text) is not None or ADULT_AGED.search(text) is not None


def asked_along(part: str, text: str) -> bool:
    """(w61online, w62missing) ``part`` asks a child into a car or a house (``ASKED_ALONG``), to
    travel to someone (``ASKED_TO_TRAVEL``), or tells of a stranger coming to pick them up
    (``fetched_by_a_stranger``; ``text``: all the words)."""
    asked = ASKED_ALONG.search(part) or ASKED_TO_TRAVEL.search(part)
    return asked is not None or fetched_by_a_stranger(part, text)


#: a meeting said after "and": "im 14 and meeting a lad off snap"
MEETING_AFTER_AND = re.compile(
    r"\b(?:and|n|&) (?:meeting|meetin|going to meet|gonna meet)(?: up with)? (?:a |an |some |"
    r"this |that )?(?:older |grown |adult )?(?:man|guy|bloke|lad|boy|someone|somebody|stranger|"
    r"person|adult|woman)\b"
    # Welsh: the object before the verb, mutated after "fy": "isio fy nghyfarfod i"
    # (w64danger, check63 finding 4) or with the time next: "isio fy nghyfarfod heno"
    r"|\b(?:fy|yn fy|i fy) (?:nghyfarfod|nghwrdd|nghwrdd a|nghyfarfod a)(?: i| fi)?\b"
)
#: already gone to meet: "has gone to meet", "snuck out to meet" with no time said
_GONE = re.compile(
    r"\b(?:gone|snuck out|sneaked out|run off|ran off|gone off|left)(?: out)? (?:to meet|"
    r"meeting)\b"
)
#: ... or went, and cannot be reached: "isnt answering", "her phone is off", "not come home"
_UNREACHED = re.compile(
    r"\b(?:isnt|is not|isn t|not|wont|won t|aint|hasnt been|havent been) (?:answering|picking up"
    r"|replying|responding)\b|\bphone(?: is| s)? (?:off|dead|going to voicemail)\b"
    r"|\b(?:hasnt|has not|havent|not) (?:come|came|got) (?:back|home)\b|\bcant (?:get hold of|"
    r"reach|contact|find) (?:her|him|them)\b|\bmissing\b"
)
#: the asker's own adult age, a dating app, a partner: not a child's meeting
_ADULT_SAID = re.compile(
    r"\b(?:im|i am|i m|am) (?:1[89]|[2-9]\d)\b|\b(?:tinder|hinge|bumble|grindr|dating|date)\b"
    r"|\bmy (?:husband|wife|partner|fiance|fiancee|girlfriend)\b"
)


def gone_now(part: str, text: str) -> bool:
    """``part`` (a clause or its part, ``clean_text``) tells of a child already gone to meet
    someone, or gone and out of reach (said anywhere in ``text``): danger now, time or none."""
    if _GONE.search(part):
        return True
    return bool(re.search(r"\b(?:went|going|gone) (?:out )?(?:to meet|meeting)\b", part)) and bool(
        _UNREACHED.search(text)
    )


def unsaid_adult(text: str) -> bool:
    """``text`` (``clean_text``) says nothing of an adult's own age, a date or a partner: a
    meeting told with no age read as a young person's."""
    return _ADULT_SAID.search(text) is None
