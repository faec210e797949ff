"""(w37child, thirty-first walk-through F1) A child telling of abuse, whose words neither ask
for a centre nor tell of a rape or an assault in the last few days, first sees the local help
she can reach that works with children after abuse (therapy, counselling, a children's support
service), and the sexual assault referral centre (forensic and medical care after an assault)
after it: a children's SARC for those "raped or seriously sexually assaulted" came above SV2's
counselling and art therapy for children in Derbyshire. A service with no way to reach it
leads only when the child can contact none of the centres by herself (fifteenth session:
Safety Net before Cumbria's SARC, which sees people alone from 16, for a child under 16),
and a parent's order is unchanged (the children's centre first, w35family).
``near_order._reach_order`` calls ``therapy_before_centres`` last, so every earlier rule (a
service only for adults, for the other sex, closing, after a report to the police) has already
had its say."""

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
    """``local`` with the sexual assault referral centres that offer no therapy themselves and
    do not say they help after past abuse too (``Columns.past_too``) after the last local
    service that offers a child support after abuse (``childrens_support``) and shows a way
    to reach it, for a child asking, unless the words need a centre (``centre_needed``:
    ``near_order.needs_a_centre``) or tell of a rape. Each part keeps its order; anyone
    else's page is unchanged."""
    asker = understood.asker
    if asker.persona != "child" or centre_needed:
        return local
    if "rape" in {c.name for c in understood.concepts}:
        return local
    columns = index.columns
    support = childrens_support(columns, asker.for_age)
    # (a centre whose own words say it sees children after past abuse too, as Sussex's
    # children's centre does, is for what she told: it keeps its place)
    centres = columns.having("support", "sarc") & ~columns.having("support", "counselling-therapy")
    centres &= ~columns.past_too
    usable = centres & columns.reachable  # (and, for a child who says her age, alone at it)
    if asker.age is not None:
        usable &= columns.alone_from <= asker.age
    if not usable[local].any():
        # (thirty-first and thirty-second walk-throughs F1; judged case w37j-1) she can use
        # none of the centres by herself (Cumbria's sees people alone from 16, an 11-year-old
        # asked): her own reach does not set a centre above the therapy service with no
        # contact details, which is what she would ask a grown-up for
        return _after_last(local, centres, support)
    return _after_last(local, centres, support & columns.reachable)


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


def _after_last(local: np.ndarray, moved: np.ndarray, ahead: np.ndarray) -> np.ndarray:
    """``local`` with those ``moved`` holds that come before the last one ``ahead`` holds
    put just after it, each part in its order; unchanged when none ``ahead`` holds is there."""
    found = np.flatnonzero(ahead[local])
    if not found.size:
        return local
    head, tail = local[: found[-1] + 1], local[found[-1] + 1 :]
    return np.concatenate([last(head, moved), tail])
