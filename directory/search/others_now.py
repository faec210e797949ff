"""(w52suicide, check55 finding 5) Someone else's suicide said as now or tonight, by the person
asking: "my friend is going to kill herself right now", "my brother says he will end his life
tonight", "she sent me a goodbye text and says she wants to die", Welsh "mae fy ffrind yn mynd
i ladd ei hun heno".

Samaritans came first for these, but the page gave no warning: "If your life is at risk now"
speaks to the reader of their own life, and someone else's is at risk. The page now says
"Someone's life at risk now? Call 999." (``web.first_screen``). Not for a wish said with no
time ("my daughter says she wants to die": the lines for thoughts of suicide are for that),
nor the past ("he tried to kill himself last year"), nor a threat to keep the asker quiet ("he
says he will kill himself tonight if i tell").

Over ``clean_text`` (lower case, no apostrophes).
"""

from __future__ import annotations

import re

from .crisis_others import hurt_now, others_suicide
from .others_acts import others_act_only
from .others_cy import others_meant_cy, others_now_cy
from .others_place import others_at_a_place
from .others_said import others_life_at_risk
from .others_suicidal import suicidal_now
from .others_unresponsive import others_ending_it, unresponsive
from .others_wrists import others_wrists
from .wish_of_another import anothers_wish

#: now or tonight, in English and Welsh (nawr, rwan / rŵan, heno, heddiw: now, tonight, today)
_NOW = (
    r"(?:right now|now|rn|atm|tonight|tonite|2nite|today|this evening|this afternoon"
    r"|in (?:a|an|the next) (?:few )?(?:minutes?|mins?|hours?|hour)|any minute|as we speak"
    r"|nawr|rwan|rwan hyn|heno|heddiw|ar hyn o bryd)"
)
_NOW_NEAR = re.compile(rf"\b{_NOW}\b")
#: a goodbye sent, or a note left: "texted me goodbye", "sent me a goodbye message", Welsh
#: "wedi anfon neges ffarwel" (has sent a goodbye message)
_GOODBYE = re.compile(
    r"\b(?:texted|messaged|sent|sending|snapchatted|dmd|rang|phoned|called|left|wrote|written"
    r"|said)(?: \w+){0,3}? (?:goodbye|good bye|bye|a suicide note|a goodbye)\b"
    r"|\bgoodbye (?:text|message|note|letter|post|video)\b"
    r"|\b(?:neges|llythyr|nodyn) (?:ffarwel|ffarwelio)\b"
)
#: about to, on the point of: now without a time said
_ABOUT_TO = re.compile(
    r"\b(?:about to|ar fin|on the edge|on a bridge|on the roof"
    # (w53cyothers, welsh21 F3) on the bridge, ar y bont, ar ben y to (on the roof)
    r"|on the bridge|on the ledge|ar y bont|ar ben y bont|ar ben y to|ar y dibyn)\b"
)
#: the past, or tried: not now ("tried to kill himself last year")
_PAST = re.compile(r"\b(?:tried|tries|trying|talked|thought|wanted|was going|trio|wedi trio)\b")
#: a threat to keep the asker quiet: "if i tell", Welsh "os" (if)
_IF = re.compile(r"^(?: \w+){0,4} (?:if|unless|os)\b")


def others_at_risk_now(cleaned: str) -> bool:
    """Someone else's intent to kill themselves or wish to die, told in ``cleaned``
    (``clean_text``) with now or tonight near it, "about to", or a goodbye sent; (w53cyothers)
    or an overdose taken by someone else (``others_acts``)."""
    if others_life_at_risk(cleaned):  # (w53suicide) English: pills, a goodbye, an intent
        return True
    if others_now_cy(cleaned):  # (w54cyown, welsh22 F3) a goodbye sent, on a cliff's edge
        return True
    if others_meant_cy(cleaned):  # (w61cy, welsh25 F1) "mae hi'n mynd i ladd ei hun", no time
        return True
    if others_act_only(cleaned):  # (w53cyothers, welsh21 F4) "mae fy chwaer wedi cymryd gorddos"
        return True
    if unresponsive(cleaned):  # (w57suicide, check59 F1) "my friend is not breathing"
        return True
    if others_at_a_place(cleaned):  # (w64life, check63 F1) "gone to the tracks, said sorry"
        return True
    if others_wrists(cleaned) or hurt_now(cleaned):  # (w64life) "she has slit her wrists"
        return True
    if suicidal_now(cleaned):  # (w64life) "client is suicidal tonight"
        return True
    found = others_suicide(cleaned) or anothers_wish(cleaned) or others_ending_it(cleaned)
    if found is None or _PAST.search(found[0]) or _IF.match(cleaned[found.end() :]):
        return False
    if _GOODBYE.search(cleaned) or _ABOUT_TO.search(cleaned):
        return True
    near = cleaned[max(0, found.start() - 30) : found.end() + 30]
    return _NOW_NEAR.search(near) is not None
