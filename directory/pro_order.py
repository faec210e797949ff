"""(ninth walk-through F5; w59tonight) The order of the talk box's lines for a professional:
who each line says it is for (``lines.talk_key`` asks this)."""

from __future__ import annotations

from .model import Service
from .search.groups import for_anyone_struggling
from .search.understand import Asker


def professional_order(asker: Asker, service: Service) -> tuple[bool, bool]:
    """(ninth walk-through F5) For a professional, from who each line says it is for: after
    the lines for professionals (the NSPCC's advice line; Stop It Now only when the words are
    about someone's sexual behaviour, ``told_or_neutral``), lines that take calls from family
    and friends supporting someone (Victim Support); then the lines for the child or adult
    the call is about, that name abuse (Childline); a line only for emotional distress
    (Samaritans) last; (w59tonight, check60) when the words speak of suicide, Samaritans with
    the lines for professionals ("client disclosed plan to end life": a SARC, no Samaritans)."""
    if asker.persona != "professional":
        return False, False
    audiences, kinds = set(service.audiences), set(service.abuse_types)
    distress_only = bool(kinds) and kinds <= {"emotional-distress"}
    if asker.suicidal and distress_only and for_anyone_struggling(service):
        return False, False
    return not audiences & {"professionals", "family-friends"}, distress_only
