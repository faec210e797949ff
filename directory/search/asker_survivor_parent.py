"""(w55local, check58 finding 7) A grown-up who tells of their own abuse as a child and mentions
their own children is an adult survivor asking for themselves, not a parent asking for a child.

"When I was about seven my mother's partner started coming into my bedroom … I am now 38,
married with two children of my own, and since my daughter turned seven I have been getting
panic attacks … I want to talk to someone who understands" was read as a parent: the talk box
gave the NSPCC and Stop It Now, and the first card was Family Lives. Her children are context;
what she asks is for herself. A parent who says their child was harmed stays a parent, even
when they tell of their own past too ("it happened to me as well")."""

from __future__ import annotations

import re

_ACT = r"(?:abused|raped|touched|molested|assaulted|groomed|interfered with|hurt|fondled)"
_CHILD = r"(?:son|daughter|child|kid|boy|girl|children|kids|boys|girls|little one|baby)"

#: the writer's own childhood, said in the first person ("when i was about seven", "as a child")
_OWN_CHILDHOOD = re.compile(
    r"\b(?:when i was (?:about |around |only |just |a )?(?:\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|little|young|small|"
    r"child|kid|boy|girl|teenager|teen)|as a (?:child|kid|young (?:boy|girl)|little (?:boy|girl)|"
    r"boy|girl|teenager)|in my childhood|growing up)\b"
)
#: ... and something done to the writer then ("abused me", "coming into my bedroom")
_DONE_TO_ME = re.compile(
    rf"\b(?:{_ACT} me|(?:i was|i got|i had been|i was being) (?:sexually )?{_ACT}|"
    r"(?:started|kept|would|used to) (?:com(?:e|ing)|creep(?:ing)?|get(?:ting)?) (?:in|into) "
    r"(?:my|bed with me)|came into my (?:bed)?room|into my (?:bed)?room at night|"
    r"did (?:things|stuff) to me|made me (?:do|touch))\b"
)
#: a child of the writer's harmed: "abused my daughter", "my son was touched", "touching her"
_THEIR_CHILD_HARMED = re.compile(
    rf"\b(?:{_ACT}|abusing|touching|raping|grooming) (?:my|our) {_CHILD}\b"
    rf"|\b(?:my|our) {_CHILD}(?: \w+){{0,5}} (?:was|has been|had been|got|is being|is) "
    rf"(?:sexually )?{_ACT}\b"
    rf"|\b(?:my|our) {_CHILD}(?: \w+){{0,6}} (?:told|says|said|disclosed)\b"
    rf"|\b(?:{_ACT}|abusing|touching|raping) (?:her|him|them)\b"
)


def survivor_with_children(cleaned: str) -> bool:
    """The words (cleaned) tell of the writer's own abuse as a child, done to them, and of no
    harm to a child of theirs: an adult survivor asking for themselves, whatever they say of
    their own children."""
    if _THEIR_CHILD_HARMED.search(cleaned):
        return False
    childhood = _OWN_CHILDHOOD.search(cleaned)
    return bool(childhood and _DONE_TO_ME.search(cleaned))


def their_child_harmed(cleaned: str) -> bool:
    """The words (cleaned) tell of a child of the writer's harmed ("abused my daughter", "my
    son was touched", "my girl told me"): a parent asking, whatever else they tell."""
    return bool(_THEIR_CHILD_HARMED.search(cleaned))
