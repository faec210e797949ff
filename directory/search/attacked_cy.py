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
_ATTACKED_CY = (
    r"\b(?:ymosod|ymosododd|ymosodwyd|ymosodon|ymosodasant|ymosodiad|hymosod"
    r"|hymosododd)\b(?: \w+){0,5}? (?:n )?(?:rhywiol|rywiol)\b"
)
#: (w50cymore, twentieth Welsh review F8) "rapio", the borrowed verb young people use, with
#: whatever comes before it: "ges i fy rapio" (I got raped), "ma fe di rapio fi" (he's raped
#: me), "nath e rapio fi" (he raped me), "cafodd hi ei rapio" (she was raped)
_RAPED_CY = r"\b(?:rapio|rapo|rapiodd|rapiwyd|reipio|reipiodd|reipo)\b"
#: ... and "slept with me" when drunk or unwilling: "nath o gysgu efo fi pan on in feddw"
#: (he slept with me when I was drunk), "cysgu gyda fi a finne ddim isio" (did not want to)
_SLEPT_UNWILLING_CY = (
    r"\b(?:cysgu|gysgu|chysgu) (?:efo|gyda|hefo|da) (?:fi|mi)\b(?: \w+){0,6}? "
    r"(?:feddw|meddw|nfeddw|chwil|ddim isio|ddim eisiau|ddim moyn|ddim am|anymwybodol|cysgu)\b"
)
#: a sexual attack said the Welsh way (over ``clean_text``)
ATTACKED_SEXUALLY_CY = f"(?:{_ATTACKED_CY}|{_RAPED_CY}|{_SLEPT_UNWILLING_CY})"
_ATTACKED = re.compile(ATTACKED_SEXUALLY_CY)

#: (w50cymore, twentieth Welsh review F8) the weekend said bare or borrowed, as "the weekend"
#: is in English: "ges i fy rapio penwythnos", "ges i nhreisio wicend", "y wicend dwetha";
#: never "bob penwythnos" (every weekend), a habit
WHEN_CY = r"(?<!bob )(?<!pob )(?:penwythnos|wicend|wicends|wiccend)"


def with_attacked_sexually(names: list[str], cleaned: str) -> list[str]:
    """``names`` (concept names) with "rape" (rape and sexual assault) when ``cleaned`` tells
    of a sexual attack the Welsh way (``ATTACKED_SEXUALLY_CY``) and no concept said so."""
    if "rape" in names or not _ATTACKED.search(cleaned):
        return names
    return [*names, "rape"]
