"""(w62missing, check62 finding 4) "Talk to someone now" for a parent telling of their child in
danger now ("my daughter is missing", "my son hasnt come home and hes with that older man"):
under "In danger now? Call 999" the box put the line for people worried about their own or
someone else's sexual behaviour (Stop It Now) second, after the NSPCC's. A parent whose child is
missing needs the police and the line for adults worried about a child; Stop It Now leaves the
box (filled from the other lines that fit) unless the words name someone's sexual thoughts or
behaviour (``talk_crisis.behaviour_told``). Reads listings and how the words were read; knows
nothing of the web."""

from __future__ import annotations

from collections.abc import Iterable

from .finder import FindResults
from .limits import MAX_ASKER_CHARS
from .lines import FOR_WHOM, for_whom
from .model import Service
from .search.child_safety import OWN_CHILD
from .search.danger_now import in_danger_now
from .search.lexicon import clean_text, read_once
from .search.understand import Asker
from .talk_crisis import behaviour_told


def parents_danger_box(
    chosen: list[Service], lines: Iterable[Service], asker: Asker, results: FindResults | None
) -> list[Service]:
    """``chosen`` without the line for people worried about sexual behaviour, filled from
    ``lines`` (all the lines that fit, in order), for a parent whose words tell of danger now
    (``danger_now.in_danger_now``, the page's 999 box: read once a request, ``read_once``) and
    name no sexual behaviour; as it was otherwise."""
    if asker.persona != "parent" or results is None or not results.request.q:
        return chosen
    if not any(for_whom(s) == FOR_WHOM[0] for s in chosen) or behaviour_told(results, asker):
        return chosen
    said = results.request.q[:MAX_ASKER_CHARS]
    # the parent's own child named ("my daughter", "our 13 yr old"); a suspicion about someone
    # else's child ("our neighbours partner is hurting their little girl") keeps Stop It Now,
    # the line for worries about another adult's behaviour (test_w49adult_worried)
    if not OWN_CHILD.search(clean_text(said)) or not read_once(in_danger_now, said):
        return chosen
    kept = [s for s in chosen if for_whom(s) != FOR_WHOM[0]]
    return [*kept, *(s for s in lines if s not in kept and for_whom(s) != FOR_WHOM[0])]
