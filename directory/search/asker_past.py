"""(ninth walk-through F3) How adult survivors tell when it happened and who they are now, in
words the earlier patterns missed, each in a small function of its own (so that an overlap with
other work on ages is easy to merge): a span of childhood ages ending in "until i was 13"; an
age written as who one is, "51 yr old man", anywhere in the message; "abused … as child"
without "a". Over ``clean_text``'s words; used by ``asker.who_is_asking``. Words of secrecy
("cant tell anyone", "never told anyone") are no child's cue here: adults keep it secret too."""

from __future__ import annotations

import re

from .asker_patterns import _ABUSE_BEFORE_SPAN, _AGE_SPAN, _CHILD_NOW

#: (F3) a span of ages "from 9 until i was 13", "from when i was 6 till i turned 11", "since
#: age 8 up to 12": when it happened (the existing ``_AGE_SPAN`` reads "from 9 until 13")
_UNTIL_I_WAS = re.compile(
    r"\b(?:from|since|starting at|started at|began at) (?:when i was |i was |the age of |age |"
    r"aged )?(?:about |around |roughly )?(\d{1,2}) (?:years old |year old |yrs old |yo )?"
    r"(?:to|until|untill|till|til|up to|up until|upto|right up to|through|thru|and stopped at)"
    r"(?: when)?(?: i (?:was|turned|were|got to|reached|left home at)| the age of| age| aged)?"
    r" (?:about |around |nearly |almost )?(\d{1,2})\b(?: (?:years old|year old|yrs old|yrs|yo))?"
)


def without_until_spans(cleaned: str) -> str:
    """A span of childhood ages ("from 9 until i was 13") told with words of abuse anywhere
    in the message, read as what it says, the past ("as a child"), so that neither end is
    taken for the asker's age now."""
    if not _ABUSE_BEFORE_SPAN.search(cleaned):
        return cleaned

    def replaced(found: re.Match[str]) -> str:
        low, high = int(found.group(1)), int(found.group(2))
        return " as a child " if low < high <= 18 else found[0]

    return " ".join(_UNTIL_I_WAS.sub(replaced, cleaned).split())


#: (F3) an age written as who one is, as people describe themselves: "51 yr old man",
#: "asian 45 year old woman", "38 yo male here" (the asker's now, anywhere in the message)
_SELF_AGE = re.compile(
    r"(?:^|(?<= ))(\d{2}) ?(?:yo|y o|yr old|yrs old|year old|years old|years of age) "
    r"(?:(man|male|bloke|guy|gent|gentleman|fella|dad|father)|(woman|female|lady|mum|mother|"
    r"mom))\b"
)
#: ... not someone else's: words before it that make it who did it or someone named ("a 51
#: year old man", "by 40 yr old man", "my stepdad 51 yr old man")
_NOT_MINE_BEFORE = frozenset(
    ["a", "an", "the", "this", "that", "some", "another", "one", "by", "with", "his", "her",
     "my", "our", "their", "your", "was", "is", "hes", "shes", "he", "she", "to", "like",
     "stepdad", "dad", "father", "stepfather", "uncle", "brother", "cousin", "grandad",
     "granddad", "grandfather", "neighbour", "neighbor", "teacher", "coach", "friend",
     "boyfriend", "husband", "partner", "priest", "vicar", "lodger", "boss", "mums", "man",
     "guy", "bloke", "older", "old", "than", "about"]
)  # fmt: skip
#: ... but a person named just before is not who it describes when the words already tell of
#: the asker's own childhood ("abused as a child by my stepdad 51 yr old man": the full stop
#: is gone by then)
_PERSON_BEFORE = frozenset(
    ["stepdad", "dad", "father", "stepfather", "uncle", "brother", "cousin", "grandad",
     "granddad", "grandfather", "neighbour", "neighbor", "teacher", "coach", "friend",
     "boyfriend", "husband", "partner", "priest", "vicar", "lodger", "boss"]
)  # fmt: skip
_OWN_CHILDHOOD = re.compile(r"\b(?:as a|when i was a) (?:child|kid|boy|girl|lad)\b")
#: ... nor who does something after it ("40 yr old man keeps messaging me"); a passive
#: "abused by", "abused as a child" is said of the asker
_DOING_AFTER = re.compile(
    r"^ (?:has|is|was|keeps|kept|sent|sends|made|makes|touches|asked|asks|messaged|"
    r"messages|did|does|done|doing|who|that|groped|tried|tries|wants|wanted|"
    r"followed|follows|showed|shows|came|comes|used|uses|forced|forces|lives|lived|living|"
    r"kissed|gave|gives|took|takes|told|tells|said|says|had|been|online|next|raping|abusing|"
    r"touching|grooming|messaging|sending|texting|exposed|flashed|hurts|"
    r"(?:abused|raped|assaulted|molested|groomed|touched|hurt|exploited|interfered with) "
    r"(?!by|as|from|when|in|between|during|at|for|aged|until|till|since)\w+)\b"
)


def self_described_age(cleaned: str) -> tuple[int | None, str]:
    """The asker's own age and sex, written as who they are ("51 yr old man", "45 year old
    woman here"), 18 to 99, when nothing makes it someone else's; never with abuse told as
    still done to the asker ("40 yr old man touches me": a child's words)."""
    if _CHILD_NOW.search(cleaned):
        return None, ""
    for found in _SELF_AGE.finditer(cleaned):
        before = set(cleaned[: found.start()].split()[-1:])
        if before & _PERSON_BEFORE and _OWN_CHILDHOOD.search(cleaned):
            before -= _PERSON_BEFORE
        if before & _NOT_MINE_BEFORE or _DOING_AFTER.match(cleaned[found.end() :]):
            continue
        value = int(found.group(1))
        if 18 <= value <= 99:
            return value, "male" if found.group(2) else "female"
    return None, ""


#: (F3) "abused by family member as child", "molested as kid": the past, said without "a"
#: (``_ADULT`` reads "as a child"; "as child" read as nothing sent an adult to Childline)
_AS_CHILD_BARE = re.compile(
    r"\b(?:abused|raped|molested|groomed|assaulted|hurt|harmed|interfered with|touched|"
    r"mistreated|exploited)\b(?: \w+){0,6}? (?:as|when) (?:child|kid|boy|girl|lad|lass|teen|"
    r"teenager|youngster|young child|young boy|young girl|little boy|little girl|young|little|"
    r"small|younger|a minor|minor)\b"
)


def recalls_as_child(cleaned: str) -> bool:
    """Abuse told as done when the asker was a child, without "a" ("as child", "when
    young")."""
    return bool(_AS_CHILD_BARE.search(cleaned))


def without_age_spans(cleaned: str) -> str:
    """(eighth walk-through; moved here from ``asker``) A span of childhood ages after words of
    abuse ("abused … from age 8 to 14") read as what it says, the past ("as a child"), so that
    neither end is taken for the asker's age now ("male 49", "im 52 now" are)."""

    def replaced(found: re.Match[str]) -> str:
        low, high = (int(g) for g in found.groups() if g)
        told = _ABUSE_BEFORE_SPAN.search(cleaned[: found.start()])
        return " as a child " if told and low < high <= 18 else found[0]

    return " ".join(_AGE_SPAN.sub(replaced, cleaned).split())
