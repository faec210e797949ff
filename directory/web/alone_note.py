"""(w49note, check51 F3) Which note a child who can ring or text none of the first local cards
is shown under "Talk to someone now", after those cards (``talk.none_a_child_can_ring``; the
words are ``templates/search.html``'s, the choice ``grown_up_note.note_kind``)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint

from ..grown_up_note import NoteKind, note_kind
from ..limits import MAX_ASKER_CHARS
from ..search.understand import clean_text
from .talk import danger_now, none_a_child_can_ring

bp = Blueprint("alone_note", __name__)


@bp.app_template_global()
def alone_note(results: Any, items: list[Any], professional: bool = False) -> NoteKind | None:
    """The note for the local cards ``items`` ("grown_up", "alone", "website" or "lines"), or
    None when none is shown (``none_a_child_can_ring``)."""
    if not none_a_child_can_ring(results, professional):
        return None
    kind = note_kind(items, clean_text(results.request.q, MAX_ASKER_CHARS))
    # (w55danger, check58 finding 4) in danger now the page says 999 first, and the grown-up at
    # home may be the one who harms: the note points to the lines above, not to a grown-up
    return "alone" if kind == "grown_up" and danger_now(results) else kind
