"""The order of the national list beyond each service's score: the helplines that fit the
asker join when few matches do, and some lines come after others (the lines for people worried
about their own thoughts after the victims' services, lines not confirmed open after the first
few, services for a community nobody named after the rest). Each takes and returns the scores
over positions (``Columns``). The weights: ``weights.py``.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from .child_safety import harm_told_or_safety_feared
from .columns import Columns
from .fit import ONLINE_CONCEPTS, TALK_SUPPORT
from .groups import (
    SPECIALIST_COMMUNITIES,
    WORRIED,
    about_abuse,
    children_only,
    childrens_victim_services,
    community_asked,
    only_distress,
    prevention_services,
    specialist,
    worried_lines,
)
from .told import about_who_harmed, responding_first, tells_of_harm_done, worried_for_a_child
from .understand import Asker, Concept
from .weights import (
    ADVICE_OVER_CHILDS_LINE,
    ANSWER_NOW_FIT,
    ANSWER_NOW_SHARE,
    JUST_BELOW,
    RESPONDERS_BETWEEN,
    UNFIT,
    VICTIM_FITS,
    WORRIED_LINE_AFTER_VICTIMS,
)

#: how many services available everywhere a person should find for them at the top
FIRST_FEW = 3
#: the helplines joining score this share of the lowest fitting match, and the matches not
#: for the asker this share of the lowest line. Not a ranking weight: only the order counts,
#: and any share below 1 gives the same one (0.1, 0.5 and 0.95 on 7,230 searches; issue 24)
BELOW = 0.5
#: the audiences of services for people harmed and the people around them, by who is asking
#: (a parent: services for parents, or for their child)
VICTIM_AUDIENCES = {
    "child": ("children-young-people",),
    "adult": ("adult-survivors",),
    "parent": ("parents-carers",),
    "": ("children-young-people", "adult-survivors", "parents-carers", "family-friends"),
    "professional": ("children-young-people", "parents-carers", "family-friends"),
}


def with_lines_for_asker(
    columns: Columns,
    matched: np.ndarray,
    scores: np.ndarray,
    fit: np.ndarray,
    fitting_from: float = UNFIT,
) -> tuple[np.ndarray, np.ndarray]:
    """When fewer than FIRST_FEW national services that fit the asker match the words
    ("counselling" from a man of 45: a children's line, a young people's line and one for
    men), the national helplines that fit them join the matches, after the fitting ones and
    before those not for them (which keep their match but go last). ``fitting_from``: the
    factor from which a match fits (UNFIT; NEUTRAL_FITTING for a neutral asker)."""
    national = columns.national
    fitting = matched & (fit >= fitting_from)
    if np.count_nonzero(fitting & national) >= FIRST_FEW:
        return matched, scores
    helplines = columns.having("support", "helpline")
    added = helplines & national & columns.open & ~matched & (fit >= fitting_from)
    if not added.any():
        return matched, scores
    floor = float(scores[fitting].min()) if fitting.any() else float(scores[matched].max())
    prior = columns.prior()
    scores = scores.copy()
    # the lines, in the order of how well they fit, all below the fitting matches
    share = BELOW
    scores[added] = share * floor * (prior[added] * fit[added]) / max(float(fit.max()), 1e-9)
    unfit = matched & (fit < fitting_from)
    if unfit.any():
        lowest = float(scores[added].min())
        scores[unfit] = np.minimum(scores[unfit], share * lowest)
    return matched | added, scores


def own_countrys_childrens_line(
    columns: Columns, asker: Asker, matched: np.ndarray, scores: np.ndarray, fit: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(twelfth walk-through F7) For a child writing in Welsh, the helplines covering the whole
    of Wales for children and young people that fit them (Meic: "for children and young
    people up to 25" in Wales, about anything, so the words of abuse seldom meet it) join the
    matches among the first FIRST_FEW national services: just below the second, or below the
    best line for children only (Childline) when that comes first. Meic led every Welsh
    child's talk box but was never among the first three cards. Unchanged otherwise."""
    if asker.persona != "child" or not asker.welsh:
        return matched, scores
    wales = columns.country_wide.get("Wales", columns.none())
    lines = columns.having("support", "helpline") & columns.having(
        "audience", "children-young-people"
    )
    # (a line for anyone, adults too, such as Byw Heb Ofn, is no children's line)
    theirs = wales & lines & ~columns.having("audience", "adult-survivors")
    theirs &= columns.open & (fit >= UNFIT)
    national = matched & columns.everywhere() & ~theirs & (scores > 0)
    if not theirs.any() or np.count_nonzero(national) < FIRST_FEW - 1:
        return matched, scores
    target = float(np.sort(scores[national])[-(FIRST_FEW - 1)])
    childs = national & children_only(columns) & columns.having("support", "helpline")
    if childs.any():
        target = min(target, float(scores[childs].max()))
    raised = scores.copy()
    raised[theirs] = np.maximum(np.where(matched, scores, 0.0), JUST_BELOW * target)[theirs]
    return matched | theirs, raised


def young_persons_line(
    columns: Columns, asker: Asker, matched: np.ndarray, scores: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(w25lines, F10) For someone under 18 worried about their own thoughts, the helplines
    available everywhere for children and young people only whose stated ages take them in
    (Childline: "children and young people under 19", whatever they call about, as the talk
    box reads it) join the matches just after the lines made for the worry: the talk box
    offered Childline to a boy of 15 and no card did. Unchanged for anyone else."""
    if asker.persona != "own-behaviour" or not asker.is_child or asker.age is None:
        return matched, scores
    ages = (columns.youngest <= asker.age) & (columns.oldest >= asker.age)
    theirs = columns.having("support", "helpline") & children_only(columns) & ages
    theirs &= columns.national & columns.open & ~columns.suicide
    made = matched & columns.national & columns.having("audience", WORRIED) & (scores > 0)
    if not theirs.any() or not made.any():
        return matched, scores
    joined = scores.copy()
    below = JUST_BELOW * float(scores[made & ~theirs].min()) * columns.prior()
    joined[theirs] = np.maximum(np.where(matched, scores, 0.0), below)[theirs]
    return matched | theirs, joined


def worried_lines_last(
    columns: Columns,
    asker: Asker,
    concepts: tuple[Concept, ...],
    matched: np.ndarray,
    scores: np.ndarray,
    fit: np.ndarray,
    cleaned: str = "",
) -> np.ndarray:
    """(second walk-through F2) For someone telling of abuse done (``tells_of_harm_done``; or
    w63parents, a parent's worry for their child's safety: ``harm_told_or_safety_feared``),
    the lines for people worried about their own thoughts score below every matching
    victims' service that fits them (WORRIED_LINE_AFTER_VICTIMS of the lowest): a child, a
    parent and an adult survivor saw Stop It Now second to fourth (w29cards: and a
    professional reporting a child's abuse, below the child's and the family's)."""
    if not harm_told_or_safety_feared(asker, concepts, cleaned):
        return scores
    lines = worried_lines(columns) & matched
    # (services for people harmed by abuse, not only for distress: a parents' line about
    # children's mental health is no victims' service)
    victims = columns.having("audience", *VICTIM_AUDIENCES[asker.persona]) & about_abuse(columns)
    # (the lines are national: the national services they would otherwise come before)
    fitting = matched & columns.national & victims & ~lines & (fit >= VICTIM_FITS) & (scores > 0)
    return _below(lines, fitting, scores)


def responders_before_prevention(
    columns: Columns,
    understood: tuple[Asker, tuple[Concept, ...], str],
    matched: np.ndarray,
    scores: np.ndarray,
    fit: np.ndarray,
) -> np.ndarray:
    """(eleventh walk-through F4) For a parent or a professional telling of abuse done to a
    child or disclosed, and not asking about the one who harmed (``responding_first``:
    ``understood`` is the asker, the concepts and the words, ``clean_text``): the services
    answering it (``responders``) that fit them from VICTIM_FITS come just before the highest
    service preventing abuse (``prevention_services``: Stop It Now, Parents Protect, the Lucy
    Faithfull Foundation), in their own order; everything else keeps its place. A
    professional asking for advice has the lines advising them lifted so, and the child's own
    lines (Childline) before the prevention services that are not such a line (Stop It Now
    takes professionals' case advice). Stop It Now was the first card for a teacher whose
    pupil told of her stepdad, and the Lucy Faithfull Foundation above Childline."""
    asker, concepts, cleaned = understood
    named = {c.name for c in concepts}
    if asker.persona not in ("parent", "professional") or not responding_first(
        asker, concepts, cleaned
    ):
        return scores
    young = asker.for_age is not None and asker.for_age < 18
    if ("past-abuse" in named and not young) or " adult" in f" {cleaned}":
        # (an adult's disclosure of abuse long ago: not a child's services; w25pro: a child's
        # "historic" abuse, "boy 15, historic abuse by his grandad", is still a child's)
        return scores
    everywhere = matched & columns.everywhere() & (scores > 0)
    prevention = prevention_services(columns) & everywhere
    lifted = responders(columns) & everywhere & ~prevention & (fit >= VICTIM_FITS)
    if not named & ONLINE_CONCEPTS:
        # (a service for online abuse only, when the words say nothing of it)
        lifted &= ~(
            columns.having("abuse", "online-abuse") & ~columns.having("support", *TALK_SUPPORT)
        )
    if asker.persona != "professional" or not named & {"information", "helpline", "talk"}:
        return _lifted_above(scores, everywhere, lifted, prevention)
    childs = columns.having("audience", "children-young-people")
    scores = _lifted_above(scores, everywhere, lifted & ~childs, prevention)
    advising = columns.having("support", "helpline") & columns.having("audience", "professionals")
    return _lifted_above(scores, everywhere, lifted & childs, prevention & ~advising)


def made_for_it_before_distress(
    columns: Columns,
    understood: tuple[Asker, tuple[Concept, ...], str],
    matched: np.ndarray,
    scores: np.ndarray,
    fit: np.ndarray,
) -> np.ndarray:
    """(w16par) For a parent whose words are about sexual harm to their child, told or feared
    (``told.worried_for_a_child``: "is grooming him", "too friendly with my 9 year old", "on
    the sex offenders register"), the services made for it that fit them from VICTIM_FITS
    (``responders``: the NSPCC; ``prevention_services``: Stop It Now, Parents Protect; those
    for online abuse that take parents, which ``after_the_rest`` keeps last unless the words
    speak of it) come just above the highest line only for distress (``groups.only_distress``:
    Family Lives, YoungMinds Parents Helpline), in their own order; nothing else moves. Family
    Lives and YoungMinds came before the NSPCC and Stop It Now for a grooming worry: they
    match a parent and "worried" as well, and "grooming" hardly at all. ``understood``: the
    asker, the concepts and the words (``clean_text``)."""
    asker, concepts, cleaned = understood
    if not worried_for_a_child(asker, concepts, cleaned):
        return scores
    everywhere = matched & columns.everywhere() & (scores > 0)
    distress = only_distress(columns) & everywhere
    online = (
        columns.having("audience", "parents-carers")
        & columns.having("abuse", "online-abuse")
        & about_abuse(columns)
    )
    made = responders(columns) | prevention_services(columns) | online
    if tells_of_harm_done(asker, concepts, cleaned) and not about_who_harmed(cleaned):
        # (``worried_lines_last`` put them after the victims'; not for "grooming my son")
        made &= ~worried_lines(columns)
    lifted = made & everywhere & ~distress & (fit >= VICTIM_FITS)
    return _lifted_above(scores, everywhere, lifted, distress)


def _lifted_above(
    scores: np.ndarray, everywhere: np.ndarray, lifted: np.ndarray, above: np.ndarray
) -> np.ndarray:
    """The scores with those of ``lifted`` that score no higher than the highest of ``above``
    raised to just above it, in their own order, below whatever came before it (within
    ``everywhere``); unchanged when either is empty."""
    if not above.any():
        return scores
    top = float(scores[above].max())
    lifted = lifted & (scores <= top)
    if not lifted.any():
        return scores
    higher = scores[everywhere & (scores > top)]
    ceiling = float(higher.min()) if higher.size else top / JUST_BELOW
    order = np.flatnonzero(lifted)
    order = order[np.lexsort((-order, scores[order]))]
    raised = scores.copy()
    step = (ceiling - top) * RESPONDERS_BETWEEN / len(order)
    for n, position in enumerate(order):
        raised[position] = top + step * (n + 1)
    return raised


def responders(columns: Columns) -> np.ndarray:
    """(eleventh walk-through F4) The services answering abuse done to a child, over
    positions: the lines and counselling for the child who was harmed (Childline:
    ``childrens_victim_services`` offering someone to talk to), and those advising
    the parents and professionals around the child about abuse (the NSPCC Helpline, the CSA
    Centre): not for adult survivors, nor for preventing abuse."""
    for_child = childrens_victim_services(columns) & columns.having("support", *TALK_SUPPORT)
    advice = (
        columns.having("audience", "parents-carers", "professionals")
        & ~columns.having("audience", "adult-survivors", "children-young-people", WORRIED)
        & about_abuse(columns)
    )
    found: np.ndarray = (for_child | advice) & ~prevention_services(columns)
    return found


def unsure_lines_after_first_few(
    columns: Columns,
    matched: np.ndarray,
    scores: np.ndarray,
    met: np.ndarray,
    fit: np.ndarray | None = None,
) -> np.ndarray:
    """(fifth walk-through F3) A helpline available everywhere that the directory could not
    confirm is still open ("Report Abuse in Education helpline") comes after the first few
    (FIRST_FEW) national services it could confirm, unless the words are about what it is for:
    it meets a concept of theirs that fewer than FIRST_FEW of those meet ("abused by a teacher
    at school", "talk to someone in Welsh"). ``met``: concepts (rows) by positions. With the
    asker's ``fit``: ``unsure_after_open`` first."""
    if fit is not None:
        scores = unsure_after_open(columns, matched, scores, met, fit)
    lines = columns.having("support", "helpline")
    unsure = matched & columns.everywhere() & lines & columns.unsure_open & (scores > 0)
    # (national ones: shown wherever the person is, as a country's own lines are not)
    sure = matched & columns.national & ~columns.unsure_open & (scores > 0)
    if not unsure.any() or np.count_nonzero(sure) < FIRST_FEW:
        return scores
    third = float(np.sort(scores[sure])[-FIRST_FEW])
    rare = (met & sure).sum(axis=1) < FIRST_FEW
    later = unsure & ~(met[rare].any(axis=0) if rare.any() else columns.none())
    lowered: np.ndarray = np.where(
        later, np.minimum(scores, WORRIED_LINE_AFTER_VICTIMS * third), scores
    )
    return lowered


def unsure_after_open(
    columns: Columns, matched: np.ndarray, scores: np.ndarray, met: np.ndarray, fit: np.ndarray
) -> np.ndarray:
    """(twelfth walk-through F3) A service available everywhere whose status says it may not
    be open (``Columns.doubted``: may be closing, closed for now) comes after every open one
    there that fits the asker (from VICTIM_FITS; about abuse when it is) and meets everything
    of the words it meets (``met``: rows by positions), so that the words are not about what it
    alone is for. (Not one whose details alone could not be confirmed, Parents Protect: once it
    followed the open ones, Family Lives, a general line, was a mother's second card.)"""
    everywhere = matched & columns.everywhere() & (scores > 0)
    unsure = everywhere & columns.doubted
    fitting = everywhere & (columns.status_weight >= 1.0) & (fit >= VICTIM_FITS)
    if not unsure.any() or not fitting.any():
        return scores
    abuse = about_abuse(columns)
    for position in np.flatnonzero(unsure):
        before = fitting & abuse if abuse[position] else fitting
        # (that meet all the words it meets: the words are not about what it alone is for)
        before &= met[met[:, position]].all(axis=0)
        if before.any():
            later = np.zeros_like(unsure)
            later[position] = True
            scores = _below(later, before, scores)
    return scores


def community_lines_last(
    columns: Columns,
    concepts: tuple[Concept, ...],
    filters: Mapping[str, tuple[str, ...]],
    matched: np.ndarray,
    scores: np.ndarray,
) -> np.ndarray:
    """(second walk-through F7) A service for a particular community, or only for a kind of
    abuse such a community meets (honour-based abuse), that neither the words nor a filter
    name: below every other national match (WORRIED_LINE_AFTER_VICTIMS of the lowest), not
    only at COMMUNITY_UNASKED. A 7-year-old girl's "therapy" had the Muslim
    Women's Network third."""
    special = specialist(columns)
    unasked = special & ~community_asked(columns, concepts, filters) & matched
    others = matched & columns.national & ~special & (scores > 0)
    return _below(unasked, others, scores)


def community_after_childs_line(
    columns: Columns,
    asker: Asker,
    asked: np.ndarray,
    matched: np.ndarray,
    scores: np.ndarray,
) -> np.ndarray:
    """(w25young) For a child, a service for a community they name (``asked``) that is for
    adults, or for adults and children alike (a Deaf adults' advocacy service), never above
    the child's own line: the first national line for children and young people only comes
    just above it ("im deaf 13…": Childline, then SignHealth)."""
    if asker.persona != "child":
        return scores
    lines = columns.having("support", "helpline") & children_only(columns)
    childrens = np.flatnonzero(matched & columns.national & lines & (scores > 0))
    adults = columns.having("audience", "adult-survivors")
    above = columns.having("community", *SPECIALIST_COMMUNITIES) & asked & adults & matched
    if not childrens.size or not above.any():
        return scores
    first = childrens[np.argmax(scores[childrens])]
    raised = scores.copy()
    raised[first] = max(float(scores[first]), float(scores[above].max()) / JUST_BELOW)
    return raised


def answering_first(
    columns: Columns,
    matched: np.ndarray,
    scores: np.ndarray,
    fit: np.ndarray,
    met: np.ndarray | None = None,
) -> np.ndarray:
    """(issue 25, "lines that answer now first") A line available everywhere that may not
    answer now (its status says it may be closing or its details are not confirmed, or it shows
    no phone, text or chat the directory could confirm: ``Columns.answers_now``) comes just
    after the lines right below it that answer now and fit about as well: they fit the asker
    from ANSWER_NOW_FIT of its fit, are about abuse when it is, meet every concept of the words
    it meets (``met``: concepts by positions; not a general line joined for the asker) and
    score from ANSWER_NOW_SHARE of its score. It passes only those (and other lines that may
    not answer), never a service that fits otherwise, and is never hidden: a helpline for male
    survivors that may be closing came first for a man, above the day-and-night line."""
    everywhere = matched & columns.everywhere() & (scores > 0)
    lines = everywhere & columns.having("support", "helpline")
    unsure = lines & ~columns.answers_now
    sure = lines & columns.answers_now
    if not unsure.any() or not sure.any():
        return scores
    abuse = about_abuse(columns)
    words = met.any(axis=0) if met is not None and len(met) else None
    ranked = np.flatnonzero(everywhere)
    rounded = np.round(scores, 6)
    ranked = ranked[np.lexsort((ranked, -rounded[ranked]))]
    lowered = scores.copy()
    for at, position in enumerate(ranked):
        if not unsure[position]:
            continue
        score = float(scores[position])
        fitting = lines & (fit >= ANSWER_NOW_FIT * fit[position])
        if abuse[position]:
            # (a line about abuse is not matched as well by one for anyone struggling to cope)
            fitting &= abuse
        if met is not None and words is not None:
            fitting &= words & met[met[:, position]].all(axis=0)
        passed = None
        below = ranked[at + 1 :]
        for level in np.unique(rounded[below])[::-1]:
            # (services scoring alike are passed together or not at all; it passes the lines
            # that fit as well, whether or not they answer now, to reach one that does)
            alike = below[rounded[below] == level]
            if level < ANSWER_NOW_SHARE * score or not (fitting | unsure)[alike].all():
                break
            if (fitting & sure)[alike].any():
                passed = float(scores[alike].min())
        if passed is not None and passed < score:
            # just below it, keeping their own order among those moved
            lowered[position] = passed * JUST_BELOW ** (passed / score)
    return lowered


def advice_before_childs_own_line(
    columns: Columns, asker: Asker, matched: np.ndarray, scores: np.ndarray
) -> np.ndarray:
    """(probe 11) For a professional, the best matching line that advises the adults around a
    child, professionals included (the NSPCC Helpline: for parents and professionals, not for
    children, nor for people worried about their own thoughts) takes the place of a line
    available everywhere only for children to call themselves (Childline, The Mix) that would
    come before it, and that line takes its place: it is one they may pass on, not the one they
    ask ("school counsellor, child 10 disclosed…" had Childline as its first card)."""
    if asker.persona != "professional":
        return scores
    lines = matched & columns.everywhere() & columns.having("support", "helpline") & (scores > 0)
    childs = lines & children_only(columns)
    advice = (
        lines
        & columns.having("audience", "professionals")
        & columns.having("audience", "parents-carers")
        & ~columns.having("audience", "children-young-people", WORRIED)
    )
    if not childs.any() or not advice.any():
        return scores
    child = int(np.flatnonzero(childs)[np.argmax(scores[childs])])
    line = int(np.flatnonzero(advice)[np.argmax(scores[advice])])
    if not scores[child] > scores[line] >= ADVICE_OVER_CHILDS_LINE * scores[child]:
        return scores
    swapped = scores.copy()
    swapped[child], swapped[line] = scores[line], scores[child]
    return swapped


def after_the_rest(
    columns: Columns,
    later: np.ndarray,
    matched: np.ndarray,
    scores: np.ndarray,
    fit: np.ndarray | None = None,
) -> np.ndarray:
    """The scores of ``later`` (``not_asked_for``) capped below every other national match
    (WORRIED_LINE_AFTER_VICTIMS of the lowest), as ``community_lines_last`` does: with the
    asker's ``fit``, every other that fits them (from UNFIT), when any does (twelfth
    walk-through F8: a parents' service for someone worried about their own thoughts is not
    theirs, and neither is a rape crisis line, which the fit already sets lower)."""
    later = later & matched
    # (national ones: shown wherever the person is, as a country's own lines are not)
    others = matched & columns.national & ~later & (scores > 0)
    if fit is not None and (others & (fit >= UNFIT)).any():
        others &= fit >= UNFIT
    return _below(later, others, scores)


def _below(later: np.ndarray, before: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """The scores of ``later`` capped at WORRIED_LINE_AFTER_VICTIMS of the lowest of
    ``before``, so that they come after all of those; unchanged when either is empty."""
    if not later.any() or not before.any():
        return scores
    ceiling = WORRIED_LINE_AFTER_VICTIMS * float(scores[before].min())
    capped: np.ndarray = np.where(later, np.minimum(scores, ceiling), scores)
    return capped
