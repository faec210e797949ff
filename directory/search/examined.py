"""(w27parent) Words asking for a forensic or medical examination after sexual abuse: "needs a
paediatric forensic exam", "child protection medical", "where can she be checked", "to be
examined", "swabs", "evidence collected"; Welsh "archwiliad meddygol" (medical examination),
"archwiliad fforensig" (forensic examination), "cael ei harchwilio" (be examined). A sexual
assault referral centre (SARC) is where that is done: the national finder of centres comes
among the first national cards for a parent, a professional or a child asking so (a GP's
"paediatric forensic medical for 5 year old" had it fourth to sixth, after the parents' lines
and Stop It Now), as a local children's centre does among the local ones (``near_order``).
"""

from __future__ import annotations

import re

import numpy as np

from .columns import Columns
from .understand import Asker, Concept

#: how many national cards come before the centres' finder, at most, when the words ask for an
#: examination (the line advising the asker, the NSPCC's for a parent, keeps the first)
BEFORE_CENTRES = 1

#: words asking for an examination of someone's body after abuse (over ``clean_text``): not a
#: school's "exams", nor "checked her phone"
_EXAMINATION = re.compile(
    r"\bforensic\w*|\bfforensig\b|\bswabs?\b|\bswabbed\b|\bexamination\b|\bexamined\b"
    r"|\b(?:medical|physical|intimate|pa?ediatric|pediatric|child protection|cp|forensic)"
    r" (?:exam|exams|examination|medical|assessment|check|checks|check up|checkup|review)\b"
    r"|\b(?:child protection|cp|pa?ediatric|pediatric) medicals?\b"
    r"|\b(?:a|an|the|urgent|her|his) (?:urgent )?medical(?= *$| (?:for|after|exam\w*|check\w*|"
    r"asap|urgently|today|now|and|because|at|please|done|needed|is|was|or)\b)"
    r"|\b(?:check up|checkup|check ups|checkups|checked over|checked out)\b"
    r"|\b(?:be|being|get|gets|got|getting) (?:(?:her|him|them|my \w+|our \w+|me|it) )?"
    r"(?:checked|examined)\b"
    r"|\b(?:have|having|had) (?:her|him|them|my \w+|our \w+|me) (?:checked|examined)\b"
    r"|\bseen by a (?:doctor|nurse|paediatrician|pediatrician|gp|specialist)\b"
    r"|\b(?:forensic|dna|medical) evidence\b|\bevidence (?:collect\w*|taken|kit|gathered)\b"
    r"|\b(?:collect|collecting|preserve|preserving|keep|keeping|gather|gathering) (?:the |any )?"
    r"(?:forensic |dna )?evidence\b"
    r"|\barchwiliad\w*\b|\b(?:archwilio|harchwilio|narchwilio)\b|\bswab\w*\b"
)


def asks_for_examination(asker: Asker, concepts: tuple[Concept, ...], cleaned: str) -> bool:
    """Whether the words (``clean_text``) ask for a forensic or medical examination of someone
    after abuse (``_EXAMINATION``), by anyone but a person worried about their own thoughts."""
    named = {c.name for c in concepts}
    if asker.persona == "own-behaviour" or "own-behaviour" in named:
        return False
    return bool(_EXAMINATION.search(cleaned))


def centres_early(
    columns: Columns,
    understood: tuple[Asker, tuple[Concept, ...], str],
    matched: np.ndarray,
    scores: np.ndarray,
) -> np.ndarray:
    """For words asking for an examination (``asks_for_examination``), the national services
    of sexual assault referral centres (the NHS finder of the nearest) that match come just
    after the first BEFORE_CENTRES national cards, in their own order, when they came later;
    nothing else moves. ``understood``: the asker, the concepts and the words (``clean_text``)."""
    if not asks_for_examination(*understood):
        return scores
    everywhere = matched & columns.everywhere() & (scores > 0)
    centres = everywhere & columns.having("support", "sarc")
    ahead = np.sort(scores[everywhere & ~centres])[::-1]
    if not centres.any() or ahead.size <= BEFORE_CENTRES:
        return scores
    # the cards they come after, and the one they come before
    after, before = float(ahead[BEFORE_CENTRES - 1]), float(ahead[BEFORE_CENTRES])
    late = centres & (scores <= before)
    if not late.any():
        return scores
    order = np.flatnonzero(late)
    order = order[np.lexsort((-order, scores[order]))]  # lowest first
    raised = scores.copy()
    step = (after - before) / (len(order) + 1)
    for n, position in enumerate(order):
        raised[position] = before + step * (n + 1)
    return raised


def finder_after_local_centre(
    columns: Columns, national: np.ndarray, local: np.ndarray, centre_needed: bool
) -> np.ndarray:
    """(twenty-ninth walk-through F4) For a parent (``ranking.rank`` asks): ``national``
    (positions, best first) with the national finders of sexual assault referral centres
    after the first FIRST_FEW other national cards, when a local centre is among the first
    FIRST_FEW local cards and the words need no centre (``near_order.needs_a_centre``: none
    named, no assault in the last few days, no examination asked): the finder is then another
    way to the centre already shown (a parent asking for therapy for her daughter and someone
    for herself had "NHS Sexual Assault Referral Centres" third among the cards available
    wherever she lives, under Dorset's own centre). It keeps its place when no local centre
    is shown, or when the words need one."""
    from .order import FIRST_FEW  # (here: order imports told, which imports this module)

    centres = columns.having("support", "sarc")
    if centre_needed or not centres[local[:FIRST_FEW]].any():
        return national
    finders = centres[national]
    kept = national[~finders]
    if not finders[:FIRST_FEW].any() or len(kept) < FIRST_FEW:
        return national
    moved = national[:FIRST_FEW][finders[:FIRST_FEW]]
    rest = national[~np.isin(national, moved)]
    return np.concatenate([rest[:FIRST_FEW], moved, rest[FIRST_FEW:]])
