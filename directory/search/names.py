"""Services' own names, as people type them: each open service's name run together and the
words of it no dictionary holds, to the positions they name (built when a build is opened,
``store.py``); the services a search's words name (``named_services``), put first
(``name_first``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from .columns import Columns
from .understand import clean_text
from .weights import NAMED_LEAD
from .words import is_english

if TYPE_CHECKING:
    from .store import SearchIndex

#: a word of a service's name that is this common among names is not the service's own
#: ("sarc": the thesaurus's concept says what it means)
NAME_WORD_MAX = 3
#: a one-word name is the service's own unless people write it this often ("Childline",
#: "Samaritans" are; "Hope" would not be)
NAME_ZIPF = 4.0
NAME_ENDINGS = frozenset({"helpline", "line", "support", "service", "services", "supportline"})


def name_keys(columns: Columns) -> dict[str, frozenset[int]]:
    """Each open service's name run together ("childline", "stopitnow", "themix"; a one-word
    name only when it is not an everyday word) and each word of it no dictionary holds
    ("napac", "nspcc", "meic"), to the positions it names. Names are read as the listings'
    ids spell them (slugs of their names, "stop-it-now"), so that no listing is read."""
    keys: dict[str, set[int]] = {}
    words: dict[str, set[int]] = {}
    for position in np.flatnonzero(columns.open).tolist():
        tokens = [t for t in columns.ids[position].split("-") if t]
        if len(tokens) > 1 or (tokens and zipf_frequency(tokens[0], "en") < NAME_ZIPF):
            keys.setdefault("".join(tokens), set()).add(position)
        while len(tokens) > 1 and tokens[-1] in NAME_ENDINGS:
            # "Stop It Now helpline", "NAPAC support line": "stopitnow", "napac"
            tokens = tokens[:-1]
            if len(tokens) > 1 or zipf_frequency(tokens[0], "en") < NAME_ZIPF:
                keys.setdefault("".join(tokens), set()).add(position)
        for token in tokens:
            if len(token) >= 4 and not token.isdigit() and not is_english(token):
                words.setdefault(token, set()).add(position)
    for word, positions in words.items():
        if len(positions) <= NAME_WORD_MAX:
            keys.setdefault(word, set()).update(positions)
    for word, positions in words.items():
        # a name in the plural names the one service of them all ("NHS SARCs": "sarc")
        if word.endswith("s") and len(positions) <= NAME_WORD_MAX and word[:-1] not in keys:
            keys[word[:-1]] = set(positions)
    return {key: frozenset(positions) for key, positions in keys.items()}


def named_services(index: SearchIndex, text: str) -> np.ndarray:
    """The services whose own name the words give, run together or apart, or misspelt
    ("child line", "napak", "NSPCC"): a boolean array over positions."""
    keys = index.names
    tokens = clean_text(text).split()
    named = index.columns.none().copy()
    for start in range(len(tokens)):
        for size in range(1, min(4, len(tokens) - start) + 1):
            joined = "".join(tokens[start : start + size])
            positions = keys.get(joined)
            if positions is None and size == 1 and len(joined) >= 5 and not is_english(joined):
                close = process.extractOne(joined, list(keys), scorer=fuzz.ratio, score_cutoff=80)
                positions = keys[close[0]] if close else None
            if positions:
                named[list(positions)] = True
    return named


def name_first(
    by_name: np.ndarray, scores: np.ndarray, matched: np.ndarray, prior: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The scores and matches with the services the words name (``by_name``, from
    ``named_services``) first: just above the best other match (local services near a place
    are still weighed against the best national match as before)."""
    if by_name.any():
        top = float(scores[matched].max()) if matched.any() else 1.0
        scores = np.where(by_name, NAMED_LEAD * top * prior / max(float(prior.max()), 1e-9), scores)
        matched = matched | by_name
    return scores, matched
