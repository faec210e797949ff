"""(w43place) Words typed as "where" that are not a place: "near me", "my area", "here",
"local", and their Welsh ("ger fi", "yn agos", "lleol", "fan hyn"); "UK", "anywhere" and the
like ("unrhyw le", "Prydain"). "Near me" searched for the nearest name ("Weare", "Shere") or
said "We could not find that place. Check the spelling", and "UK" offered Usk: the page says
instead that this site cannot see where someone is (it never asks the phone), or that it needs
a town, a council or a postcode to look near. Matched on the whole of what was typed, so a
town whose name holds such a word ("Hereford", "Usk") is never touched. Imports only
``places``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from .places import LocationStatus, Resolution, normalise

#: "near me" and the like: where the person is, which this site cannot know
NEAR = frozenset(
    {
        "me", "near me", "nearme", "nearby", "near by", "near to me", "close to me", "close by",
        "closest", "nearest", "closest to me", "nearest to me", "my area", "local", "locally",
        "local area", "my local area", "local to me", "here", "near here", "round here",
        "around here", "round me", "around me", "where i live", "where i am", "where im",
        "where i m", "my location", "current location", "my current location", "my town",
        "my postcode",
        # Welsh
        "fi", "ger fi", "ger fy mron", "yn agos", "agos", "yn agos ata i", "agos ata i",
        "agos i fi", "yn agos i fi", "lleol", "yn lleol", "ardal leol", "fy ardal", "fy ardal i",
        "fy ardal leol", "fan hyn", "fan yma", "yma", "lle rydw i", "lle dw i", "lle dw i n byw",
        "lle rydw i n byw", "gerllaw",
    }
)  # fmt: skip
#: a whole country or more, or nowhere in particular: too wide to look near
WIDE = frozenset(
    {
        "uk", "u k", "the uk", "united kingdom", "the united kingdom", "gb", "great britain",
        "britain", "anywhere", "everywhere", "nationwide", "national", "all over",
        "england and wales", "wales and england", "all of england", "all of wales",
        # Welsh
        "y deyrnas unedig", "deyrnas unedig", "prydain", "prydain fawr", "unrhyw le", "ym mhobman",
        "pobman", "cymru a lloegr", "lloegr a chymru",
    }
)  # fmt: skip
#: (w43place) the Crown Dependencies and their islands and towns that no place in England or
#: Wales is named: not in the UK, and no listing says it covers them
CROWN = frozenset(
    {
        "jersey", "guernsey", "isle of man", "the isle of man", "iom", "channel islands",
        "the channel islands", "sark", "alderney", "herm", "st peter port", "saint peter port",
        "ynys manaw",
        # (w46place; the third place check, finding 4) their towns and parishes that no place
        # here is named, and the slips people make of the islands' names
        "st brelade", "saint brelade", "st aubin", "st ouen", "st sampson", "st sampsons",
        "st peters port", "onchan", "port erin", "port st mary", "laxey", "ballasalla", "jersy",
        "jerzy", "gurnsey", "guernsy", "gernsey", "isle of mann", "isle o man", "channel isles",
    }
)  # fmt: skip
#: (w46place; the third place check, finding 8) Scotland's islands and areas that name no
#: town ("Orkney" was offered Hornsey), and the UK's overseas territories ("Gibraltar" was not
#: found): never a guess at a place here
SCOTTISH_AREAS = frozenset(
    {
        "orkney", "orkney islands", "the orkneys", "shetland", "shetland islands", "western isles",
        "outer hebrides", "inner hebrides", "hebrides", "the hebrides", "isle of skye", "skye",
        "isle of lewis", "isle of harris", "isle of arran", "isle of mull", "islay",
        "isle of islay", "highlands", "the highlands", "scottish highlands", "highland",
        "scottish borders", "the borders", "lothian", "west lothian", "east lothian", "lanarkshire",
        "north lanarkshire", "south lanarkshire", "ayrshire", "north ayrshire", "south ayrshire",
        "east ayrshire", "aberdeenshire", "argyll", "argyll and bute", "moray", "perthshire",
        "perth and kinross", "dumfries and galloway", "galloway", "stirlingshire", "fife",
        "inverness shire", "caithness", "sutherland", "banffshire", "kincardineshire",
        "renfrewshire", "east renfrewshire", "dunbartonshire", "west dunbartonshire",
        "east dunbartonshire", "clackmannanshire", "kinross", "roxburghshire", "berwickshire",
    }
)  # fmt: skip
OVERSEAS_TERRITORIES = frozenset(
    {
        "gibraltar", "falklands", "falkland islands", "the falklands", "bermuda",
        "cayman islands", "british virgin islands", "turks and caicos", "montserrat",
        "anguilla", "st helena", "saint helena", "ascension island",
    }
)  # fmt: skip
#: (w46place) no place given on purpose: "prefer not to say", "don't know", "dim syniad"
UNSAID = frozenset(
    {
        "dont know", "don t know", "do not know", "dunno", "idk", "not sure", "unsure", "unknown",
        "n a", "na", "none", "nowhere", "no", "prefer not to say", "rather not say",
        "id rather not say", "i d rather not say", "not saying", "private", "secret",
        # Welsh
        "dim syniad", "dwi ddim yn gwybod", "dw i ddim yn gwybod", "ddim yn gwybod", "dim ots",
        "does dim ots", "gwell gen i beidio", "gwell gen i beidio dweud", "preifat", "cyfrinach",
    }
)  # fmt: skip
#: words before such words that change nothing ("in my area", "services near me", "ger fi",
#: (w46place) "close to my house", "next to our school", "anywhere in the UK", "yn agos ataf")
_BEFORE = frozenset(
    {
        "in", "near", "around", "round", "within", "services", "help", "yn", "ger", "close",
        "to", "by", "next", "at", "somewhere", "anywhere", "everywhere", "all", "over",
        "across", "throughout", "whole", "of", "agos", "wrth", "rhywle", "unrhyw", "le",
        "i", "ymyl", "ar", "bwys",  # (w55cyplace) "yn agos i adra", "ar bwys tŷ ni"
    }
)  # fmt: skip
#: (w46place) "my house", "our street", "my nan's flat", "fy nghartref": where the person is,
#: said by what it is to them, which this site cannot know
_MINE = frozenset({"my", "our", "me", "fy", "ein"})
_OWN = frozenset(
    {
        "house", "home", "flat", "place", "street", "road", "school", "college", "village",
        "town", "city", "estate", "area", "postcode", "post code", "location", "address",
        "neighbourhood", "neighborhood", "doorstep", "house now", "home now",
    }
)  # fmt: skip
#: (w46place) Welsh for "to me/us" after "agos" or "ger" ("yn agos ataf", "agos aton ni") and
#: "home" ("adre"), with nothing after; (w55cyplace, twenty-third Welsh review F12) the
#: North's "adra", "gartref"/"gartre"/"gartra" (at home) and "tŷ ni"/"tŷ fi" (our/my house,
#: "dŷ" after "i")
_WELSH_NEAR = frozenset(
    {
        "ataf", "ata i", "aton ni", "atom ni", "atom", "adre", "adref", "cartref", "adra",
        "gartref", "gartre", "gartra", "ty ni", "ty fi", "dy ni", "dy fi",
    }
)  # fmt: skip

NotAPlace = Literal["", "near", "wide"]


def not_a_place(key: str) -> NotAPlace:
    """ "near" or "wide" when ``key`` (normalised) is such words, else ""."""
    words = key.split()
    while len(words) > 1 and words[0] in _BEFORE:
        words = words[1:]
    if words and words[-1] == "please":
        words = words[:-1]
    rest = " ".join(words)
    if key in NEAR or rest in NEAR or _own_place(words) or rest in _WELSH_NEAR:
        return "near"
    if key in WIDE or rest in WIDE or key in UNSAID or _rest_of(key) in UNSAID:
        return "wide"
    return ""


def _own_place(words: list[str]) -> bool:
    """(w46place) "my house", "our street", "my nans house", "home": a place by what it is to
    the person ("fy" + a Welsh noun in any mutation: "fy nghartref", "fy nhy", "fy mhentref")."""
    if words in (["home"], ["house"]):
        return True
    if len(words) < 2 or len(words) > 4 or words[0] not in _MINE:
        return False
    if words[0] in ("fy", "ein") and len(words) > 2 and words[-1] in ("i", "ni"):
        words = words[:-1]  # (w55cyplace) "fy nhŷ i", "ein tŷ ni": the pronoun after
    if words[0] in ("fy", "ein") and len(words) <= 3:  # never "fy nghartref yn Nefyn"
        return not {"i", "yn", "yng", "ym", "ger"}.intersection(words[1:])
    return words[-1] in _OWN or " ".join(words[-2:]) in _OWN


def _rest_of(key: str) -> str:
    """``key`` without "i" or "im" before it and "please" after ("i dont know", "i'd rather
    not say please")."""
    words = key.split()
    while len(words) > 1 and words[0] in ("i", "im", "well", "um", "erm"):
        words = words[1:]
    while len(words) > 1 and words[-1] in ("please", "pls", "sorry"):
        words = words[:-1]
    return " ".join(words)


#: (w46place) words before a place that widen it ("anywhere in Yorkshire", "all over Wales",
#: "rhywle yng Nghymru"): the place itself is searched
_WIDENING = (
    "anywhere in ", "anywhere near ", "anywhere around ", "somewhere in ", "somewhere near ",
    "all over ", "all around ", "across ", "throughout ", "anywhere in the ", "all over the ",
    # Welsh: "yn"/"yng"/"ym" stay with the place, which they mutate ("rhywle yng Nghymru")
    "rhywle ", "unrhyw le ", "ar draws ",
)  # fmt: skip


def widened(key: str) -> str:
    """(w46place) The place in ``key`` (normalised) after words that widen it, or ""."""
    for lead in sorted(_WIDENING, key=len, reverse=True):
        if key.startswith(lead) and len(key) > len(lead):
            return key[len(lead) :]
    return ""


#: names that end with a Crown Dependency's but are elsewhere
_NOT_CROWN_STARTS = ("new ",)


def crown_named(key: str) -> bool:
    """Whether ``key`` (normalised) is a Crown Dependency, or a place typed with one after it
    ("douglas isle of man", "st helier, jersey": normalised without the comma), never "new
    jersey"."""
    if key in CROWN:
        return True
    words = key.split()
    return not key.startswith(_NOT_CROWN_STARTS) and any(
        " ".join(words[-n:]) in CROWN for n in range(1, min(4, len(words)))
    )


def no_place_here(key: str, known: Callable[[str], bool]) -> Resolution | None:
    """What ``key`` (normalised) typed as the place is when it is no place in England or Wales
    (``known``: whether it is one): words for where the person is, a whole country, or a
    Crown Dependency, (w46place) an area of Scotland or an overseas territory; None otherwise."""
    unplaced, crown = not_a_place(key), crown_named(key)
    scottish, overseas = key in SCOTTISH_AREAS, key in OVERSEAS_TERRITORIES
    if not (unplaced or crown or scottish or overseas) or known(key):
        return None
    if unplaced:
        return Resolution(LocationStatus.UNKNOWN, not_a_place=unplaced)
    if scottish:
        return Resolution(LocationStatus.NOT_COVERED)
    if overseas:
        return Resolution(LocationStatus.OVERSEAS)
    return Resolution(LocationStatus.NOT_COVERED, crown_dependency=True)


def near_said_at_end(text: str) -> tuple[str, str] | None:
    """(fifteenth Welsh review P8) "counselling near me", "grŵp cymorth ger fi", "support in my
    area": the words for where the person is at the end of a search's words, as typed, and the
    words before them; None when the words do not end so (or are only such words)."""
    words = text.split()
    for size in range(min(5, len(words) - 1), 0, -1):
        said = " ".join(words[-size:])
        key = _rest_of(normalise(said))  # "… in my area please"
        starts = key.split()[0] in _STARTS if key else False
        if key.startswith("in ") and key[3:] not in _AREAS:
            continue  # "abuse in my house": where it happens, not where help is sought
        if (starts or key in NEAR) and not_a_place(key) == "near" and key not in _TOO_SHORT:
            return said, " ".join(words[:-size])
    return None


#: near words that end many a sentence for other reasons ("help me", "hurt me", "tell me",
#: "here", "local"): only said with "near", "in my", "ger" or "yn agos" do they name where
_TOO_SHORT = frozenset({"me", "fi", "here", "yma", "local", "agos", "lleol", "closest", "nearest"})
#: what "in" is followed by when it says where help is sought ("support in my area")
_AREAS = frozenset(
    {"my area", "my local area", "our area", "the area", "this area", "my town", "my city",
     "my village", "my county", "my postcode", "my location", "my region"}
)  # fmt: skip
#: the words such a phrase starts with ("near me", "in my area", "ger fi", "yn agos ata i")
_STARTS = frozenset(
    {"near", "in", "around", "round", "close", "nearby", "ger", "yn", "agos", "locally"}
)


def place_after_near(text: str) -> str:
    """(walk34) The place after words for where the person is: "by my house in Frizington",
    "near my school in Keswick", "ger fy nghartref yn Nefyn" (the place from its place word on,
    "in Frizington"); "" when ``text`` does not read so."""
    words = text.split()
    for at in range(len(words) - 1, 0, -1):
        if words[at].lower() in ("in", "near", "yn", "yng", "ym", "ger"):
            head = normalise(" ".join(words[:at]))
            if not_a_place(head) == "near":
                return " ".join(words[at:])
    return ""
