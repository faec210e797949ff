"""(twenty-eighth walk-through F3) The order of "More services available wherever you live"
for an adult who was harmed (most often abused as a child), as ``worried_more`` orders it for
someone worried about his own thoughts: first the lines made for survivors of sexual abuse
(the ones open to him), then the rest that are open to him, then the national SARCs page
(forensic and medical care after a recent assault, unless the words tell of one), then the
services made for other people: a community or a gender he did not name (Galop for LGBT+
people), domestic abuse only (the Men's Advice Line), people worried about their own thoughts
(Stop It Now, as ``made_for.made_for_others`` has it for someone telling of harm done),
audiences that leave adults out (a parents' line). Each group keeps the finder's order; the
lines for anyone struggling to cope stay last (``crisis.distress_lines_last``). His More page
opened with the SARCs, then Galop and the Men's Advice Line before the lines for men and
survivors. All from the listings' audiences, support types, abuse types, genders and
communities, never names."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Service
from .aside import SETTING_NAMED, setting_named
from .columns import SETTING_WORDS
from .crisis import distress_later, distress_lines_last
from .groups import SPECIALIST_ABUSE, SPECIALIST_COMMUNITIES, WORRIED
from .lexicon import clean_text
from .recent import said_recently
from .understand import Understood
from .worried_more import worried_first, worried_others

#: what a survivor of sexual abuse is helped with
_SEXUAL_ABUSE = frozenset({"child-sexual-abuse", "sexual-violence"})
#: the ways of talking to someone that a line for survivors offers
_TALK = frozenset({"helpline", "counselling-therapy", "support-groups"})
#: the audiences of a service open to adults of every kind
_ADULTS = frozenset({"adult-survivors"})


def _named(understood: Understood, name: str) -> set[str]:
    """The codes of ``name`` ("gender", "community", "abuse") the words name."""
    return {code for c in understood.concepts for code in c.codes(name)}


def _for_others(service: Service, understood: Understood) -> bool:
    """Whether ``service`` is made for other people than this adult survivor (the module's
    docstring)."""
    genders, named = set(service.genders) - {"any"}, _named(understood, "gender")
    said = named | {understood.asker.gender} - {""}
    # (LGBT+ people whom the words do not name, or only the other gender than theirs)
    other = genders <= {"lgbt"} or bool(said & {"male", "female"})
    if "any" not in service.genders and genders and not genders & said and other:
        return True
    communities = set(service.communities) & set(SPECIALIST_COMMUNITIES)
    if communities and not communities & _named(understood, "community"):
        return True
    abuse = set(service.abuse_types)
    if abuse and abuse <= set(SPECIALIST_ABUSE) and not abuse & _named(understood, "abuse"):
        return True
    if abuse and abuse <= {"abuse-in-the-family"} and not understood.mentions({"domestic-abuse"}):
        return True  # (a domestic abuse line: for abuse by a partner, now)
    if WORRIED in service.audiences:
        return True  # (a line made first for people worried about their own thoughts)
    return bool(service.audiences) and not _ADULTS & set(service.audiences)


def _survivors_line(service: Service, cleaned: str) -> bool:
    """A way to talk for adults who survived sexual abuse, not only for abuse in a setting
    the words do not name (``columns.SETTING_WORDS``: abuse at school)."""
    audiences = set(service.audiences)
    if "adult-survivors" not in audiences:
        return False
    if not _SEXUAL_ABUSE & set(service.abuse_types):
        return False
    if not _TALK & set(service.support_types) or "sarc" in service.support_types:
        return False
    for setting, pattern in SETTING_WORDS.items():
        named = setting_named(cleaned, SETTING_NAMED.get(setting, frozenset()))
        if pattern.search(service.description) and not named:
            return False
    return True


def survivor_first(services: Sequence[Service], understood: Understood, text: str) -> list[int]:
    """The positions of ``services`` (the More page's national cards, in their order) for an
    adult survivor (the module's docstring); in their order for anyone else. ``text``: the
    words as typed."""
    order = list(range(len(services)))
    asker = understood.asker
    if asker.persona != "adult" or "own-behaviour" in {c.name for c in understood.concepts}:
        return order
    cleaned = clean_text(text)
    recent = said_recently(cleaned)

    def group(n: int) -> int:
        service = services[n]
        if _for_others(service, understood):
            return 3
        if "sarc" in service.support_types and not recent:
            return 2
        return 0 if _survivors_line(service, cleaned) else 1

    return sorted(order, key=group)


def more_order(
    services: Sequence[Service], understood: Understood, text: str, lines: Sequence[Service] = ()
) -> list[int]:
    """The order of the More page's national cards (``services``, in the finder's order):
    for someone worried about his own thoughts what could be his first
    (``worried_more.worried_first``; ``lines``: the national cards the results page shows),
    for an adult survivor the lines for survivors first (``survivor_first``), and for everyone
    the lines for a crisis the words give no reason for last (``crisis.distress_lines_last``)."""
    order = worried_first(services, understood, lines)
    order = [order[n] for n in survivor_first([services[n] for n in order], understood, text)]
    ordered = [services[n] for n in order]
    return [order[n] for n in distress_lines_last(ordered, understood, text)]


def more_groups(
    services: Sequence[Service],
    understood: Understood,
    text: str,
    lines: Sequence[Service],
    apart: frozenset[str],
) -> tuple[list[int], list[int], list[int]]:
    """(w36own, twenty-ninth walk-through F6) The More page's national cards (``services``,
    in the finder's order) as three groups, each in ``more_order``: those that may be the
    asker's; those made for other people, which the page lists under a heading of their own
    and the results page counts apart; then the lines for anyone struggling to cope or for
    thoughts of suicide that the words give no reason for (``crisis.distress_later``: last,
    as ever, under a heading that says whom they are for). Made for other people: in
    ``apart`` (the finder's ``FindResults.apart``, which the first cards stop before) and,
    where the More page reads whom a service is for by itself (someone worried about his own
    thoughts, an adult survivor), for others by that reading too (the NSPCC's line "for any
    adult worried about a child" stays an adult's who is worried about his own thoughts)."""
    order = more_order(services, understood, text, lines)
    others = [service.id in apart for service in services]
    here = worried_others(services, understood, lines)
    if here is None and understood.asker.persona == "adult":
        here = [_for_others(service, understood) for service in services]
    if here is not None:
        others = [a and b for a, b in zip(others, here, strict=True)]
    last = distress_later(list(services), understood, text)
    mine = [n for n in order if not others[n] and not last[n]]
    return mine, [n for n in order if others[n] and not last[n]], [n for n in order if last[n]]
