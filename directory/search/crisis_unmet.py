"""(w64life, check63 finding 1) Never an empty page for words of suicide: when the words
speak of suicide or self-harm (``crisis_words.SUICIDE_SAID``, or ``Asker.suicidal``) and no line
for thoughts of suicide or for anyone struggling to cope met them, those lines that fit who
asks are added, first among the cards. An independent checker typed "going 2 kms tonite cant
take it no more" and the page showed the talk box and not one card: the words met only a
service far away ("take"), so the helplines offered when nothing matches never came; "cant
keep going take it" showed one card, a line for parents.

Not for words that met such a line already (their order is the ranking's), nor for words
of distress alone ("cant cope": ``crisis._DISTRESS``).
"""

from __future__ import annotations

import numpy as np

from .columns import Columns
from .crisis_words import speaks_of_suicide
from .groups import anyone_struggling
from .lexicon import clean_text
from .understand import Understood
from .weights import UNFIT


def crisis_lines_unmet(
    columns: Columns, matched: np.ndarray, understood: Understood, text: str, fit: np.ndarray
) -> np.ndarray:
    """The national lines for thoughts of suicide or for anyone struggling to cope that fit
    who asks (``fit``), over positions, when the words (``text`` as typed, ``understood``)
    speak of suicide and ``matched`` holds none of them; none otherwise."""
    said = speaks_of_suicide(understood.asker, clean_text(text))
    crisis: np.ndarray = (
        (columns.suicide | anyone_struggling(columns)) & columns.national & (fit >= UNFIT)
    )
    # met already only through the thesaurus's suicide words: a line met by a time word alone
    # ("cant go on tonite": "tonite" read as "tonight", w65stop) is not the ranking's answer
    if not said or ((matched & crisis).any() and understood.mentions(("suicide",))):
        return columns.none()
    return crisis


def crisis_lines_first(
    columns: Columns,
    found: tuple[np.ndarray, np.ndarray, np.ndarray],
    understood: Understood,
    text: str,
    fallback: bool,
) -> tuple[np.ndarray, np.ndarray]:
    """``found`` (the services matched, their scores and their fit to who asks) with the
    lines ``crisis_lines_unmet`` finds first: above the best score, in the order of what
    each is worth (``Columns.prior``). ``fallback``: nothing met the words, and the matched
    are the helplines offered instead, which met nothing (so "kms fr" led with them too)."""
    matched, scores, fit = found
    added = crisis_lines_unmet(
        columns, columns.none() if fallback else matched, understood, text, fit
    )
    if not added.any():
        return matched, scores
    prior = columns.prior()
    top = float(np.max(np.where(matched, scores, 0.0), initial=0.0)) or 1.0
    lifted = top * (2.0 + prior / max(float(prior.max()), 1e-9))
    return matched | added, np.where(added, lifted, scores)
