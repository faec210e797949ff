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

from .places import LocationStatus, Resolution

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
    }
)  # fmt: skip
#: words before such words that change nothing ("in my area", "services near me", "ger fi")
_BEFORE = frozenset({"in", "near", "around", "round", "within", "services", "help", "yn", "ger"})

NotAPlace = Literal["", "near", "wide"]


def not_a_place(key: str) -> NotAPlace:
    """ "near" or "wide" when ``key`` (normalised) is such words, else ""."""
    words = key.split()
    while len(words) > 1 and words[0] in _BEFORE:
        words = words[1:]
    if words and words[-1] == "please":
        words = words[:-1]
    rest = " ".join(words)
    if key in NEAR or rest in NEAR:
        return "near"
    if key in WIDE or rest in WIDE:
        return "wide"
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
    Crown Dependency; None otherwise."""
    unplaced, crown = not_a_place(key), crown_named(key)
    if not (unplaced or crown) or known(key):
        return None
    if unplaced:
        return Resolution(LocationStatus.UNKNOWN, not_a_place=unplaced)
    return Resolution(LocationStatus.NOT_COVERED, crown_dependency=True)
