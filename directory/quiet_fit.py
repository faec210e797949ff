"""(w46child, check45 F5) "Talk to someone now" for someone who cannot phone keeps to who is
asking, as the usual box does: its lines to text or chat with came in the site's order whoever
asked, so a child who said "i dont have a phone and my dad checks my laptop" got Stop It Now's
chat (a line for people worried about their own or someone else's sexual behaviour) third, and
the 24/7 line (16 and over). Reads listings and how the words were read; knows nothing of the
web."""

from __future__ import annotations

from collections.abc import Callable

from .finder import FindResults
from .lines import FOR_WHOM, for_whom
from .model import Service
from .search.understand import Asker


def behaviour_named(results: FindResults | None, asker: Asker) -> bool:
    """The person asks about their own sexual thoughts, or the words name someone's sexual
    thoughts or behaviour (the thesaurus's "own-behaviour": "looking at images", "worried about
    his behaviour"), for whom the line for people worried about it is a line to call."""
    if asker.persona == "own-behaviour":
        return True
    return results is not None and results.request.understood.mentions({"own-behaviour"})


def fits_quiet_box(service: Service, behaviour: bool) -> bool:
    """A line to text or chat with for someone who cannot phone: not the line for people
    worried about their own or someone else's sexual behaviour unless ``behaviour`` (the words
    name it: ``behaviour_named``); the usual box, filled from the site's lines for calls,
    never reached it for anyone else."""
    return behaviour or for_whom(service) != FOR_WHOM[0]


def parents_line_later(asker: Asker) -> Callable[[Service], bool]:
    """For someone who cannot phone and does not say who they are, a line for parents and
    carers (Family Lives) after the other lines to text or chat with: they say it of
    themselves (a parent who cannot phone is read as one, and keeps the parents' lines
    first), and it came third in their box, before The Mix and Samaritans."""
    unsaid = not asker.persona and not asker.is_child
    return lambda service: unsaid and for_whom(service) == "parents-carers"
