"""(w51acts, check54 finding 7) Crisis said of oneself: "i'm in crisis", "i'm at breaking
point", "i'm having a breakdown", "feeling at rock bottom".

"I'm in crisis, the memories of my stepfather are too much" brought Childline alone and a
children's forensic centre 36 miles away: "my stepfather" read as a child's words, and "in
crisis" as nothing. These words are read as despair is (``despair``): as words of suicide
(``suicide_acts.plan_or_act``), so that Samaritans comes into the talk box; they bring no
warning, as no act and no plan is said. With no age said (``unsaid_in_crisis``), the asker is
as likely an adult remembering as a child: nobody is said to be asking, and Samaritans, a line
for any age, leads the box with Childline beside it, as for "i want to kill myself".

Not someone else's crisis ("my daughter is in crisis": a parent's page), the past ("when i
was in crisis"), or "not in crisis".

Over ``clean_text`` (lower case, no apostrophes: "i'm" is "im").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .asker import Asker

_OWN_CRISIS = re.compile(
    r"\b(?:i m|im|i am|iam|i feel|i feel like im|i feel like i m|feeling|i ve been|ive been"
    r"|i have been|im really|i am really|im so)(?: \w+){0,2}? (?:in (?:a |real |total )?"
    r"(?:crisis|mental health crisis)|at (?:crisis|breaking) point|at the end of my tether"
    r"|at rock bottom|having a (?:mental health )?(?:crisis|breakdown|meltdown))\b"
    r"|\b(?:i m|im|i am|i think im|i think i m) (?:having|going through|heading for) a "
    r"(?:mental health )?(?:crisis|breakdown|nervous breakdown)\b"
    # (w52suicide, check55 F6) not coping any more: "i cant cope anymore", "i just cant cope
    # any longer" (not "cant cope with his behaviour": a parent's)
    r"|\b(?:i|i just|i really|and i|i honestly) (?:cant|can t|cannot|can not|carnt) (?:cope"
    r"|go on|keep going|carry on)(?: with (?:anything|life|it all|any of it|this))?"
    r" (?:any ?more|any longer|no more|no longer)\b"
)
_NOT = re.compile(r"\b(?:not|never|wasnt|isnt|no longer)(?: \w+){0,2}? (?:in )?(?:a )?crisis\b")


def own_crisis(cleaned: str) -> re.Match[str] | None:
    """Crisis said of oneself in ``cleaned`` (``clean_text``): "im in crisis", "i am at
    breaking point"; None for "im not in crisis"."""
    if _NOT.search(cleaned):
        return None
    return _OWN_CRISIS.search(cleaned)


def unsaid_in_crisis(asker: Asker, cleaned: str) -> Asker:
    """``asker`` with nobody said to be asking when the words (``clean_text``) read as a
    child's only from whom they name ("my stepfather"), say no age, and tell of crisis said
    of oneself (``own_crisis``): an adult remembering says it as often."""
    if asker.persona != "child" or asker.age is not None or asker.for_age is not None:
        return asker
    if own_crisis(cleaned) is None:
        return asker
    return replace(asker, persona="")
