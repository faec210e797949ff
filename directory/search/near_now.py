"""(w27child) The first local cards are services the person can use now: for a child, those
made for children before those for adults and children alike, and those that take a child only
once the abuse has been reported to the police (a pre-trial service, one for children whose
abuse is being investigated) after those a child who has told nobody can reach, unless the
words speak of the police or a court; for anyone asking for help, a service whose status says
it may be closing, or is closed to new people for now, after the open ones. Each takes and
returns positions (``near_order.order_for_asker`` calls them), each part in its order."""

from __future__ import annotations

import re

import numpy as np

from .columns import Columns

#: words speaking of the police, a report, a court or evidence (English and Welsh, over
#: ``clean_text``'s words): then such a service may be theirs already
_POLICE_SAID = re.compile(
    r"\b(?:police|polis|cops?|coppers?|detectives?|officers?|court|courts|trial|trials|"
    r"reported|reporting|report it|evidence|statement|investigation|investigated|cps|"
    r"social workers?|social services|heddlu|llys|tystiolaeth|gweithiwr cymdeithasol)\b"
)


def last(positions: np.ndarray, after: np.ndarray) -> np.ndarray:
    """``positions`` with those ``after`` holds moved to the end, each part in its order."""
    return np.concatenate([positions[~after[positions]], positions[after[positions]]])


def made_for_children(columns: Columns) -> np.ndarray:
    """The services made for children and young people, over positions: their audiences are
    children and not adult survivors, or their stated ages end before 18."""
    children = columns.having("audience", "children-young-people")
    made: np.ndarray = (children & ~columns.having("audience", "adult-survivors")) | (
        children & (columns.oldest < 18)
    )
    return made


def childrens_first(columns: Columns, positions: np.ndarray) -> np.ndarray:
    """``positions`` with the services made for children in the places that they and the
    services for adults and children alike held, before those (a rape crisis centre for all
    ages came above Sussex's children's centre for a girl of 11); centres for all ages keep
    their places (``groups.childrens_sarcs_first`` orders the centres)."""
    made = made_for_children(columns)[positions]
    all_ages = (
        columns.having("audience", "children-young-people")
        & columns.having("audience", "adult-survivors")
        & ~columns.having("support", "sarc")
    )[positions] & ~made
    slots = made | all_ages
    if not (made.any() and all_ages.any()):
        return positions
    reordered = positions.copy()
    taken = positions[slots]
    reordered[slots] = np.concatenate([taken[made[slots]], taken[~made[slots]]])
    return reordered


def child_can_use_first(columns: Columns, positions: np.ndarray, cleaned: str) -> np.ndarray:
    """For a child: ``childrens_first``, then the services taking a child only after a report
    to the police (``Columns.after_a_report``) after the rest, unless the words (``cleaned``)
    speak of the police or a court. A pre-trial service in Leicester was the first card for a
    girl of 12 who had told nobody."""
    positions = childrens_first(columns, positions)
    if _POLICE_SAID.search(cleaned):
        return positions
    return last(positions, columns.after_a_report)


#: (w37adult) a professional's own role, which says nothing of a report ("social worker, 11
#: year old girl …"); "social services are involved" still does
_OWN_ROLE = re.compile(r"\bsocial workers?\b")


def usable_without_a_report_first(
    columns: Columns, positions: np.ndarray, cleaned: str, professional: bool
) -> np.ndarray:
    """(w37adult, thirty-first walk-through F6) For anyone (a child: ``child_can_use_first``),
    ``positions`` with the services taking people only once the abuse has been reported to the
    police or is going to court (``Columns.police_only``: not one a report to children's
    services also opens, which most abuse an adult asks about has had) after the rest, unless
    the words (``cleaned``; a ``professional``'s own role aside) speak of the police, a report
    or a court. A pre-trial service for children up to 13 was a safeguarding lead's first card, for
    specialist counselling, above the post-abuse service for children up to 18."""
    if _POLICE_SAID.search(_OWN_ROLE.sub(" ", cleaned) if professional else cleaned):
        return positions
    return last(positions, columns.police_only)


def taking_people_now_first(columns: Columns, positions: np.ndarray) -> np.ndarray:
    """``positions`` with the services whose status says they may be closing or take nobody
    new now (``Columns.not_taking_now``) after the rest (Trust House Lancashire, "May be
    closing")."""
    return last(positions, columns.not_taking_now)


def asked_work_before_centres(
    columns: Columns, local: np.ndarray, asked: frozenset[str]
) -> np.ndarray:
    """(w33parent, twenty-seventh walk-through F4) ``local`` with the sexual assault referral
    centres after the last local service that is no such centre, offers the support the words
    ask for (``asked``: support codes, "counselling-therapy") and shows a way to reach it, the
    rest in their order. A centre's work is medical and forensic care after an assault; one
    offering counselling beside it is not first for "counselling for me" over a counselling
    service: Saint Mary's centre, 36 miles away, was a mother's first card above the
    counselling that covers her county. Unchanged when the words ask for nothing a service
    offers or for a centre (``asked`` then empty: ``near_order``)."""
    if not asked:
        return local
    centres = columns.having("support", "sarc")
    offering = columns.having("support", *asked) & ~centres & columns.reachable
    found = np.flatnonzero(offering[local])
    if not found.size:
        return local
    head, tail = local[: found[-1] + 1], local[found[-1] + 1 :]
    return np.concatenate([last(head, centres), tail])


def made_for_the_child_first(
    columns: Columns,
    positions: np.ndarray,
    age: int | None,
    asker: tuple[bool, bool],
    later: np.ndarray,
) -> np.ndarray:
    """(twenty-ninth walk-through F4) For a child, or a parent asking for theirs: the services
    made for children (``made_for_children``) whose stated ages take in the child's ``age``
    (when the words give one), that show a way to reach them and take a child without a
    report to the police first, in the places that they and the services for children and
    adults alike held, before those, each part in its order. An all-ages service fits no
    better, unless it says it is for parents and carers too and a parent asks (``asker``: a
    parent asks, a centre is needed); one made for children that ``later`` holds (a forensic
    centre, for a parent asking for themselves) goes only before the all-ages centres; and
    when the words need a centre (an assault in the last few days, an examination) a centre
    goes only before a centre, and any other service only before another. Devon and
    Cornwall's SARC for all ages ("Phone number being confirmed") came above its own
    children's service, with a number, for a mother of a 13-year-old."""
    parent, centre_needed = asker
    made = made_for_children(columns) & columns.reachable & ~columns.after_a_report
    if age is not None:
        made &= (columns.youngest <= age) & (columns.oldest >= age)
    all_ages = columns.having("audience", "children-young-people") & columns.having(
        "audience", "adult-survivors"
    )
    all_ages &= ~made_for_children(columns)
    if parent:
        all_ages &= ~columns.having("audience", "parents-carers")
    centres = columns.having("support", "sarc")
    if centre_needed:
        positions = _before(positions, made & centres, all_ages & centres)
        return _before(positions, made & ~centres, all_ages & ~centres)
    positions = _before(positions, made & ~later, all_ages)
    return _before(positions, made & later, all_ages & centres)


def _before(positions: np.ndarray, ahead: np.ndarray, behind: np.ndarray) -> np.ndarray:
    """``positions`` with those ``ahead`` holds in the places that they and those ``behind``
    holds took, before those, each part in its order; unchanged unless both are there."""
    ahead, behind = ahead[positions], behind[positions] & ~ahead[positions]
    if not (ahead.any() and behind.any()):
        return positions
    slots = ahead | behind
    reordered = positions.copy()
    taken = positions[slots]
    reordered[slots] = np.concatenate([taken[ahead[slots]], taken[~ahead[slots]]])
    return reordered
