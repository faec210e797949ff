"""(w52suicide, check55 finding 5) Whether a results page says "Someone's life at risk now?
Call 999." first: someone else's suicide said as now or tonight
(``search.others_now.others_at_risk_now``), and no warning of the reader's own (an overdose
taken, their own life at risk now) before it: one warning above the helplines."""

from __future__ import annotations

from typing import Any

from flask import Blueprint

from ..search.another_at_risk import another_at_risk
from .talk import acted_on_self, plan_said_now

bp = Blueprint("others_warning", __name__)


@bp.app_template_global()
def others_at_risk(results: Any, professional: bool = False) -> bool:
    """The words tell of someone else's life at risk now ("my friend is going to kill herself
    tonight"), or (w56own) a professional of an overdose taken by someone they work with, and
    of no overdose or plan of the reader's own; ``professional``: the switch is on."""
    if results is None or not results.request.q:
        return False
    if acted_on_self(results, professional) or plan_said_now(results):
        return False
    persona = "professional" if professional else results.asker.persona
    return another_at_risk(results.request.q, persona)
