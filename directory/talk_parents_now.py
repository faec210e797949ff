"""(w55others, check58 finding 1) "Talk to someone now" for a parent, carer or relative who
tells of someone's life at risk now: "my son took some of my tablets and i found the empty
strip", "my daughter has taken an overdose", "our lad wrote a letter saying not to look for
him". Under "Someone's life at risk now? Call 999." the box led with the NSPCC's helpline (for
adults worried about a child, not open all night) and put the young people's suicide line
second. The line for anyone of any age in crisis, open day and night (Samaritans), now leads;
the young people's line (PAPYRUS's HOPELINE247, which advises the adults worried about a young
person) stays beside it. A wish with no time ("my son wants to kill himself") keeps the box
``talk_crisis.parents_crisis_box`` gives it. Reads listings and how the words were read; knows
nothing of the web."""

from __future__ import annotations

from .lines import for_whom, is_suicide_line
from .model import Service
from .search.lexicon import clean_text
from .search.others_now import others_at_risk_now
from .talk_fit import about_coping


def parents_box_at_risk_now(
    chosen: list[Service], lines: list[Service], said: str, behaviour: bool = False
) -> list[Service] | None:
    """``chosen`` (a parent's box, in order) with the first line of ``lines`` for anyone of any
    age in crisis first and the first line for suicide it holds beside it, when ``said`` (the
    words as typed) tells of someone's life at risk now; None when it does not. With
    ``behaviour`` (the words name the child's sexual behaviour: "my son abused his little
    brother and now he says he wants to kill himself") the line for people worried about
    sexual behaviour (Stop It Now) comes next, as the box had it before the crisis line led."""
    if not others_at_risk_now(clean_text(said)):
        return None
    crisis = next((s for s in [*chosen, *lines] if about_coping(s) and s.maximum_age is None), None)
    if crisis is None:
        return chosen
    rest = [s for s in chosen if s is not crisis]
    young = next((s for s in rest if is_suicide_line(s)), None)
    lead = [crisis] if young is None else [crisis, young]
    rest = [s for s in rest if s is not young]
    if behaviour:
        rest.sort(key=lambda s: for_whom(s) != "people-worried-about-own-behaviour")
    return [*lead, *rest]
