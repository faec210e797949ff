"""(w37child, thirty-first walk-through F1) A child telling of abuse, or a parent telling of
their child's, whose words neither ask for a centre nor tell of a rape or an assault in the
last few days, first sees the local help that works with children after abuse (therapy,
counselling, a children's support service), and the sexual assault referral centre (forensic
and medical care after an assault) after it. Cumbria's SARC, which an 11-year-old cannot
contact on her own, was her first card above Safety Net, Cumbria's therapy for sexually
abused children; a children's SARC for those "raped or seriously sexually assaulted" came
above SV2's counselling for children in Derbyshire. ``near_order._reach_order`` calls
``therapy_before_centres`` last, so every earlier rule (a service only for adults, for the
other sex, closing, after a report to the police) has already had its say."""

from __future__ import annotations

import numpy as np

from .columns import Columns
from .near_now import last
from .store import SearchIndex
from .understand import Understood

#: the kinds of support that help a child after abuse over time (never a centre's own work)
_SUPPORT_AFTER_ABUSE = ("counselling-therapy", "family-support", "support-groups")


def therapy_before_centres(
    index: SearchIndex, understood: Understood, local: np.ndarray, centre_needed: bool
) -> np.ndarray:
    """``local`` with the sexual assault referral centres that offer no therapy themselves
    after the last local service that offers a child support after abuse
    (``childrens_support``), for a child asking or a parent asking for their child, unless
    the words need a centre (``centre_needed``: ``near_order.needs_a_centre``) or tell of a
    rape. The support service must show a way to reach it, except, for a child, when the
    centre is one she cannot contact herself either (its listing takes people on their own
    only from an age above hers, or shows no way to reach it): both then need a grown-up, and
    the one that fits what she told comes first. Each part keeps its order; a professional's
    or an adult's page is unchanged (a reachable centre stays above a service with no contact
    details for someone referring)."""
    asker = understood.asker
    if asker.persona not in ("child", "parent") or centre_needed:
        return local
    if "rape" in {c.name for c in understood.concepts}:
        return local
    columns = index.columns
    support = childrens_support(columns, asker.for_age)
    centres = columns.having("support", "sarc") & ~columns.having("support", "counselling-therapy")
    local = _after_last(local, centres, support & columns.reachable)
    if asker.persona == "child":
        alone = _child_cannot_contact(index, local, asker.for_age)
        local = _after_last(local, centres & alone, support)
    return local


def childrens_support(columns: Columns, age: int | None) -> np.ndarray:
    """The services, over positions, that are no centre, are open to children (of ``age``,
    when the words give one and the listing states ages), offer support after abuse
    (``_SUPPORT_AFTER_ABUSE``), take a child without a report to the police first and are
    not closing or closed to new people."""
    found: np.ndarray = (
        columns.having("support", *_SUPPORT_AFTER_ABUSE)
        & columns.having("audience", "children-young-people")
        & ~columns.having("support", "sarc")
        & ~columns.after_a_report
        & ~columns.not_taking_now
    )
    if age is not None:
        found &= (columns.youngest <= age) & (columns.oldest >= age)
    return found


def _child_cannot_contact(index: SearchIndex, local: np.ndarray, age: int | None) -> np.ndarray:
    """Over positions: the local services a child of ``age`` cannot contact herself, as their
    listings say: no way to reach them, or taking people on their own only from an age above
    hers (any such age, when she gives none)."""
    columns = index.columns
    cannot = ~columns.reachable
    for position in local:
        service = index.services[columns.ids[position]]
        from_age = service.self_referral_from_age if service.self_referral else None
        if from_age and (age is None or age < from_age):
            cannot[position] = True
    return cannot


def _after_last(local: np.ndarray, moved: np.ndarray, ahead: np.ndarray) -> np.ndarray:
    """``local`` with those ``moved`` holds that come before the last one ``ahead`` holds
    put just after it, each part in its order; unchanged when none ``ahead`` holds is there."""
    found = np.flatnonzero(ahead[local])
    if not found.size:
        return local
    head, tail = local[: found[-1] + 1], local[found[-1] + 1 :]
    return np.concatenate([last(head, moved), tail])
