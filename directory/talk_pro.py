"""The order of a professional's "Talk to someone now" (``lines.talk_key``): after the lines
that advise professionals, the lines for whoever the call is about. Reads listings and how the
words were read; knows nothing of the web."""

from __future__ import annotations

from .model import Service
from .search.understand import Asker

#: who a line is first of all for (``lines.for_whom``) when it is a child's own line
CHILDRENS_LINE = "children-young-people"


def professional_order(asker: Asker, service: Service, whom: str) -> tuple[bool, bool, bool]:
    """(ninth walk-through F5) For a professional, from who each line says it is for
    (``whom``: ``lines.for_whom``): after the lines for professionals (the NSPCC's advice line;
    Stop It Now only when the words are about someone's sexual behaviour,
    ``told_or_neutral``), lines that take calls from family and friends supporting someone
    (Victim Support); then the lines for the child or adult the call is about, that name
    abuse (Childline); a line only for emotional distress (Samaritans) last. (w59fit,
    forty-fifth walk-through F6) When the call is about a child (an age under 18 said: "8 year
    old boy has disclosed"), the child's own line (Childline) comes before the lines for
    family and friends and the other lines that advise professionals too (Live Fear Free): a
    safeguarding lead saw Victim Support, which is for victims of crime and suits adults,
    second, above Childline. The lines made for professionals (the NSPCC's) stay first
    (``lines.talk_key``); nothing moves for anyone else."""
    if asker.persona != "professional":
        return False, False, False
    audiences = set(service.audiences)
    about_a_child = asker.is_child
    return (
        about_a_child and whom != CHILDRENS_LINE,
        not audiences & {"professionals", "family-friends"},
        bool(service.abuse_types) and set(service.abuse_types) <= {"emotional-distress"},
    )
