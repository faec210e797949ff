"""(twenty-ninth walk-through F1) Listings open to everyone affected by sexual abuse: those
stating no audience whose own stated eligibility (or, with none, description) opens them to
all people affected by it, naming no sex, age or group (GRASAC: "People affected by rape and
sexual abuse"). An adult abused as a child is one of the people such a listing says it helps;
whether it takes children is not stated, so it is shown, and treated for a child, as a service
for adults whose age policy is not stated. Read from the listing's own words, never a name."""

from __future__ import annotations

import re

from ..model import Service

#: a listing's own words opening it to everyone affected by sexual abuse or rape ("People
#: affected by rape and sexual abuse", "anyone who has been sexually abused")
_OPEN_TO_ALL = re.compile(
    r"\b(?:people|anyone|everyone|all|those)\b[^.;]*?\b(?:affected by|who (?:have|has) been|"
    r"who (?:have|has) experienced)\b[^.;]*?\b(?:sexual(?:ly)?|rape|raped)\b",
    re.IGNORECASE,
)
#: words narrowing that to some people (a sex, an age, children, adults)
_NARROWED = re.compile(
    r"\b(?:women|woman|girls?|men|man|boys?|child|children|young|adults?|aged?|over|under|"
    r"\d+\+?|only|female|male)\b",
    re.IGNORECASE,
)
#: the abuse such a listing must be about
_SEXUAL_ABUSE = frozenset({"sexual-violence", "child-sexual-abuse"})


def open_to_everyone_affected(service: Service) -> bool:
    """Whether ``service`` states no audience and its own words open it to everyone affected
    by the sexual abuse it is about (the module's docstring)."""
    if service.audiences or not _SEXUAL_ABUSE & set(service.abuse_types):
        return False
    words = service.eligibility or service.description
    return bool(_OPEN_TO_ALL.search(words)) and not _NARROWED.search(words)
