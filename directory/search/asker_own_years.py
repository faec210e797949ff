"""(twenty-sixth walk-through F6) The age of someone worried about their own thoughts, said
bare with its unit: "…towards kids, 44 yrs old, want therapy", "17 year old boy sexual
thoughts about children help", "16 yr old lad, attracted to…", (twenty-eighth walk-through F1)
"16yo boy, been looking at stuff…". Never the age of the child the
thoughts are about: "thoughts about a 12 year old girl", "my 14 year old stepdaughter",
"attracted to girls 13 years old", "my girlfriends 10 year old" (a word before the number
says whose it is; a young age is the asker's only said first or last)."""

from __future__ import annotations

import re

from .asker_patterns import _NOT_BEFORE_AGE

_YEARS = re.compile(r"(?:^|\b([a-z]+) )(\d{1,2}) ?(?:yo|y o|(?:years?|yrs?) old)\b(?! ?s\b)")
#: words before a number that make it someone else's age ("a 12 year old", "my 14 year old",
#: "about 13 year old", "than 15 years old")
_THEIRS_BEFORE = frozenset([
    "a", "an", "my", "his", "her", "their", "our", "your", "the", "about", "towards", "toward",
    "to", "with", "of", "for", "at", "around", "near", "on", "by", "over", "like", "than", "some",
    "this", "that", "these", "those", "into", "older", "younger", "under", "aged", "mates",
    "friends", "friend", "sons", "daughters", "whos", "whose", "is", "was", "are", "were", "been",
    "being"
])  # fmt: skip
#: ... and the children the thoughts are about, before a child's age ("girls 13 years old")
_CHILDREN = frozenset([
    "kids", "kid", "children", "child", "girls", "girl", "boys", "boy", "teens", "teenagers",
    "youngsters", "minors"
])  # fmt: skip


def own_years_said(cleaned: str) -> int | None:
    """The asker's own age (10 to 99) said bare with "years old" (``cleaned``: ``clean_text``'s
    words), or None."""
    for found in _YEARS.finditer(cleaned):
        before, value = found.group(1), int(found.group(2))
        if before in _THEIRS_BEFORE or not 10 <= value <= 99:
            continue
        if value >= 18 or before is None:
            return value  # (no child is 44; "17 year old boy…" said first is the asker)
        # a young age said after a word: the asker's only said last, and not after whoever it
        # may be ("girls 13 years old", "my girlfriends 10 year old")
        last = not cleaned[found.end() :].strip()
        if last and before not in _CHILDREN and not before.endswith("s"):
            return value
    return _bare_last(cleaned)


#: (w36teen) a bare young age said last ("…, how do i get off it. 14"), not after whoever it
#: may be ("my cousin 12", "girls 14", "shes only 13", "pretending to be 12") nor a count or a
#: time ("at 14", "under 15", "for 16")
_BARE_LAST = re.compile(r"\b([a-z]+) (1[0-7])$")
_PERSON = frozenset([
    "cousin", "niece", "nephew", "sister", "brother", "daughter", "son", "stepdaughter",
    "stepson", "neighbour", "pupil", "student", "girlfriend", "boyfriend", "friend", "mate",
    "grandson", "granddaughter", "one", "them", "her", "him", "baby", "toddler", "be", "as",
    "pretending", "pretend", "posing", "like", "looks", "look", "looked",
])  # fmt: skip


def _bare_last(cleaned: str) -> int | None:
    found = _BARE_LAST.search(cleaned)
    if found is None:
        return None
    before = found.group(1)
    if before in _THEIRS_BEFORE or before in _CHILDREN or before in _PERSON:
        return None
    return None if before.endswith("s") or before in _NOT_BEFORE_AGE else int(found[2])
