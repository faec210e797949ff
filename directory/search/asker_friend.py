"""(w25young) A young person telling about a friend: a friend, a mate or a child at school
("my friend says…", "my mate told me…", "a girl in my class", "my best friend's stepdad",
Welsh "mae fy ffrind yn dweud…", "merch yn fy nosbarth") with the friend's own parent,
relative or home named ("her dad", "his stepdad", "her mum's boyfriend", "her room", "ei
thad", "ei llystad"): the friend is a child at home, and whoever writes so is most often a
young person (or a grown-up who heard it, whose own words say so and are read first). Never
a friend grown up or what happened long ago ("my friend was abused by her dad as a child").
Over ``clean_text``'s words; used by ``asker_ages.child_family``."""

from __future__ import annotations

import re

from .recent import told_long_ago

#: the friend: "my friend", "my best mate", "my bestie", "a girl in my class", "a boy at my
#: school", "my friends dad"; Welsh "fy ffrind (gorau)", "fy mêt", "merch yn fy nosbarth"
_FRIEND = (
    r"\b(?:my|me) (?:best |bestest |close |good |old |school )?"
    r"(?:friend|mate|pal|bestie|bff|bezzie)"
    r"|\b(?:a|this|one|some|another) (?:girl|boy|lad|kid|child|friend|mate)s? "
    r"(?:in|at|from|off) my (?:class|year|form|tutor group|school|street|team|club)"
    r"|\bfy (?:ffrind|mêt|met|ffrindiau)|\b(?:merch|bachgen|hogyn|hogan|plentyn) "
    r"(?:yn|o|yng) (?:fy|y) (?:nosbarth|dosbarth|mlwyddyn|ysgol)"
)
#: ... and the friend's own parent, relative or home: "her dad", "his stepdad", "their uncle",
#: "her mums boyfriend", "her room", "friends dad"; Welsh "ei thad" (her father), "ei dad"
#: (his), "ei llystad", "ei hewythr", "ei hystafell" (her room), "ei gartref" (his home)
_THEIR_FAMILY = re.compile(
    r"\b(?:her|his|their|friends|mates|besties) (?:own )?(?:dad|daddy|father|stepdad|step dad|"
    r"stepfather|mum|mom|mam|mother|stepmum|step mum|uncle|grandad|granddad|grandpa|grandad|"
    r"brother|big brother|older brother|stepbrother|step brother|cousin|nan|gran|grandma|"
    r"auntie|aunt|(?:mums|moms|mum s|mams) (?:boyfriend|partner|bf|husband)|"
    r"(?:dads|dad s) (?:girlfriend|partner|mate|friend)|room|bedroom|bed)\b"
    r"|\b(?:ei|iw|i w) (?:thad|dad|llystad|lysdad|mam|llysfam|hewythr|ewythr|frawd|brawd|"
    r"thaid|daid|nain|cefnder|chefnder|hystafell|ystafell|stafell|gwely|chartref|gartref)\b"
    r"|\bfy ffrind\w* (?:tad|llystad|ewythr)"
)
#: ... or the friend grown up: "my friend (was) abused as a child", "when she was little",
#: "her husband", "she is 30", "yn blentyn" (as a child)
_GROWN_FRIEND = re.compile(
    r"\b(?:as a (?:child|kid|girl|boy)|when (?:she|he|they) (?:was|were) (?:little|young|a "
    r"(?:child|kid))|her husband|his wife|her partner|his partner|her kids|his kids|her "
    r"children|his children|her son|her daughter|his son|his daughter|growing up)\b"
    r"|\b(?:she|he|they) (?:is|s|are|re) (?:in (?:her|his|their) )?(?:[2-9]\d|[2-9]0s)\b"
    r"|\b(?:yn blentyn|fel plentyn|ei gwr|ei gŵr|ei wraig|ei phartner)\b"
)


def friend_is_child(cleaned: str) -> bool:
    """A friend, a mate or a child at school with their own parent, relative or home named,
    and nothing saying the friend is grown up or that it happened long ago (see the module)."""
    friend = re.search(_FRIEND, cleaned)
    if friend is None or not _THEIR_FAMILY.search(cleaned, friend.start()):
        return False
    return not (_GROWN_FRIEND.search(cleaned) or told_long_ago(cleaned))
