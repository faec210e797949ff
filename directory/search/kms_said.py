"""(w64life, check63 finding 1) "kms", text-speak for "kill myself", said as meant: "kms fr"
("for real"), "going 2 kms tonite cant take it no more", "gonna kms", "ima kms". An
independent checker typed both and saw no warning; the second page showed no card at all.
Before, only "kms" alone or "want to kms" was read as a wish of one's own.

Read as meant when it is the whole message with only words that stress it after ("fr",
"for real", "ngl", "tonight", "rn"), or when going, wanting or about to comes before it ("going
2", "wanna", "bout to", "finna"). Not with a joke after it (the rule for "die lol",
``everyday_said.NOT_REALLY_DYING``: "kms lol that was so embarrassing", "gonna kms haha"), nor
kilometres ("going 2 kms further", "walked 5 kms to school").

Over ``clean_text`` (lower case, no apostrophes), inside ``own_harm_now._LIFE``: a life at risk
now ("If your life is at risk now, call 999 or go to A&E"), and the lines for thoughts of
suicide among the cards (``suicide_acts.plan_or_act``).
"""

from __future__ import annotations

from .everyday_said import NOT_REALLY_DYING

#: words that stress it or set it for now: "fr" (for real), "ngl" (not going to lie), "tbh",
#: "istg" (I swear to God), "deadass", "tonight", "rn" (right now)
_STRESS = (
    r"(?:fr|frfr|for real|forreal|fr fr|deadass|ngl|tbh|istg|i swear|seriously|srsly|honestly"
    r"|tho|this time|now|rn|right now|tonight|tonite|2nite|today|pls|please|im done|i mean it)"
)
#: going, wanting or about to, with "to" said or written "2" or left out
_MEANING = (
    r"(?:going|gonna|goin|gna|finna|ima|imma|im gonna|im going|wanna|want|wana|need|about"
    r"|bout|abt|ready|will|ill|might|just want|really want)(?: to| 2| too)?"
)
#: not kilometres: "going 2 kms further", "5 kms away", "kms an hour"
_NOT_DISTANCE = (
    r"(?! (?:away|from|to|further|farther|more|down|up|along|of|per|an hour|a day|each|every"
    r"|there|home|in \d|on foot|by bike|round|around|across)\b)"
)
#: "kms" said as meant: the whole message with only words that stress it, or said as going or
#: wanting to
KMS_MEANT = (
    rf"^ *(?:i |im )?kms(?: {_STRESS})* *$"
    rf"|\b{_MEANING} kms\b{_NOT_DISTANCE}{NOT_REALLY_DYING}"
)
