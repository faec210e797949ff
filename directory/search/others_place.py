"""(w64life, check63 finding 1) Someone else at a place people go to end their life (the
train tracks, a bridge, a cliff, the top of a car park), with a farewell or a wish to die said
beside it: "my best mate has gone to the train tracks and said sorry for everything", "my
friend is on the train tracks and says she wants to die". An independent checker typed both
and the page gave no warning (the first had no Samaritans either, and Stop It Now, for people
worried about their own sexual thoughts, was the third card). Someone else's "on the bridge"
was read before (``others_now``), not the tracks, a cliff or "gone to".

The page says "Someone's life at risk now? Call 999." (``others_now.others_at_risk_now``), and
the lines for thoughts of suicide come into the talk box (``suicide_acts.plan_or_act``).

Not the place alone ("my brother has gone to the bridge to fish", "my dad works on the
railway"), nor a farewell or a sorry with no such place ("my best mate said sorry for
everything after our argument"), nor a visit ("gone to the bridge club", "the railway
station").

Over ``clean_text`` (lower case, no apostrophes: "she's" is "shes").
"""

from __future__ import annotations

import re

from .crisis_others import others_suicide
from .others_said import SOMEONE
from .plan_now import JUMP_PLACE, NOT_A_VISIT
from .wish_of_another import anothers_wish

#: someone else there, or gone or going there: "my friend is on the train tracks", "he has
#: gone to the bridge", "my sister is standing at the edge of the cliff" (not at work there)
_THERE = re.compile(
    rf"\b{SOMEONE}(?: (?!works?\b|worked\b|working\b|fish\w*|job\b)\w+){{0,4}}? (?:to|on|onto|at"
    rf"|by|near|up|in) (?:the (?:edge|top) of )?{JUMP_PLACE}{NOT_A_VISIT}"
)
#: a farewell said or sent: sorry for everything, goodbye, love to everyone, a note left, or
#: not able to go on
_FAREWELL = re.compile(
    r"\b(?:said|says|saying|texted|messaged|sent|wrote|posted|told (?:me|us))(?: \w+){0,3}?"
    r" (?:(?:shes |hes |theyre |s?he is |(?:s?he|they) (?:was|were) )?sorry for (?:everything"
    r"|all of it|it all|all the|being a burden)|good ?bye|goodbyes|bye to|(?:s?he|they)"
    r" loves? (?:me|us|everyone)|(?:i|to) love (?:you|everyone)|love you all)\b"
    r"|\b(?:left|wrote|written) (?:a |her |his |their )?(?:note|letter)\b"
    # not going on: "says she cant go on", "texted that he cant do this any more"
    r"|\b(?:said|says|saying|texted|messaged|told (?:me|us))(?: that)? (?:s?he|they)"
    r" (?:cant|can t|cannot|is not able to) (?:go on|carry on|keep going|do this any ?more"
    r"|take (?:it|this|any ?more)(?: any ?more)?)\b"
)
#: the past: "last year", "years ago", "when she was 15"
_PAST = re.compile(
    r"\b(?:years? ago|months ago|weeks ago|last (?:year|month|summer|winter|week)|used to"
    r"|when (?:s?he|they|we|i) (?:was|were)|back then|in (?:19|20)\d\d|once)\b"
)


def others_at_a_place(cleaned: str) -> re.Match[str] | None:
    """Someone else at, or gone to, a place people go to end their life (``_THERE``) with a
    farewell (``_FAREWELL``) or a wish or intent to die (``wish_of_another.anothers_wish``,
    ``crisis_others.others_suicide``) said too, in ``cleaned`` (``clean_text``); or None."""
    there = _THERE.search(cleaned)
    if there is None or _PAST.search(cleaned):
        return None
    said = _FAREWELL.search(cleaned) or anothers_wish(cleaned) or others_suicide(cleaned)
    return there if said is not None else None
