"""(w63pro, judged w53j-16) A professional asking for training for themselves or their staff
("cse training staff", "training on child sexual abuse for school staff"): the services whose
own words say they train professionals (the CSA Centre: "research, practice guidance and
training"; the Marie Collins Foundation: "it also trains and supports professionals") come
first, and the services near, which offer no training, after the national answers. A forensic
centre and a service for people with learning disabilities came first, and the NSPCC
Helpline ("not training", as the judged set says) before the CSA Centre.

Training as a place or a time ("at football training", "after swimming training") is not
training asked for. Read from the listings' own descriptions, never names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from .asker import Asker

if TYPE_CHECKING:
    from .store import SearchIndex

__all__ = ["training_asked", "trainers_first"]

#: training asked for: "training", "a course", "cpd", "workshops", "e-learning", "webinar"
_TRAINING = re.compile(r"\b(?:training|courses?|cpd|workshops?|e ?learning|webinars?)\b")
#: training as a place, a time or an activity: "at training", "after football training"
_AT_TRAINING = re.compile(
    r"\b(?:at|after|before|from|during|to|in|football|swimming|swim|rugby|cricket|dance|gym"
    r"|gymnastics|sports?|netball|hockey|boxing|karate|judo|athletics|tennis|teacher|police"
    r"|basic|first aid)(?: \w+)? training\b"
)
#: for staff: "for school staff", "for our volunteers", "for practitioners"
_FOR_STAFF = re.compile(
    r"\b(?:staff|colleagues|practitioners|professionals|volunteers|workforce|our team|the team"
    r"|teachers|coaches|leaders)\b"
)
#: a listing's own words for training professionals: "training", "trains … professionals"
_TRAINS = re.compile(r"\btrain(?:s|ing)\b", re.IGNORECASE)


def training_asked(asker: Asker, cleaned: str) -> bool:
    """A professional (``asker.persona``), or someone asking for staff (``_FOR_STAFF``: "for
    school staff") with nobody else read, asks for training (``cleaned``: ``clean_text``),
    not training as a place or a time."""
    staff = asker.persona == "" and _FOR_STAFF.search(cleaned) is not None
    if not (asker.persona == "professional" or staff) or not _TRAINING.search(cleaned):
        return False
    return _AT_TRAINING.search(cleaned) is None


def trainers_first(
    index: SearchIndex, national: np.ndarray, asker: Asker, said: tuple[str, np.ndarray]
) -> np.ndarray:
    """``national`` (positions, best first) with the services for professionals whose own
    descriptions say they train (``_TRAINS``) first after the cards the words name (``said``:
    the cleaned words and the mask of those named), for ``training_asked`` words; the rest
    keep their order."""
    cleaned, named = said
    if not len(national) or not training_asked(asker, cleaned):
        return national
    columns = index.columns
    first = named[national]
    for_them = columns.having("audience", "professionals")
    trains = np.array(
        [
            bool(for_them[p])
            and _TRAINS.search(index.services[columns.ids[p]].description) is not None
            for p in national.tolist()
        ],
        dtype=bool,
    )
    trains &= ~first
    return np.concatenate([national[first], national[trains], national[~first & ~trains]])
