"""(w53plan) A way to die asked about: "how many paracetamol does it take to die", "how many
sleeping pills would kill me", "how much paracetamol is a lethal dose", "quickest way to die".
Asking how is one of the plainest signs someone means to end their life, and these brought
Childline, the NSPCC and the rape line, no suicide line and no warning: the words name no
wish ("kill myself" asked as a way already had one: ``suicide_intent._BARE``).

They are read as the asker's own intent (``suicide_intent``: "If your life is at risk now,
call 999 or go to A&E", not for a professional) and as words of suicide for the talk box
(``suicide_acts.plan_or_act``: Samaritans first). Any medicine counts, named or not: the
words after "how many" or "how much" are not looked up. Not a count of people ("how many
children die from abuse"), nor a dose asked in care ("how much paracetamol can a 10 year old
have").

Over ``clean_text`` (lower case, no apostrophes).
"""

from __future__ import annotations

import re

#: dying, killing or overdosing, as asked of an amount
_TO_DIE = (
    r"(?:(?:does it|would it|will it|do you|would you|do i|would i|does one|do people) )?"
    r"(?:take |need )?to (?:die|kill (?:me|you|my ?self|your ?self|a person|someone|an adult)"
    r"|od|overdose|end it|end my life)"
    r"|(?:would|will|could|does|do|to) (?:it |they )?kill (?:me|you|a person|someone|an adult)"
    r"|(?:is|are|would be|makes?) (?:a |an )?(?:lethal|fatal|deadly)(?: dose| amount)?"
    r"|(?:lethal|fatal|deadly) (?:dose|amount)"
)
#: (w54ensuicide, check57 F1) which medicine would do it: "which tablets would kill me
#: quickest", "what pills kill you" (not "which tablets help with sleep")
_MEDICINE = (
    r"(?:pills|tablets|meds|medicines?|medication|drugs|painkillers|paracetamol|antidepressants"
    r"|sleeping (?:pills|tablets))"
)
#: (w55own, check58 F2) the way asked of anyone: "how do people kill themselves", "how would
#: someone kill themselves without pain", "how do you hang yourself", "painless ways for someone
#: to overdose", "how to overdose". Not "how do people kill time", "how do people cope", nor a
#: professional's "how do we talk to a pupil who wants to kill themselves" ("we" asks no way)
_THEMSELVES = (
    r"(?:themselves|themself|theirselves|yourself|your self|urself|oneself|himself|herself)"
)
_ANYONE = r"(?:people|someone|somebody|a person|you|u|one|ppl)"
_THEIR = r"(?:their|your|ur|ones)"
_THEIR_END = (
    rf"(?:kill {_THEMSELVES}|hang {_THEMSELVES}|commit suicide|overdose|od"
    rf"|(?:end|take) {_THEIR} (?:own )?(?:life|lives)(?! back| forward| into| in (?:hand|your)))"
)
_IMPERSONAL = (
    rf"\bhow (?:do|does|would|could|can|might|should|did|will) {_ANYONE} (?:actually |usually "
    rf"|normally |quickly |painlessly |just |best )?{_THEIR_END}\b"
    rf"|\b(?:ways?|best way|easiest way|quickest way|fastest way|painless(?:est)? ways?"
    rf"|most painless way|least painful way|surest way) (?:to|for {_ANYONE} to) {_THEIR_END}\b"
    r"|\bhow (?:to|do i|can i|could i|would i|should i) (?:overdose|od)\b"
)
METHOD_ASKED = (
    rf"{_IMPERSONAL}"
    rf"|\bhow (?:many|much) (?:\w+ ){{1,3}}?(?:{_TO_DIE})\b"
    rf"|\b(?:which|what) (?:\w+ ){{0,2}}?{_MEDICINE}(?: \w+){{0,2}}? (?:{_TO_DIE}"
    r"|kill (?:me|you|a person|someone|an adult))\b"
    r"|\b(?:how (?:to|do i|can i|could i|should i|would i)|ways? to|best way to|easiest way"
    r" to|quickest way to|fastest way to|painless(?:est)? ways? to|most painless way to) die\b"
    r"(?! (?:for|in|of|with|laughing|on|at))"
)
_METHOD = re.compile(METHOD_ASKED)


def method_asked(cleaned: str) -> re.Match[str] | None:
    """A way to die asked about in ``cleaned`` (``clean_text``), or None."""
    return _METHOD.search(cleaned)
