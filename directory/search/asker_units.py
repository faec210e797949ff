"""(fourteenth walk-through F6) Ages written the way people type them, and whose age it is.

- An age with a unit and no "old" ("im 14yrs", "aged 12 yrs", "12 yrs" said last) is read as
  the age the other patterns know ("14 year old"), where the
  words around it make it an age and not a length of time ("for 12 yrs", "3 yrs ago", "5 yrs
  older" stay what they are).
- An age said of someone else is not the asker's, nor the age of the child the help is for:
  a grown-up's said with "is" ("he is 40 yrs old", "my uncle is 45 years old"), any age of
  someone said with "is" when the words tell what was done to the asker ("hes 16 yrs old and
  he touched me"), a guess at a stranger's age ("a man about 50 years old"), and the age of
  who did it ("a 15 year old boy touched my daughter": the daughter's age is not said).

Used by ``asker.who_is_asking`` over ``clean_text``'s words (punctuation gone)."""

from __future__ import annotations

import re

from .asker_patterns import _RECEPTION, _SCHOOL_YEAR
from .asker_whose import did_to_me

#: a short unit of years after a number: "yr", "yrs", "years", run together or not
_UNIT = r"(?:yrs|yr|years|year)"
#: words after "N yrs" that make it a length of time or a difference, never an age
_NOT_AGE_AFTER = (
    r"ago|back|later|older|younger|before|after|of|since|into|longer|more|less|apart|clean|"
    r"sober|married|together|in|on|now|left|inside|prison|jail|sentence|waiting|wait|running|"
    r"straight|between|too|ish"
    # (w23child) a career's length: "im 15 yrs qualified"
    r"|qualified|experience|experienced|service|teaching|working"
)
#: words before "N yrs" that make it an age: who one is now ("im", "aged", "hes", "boy")
_AGE_BEFORE = (
    r"im|i am|i m|iam|am|aged|age|turned|turning|just turned|hes|shes|he is|she is|"
    r"(?:boy|girl|lad|lass|male|female|teen|kid|child|son|daughter|brother|sister|cousin)"
    r"(?: is)?"
)
_BARE_AFTER_WHO = re.compile(
    rf"\b(?P<who>{_AGE_BEFORE}) (?:only |just |now )?(?P<n>\d{{1,2}}) ?(?:{_UNIT})\b"
    rf"(?! ?(?:old|olds|{_NOT_AGE_AFTER})\b)"
)
#: ... or said last ("…touches me 12 yrs"), unless the word before makes it a time ("for 12
#: yrs", "over 3 years", "the last 2 years")
_BARE_LAST = re.compile(rf"(?:^|\s)(?P<word>\w+) (?P<n>\d{{1,2}}) ?(?:{_UNIT})$")
_TIME_BEFORE = frozenset(
    ["for", "over", "about", "around", "after", "than", "past", "last", "next", "the", "in",
     "of", "been", "nearly", "almost", "within", "lasted", "took", "spent", "those", "these",
     "few", "many", "some", "several", "and", "or", "to", "until", "till", "from", "since",
     "by", "every", "per", "x", "only", "just", "least", "more", "less", "first", "two", "all",
     "ago", "during", "through", "throughout", "lasting", "another", "on", "went", "it"]
)  # fmt: skip

#: Welsh "9 blwydd oed", "5 mlwydd oed" (years of age): "9 oed", as the age patterns read it
_BLWYDD = re.compile(r"\b(\d{1,2}) (?:blwydd|mlwydd)(?: oed)?\b")


def age_units_read(cleaned: str) -> str:
    """Ages with a unit and no "old" written as "N year old" ("im 14yrs": "im 14 year old";
    "aged 12 yrs"; "…me, 12 yrs": "…me 12 year old"), lengths of time left alone ("for 12 yrs",
    "suffered 20 yrs", "3 yrs ago"); Welsh "9 blwydd oed" as "9 oed". ("13 yr old", "12 y/o",
    "13yo" are read as they are.)"""
    cleaned = _BLWYDD.sub(lambda m: f"{m.group(1)} oed", cleaned)
    cleaned = _BARE_AFTER_WHO.sub(lambda m: f"{m['who']} {m['n']} year old", cleaned)

    def last(found: re.Match[str]) -> str:
        word = found["word"]
        if word in _TIME_BEFORE or word.isdigit() or word.endswith(("ing", "ed")):
            return found[0]
        return f" {found['word']} {found['n']} year old"

    return _BARE_LAST.sub(last, cleaned).strip()


#: "is" before an age: said of someone ("he is", "hes", "my uncle is", "who is")
_IS = frozenset(["is", "hes", "shes", "s", "was", "are", "theyre", "were", "whos"])
#: ... but not whom a professional helps ("my client is 45 years old")
_IN_CARE = frozenset(["client", "patient", "user", "pupil", "student", "resident", "learner",
                      "referral", "survivor", "claf", "cleient"])  # fmt: skip
#: a guess at a stranger's age ("a man about 50", "some guy around 40")
_GUESS = frozenset(["about", "around", "roughly", "approx", "maybe", "like", "nearly", "almost",
                    "prob", "probably", "over", "in"])  # fmt: skip
_PERSON = frozenset(
    ["man", "men", "guy", "bloke", "woman", "lady", "boy", "girl", "lad", "lass", "someone",
     "somebody", "person", "he", "she", "male", "female", "teen", "teenager", "kid", "youth",
     "older", "fella", "stranger"]
)  # fmt: skip
#: ... who did it, named after the age: "a 15 year old boy touched my daughter"
_DOER = frozenset(
    ["boy", "girl", "lad", "lass", "kid", "teen", "teenager", "youth", "male", "female", "man",
     "woman", "guy", "bloke", "lodger", "neighbour", "neighbor", "pupil", "student", "cousin",
     "relative", "family", "friend"]
)  # fmt: skip
_DID = frozenset(
    ["touched", "touches", "abused", "abuses", "raped", "rapes", "hurt", "hurts", "assaulted",
     "molested", "groped", "gropes", "forced", "forces", "made", "makes", "did", "does",
     "showed", "shows", "exposed", "flashed", "attacked", "grabbed", "kissed", "fingered",
     "groomed", "grooms", "sent", "sends", "interfered", "fiddled"]
)  # fmt: skip
#: ... said with a word before the deed ("has touched", "keeps touching", "tried to")
_AUX = frozenset(["has", "had", "keeps", "kept", "tried", "tries", "was", "is", "also"])
_DOING = re.compile(r"(?:touch|abus|rap|hurt|assault|molest|grop|forc|mak|expos|flash|attack|"
                    r"grab|kiss|finger|groom|send|sent|interfer|fiddl|to$)")  # fmt: skip
#: ... to someone ("touched my daughter", "made her", "did stuff to"), not a deed told with
#: where or when ("assaulted at a party": done to them)
_OBJECT = frozenset(
    ["my", "our", "her", "him", "his", "them", "their", "a", "an", "the", "someone", "somebody",
     "your", "me", "us", "with", "kids", "children", "girls", "boys", "another", "other",
     "stuff", "things", "something", "up"]
)  # fmt: skip
#: ... not what was done to them ("a 13 year old boy has been touched by his coach"; Welsh
#: "wedi cael ei gam-drin", has been abused)
_PASSIVE = frozenset(["by", "been", "being", "cael", "ei", "bod", "gan"])
#: ... in Welsh the one who did it is named before the age and the deed after it ("bachgen 15
#: oed nath gyffwrdd…", a boy of 15 touched…; "dyn 40 oed wedi…")
_DOER_CY = frozenset(["bachgen", "hogyn", "llanc", "dyn", "bachan", "crwt", "hogan", "merch",
                      "dynes", "menyw"])  # fmt: skip
_DID_CY = frozenset(["nath", "wnaeth", "naeth", "wedi"])
#: ... and the deed after it (with its mutations): cyffwrdd (touch), cam-drin (abuse), treisio
#: (rape), brifo (hurt), ymosod (attack), gwneud pethau (do things), gorfodi (force)
_DEED_CY = frozenset(
    ["cyffwrdd", "gyffwrdd", "nghyffwrdd", "cam", "gam", "ngham", "treisio", "dreisio",
     "nhreisio", "brifo", "frifo", "mrifo", "ymosod", "gwneud", "wneud", "gorfodi", "orfodi",
     "molestio", "dangos", "ddangos", "anfon", "cusanu", "gusanu", "ei", "fy"]
)  # fmt: skip


def _did(words: list[str]) -> bool:
    """``words`` begin with a deed ("touched my…", "has touched", "keeps touching", Welsh
    "nath gyffwrdd", "wedi cam drin"), not with one done to them ("has been", "was touched
    by", "wedi cael ei…")."""
    if words[:1] and words[0] in ("sexually", "indecently", "also", "then", "just"):
        words = words[1:]  # ("sexually abused by", "sexually assaulted my…")
    if words[:1] and words[0] in _DID:
        return bool(set(words[1:2]) & _OBJECT)
    if words[:1] and words[0] in _AUX and words[1:2] and _DOING.match(words[1]):
        return bool(set(words[2:3]) & _OBJECT) or words[1] == "to"
    if words[:1] and words[0] in _DID_CY and words[1:2] and words[1] in _DEED_CY:
        # (w25pro) "wedi ei cham-drin gan ei thad": done to them by someone ("gan", by)
        by = words[1] == "ei" and "gan" in words[2:6]
        return not set(words[1:3]) & _PASSIVE - {"ei"} and not by
    return False


#: "is" in Welsh: "mae e'n 40", "oedd hi'n 17", "mae fy ewythr yn 45"
_IS_CY = re.compile(r"\b(?:mae|oedd|roedd|ydy|yw)\b(?: \w+){0,3}? (?:yn|en|on|hin|fen|fon|n)$")
#: harm told as done to the asker ("touched me", "did stuff to me", "raped me")
_TO_ME = re.compile(r"\b(?:me|fi|mi)\b")


#: (probe 18) the words before an age or an age band that say it is whom someone is drawn to
#: ("attracted to under 16s", "into 14 year olds", "fantasies about 12 yr olds")
_DRAWN_TO = re.compile(
    r"\b(?:attracted|attraction|drawn|turned on|aroused|fantasies|fantasising|fantasizing|"
    r"urges|fancy|fancies|fancied|into|crush on|lust|lusting)(?: (?:to|towards|by|about|for|of|"
    r"on|after))?(?: (?:a|an|the|some))?$"
)


def someone_elses_age(cleaned: str, before: list[str], after: list[str], value: int) -> bool:
    """The age said between ``before`` and ``after`` (the words either side of it) is someone
    else's: a grown-up's said with "is" ("he is 40 yrs old"), anyone's said with "is" when the
    words tell of harm to the asker ("hes 16 yrs old and he touched me"), a guess at a
    stranger's ("a man about 50"), or who did it ("a 15 year old boy touched my daughter")."""
    if _DRAWN_TO.search(" ".join(before)):
        return True  # (probe 18) "attracted to under 16s": whom they are drawn to, not theirs
    said = " ".join(before)
    at = cleaned.find(f"{said} {value}") if said else -1
    if at >= 0 and _DRAWN_BEFORE.search(cleaned[: at + len(said)]):
        return True  # (w24age) "fy nenu at fy nith 11 oed": my niece's, whom I am drawn to
    said_is = before[-1:] and before[-1] in _IS or _IS_CY.search(" ".join(before))
    if said_is and (value >= 18 or _TO_ME.search(cleaned)):
        return not set(before[-2:-1]) & _IN_CARE  # ("my client is 45 years old": theirs)
    if before[-1:] and before[-1] in _GUESS and before[-2:-1] and before[-2] in _PERSON:
        return True
    if before[-1:] in (["my"], ["our"]):
        return False  # ("my 15 year old daughter was touched by a boy": my child's age)
    if value >= 18 and before[-1:] and before[-1] in _A_GROWN and _reaches_me(after):
        return True  # (w64danger) "a 25 year old on tiktok wants me to…": his
    if before[-1:] and before[-1] in _DOER_CY and _did(after):
        return True  # ("bachgen 15 oed nath gyffwrdd fy merch")
    if before[-1:] and before[-1] in _DOER_CY and did_to_me(" " + " ".join(after)):
        return True  # (w22read) "hogan 16 oed yn fy mygwth": hers
    return bool(after[:1]) and after[0] in _DOER and doer_after(" ".join(after[1:]))


#: (w64danger, check63 finding 4) an adult's age said of someone else, who reaches the asker:
#: "a 25 year old on tiktok wants me to get the train", "some 30 year old keeps messaging me"
_A_GROWN = frozenset(["a", "an", "this", "some", "that", "random"])
_REACHING = frozenset(
    ["wants", "wanted", "asked", "asks", "keeps", "messaged", "messages", "messaging", "is", "has",
     "sent", "sends", "said", "says", "told", "from", "on", "off", "online", "added", "dmd"]
)  # fmt: skip


def _reaches_me(after: list[str]) -> bool:
    """The words after an age, past its unit, go on to someone reaching the asker: "on tiktok
    wants me"."""
    rest = [w for w in after[:4] if w not in _UNIT_WORDS] + after[4:9]
    return bool(rest) and rest[0] in _REACHING and "me" in rest[:7]


_UNIT_WORDS = frozenset(["oed", "yo", "y", "o", "year", "years", "yr", "yrs", "old"])


#: words that end the telling of who the age is ("… and my uncle touched me", "… told me his
#: cousin abused him": someone else did it)
_CLAUSE_END = frozenset(
    ["and", "but", "so", "i", "im", "because", "cos", "coz", "ac", "a", "ond", "me", "told",
     "tells", "said", "says", "disclosed", "who", "whos", "fi"]
)  # fmt: skip
#: ... or someone named with "my", "her" who did it ("… her uncle touched her"; not "a lad
#: from her school touched…")
_WHOSE = frozenset(["my", "his", "her", "their", "fy", "ei", "eu"])
_AT = [[w] for w in ("from", "at", "in", "on", "near", "down", "up", "round", "of", "with", "to",
                     "across", "behind", "o", "yn", "ar")]  # fmt: skip


def doer_after(rest: str) -> bool:
    """The words after an age say that its owner did something ("boy 15 touched my daughter",
    "16 yr old lad from down the road touched…", "bachgen 15 oed nath gyffwrdd…"), not that it
    was done to them ("… touched by", "… my uncle touched me")."""
    if did_to_me(rest):
        return True  # (w22read) "boy aged 15 is bullying me", "bachgen 15 yn fy mwlio": his
    words = [w for w in rest.split()[:8] if w not in _UNIT_WORDS]
    for i, word in enumerate(words):
        # (w26parent) "her uncle touched…", "his big cousin made him…", "her step dad…"
        later = _did(words[i + 2 :]) or _did(words[i + 3 :])
        named = word in _WHOSE and words[i - 1 : i] not in _AT and later
        if word in _CLAUSE_END or named:
            return False
        if _did(words[i:]):
            return not _TO_ME.search(" ".join(words[i : i + 3]))
    return False


_MINE_BEFORE = re.compile(r"\b(?:my|our|fy|ein)(?: \w+)? $")


def doer_named(cleaned: str, start: int, end: int) -> bool:
    """The child's age read between ``start`` and ``end`` ("boy 15") is of who did it ("boy 15
    touched my daughter"), unless the words make the child the asker's ("my son 14 touched his
    sister": the parent's son, who the help is for)."""
    if _DRAWN_BEFORE.search(cleaned[:start].rstrip()):
        return True  # (w24age) "attracted to my niece who is 11": whom they are drawn to
    return doer_after(cleaned[end:]) and not _MINE_BEFORE.search(cleaned[:start].rstrip() + " ")


#: (w24age) words of attraction just before a child named with an age, English and Welsh
#: ("drawn to my nephew who is 12", "fy nenu at fy nith 11 oed": drawn to my niece)
_DRAWN_BEFORE = re.compile(
    r"\b(?:attracted|attraction|drawn|turned on|aroused|fantasi\w+|fantasiz\w+|urges|lust\w*|"
    r"fancy|fancies|crush|nenu|denu|atyniad|chwant|ffansio)\b(?: \w+){0,4}$"
)


#: (w19age) a Welsh parent's child's age, as "my son is 9", "shes 9" are read in English: "mae
#: fy mab i'n 9", "mae fy merch fach yn 5", "mae hi'n 9", "mae e'n 12" (not "9 mlynedd", years)
_CHILD_AGE_CY = re.compile(
    r"\b(?:fy|ein) (?:merch|mab|mhlentyn|hogyn|hogan|machgen|llysferch|llysfab|wyres|wyr|"
    r"un bach|un fach)(?: fach| bach)?(?: in| yn| n| ni n| ni yn)? ?(?:yn )?(\d{1,2})\b"
    r"|\b(?:mae|ma|mai) (?:hi|e|o|fe|fo|nhw)(?:n| n| yn| in) (\d{1,2})\b"
)
_NOT_AGE_CY = re.compile(r"^ (?:mlynedd|mis|munud|awr|diwrnod|wythnos|gwaith|o weithiau)\b")


def welsh_child_age(cleaned: str) -> int | None:
    """A Welsh parent's child's age ("mae fy mab i'n 9": 9), or None."""
    for found in _CHILD_AGE_CY.finditer(cleaned):
        if not _NOT_AGE_CY.match(cleaned[found.end() :]):
            value = int(found.group(1) or found.group(2))
            return value if value <= 25 else None
    return None


def school_year_age(cleaned: str) -> int | None:
    """The age a school year says ("year 9 pupil": 13), or (twelfth walk-through F5) 4 for
    reception."""
    found = _SCHOOL_YEAR.search(cleaned)
    if found:
        year = int(next(g for g in found.groups() if g))
        return year + 4 if 1 <= year <= 13 else None
    return 4 if _RECEPTION.search(cleaned) else None
