"""(w36cy) Names people shorten: a place's name typed without its last word or words ("Llanddewi"
for Llanddewi Brefi, a first word many Welsh places share) or without the word before it that
tells it from its neighbours ("Mersea" for West Mersea). Such a name is not a slip of another
place's name ("Llanddew", "Mere"): the longer names are offered first, and a near spelling is
never taken silently. Read by ``namesakes.py``; nothing here knows of Flask or of listings.
"""

from __future__ import annotations

from collections.abc import Iterable

from .names import _DISTINGUISHING

#: at most this many longer names are offered (``Namesakes._longer_names``)
MOST_OFFERED = 4


def longer_names(key: str, names: Iterable[str]) -> list[str]:
    """The known ``names`` (normalised) that ``key`` (normalised) begins, a word or more
    ("llanddewi" -> "llanddewi brefi"), or ends after a word such as "west" or "great"
    ("mersea" -> "west mersea"), shortest first; none for a key of under four letters."""
    if len(key) < 4:
        return []
    found = []
    for name in names:
        if name.startswith(key + " "):
            found.append(name)
        elif name.endswith(" " + key):
            head = name[: -len(key) - 1].split()
            if head and set(head) <= _DISTINGUISHING:
                found.append(name)
    return sorted(found, key=lambda n: (len(n), n))
