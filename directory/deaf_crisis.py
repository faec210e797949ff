"""(w56fit, check58 F10) A Deaf person whose life is at risk: "im deaf and i want to die" had the
right warning and the Deaf 999 line, but no Samaritans in "Talk to someone now" (Childline's
chat, then SignHealth's domestic abuse service): the box for someone who names Deaf people
keeps every line they can reach without a voice call, and a line for suicide was not among the
first three. Samaritans can be emailed (its listing's contact), so the first line for anyone
struggling or for suicide that can be reached without speaking (an email address, a text
number or online chat) now leads the box; the talk box shows its email for a quiet reader."""

from __future__ import annotations

from collections.abc import Iterable

from .finder import FindResults
from .lines import for_whom, needs_no_voice
from .model import Service
from .search.understand import Asker
from .talk_fit import about_coping, suicide_said


def reached_without_voice(service: Service) -> bool:
    """A way in without speaking or listening that the listing states: an email address, a
    text number or online chat."""
    return bool(service.contact.email) or needs_no_voice(service)


def deaf_crisis_first(
    chosen: list[Service],
    site_lines: Iterable[Service],
    results: FindResults | None,
    asker: Asker,
    deaf: bool,
) -> list[Service]:
    """``chosen`` (a Deaf person's box, in order) with, when the words tell of suicide
    (``talk_fit.suicide_said``), the first line for coping or suicide (``about_coping``) of the
    site's lines (``site_lines``, in their order) reached without a voice call first: one for
    all ages (Samaritans) unless the asker is a child."""
    if not deaf or not suicide_said(results, asker):
        return chosen
    lines = [s for s in site_lines if about_coping(s) and reached_without_voice(s)]
    if not lines:
        return chosen
    # a line for young people only (HOPELINE247) first for a child alone
    line = min(lines, key=lambda s: not asker.is_child and for_whom(s) == "children-young-people")
    return [line, *(s for s in chosen if s.id != line.id)]
