"""(w49cy, eighteenth Welsh review F8) A sexual assault said the Welsh way with "ymosod"
(attack) and "yn rhywiol" (sexually) apart: "ymosododd dyn arna i'n rhywiol nos Sadwrn" (a
man sexually assaulted me on Saturday night), "ymosodwyd arna i'n rhywiol neithiwr" (I was
sexually assaulted last night). The thesaurus reads "ymosodiad rhywiol" (a sexual assault),
whose words come together; these, whose words do not, were read as nothing at all: no
recent-assault warning, "we could not find a service for those words", and no SARC among
the cards, where "someone sexually assaulted me on Saturday night" brings all three.

Over ``clean_text`` (lower case, no apostrophes: "i'n" is "in").
"""

from __future__ import annotations

import re

#: ymosod (attack) in any tense or person, with "yn rhywiol" (sexually) a few words on
#: ("ymosododd fy nghymydog arna i'n rhywiol"), or "ymosodiad ... rhywiol"; "hymosod" after
#: "ei" ("cafodd ei hymosod yn rhywiol": she was sexually attacked)
ATTACKED_SEXUALLY_CY = (
    r"\b(?:ymosod|ymosododd|ymosodwyd|ymosodon|ymosodasant|ymosodiad|hymosod"
    r"|hymosododd)\b(?: \w+){0,5}? (?:rhywiol|n rhywiol)\b"
)
_ATTACKED = re.compile(ATTACKED_SEXUALLY_CY)


def with_attacked_sexually(names: list[str], cleaned: str) -> list[str]:
    """``names`` (concept names) with "rape" (rape and sexual assault) when ``cleaned`` tells
    of a sexual attack the Welsh way (``ATTACKED_SEXUALLY_CY``) and no concept said so."""
    if "rape" in names or not _ATTACKED.search(cleaned):
        return names
    return [*names, "rape"]
