"""(w46child, check45 F6) "Talk to someone now" for someone who says they want to die, kill
themselves or hurt themselves and does not say who they are: they speak of themselves, so the
line for the adults around a child (the NSPCC's) leaves the box, and a line for crisis comes
first (w49suicide: it came second, after the first line). "i want to kill myself because of
what my dad did" had Childline, the NSPCC's line and Samaritans third. Reads listings and how
the words were read; knows nothing of the web."""

from __future__ import annotations

from .finder import FindResults
from .limits import MAX_ASKER_CHARS
from .lines import for_whom, is_suicide_line
from .model import Service
from .quiet_fit import behaviour_named
from .search.another_at_risk import another_at_risk
from .search.asker import child_now
from .search.child_harmed_child import own_child_did
from .search.lexicon import clean_text
from .search.plan_now import plan_now
from .search.suicide_intent import own_intent
from .search.understand import Asker
from .talk_fit import about_coping
from .talk_parents_now import parents_box_at_risk_now


def unsaid_crisis_box(
    chosen: list[Service],
    lines: list[Service],
    asker: Asker,
    limit: int,
    results: FindResults | None = None,
) -> list[Service]:
    """``chosen`` (the box's lines, in order, a crisis line kept: ``crisis_line_kept``) for
    someone unsaid in crisis: without lines first of all for parents and carers, the first
    line for crisis of ``lines`` (all the lines that fit, in order), one with no upper age
    first of all, leading the box, the others after it, filled from ``lines``; ``chosen`` as
    it was for anyone who says who they are."""
    said = clean_text(results.request.q or "") if results is not None else ""
    if not age_unsaid(asker, said) and not adult_life_at_risk(asker, results):
        return chosen
    fitting = [s for s in lines if for_whom(s) != "parents-carers"]
    kept = [s for s in chosen if for_whom(s) != "parents-carers"]
    crisis = (
        next((s for s in kept if _any_age_coping(s)), None)
        or next((s for s in fitting if _any_age_coping(s)), None)
        or next((s for s in kept if about_coping(s)), None)
        or next((s for s in fitting if about_coping(s)), None)
    )
    if crisis is None or not kept:
        return chosen
    # (w49suicide, check50 F2) the line for anyone of any age first (Samaritans), the first
    # line after it beside it (Childline): with no age said, the asker is as likely an adult
    # as a child, and "i want to kill myself" led with Childline
    box = [crisis, *(s for s in kept if s is not crisis)]
    box += [s for s in fitting if s not in box and not about_coping(s)]
    return box[:limit]


def age_unsaid(asker: Asker, said: str = "") -> bool:
    """(w50despair, check53 F10) Nobody says who is asking, or the words read as a child's
    from what a relative did ("what my brother did to me") with no age said: "I want to end it
    all, I cant live with what my brother did to me" led with Childline and had no Samaritans,
    where "i want to kill myself" led with Samaritans. A child who says their age, or abuse
    told as going on now at home (``asker.child_now``: "my stepdad touches me"), keeps
    Childline first. ``said``: the words, cleaned."""
    if asker.age is not None or asker.persona not in ("", "child"):
        return False
    return asker.persona == "" or not child_now(said)


def adult_life_at_risk(asker: Asker, results: FindResults | None) -> bool:
    """(w53suicide, walk42 F1) An adult who says so (``persona`` adult, or an age from 18) and
    whose own life is at risk now: a plan said as now (``plan_now``) or an intent of their own
    (``own_intent``), the words that bring "If your life is at risk now". A man of 50 who said
    he had written a note and was going to the bridge tonight had the rape line first and
    Samaritans second, under that warning; the line for crisis now leads his box."""
    if results is None or not results.request.q:
        return False
    if asker.persona != "adult" and (asker.age is None or asker.age < 18):
        return False
    text = results.request.q[:MAX_ASKER_CHARS]
    return plan_now(text) or own_intent(text)


def _any_age_coping(service: Service) -> bool:
    """A line for anyone struggling to cope or for suicide, with no upper age (Samaritans, not
    PAPYRUS's line for those up to 35)."""
    return about_coping(service) and service.maximum_age is None


def crisis_before_wales_own(
    chosen: list[Service], asker: Asker, wales_own: set[str]
) -> list[Service]:
    """(w47crisis, check46 F5) ``chosen`` (the box's lines for words of suicide, in order) with
    its first line for crisis moved first when one of Wales's own lines (``wales_own``: their
    ids, on a Welsh page or for a place in Wales) leads it, for someone who is not a child. A
    Welsh adult abused as a child who wanted to die read Live Fear Free, the rape line, then
    Samariaid third, where the same words in English had Samaritans first. A child keeps the
    line made for children first (Meic, as Childline in England)."""
    if asker.is_child or not chosen or chosen[0].id not in wales_own or about_coping(chosen[0]):
        return chosen
    crisis = next((s for s in chosen if about_coping(s)), None)
    return chosen if crisis is None else [crisis, *(s for s in chosen if s is not crisis)]


def behaviour_told(results: FindResults | None, asker: Asker) -> bool:
    """The words name someone's sexual thoughts or behaviour (``quiet_fit.behaviour_named``),
    or tell that the asker's own child harmed another (``child_harmed_child.own_child_did``):
    the line for people worried about it fits them."""
    if behaviour_named(results, asker):
        return True
    return results is not None and own_child_did(clean_text(results.request.q or ""))


#: (w50despair) a suicide line comes no lower than this in a parent's box (0: first)
PARENTS_CRISIS_BY = 1


def parents_crisis_box(
    chosen: list[Service], lines: list[Service], asker: Asker, results: FindResults | None
) -> list[Service]:
    """(w50despair, check53 F3) ``chosen`` (the box's lines for words of suicide, a crisis line
    kept) for a parent, carer or relative telling of a child's or young person's wish to die
    ("my son wants to kill himself"): without the line for people worried about their own or
    someone else's sexual behaviour (Stop It Now) unless the words name such behaviour
    (``behaviour_told``: "my son touched his sister and now he wants to die"), filled from
    ``lines`` (all the lines that fit, in order), and its first line for suicide (PAPYRUS's,
    which advises the people worried about a young person) no lower than second. Stop It Now
    was second for "my son wants to kill himself", and no suicide line at all."""
    if asker.persona != "parent":
        return chosen
    if not behaviour_told(results, asker):
        chosen = [s for s in chosen if for_whom(s) != "people-worried-about-own-behaviour"]
        chosen += [
            s
            for s in lines
            if s not in chosen and for_whom(s) != "people-worried-about-own-behaviour"
        ]
    if own_intent((results.request.q or "") if results is not None else ""):
        # the parent's own wish ("my kids would be better off without me"): the line for
        # anyone of any age first (Samaritans), not the one for a young person
        crisis = next((s for s in [*chosen, *lines] if _any_age_coping(s)), None)
        return chosen if crisis is None else [crisis, *(s for s in chosen if s is not crisis)]
    said = (results.request.q or "") if results is not None else ""
    at_risk = parents_box_at_risk_now(chosen, lines, said, behaviour_told(results, asker))
    if at_risk is not None:  # (w55others)
        return at_risk
    crisis = next((s for s in chosen if is_suicide_line(s)), None) or next(
        (s for s in chosen if about_coping(s)), None
    )
    if crisis is None or chosen.index(crisis) <= PARENTS_CRISIS_BY:
        return chosen
    rest = [s for s in chosen if s is not crisis]
    return [*rest[:PARENTS_CRISIS_BY], crisis, *rest[PARENTS_CRISIS_BY:]]


def clients_crisis_line(
    chosen: list[Service],
    lines: list[Service],
    asker: Asker,
    results: FindResults | None,
    limit: int,
) -> list[Service]:
    """(w54ensuicide, check57 F2) ``chosen`` (the box's lines, in order) for a professional who
    tells of someone's life at risk now (``others_now.others_at_risk_now``: "my client says she
    plans to end her life this weekend"), with the line for anyone of any age in crisis
    (Samaritans) from ``lines`` in its last place when none of its first ``limit`` is one. The
    box had the NSPCC's line, the rape line and PAPYRUS's (up to 35) for an adult client; for a
    young person the line for suicide already there stays."""
    if asker.persona != "professional" or results is None or not results.request.q:
        return chosen
    shown = chosen[:limit]
    if any(_any_age_coping(s) for s in shown):
        return chosen
    # the warning's own reading (``another_at_risk``: "someone's life at risk now"), so the box
    # and the warning agree (a client's overdose too)
    if not another_at_risk(results.request.q, asker.persona):
        return chosen
    line = next((s for s in lines if _any_age_coping(s)), None)
    if line is None or len(shown) < limit:
        return chosen if line is None else [*shown, line]
    young = asker.for_age is not None and asker.for_age < 25
    out = next((s for s in reversed(shown) if not (young and about_coping(s))), shown[-1])
    return [*(s for s in shown if s is not out), line]


def others_crisis_box(
    chosen: list[Service],
    lines: list[Service],
    asker: Asker,
    results: FindResults | None,
    limit: int,
) -> list[Service]:
    """``chosen`` for a parent (``parents_crisis_box``), then for a professional
    (``clients_crisis_line``) telling of someone else's wish to die or life at risk."""
    chosen = parents_crisis_box(chosen, lines, asker, results)
    return clients_crisis_line(chosen, lines, asker, results, limit)
