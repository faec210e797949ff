"""(w27child) The first local cards are services the person can use now: for a child, those
made for children before those for adults and children alike, and those that take a child only
once the abuse has been reported to the police (a pre-trial service, one for children whose
abuse is being investigated) after those a child who has told nobody can reach, unless the
words speak of the police or a court; for anyone asking for help, a service whose status says
it may be closing, or is closed to new people for now, after the open ones. Each takes and
returns positions (``near_order.order_for_asker`` calls them), each part in its order."""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np

from ..model import Service
from .columns import Columns

#: a listing's own words saying it takes people only once the abuse has been reported or is
#: being investigated ("once the abuse has been reported to police", "after sexual abuse has
#: been reported to police or children's services", "abuse that is being investigated by
#: police or social care", "for people going through the police and court process", a
#: "Pre-trial Support Service"); never "whether or not it was reported to the police"
_AFTER_A_REPORT = re.compile(
    r"\bpre-?trial\b"
    r"|\b(?:once|after|when|that|which) (?:the |sexual )?(?:abuse |harm |it )?"
    r"(?:has been|have been|is being|was|is) (?:reported to|investigated by) (?:the )?police\b"
    r"|\bgoing through the police and court process\b",
    re.IGNORECASE,
)
#: words speaking of the police, a report, a court or evidence (English and Welsh, over
#: ``clean_text``'s words): then such a service may be theirs already
_POLICE_SAID = re.compile(
    r"\b(?:police|polis|cops?|coppers?|detectives?|officers?|court|courts|trial|trials|"
    r"reported|reporting|report it|evidence|statement|investigation|investigated|cps|"
    r"social workers?|social services|heddlu|llys|tystiolaeth|gweithiwr cymdeithasol)\b"
)
#: statuses saying a service cannot take someone now: it may close, or it takes nobody new
_NOT_TAKING_NOW = frozenset({"may-be-closing", "waiting-list-closed", "temporarily-closed"})


def last(positions: np.ndarray, after: np.ndarray) -> np.ndarray:
    """``positions`` with those ``after`` holds moved to the end, each part in its order."""
    return np.concatenate([positions[~after[positions]], positions[after[positions]]])


def _described(
    columns: Columns, services: Mapping[str, Service], positions: np.ndarray, said: re.Pattern[str]
) -> np.ndarray:
    """Whether each of ``positions`` says ``said`` in its name, description or eligibility
    (read for the few services near a place, not every listing)."""
    listed = (services[columns.ids[p]] for p in positions.tolist())
    return np.array(
        [bool(said.search(f"{s.name} {s.description} {s.eligibility}")) for s in listed],
        dtype=bool,
    )


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


def child_can_use_first(
    columns: Columns, services: Mapping[str, Service], positions: np.ndarray, cleaned: str
) -> np.ndarray:
    """For a child: ``childrens_first``, then the services taking a child only after a report
    to the police (``_AFTER_A_REPORT``) after the rest, unless the words (``cleaned``) speak
    of the police or a court. A pre-trial service in Leicester was the first card for a girl
    of 12 who had told nobody."""
    positions = childrens_first(columns, positions)
    if _POLICE_SAID.search(cleaned):
        return positions
    after = _described(columns, services, positions, _AFTER_A_REPORT)
    return np.concatenate([positions[~after], positions[after]])


def taking_people_now_first(
    columns: Columns, services: Mapping[str, Service], positions: np.ndarray
) -> np.ndarray:
    """``positions`` with the services whose status says they may be closing or take nobody
    new now after the rest (Trust House Lancashire, "May be closing")."""
    closing = np.array(
        [services[columns.ids[p]].status in _NOT_TAKING_NOW for p in positions.tolist()],
        dtype=bool,
    )
    return np.concatenate([positions[~closing], positions[closing]])
