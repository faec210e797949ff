"""(w61thoughts, check61 §7) "Talk to someone now" for a partner or relative of someone whose
sexual thoughts or behaviour towards children the words name ("found child abuse images on my
husbands laptop", "my partner has been arrested for looking at child porn, what about our
kids", "paedophile in my family"): the box held only Stop It Now. Stop It Now answers family
members too and stays first; the line for adults worried about a child (the NSPCC's) comes
second, for the children at home. Not for the person with the thoughts themselves (their box is
theirs alone). Reads listings and how the words were read; knows nothing of the web."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .finder import FindResults
from .limits import MAX_ASKER_CHARS
from .lines import FOR_WHOM, for_whom
from .model import Service
from .search.asker_own import _KIN, _LABEL, kin_viewing
from .search.understand import Asker, clean_text
from .vocabulary import ListingStatus

#: the name for someone sexually interested in children said of a relative ("paedophile in my
#: family", "my uncle is a paedo")
_LABEL_OF_FAMILY = re.compile(
    rf"\b{_LABEL}s?\b(?: \w+){{0,2}}? (?:in|within|of) (?:my|our|the) (?:\w+ )?family\b"
    rf"|\b{_KIN}\b (?:is|s|might be|could be|may be) (?:a |an )?{_LABEL}\b"
)


def family_of_someone(results: FindResults | None, asker: Asker) -> bool:
    """The box is for someone worried about sexual behaviour (``asker``, ``lines.box_asker``)
    and the words tell of a partner's or relative's: sexual images of children they looked at
    or were arrested for (``asker_own.kin_viewing``), or the name for it said of them."""
    if results is None or not results.request.q or asker.persona != "own-behaviour":
        return False
    cleaned = clean_text(results.request.q, MAX_ASKER_CHARS)
    return kin_viewing(cleaned) or _LABEL_OF_FAMILY.search(cleaned) is not None


def family_line_beside(
    results: FindResults | None, asker: Asker, chosen: list[Service], lines: Iterable[Service]
) -> list[Service]:
    """``chosen`` with the first of ``lines`` for parents and carers (with a number not already
    there, open as usual) second, after the line for people worried about sexual behaviour,
    for someone telling of a family member's (``family_of_someone``); as it was otherwise."""
    if not family_of_someone(results, asker):
        return chosen
    if any(for_whom(s) == "parents-carers" for s in chosen):
        return chosen
    taken = {s.contact.callable_phone for s in chosen}
    line = next(
        (
            s
            for s in lines
            if for_whom(s) == "parents-carers"
            and s.contact.callable_phone not in taken
            and s.status == ListingStatus.ACTIVE
            and s.contact.callable_phone
        ),
        None,
    )
    if line is None:
        return chosen
    first = [s for s in chosen if for_whom(s) == FOR_WHOM[0]][:1]
    rest = [s for s in chosen if s not in first]
    return [*first, line, *rest]
