"""(fourteenth walk-through F4, F7) The national list's first cards for a child or a parent:
the services made for them before a line for everyone that fits them no better, and, for a
parent asking for support for themselves, services that will talk with them now before
websites of information. Each takes and returns the scores over positions, as ``order.py``'s
rules do; the weights: ``weights.py``.
"""

from __future__ import annotations

import numpy as np

from .columns import Columns
from .examined import centres_early
from .fit import PEOPLE_SUPPORT, TALK_SUPPORT
from .groups import WORRIED, about_abuse, children_only, only_distress, specialist
from .order import FIRST_FEW, _lifted_above
from .recent import said_recently
from .told import _FOR_THEMSELVES as _FOR_THEMSELVES  # (read by tests)
from .told import for_themselves
from .understand import Asker, Concept
from .weights import (
    ANSWER_NOW_FIT,
    JUST_BELOW,
    MADE_FOR_ASKER_SHARE,
    OWN_CALL_FROM,
    PERSONA_AUDIENCE,
    VICTIM_FITS,
)


def made_for_asker_first(
    columns: Columns,
    understood: tuple[Asker, tuple[Concept, ...], str],
    matched: np.ndarray,
    scores: np.ndarray,
    fit: np.ndarray,
) -> np.ndarray:
    """(fourteenth walk-through F7) For a child, or a parent not telling of an assault in the
    last few days (then the 24/7 line and the centres come first), a national service made for
    them (their audience, ``PERSONA_AUDIENCE``, and not adults' or everyone's: Childline and
    Meic for a child, the NSPCC Helpline for a parent), that someone can reach now
    (``Columns.reach_now``), that offers someone to talk to and fits them as well
    (ANSWER_NOW_FIT of its factor) as a line for all ages above it (children and adults both
    among its audiences: Live Fear Free, the 24/7 line; not one for a community or an abuse
    nobody named) and scores from MADE_FOR_ASKER_SHARE of it, comes just above that line; nothing
    else moves. Live Fear Free (Byw Heb Ofn) came above Meic for every Welsh child, and above the
    NSPCC for a Welsh mother. (w27child) For a child not telling of an assault in the last few
    days, a line made for them comes above every such line, however well each fits or scores,
    the best fitting first, as in the talk box: Byw Heb Ofn still came first for a Welsh child
    of 11 above Childline and Meic, which the words met less well. ``understood``: the asker,
    the concepts and the words."""
    asker, _concepts, cleaned = understood
    own = PERSONA_AUDIENCE.get(asker.persona)
    if own is None or asker.persona not in ("child", "parent"):
        return scores
    if asker.persona == "parent" and said_recently(cleaned):
        return scores
    # (w27child) a child's own lines before every line for all ages, as in the talk box,
    # unless an assault in the last few days makes the day-and-night lines as much theirs
    own_lines_first = asker.persona == "child" and not said_recently(cleaned)
    everywhere = matched & columns.everywhere() & (scores > 0)
    all_ages = everywhere & columns.having("support", "helpline") & ~specialist(columns)
    all_ages &= columns.having("audience", "adult-survivors")
    all_ages &= columns.having("audience", "children-young-people")
    made = everywhere & columns.having("audience", own) & columns.having("support", *TALK_SUPPORT)
    made &= ~columns.having("audience", "adult-survivors", WORRIED) & ~only_distress(columns)
    if asker.persona == "parent":  # (a line for the child, Childline or Meic, is not theirs)
        made &= ~columns.having("audience", "children-young-people")
    made &= columns.reach_now & (fit >= VICTIM_FITS)
    # (each lifted comes below those lifted before it: a child's, the best fitting first,
    # Meic before Childline for a Welsh child, as in the talk box)
    fitting = fit if own_lines_first else np.zeros_like(fit)
    for position in sorted(np.flatnonzero(made), key=lambda p: (-fitting[p], -scores[p])):
        score = float(scores[position])
        passed = all_ages & (scores > score)
        if not own_lines_first:
            passed &= MADE_FOR_ASKER_SHARE * scores <= score
            passed &= ANSWER_NOW_FIT * fit <= fit[position]
        one = np.zeros_like(made)
        one[position] = True
        scores = _lifted_above(scores, everywhere, one, passed)
    return scores


def talk_before_information(
    columns: Columns,
    understood: tuple[Asker, tuple[Concept, ...], str],
    matched: np.ndarray,
    scores: np.ndarray,
    fit: np.ndarray,
) -> np.ndarray:
    """(fourteenth walk-through F4) For a parent asking for support for themselves
    (``for_themselves``: "i am falling apart myself", "someone for me to talk to"), a national
    service that offers nobody to talk to or work with (information, a tool) and cannot be
    reached now (Parents Protect: a website) comes after the FIRST_FEW best national services
    that talk with them now (``Columns.reach_now``: a confirmed phone, a text number or live
    chat; a helpline or counselling that fits them from VICTIM_FITS, about abuse or made for
    parents; not a line only for children), just after the last of them; it stays on the page.
    Among those the search shows (the ages it is for: not a line for 16s and over). The NSPCC,
    Parents Protect and Family Lives came first for a mother "falling apart myself".
    ``understood``: the asker, the concepts and the words (``clean_text``)."""
    asker, _concepts, cleaned = understood
    if not for_themselves(asker, cleaned):
        return scores
    everywhere = matched & columns.everywhere() & (scores > 0)
    later = everywhere & ~columns.having("support", *PEOPLE_SUPPORT) & ~columns.reach_now
    # (national ones: shown wherever the person is, as a country's own lines are not)
    talk = everywhere & columns.national & columns.having("support", *TALK_SUPPORT)
    talk &= columns.reach_now
    talk &= about_abuse(columns) | columns.having("audience", "parents-carers")
    talk &= ~children_only(columns) & (fit >= VICTIM_FITS)
    if np.count_nonzero(talk) < FIRST_FEW or not later.any():
        return scores
    ceiling = JUST_BELOW * float(np.sort(scores[talk])[-FIRST_FEW])
    lowered: np.ndarray = np.where(later, np.minimum(scores, ceiling), scores)
    return lowered


def after_first_few(
    order: np.ndarray, everywhere: np.ndarray, moving: np.ndarray, staying: np.ndarray
) -> np.ndarray:
    """``order`` (positions, best first) with the national cards (``everywhere``) of ``moving``
    that come before the FIRST_FEW best of ``staying`` moved to just after them (after all of
    them when fewer are there); the rest keep their order."""
    national: list[int] = order[everywhere[order]].tolist()
    kept_first = [p for p in national if staying[p] and not moving[p]]
    if not kept_first or not any(moving[p] for p in national):
        return order
    last = kept_first[min(FIRST_FEW, len(kept_first)) - 1]  # the last card that stays before
    moved = [p for p in national[: national.index(last)] if moving[p]]
    kept = [p for p in national if p not in moved]
    at = kept.index(last) + 1
    reordered = order.copy()
    reordered[everywhere[order]] = kept[:at] + moved + kept[at:]
    return reordered


def too_young_to_call_later(
    columns: Columns, order: np.ndarray, everywhere: np.ndarray, asker: Asker
) -> np.ndarray:
    """(twenty-fourth walk-through F4) For a parent or a professional about a child younger
    than OWN_CALL_FROM, the national lines a child contacts alone (``children_only``: Childline,
    The Mix) come after the FIRST_FEW best other national cards (not one for a community, nor
    one only for distress): a child of 4 does not ring Childline, and it was the first card for
    "play therapy for 4yo…". The judged set's graders rate them 0 for most such words. Lines
    for children that also advise adults (Meic) keep their place. ``order``: ``rank``'s."""
    young = asker.for_age is not None and asker.for_age < OWN_CALL_FROM
    if asker.persona not in ("parent", "professional") or not young:
        return order
    others = ~specialist(columns) & ~only_distress(columns)
    return after_first_few(order, everywhere, children_only(columns), others)


def fits_the_asker_first(
    columns: Columns,
    understood: tuple[Asker, tuple[Concept, ...], str],
    matched: np.ndarray,
    scores: np.ndarray,
    fit: np.ndarray,
) -> np.ndarray:
    """``made_for_asker_first`` then ``talk_before_information``; then (w27parent) for words
    asking for a forensic or medical examination, the national finder of sexual assault
    referral centres second (``examined.centres_early``)."""
    scores = made_for_asker_first(columns, understood, matched, scores, fit)
    scores = talk_before_information(columns, understood, matched, scores, fit)
    return centres_early(columns, understood, matched, scores)
