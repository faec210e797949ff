"""(w55own, check58 finding 2) An overdose said as the whole supply taken: "took my whole
prescription", "ive swallowed my entire prescription", "took a months supply of my tablets",
"took all of my prescription". The page said "We could not find a service for those words",
with no warning and no Samaritans: the words name no pills counted and no "overdose".

Read as an act done (``suicide_acts.act_done``: "If you have taken an overdose…, call 999 or
go to A&E now") and as words of suicide for the talk box (``suicide_acts.plan_or_act``). Not
an errand ("took my whole prescription to the chemist", "took my prescription in"), not a
prescription taken as told ("as prescribed"), not "took my prescription" with no whole said,
and not long ago ("when i was 16").

Over ``clean_text`` (lower case, no apostrophes: "month's" is "months").
"""

from __future__ import annotations

import re

_TOOK = r"(?:took|taken|swallowed|necked|downed|took in|have taken|just took)"
#: what the whole supply is: a prescription, a script, or the pills themselves
_SUPPLY = r"(?:prescriptions?|script|meds|medication|medicines?|pills|tablets|tabs)"
_WHOLE_OF = (
    rf"(?:(?:my|me|the|a) (?:whole|entire|full|complete) (?:\w+ (?:of )?)?{_SUPPLY}"
    rf"|(?:all|every one|the whole) of (?:my|me|the) (?:\w+ )?(?:prescriptions?"
    r"|script)"
    r"|(?:a|my|the|a whole|my whole|the whole) (?:months|weeks|fortnights|two weeks|2 weeks"
    r"|\d+ days|\d+ weeks) (?:worth|supply)(?: of (?:my |the )?\w+)?)"
)
#: not an overdose: an errand, or taken as told
_NOT_TAKEN = (
    r"(?! (?:to|round|over|away|off|from|back|in|into|up|down|for|with|as (?:prescribed|told"
    r"|directed)|every|each|and (?:hid|hidden|put|gave|give|threw|flushed|locked|handed))\b)"
)
_WHOLE_TAKEN = re.compile(rf"\b{_TOOK} {_WHOLE_OF}\b{_NOT_TAKEN}")
_LONG_AGO = re.compile(
    r"\b(?:years? ago|when i was|last year|as a (?:teen|teenager|kid|child)|in (?:19|20)\d\d"
    r"|months ago|back in)\b"
)


def whole_supply_taken(cleaned: str) -> re.Match[str] | None:
    """The whole of a prescription or supply of pills taken, told in ``cleaned``
    (``clean_text``) and not long ago, or None."""
    found = _WHOLE_TAKEN.search(cleaned)
    if found is None or _LONG_AGO.search(cleaned[found.start() : found.end() + 40]):
        return None
    return found
