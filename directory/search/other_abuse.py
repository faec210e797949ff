"""Lines only for another kind of abuse than the words speak of (second walk-through F6;
w61kind, check61 §9).

The National Domestic Abuse Helpline (for women and girls), Women's Aid and the Men's Advice
Line answer domestic abuse: a partner's. A relative named ("my sister is 15 and living with a
28 year old man", "my uncle abused me"), words about sexual abuse, or words naming no abuse at
all ("the nightmares are back") are not domestic abuse: such a line comes after those for what
the words do speak of (``weights.OTHER_ABUSE_LINE``, in ``query._off_topic``). Words about
domestic abuse keep them, as do words about the asker's own partner ("my husband scares me")
that tell of no sexual abuse.
"""

from __future__ import annotations

import numpy as np

from .aside import OWN_PARTNER
from .columns import Columns
from .groups import specialist
from .understand import Understood

#: concepts that say the words are about sexual abuse
SEXUAL_ABUSE_CONCEPTS = frozenset({"sexual-abuse", "past-abuse", "rape"})
#: abuse types of services for sexual abuse, or for any crime or distress (not another abuse)
SEXUAL_OR_GENERAL_ABUSE = (
    "child-sexual-abuse",
    "sexual-violence",
    "online-abuse",
    "any-crime",
    "emotional-distress",
)
#: the concept a relative named gives ("my sister", "at home"): abuse in the family, which
#: alone does not say domestic abuse
RELATIVE_NAMED = "family-abuse"


def other_abuse_lines(columns: Columns, understood: Understood, cleaned: str) -> np.ndarray:
    """The services only for a kind of abuse the words (``cleaned``: as ``clean_text`` gives
    them) do not name, over positions: their stated abuse types are neither sexual abuse, nor
    any crime or distress, nor one the words name, a relative named aside. None when the words
    speak of domestic abuse; when they tell of no sexual abuse, none either when they speak of
    the asker's own partner ("my husband scares me"), and the lines for a community are left
    to ``fit.COMMUNITY_UNASKED``."""
    if understood.mentions({"domestic-abuse"}):
        return columns.none()
    sexual = understood.mentions(SEXUAL_ABUSE_CONCEPTS)
    if not sexual and OWN_PARTNER.search(cleaned):
        return columns.none()
    named = {
        code
        for concept in understood.concepts
        if concept.name != RELATIVE_NAMED
        for code in concept.codes("abuse")
    }
    answered = columns.having("abuse", *SEXUAL_OR_GENERAL_ABUSE, *named)
    stated = columns.having("abuse", *columns.taxonomy["abuse"])
    found: np.ndarray = stated & ~answered
    return found if sexual else found & ~specialist(columns)
