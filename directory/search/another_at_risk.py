"""Whether the words tell of someone else's life at risk now (``others_now``), or (w56own) a
professional of an overdose taken by someone they work with ("young person has taken an
overdose": ``act_seen.act_for_another``): read once for the warning and for where the talk
box goes."""

from __future__ import annotations

from ..limits import MAX_ASKER_CHARS
from .act_seen import act_for_another
from .lexicon import clean_text
from .others_now import others_at_risk_now
from .others_suicidal import client_threatened


def another_at_risk(text: str, persona: str) -> bool:
    """``text`` (the words as typed) tells of another's life at risk now; ``persona`` is the
    asker's ("professional" when the switch is on)."""
    cleaned = clean_text(text, MAX_ASKER_CHARS)
    if persona == "professional" and client_threatened(cleaned):
        return True  # (w64life, check63 F1) "15yo boy … threatened to kill himself"
    return act_for_another(text[:MAX_ASKER_CHARS], persona) or others_at_risk_now(cleaned)
