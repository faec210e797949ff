"""How services are scored when the words are only everyday ones ("help", "what do i do"):
every service may help, the helplines first, and a line for thoughts of suicide only when the
asker speaks of suicide ("help" alone brought no suicide line first). Moved out of
``query.match_text`` (w64life) to keep it short; the rule is unchanged."""

from __future__ import annotations

import numpy as np

from .asker import Asker
from .columns import Columns
from .weights import GENERAL_NOT_HELPLINE, NOT_ASKED_SUICIDE


def general_scores(
    columns: Columns, asker: Asker, worth: np.ndarray, helplines: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Every service (all match, over positions), and each one's score for everyday words
    alone: what it is worth to who asks (``worth``: ``Columns.prior`` by the asker's fit, as
    the caller has them), helplines (``helplines``) before the rest, lines for thoughts of
    suicide lowered unless the asker speaks of it."""
    share, unasked = GENERAL_NOT_HELPLINE, 1.0 if asker.suicidal else NOT_ASKED_SUICIDE
    scores: np.ndarray = (share + (1.0 - share) * helplines) * worth
    return ~columns.none(), np.where(columns.suicide, scores * unasked, scores)
