"""(w33parent, twenty-seventh walk-through F4) The national cards a person can contact before
those whose contact details the directory could not confirm, among cards that fit the asker
as well: above a card whose listing is not confirmed ("Details not confirmed": Parents
Protect) or a line showing no number it could confirm ("We have no phone number we could
confirm", "Phone number being confirmed": Family Lives, YoungMinds Parents) come the later
cards that are first of all for the same people (``fits_as_well``), fit the asker at least
as well (the asker's ``fit``), match the words nearly as well (from CONTACTABLE_SHARE of its
score, and meeting every concept of the words it meets, so that they are not about what it
alone is for: "a counsellor for men") and show a confirmed way to reach them. Not a card
the words name, nor one made for other people than the asker, nor a line for people worried
about their own thoughts that a person telling of harm done is shown after the victims'
services (``order.worried_lines_last``). Nothing is hidden; all from the listings' own
contact details, status and audiences, never names.
"""

from __future__ import annotations

import numpy as np

from ..model import Service
from .child_safety import parents_support_asked
from .groups import WORRIED, worried_lines
from .store import SearchIndex
from .told import tells_of_a_childs_harm, tells_of_harm_done
from .understand import Understood
from .weights import CONTACTABLE_SHARE

#: the people a service is first of all for, as against those who may call about them (family
#: and friends, professionals)
_PRIMARY = frozenset({"children-young-people", "adult-survivors", "parents-carers", WORRIED})


def fits_as_well(service: Service, other: Service) -> bool:
    """Whether ``other`` is first of all for the same people as ``service`` (``_PRIMARY``:
    the NSPCC's line for Parents Protect, both for parents; not the 24/7 line, for children
    and adults alike, for NAPAC, for adults; not Stop It Now, for people worried about
    themselves too, for either), and about abuse when it is (not a line only for distress)."""
    if _PRIMARY & set(service.audiences) != _PRIMARY & set(other.audiences):
        return False
    return not _about_abuse(service) or _about_abuse(other)


def _matches_as_well(
    matched: tuple[np.ndarray | None, np.ndarray, np.ndarray | None], other: int, position: int
) -> bool:
    """``other`` fits the asker no worse than ``position``, scores at least
    ``CONTACTABLE_SHARE`` of its score and meets every concept of the words it meets
    (``matched``: the asker's fit, the scores, the concepts met; the fit is known)."""
    fit = matched[0]
    assert fit is not None
    return bool(fit[other] >= fit[position] and _matches_nearly(matched, other, position))


def _matches_nearly(
    matched: tuple[np.ndarray | None, np.ndarray, np.ndarray | None], other: int, position: int
) -> bool:
    """``_matches_as_well`` but for the asker's fit: the score and the concepts met."""
    _, scores, met = matched
    return bool(
        scores[other] >= CONTACTABLE_SHARE * scores[position]
        and (met is None or met[met[:, position], other].all())
    )


def _about_abuse(service: Service) -> bool:
    return any(code != "emotional-distress" for code in service.abuse_types)


def confirmed_first(
    index: SearchIndex,
    national: np.ndarray,
    understood: Understood,
    cleaned: str,
    matched: tuple[np.ndarray | None, np.ndarray, np.ndarray | None],
    kept: np.ndarray,
) -> np.ndarray:
    """``national`` (positions, best first) with the later cards that fit the asker as well as
    a card whose contact details could not be confirmed, and can be contacted, moved to just
    above it, in their order (the module's docstring); nothing else moves, so the card above
    it stays above it (moving the card down instead put Stop It Now first for a mother who
    "cant cope", above the parents' lines). ``matched``: the asker's fit, the scores and the
    concepts met (rows by positions); ``kept``: positions that keep their place and are passed
    by none (named by the words; made for other people). Unchanged without the asker's fit."""
    if matched[0] is None or len(national) < 2:
        return national
    columns = index.columns

    def service(position: int) -> Service:
        return index.services[columns.ids[position]]

    passing = ~kept
    if tells_of_harm_done(understood.asker, understood.concepts, cleaned):
        passing &= ~worried_lines(columns)

    def passes(other: int, position: int, same_people: bool = True) -> bool:
        return bool(
            passing[other]
            and _matches_as_well(matched, other, position)
            and columns.contactable[other]
            and (not same_people or fits_as_well(service(position), service(other)))
            and (not _about_abuse(service(position)) or _about_abuse(service(other)))
        )

    order: list[int] = national.tolist()
    at = 0
    while at < len(order):
        position = order[at]
        if not kept[position] and columns.contact_unsure[position]:
            lifted = [other for other in order[at + 1 :] if passes(other, position)]
            order[at:] = lifted + [other for other in order[at:] if other not in lifted]
            at += len(lifted)
            # ... and a line only for distress follows the cards about abuse just after it that
            # can be contacted and meet all it meets of the words, whoever they are for (Family
            # Lives, website only, after Stop It Now for "worried about how my new boyfriend
            # behaves with my kids")
            while (
                at + 1 < len(order)
                and not _about_abuse(service(position))
                and _about_abuse(service(order[at + 1]))
                and passes(order[at + 1], position, same_people=False)
            ):
                order[at], order[at + 1] = order[at + 1], order[at]
                at += 1
        at += 1
    return np.array(order, dtype=national.dtype)


def parents_line_first(
    index: SearchIndex,
    national: np.ndarray,
    understood: Understood,
    cleaned: str,
    matched: tuple[np.ndarray | None, np.ndarray, np.ndarray | None],
    kept: np.ndarray,
) -> np.ndarray:
    """(w34parent, twenty-seventh and twenty-eighth walk-throughs, person 2) For a parent
    telling of abuse already done to a child (``told.tells_of_a_childs_harm``: their own, or
    parents' in general "whose child was abused"), the first later line first of all for
    parents about abuse (the NSPCC's) moved to just above a line for people worried about
    someone's behaviour (Stop It Now) that it fits and matches as well as (``confirmed_first``'s
    test, its "fits no worse" included): the scores of the two tied for "support for mums
    whose child was abused by a family member". (w63parents) So too for a parent asking only
    for parents' support (``child_safety.parents_support_asked``), whatever the fit: Stop It
    Now's Welsh line put it first for "grŵp cymorth i rieni". Nothing else moves; a line the
    words name, or made for other people, keeps its place (``kept``)."""
    if matched[0] is None or len(national) < 2:
        return national
    asker, concepts = understood.asker, understood.concepts
    general = parents_support_asked(asker, concepts, cleaned)
    if not general and not tells_of_a_childs_harm(asker, concepts, cleaned):
        return national
    columns = index.columns
    worried = worried_lines(columns)
    order: list[int] = national.tolist()
    for at, position in enumerate(order):
        if kept[position] or not worried[position]:
            continue
        for other in order[at + 1 :]:
            service = index.services[columns.ids[other]]
            if (
                not kept[other]
                and _PRIMARY & set(service.audiences) == {"parents-carers"}
                and _about_abuse(service)
                and columns.contactable[other]
                and (_matches_nearly if general else _matches_as_well)(matched, other, position)
            ):
                order.remove(other)
                order.insert(at, other)
                return np.array(order, dtype=national.dtype)
    return national
