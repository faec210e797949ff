"""(w49more, check52 F5) Despair said without the words "suicide", "die" or "kill myself":
"i just want it all to stop", "i want everything to end", "i want to disappear", "i want to
go to sleep and never wake up", and "i want it to stop" said with "i cant do this any more".

These speak of not going on living, the way people often say it without the word, like "cant
go on" (``crisis._SUICIDE``, its borderline): a missed line costs more than an unneeded one.
They are read as words of suicide (``suicide_acts.plan_or_act``): Samaritans comes into the
talk box and "stop" is no longer searched (it made Stop It Now, for people worried about their
own sexual thoughts, the first card). They bring no 999 warning: no act and no plan is said.

Not "i want it to stop" alone, nor "i want the abuse / him / it to stop": the abuse stopping
is the wish there (a child: "i want it to stop, my uncle keeps touching me"), and the page for
abuse is the right one. Not distress alone ("cant do this any more", "cant cope"): see
``crisis``. Welsh: "dw i eisiau i'r cyfan stopio / ddod i ben" (I want it all to stop / end),
"eisiau diflannu" (want to disappear).

Over ``clean_text`` (lower case, no apostrophes: "cant").
"""

from __future__ import annotations

import re

_WANT = r"(?:want|wanna|wana|just want|really want|wish|need)"
_ALL = r"(?:it all|everything|all of it|all this|my life|the pain|all the pain|life)"
_NOT_COPING = (
    r"\b(?:cant|can t|cannot|can not|carnt) (?:do|take|cope with|handle|deal with|live with)"
    r" (?:this|it|any of this)(?: \w+){0,2}? (?:any ?more|no more|no longer)\b"
    r"|\b(?:cant|can t|cannot|can not|carnt) (?:do|take) (?:this|it) (?:any ?more)\b"
)
_DESPAIR = re.compile(
    rf"\b{_WANT} {_ALL} (?:to|2) (?:stop|end|be over)\b(?! (?:with|between))"
    rf"|\b{_WANT}(?: to| 2)? (?:disappear|vanish|not exist|stop existing|not be here)\b"
    rf"|\b{_WANT}(?: to| 2)? (?:go to )?sleep (?:and|n) (?:never|not) wake up\b"
    rf"|\b{_WANT} i could (?:disappear|vanish|just disappear|sleep forever)\b"
    # Welsh: eisiau i'r cyfan / popeth stopio / ddod i ben (want it all to stop / end),
    # diflannu (disappear)
    r"|\b(?:eisiau|isio|isie|moyn|mo yn) (?:i r|ir|i) (?:cyfan|cwbl|popeth|boen) "
    r"(?:stopio|ddod i ben|orffen)\b|\b(?:eisiau|isio|isie|moyn|mo yn) diflannu\b"
)
_IT_TO_STOP = re.compile(rf"\b{_WANT} it (?:to|2) (?:stop|end)\b")


def despair_found(cleaned: str) -> re.Match[str] | None:
    """Despair of living said without the words of suicide in ``cleaned`` (``clean_text``):
    "want it all to stop", "want to disappear", or "want it to stop" with "cant do this any
    more"; None for the abuse wished to stop."""
    found = _DESPAIR.search(cleaned)
    if found is not None:
        return found
    if re.search(_NOT_COPING, cleaned):
        return _IT_TO_STOP.search(cleaned)
    return None
