"""(w59adult, check60 F7) A grown-up harmed now by someone who cares for them.

"i am 34 with learning disabilities my support worker touched me", "my PA who helps me with
personal care touched me", "i live in a care home and staff member abuses me", "my mum has
dementia and a carer abused her": an adult's paid carer, support worker, personal assistant,
or the staff of a care home or day centre, harming them now or lately. The page read an
adult's words as an adult abused *as a child* (the concept of past abuse comes with an adult
asker), so the line for adults abused in childhood (NAPAC, with no number we could confirm)
or a children's centre was the first card.

Now such words are harm now: no "abuse in the past" is read into them, and the services only
for adults abused as children, only for children, or only for parents of a child come after
the lines for anyone harmed now (the 24/7 Rape & Sexual Abuse Support Line, Victim Support,
a local centre or rape crisis service). A relative telling of it for an older parent
("my dad has alzheimers and a care worker…") is read the same way, as a relative.

Not so for the past ("my carer when i was a child in foster care abused me": the line for
adults abused as children fits), for a child's words (a young carer, a foster carer, a
school, a parent: ``asker_cared_for``), or for an age under 18 ("im 15 and my carer…")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .asker_cared_for import _CARERS, _CHILDHOOD, cared_for_adult, elder_at_risk
from .weights import ADULT_FROM

if TYPE_CHECKING:
    from .asker import Asker

#: who cares for a grown-up, named: a carer, support worker, personal assistant ("my pa"),
#: a nurse, or the staff of where they live or spend the day ("staff member", "one of the
#: staff", "the staff")
_CARING_NAMED = re.compile(
    rf"\b(?:{_CARERS}|nurses?|(?:my|the|a) pa|staff(?: members?)?|members? of staff)\b"
)


def harmed_now_in_care(cleaned: str, asker: Asker) -> bool:
    """The words (``cleaned``: ``clean_text``) are a grown-up's, or nobody's in particular with
    no age said (``asker``), telling of harm by someone who cares for them or for their older
    parent (``asker_cared_for.cared_for_adult``, ``elder_at_risk``), naming them
    (``_CARING_NAMED``), and of no childhood or long ago: harm now, not abuse in the past."""
    if asker.persona not in ("", "adult"):
        return False
    if asker.age is not None and asker.age < ADULT_FROM:
        return False
    # (an older parent's words, whoever is read as asking: ``elder_at_risk`` with no persona)
    cared = cared_for_adult(cleaned) or elder_at_risk(cleaned, "")
    return cared and bool(_CARING_NAMED.search(cleaned)) and not _CHILDHOOD.search(cleaned)


def implied_unless_now(implied: str | None, asker: Asker, cleaned: str) -> str | None:
    """The concept who is asking brings (``implied``), less "past-abuse" for a grown-up harmed
    now by who cares for them (``harmed_now_in_care``): their harm is not a childhood's."""
    if implied == "past-abuse" and harmed_now_in_care(cleaned, asker):
        return None
    return implied


def without_parents_cared(asker: Asker, names: list[str], cleaned: str) -> list[str]:
    """The concepts ``names`` without "parents" for ``harmed_now_in_care`` words: "my carer"
    is a grown-up's own paid carer, not a parent or carer of a child (as
    ``asker_cared_for.without_parents_named`` reads it when no age is said)."""
    if "parents" not in names or not harmed_now_in_care(cleaned, asker):
        return names
    return [name for name in names if name != "parents"]
