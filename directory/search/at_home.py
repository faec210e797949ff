"""(ninth walk-through F8) Words telling that the person who abused a child still lives in the
home ("hes still in the house", "he lives with us", "she is still at home", Welsh "mae o'n dal
yn y tŷ", "yn byw efo ni"): what to do tonight matters, and a line open day and night for
abuse at home fits (``lines.home_line``). Over ``clean_text``'s words."""

from __future__ import annotations

import re

#: where the person is now: in the asker's home
_HOME = (
    r"(?:in the house|in our house|in the home|in our home|at home|at our house|here|"
    r"with us|with me|with me and (?:the |my |our )?(?:kids|children|her|him|them)|"
    r"under (?:the same|our|my) roof|in the same house)"
)
_STILL_AT_HOME = re.compile(
    # "hes still in the house", "he is still living with us", "still under our roof"
    rf"\b(?:still|is still|s still) (?:(?:living|staying|here|there) )?{_HOME}\b"
    # "he lives with us", "my husband still lives at home", "we live with him"
    rf"|\b(?:lives|living|stays|staying|sleeps|sleeping) {_HOME}\b"
    r"|\bwe (?:still )?live with (?:him|her|them|my husband|my partner|my boyfriend|my wife)\b"
    r"|\b(?:hes|shes|he is|she is|theyre|they are) (?:still )?(?:downstairs|upstairs|in the "
    r"next room|home now|back home|asleep upstairs)\b"
    # Welsh: "mae o'n dal yn y tŷ" (he is still in the house), "yn byw efo ni / gyda ni"
    r"|\bdal (?:yn y ty|yma|adre|adref|yn byw (?:efo|gyda) ni|yn byw yma|i fyw (?:efo|gyda) ni|"
    r"i fyw yma)\b"
    r"|\byn byw (?:efo|gyda) ni\b|\bdan yr un to\b"
)
#: ... not when the words say that is over ("he no longer lives with us", "he moved out")
_NOT_NOW = re.compile(
    r"\b(?:no longer|not|doesnt|doesn t|dont|don t|never|isnt|isn t|wasnt|used to|moved out|"
    r"left|kicked (?:him|her|them) out|has gone|hes gone|shes gone|dim yn)\b(?: \w+){0,2} ?$"
)


#: (w48sib, judged47) children in the asker's care are who live with them, not the one who did
#: it: "my 2 grandkids living with me since their father abused the eldest"
_CHILDREN_LIVING = frozenset(
    {"grandkids", "grandchildren", "grandson", "granddaughter", "kids", "children", "child",
     "nephew", "niece", "son", "daughter", "boys", "girls", "twins", "baby", "babies"}
)  # fmt: skip


def abuser_at_home(cleaned: str) -> bool:
    """The words say someone still lives in the asker's home (``cleaned``: ``clean_text``'s
    words; who it is, and that they did it, the caller reads from how the words were read),
    and not children in the asker's care (``_CHILDREN_LIVING``)."""
    for found in _STILL_AT_HOME.finditer(cleaned):
        before = cleaned[: found.start()]
        if _CHILDREN_LIVING & set(before.split()[-2:]):
            continue
        if not _NOT_NOW.search(before):
            return True
    return False
