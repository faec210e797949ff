"""(w45ask) A child or young person who wants to talk to someone now ("tonight", "right now",
"i can't sleep"), with no assault in the last few days: the lines they can reach now come
before the services near them. The talk box already leads with Childline for them; the first
card was a children's forensic centre 47 miles away that "you cannot ring or text yourself".
After a recent assault the centre is right, and the order stays."""

from __future__ import annotations

import re

from .recent import recent_assault
from .understand import Understood

#: "can't sleep", "couldn't sleep", "cannot get to sleep", Welsh "methu cysgu" (over
#: ``clean_text``'s words, where "can't" is "cant" or "can t")
_CANT_SLEEP = re.compile(
    r"\b(?:cant|can t|cannot|couldnt|couldn t|unable to|not able to) (?:get to |go to )?sleep"
    r"\b|\b(?:dw i |dwi |rwy n |dwin )?(?:methu|ffaelu) (?:cysgu|chysgu|mynd i gysgu)\b"
)

#: now, tonight, at once ("rn", "2nite", Welsh "nawr", "rwan", "heno", "ar unwaith")
_NOW = (
    r"(?:now|right now|rite now|rn|tonight|tonite|2nite|2night|asap|urgently|immediately|"
    r"right away|straight away|nawr|rwan|heno|ar unwaith)"
)
#: someone to talk to, or help ("talk", "someone", "any1", Welsh "siarad", "rhywun")
_SOMEONE = (
    r"(?:talk|talking|speak|speaking|chat|someone|somebody|anyone|any1|some1|sum1|help|"
    r"siarad|sgwrsio|rhywun|cymorth)"
)
#: wanting someone now: the time said of talking or help ("need to talk to someone tonight",
#: "anyone i can speak to right now", "heno dw i isio siarad"), not of what is done ("he comes
#: in my room at night") nor of an age ("im 12 now")
_WANTS_NOW = re.compile(
    rf"\b{_SOMEONE}\b(?: \w+){{0,4}} {_NOW}\b|\b{_NOW}(?: \w+){{0,3}} {_SOMEONE}\b"
)


def wants_a_line_now(understood: Understood, cleaned: str) -> bool:
    """Whether the words (``cleaned``: ``clean_text``) read as a child's or young person's
    own (not a parent's, a professional's or anyone's telling of a child) who wants someone
    now, and tell of no sexual assault in the last few days (``recent.recent_assault``)."""
    asker = understood.asker
    if asker.persona not in ("child", "") or not asker.is_child:
        return False
    if not (_WANTS_NOW.search(cleaned) or _CANT_SLEEP.search(cleaned)):
        return False
    return not recent_assault(understood, cleaned)
