"""(w64life, check63 finding 1) Someone else suicidal now, and a professional's client or
young person who has threatened to kill themselves: "counsellor: client disclosed she is
suicidal and has a plan for tonight", "counsellor: client is suicidal tonight", "youth worker:
15yo boy exploited online, sextortion, threatened to kill himself". An independent checker
typed these with the professional switch on and the page gave no warning and no Samaritans:
the first card was a service for children's therapy. "If your life is at risk now" is for the
reader's own life; a client's life is someone else's, and the page now says "Someone's life at
risk now? Call 999." (``another_at_risk``) with Samaritans in the talk box
(``talk_crisis.clients_crisis_line``).

Two readers over ``clean_text`` (lower case, no apostrophes):

- ``suicidal_now``: someone else said to be suicidal with now, tonight or a plan said ("my
  friend is suicidal tonight", "my patient is actively suicidal and has a plan"), for anyone.
  Not a calm question ("referral for a suicidal 15 year old", "support for a suicidal client"),
  a safety or care plan ("client is suicidal, we made a safety plan"), the past ("was
  suicidal", "history of", "last year") or "no longer".
- ``client_threatened``: a professional's client or young person who has threatened to kill
  themselves. A threat to keep someone quiet or near ("he threatened to kill himself if she
  left", ``wish_of_another``) is not this, nor one of the family's ("my husband threatened").
"""

from __future__ import annotations

import re

from .others_said import SOMEONE

#: someone a professional works with: a client, a patient, a pupil, "a 15yo boy"
_CLIENT = (
    r"(?:client|patient|service user|young person|yp|pupil|student|learner|resident|tenant"
    r"|teen|teenager|boy|girl|child|young man|young woman|\d+ ?(?:yo|y o|year old|yr old)"
    r"(?: (?:boy|girl|child|young person|client|pupil|student|lad|son|daughter))?)"
)
_OTHER = rf"(?:{SOMEONE}|(?:a |the |my |our |this )?{_CLIENT})"
#: said to be suicidal: "is suicidal", "disclosed she is actively suicidal", "feeling suicidal"
_SUICIDAL = re.compile(
    rf"\b{_OTHER}(?: \w+){{0,6}}? (?:is|s|are|re|feels|feeling|became|has become|presenting as"
    r"|presents as|presented as|seems|sounds)(?: very| actively| really| acutely| highly| so)?"
    r" suicidal\b"
)
#: now, tonight, or a plan said (not a safety or care plan)
_URGENT = re.compile(
    r"\b(?:right now|now|tonight|tonite|2nite|today|this evening|this afternoon|as we speak"
    r"|(?<!safety )(?<!care )(?<!support )(?<!treatment )(?<!crisis )(?<!risk )"
    r"(?:has|have|with|made|got) (?:a |the )?plans? (?!to (?:see|meet|get|go to|attend))"
    r"|(?:has|have|got) (?:the )?(?:means|pills|tablets|rope|a knife|a blade)"
    r"|said goodbye|left a note)\b"
)
#: not now: the past, history, or no longer
_NOT_NOW = re.compile(
    r"\b(?:was|were|no longer|not|isnt|never|used to be)(?: \w+)? suicidal\b"
    r"|\b(?:history of|previously|in the past|years ago|last (?:year|month|week)|months ago"
    r"|if a|when a|what to do if|training|guidance|policy|course|leaflet|resources)\b"
)
#: a professional's client or young person who has threatened to kill themselves (not if or
#: unless: a threat made to keep someone)
_THREATENED = re.compile(
    rf"\b(?:a |the |my |our |this )?{_CLIENT}(?: \w+){{0,10}}? (?:has |have |just |has just )?"
    r"(?:threatened|threatening|threatens) (?:to )?(?:kill (?:him|her|them) ?(?:self|selves)"
    r"|suicide|end (?:his|her|their) (?:own )?life|take (?:his|her|their) (?:own )?life)\b"
    r"(?!(?: \w+){0,4} (?:if|unless|when)\b)"
)


def suicidal_now(cleaned: str) -> re.Match[str] | None:
    """Someone else said to be suicidal, with now, tonight or a plan said, in ``cleaned``
    (``clean_text``), and nothing past, denied or hypothetical; or None."""
    found = _SUICIDAL.search(cleaned)
    if found is None or _NOT_NOW.search(cleaned) or not _URGENT.search(cleaned):
        return None
    return found


#: told as long past ("years ago", "a history of"): not a life at risk now
_LONG_AGO = re.compile(r"\b(?:years ago|last year|in the past|history of)\b")


def client_threatened(cleaned: str) -> re.Match[str] | None:
    """A client or young person (never "he" or one of the family) who has threatened to kill
    themselves, told in ``cleaned`` (``clean_text``), not long ago; or None. Read for a
    professional only (``another_at_risk``)."""
    found = _THREATENED.search(cleaned)
    if found is None or _LONG_AGO.search(cleaned):
        return None
    return found
