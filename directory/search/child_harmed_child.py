"""(w48sib, check49 finding 4) A parent whose own child sexually harmed another child ("my 14 year
old son sexually abused his younger sister", "our 15 year old has been abusing his little
brother"): the help is also for the child who did it (Stop It Now, which its listing says
answers parents worried about a child's sexual behaviour), beside the help for the child
harmed. The words read as abuse done to the family by someone, so the talk box left Stop It Now
out, where "touched his little sister" kept it. Only the box (``talk_told``): the cards' order
is as before (the judged sets grade the NSPCC's line first for these parents). Never a child
harmed by someone else ("my son was abused by his cousin")."""

from __future__ import annotations

import re

_OWN_CHILD = (
    r"\b(?:my|our) (?:\d{1,2} ?(?:year old|yr old|yo) )?(?:son|daughter|stepson|stepdaughter|"
    r"boy|girl|child|kid|lad|teenager|teen|eldest|oldest|\d{1,2} ?(?:year old|yr old|yo))\b"
)
_DID = (
    r"(?:sexually )?(?:abus\w*|touch\w*|assault\w*|rap\w*|molest\w*|interfered with|"
    r"(?:doing|did|done) (?:stuff|things|sexual things) (?:to|with))"
)
_OTHER_CHILD = (
    # (check51 finding 10) "his 8 year old sister": the other child's age between
    r"(?:his|her|their|our|my|a|the) (?:\w+ ){0,3}?(?:sister|brother|sibling|cousin|niece|nephew|"
    r"friend|stepsister|stepbrother|half sister|half brother|younger child|little one)s?\b"
)
#: the asker's own child did it to another child, said in one run of words ("… by his cousin"
#: is the other way round: never "by" between)
_HARMED_ANOTHER = re.compile(
    rf"{_OWN_CHILD}(?: (?!by\b)\w+){{0,4}}? {_DID}(?: (?!by\b)\w+){{0,2}}? {_OTHER_CHILD}"
)


def own_child_did(cleaned: str) -> bool:
    """The words (``cleaned``: ``clean_text``) tell that the asker's own child sexually harmed
    another child (``_HARMED_ANOTHER``)."""
    return _HARMED_ANOTHER.search(cleaned) is not None
