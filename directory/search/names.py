"""Services' own names, as people type them: each open service's name run together and the
words of it no dictionary holds, to the positions they name (``query.named_services`` puts
a service asked for by name first). Built when a build is opened (``store.py``)."""

from __future__ import annotations

import numpy as np
from wordfreq import zipf_frequency

from .columns import Columns
from .words import is_english

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
