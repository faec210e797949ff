"""(forty-seventh walk-through F8) A service near the place that says it helps other areas and
only the other sex than the one the words give for whoever the help is for is never listed: a
professional asking about "a 16 year old boy" at Camblesforth, with the filters "16 or 17" and
"Counselling and therapy", was offered one service, a Leeds service for women and girls, under
"Services for other nearby areas". Neither its area nor its people are his, so it is no answer;
one only for the other sex that covers the place stays, further down under a heading saying it
may not be for him (``near_order.order_for_asker``); a line available everywhere is left to
``made_for`` (a parent's or professional's words may be for the mother too: "im a jewish mum
and my son…" finds Jewish Women's Aid). A search without those words still finds them. From
the listings' genders and areas only (``groups.for_the_other_sex``)."""

from __future__ import annotations

import numpy as np

from .columns import Columns
from .groups import PRONOUNS, for_the_other_sex, genders_named
from .lexicon import clean_text
from .understand import Understood


def other_sex_only(columns: Columns, understood: Understood, text: str) -> np.ndarray:
    """The services only for the other sex than the one the words give for whoever the help
    is for ("a 15 year old boy", "my daughter", "her uncle touched her", "im a lad"), over
    positions; none when the words give no sex or both. ``text``: the words as typed (a
    parent's pronouns)."""
    typed = (*understood.all_words, *(set(clean_text(text).split()) & PRONOUNS))
    return for_the_other_sex(columns, genders_named(understood.asker, understood.concepts, typed))
