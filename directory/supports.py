"""(w33parent, twenty-seventh walk-through F4) A parent asking for support for themselves
("someone for me to talk to", "counselling for myself", "for us as parents", Welsh "i fi", "fy
hun": ``told.asks_for_themselves``) sees, on each card whose listing's own audiences say it supports
parents and carers (or else family members and friends), a line saying so in plain words: a
mother asking for herself found no card named as support for her, although the NSPCC's and
Children North East's listings say they support parents. From the listing's recorded
audiences only, never invented; no other search adds the line."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .model import Service
from .search.lexicon import clean_text
from .search.told import asks_for_themselves

if TYPE_CHECKING:
    from .finder import FindResults

#: the audiences a card names as supporting a parent asking for themselves, the first found
SUPPORTS = ("parents-carers", "family-friends")


def supports_parents(service: Service) -> str:
    """The first of SUPPORTS among the listing's own audiences, or ""."""
    return next((code for code in SUPPORTS if code in service.audiences), "")


def marked_for_parent(results: FindResults) -> FindResults:
    """``results`` with every card marked with whom of SUPPORTS its listing supports
    (``ResultItem.supports``) when the words are a parent's asking for support for themselves;
    unchanged otherwise."""
    if not asks_for_themselves(results.asker, clean_text(results.request.q)):
        return results
    return results.each_card(lambda item: replace(item, supports=supports_parents(item.service)))
