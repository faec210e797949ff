"""(w48crisis, sixteenth Welsh review F3) How the talk box reads the words
(``lines.told_or_neutral``), with a parent telling in Welsh that their own child did something
sexual to a brother, sister or another child (``search.own_child_cy``) read as the English is:
about the child's behaviour, not abuse done by someone else, so the line for people worried
about someone's sexual behaviour (Stop It Now) keeps its place in the box. Only the box: the
cards' order is as before (the judged probes count a Stop It Now card first as wrong for a
parent who asks for no signs).
"""

from __future__ import annotations

from .finder import FindResults
from .lines import told_or_neutral
from .search.child_harmed_child import own_child_did
from .search.child_safety import not_for_stop_it_now
from .search.own_child_cy import own_child_did_cy
from .search.understand import Asker, clean_text


def told_or_neutral_box(results: FindResults | None, asker: Asker) -> tuple[bool, bool]:
    """``lines.told_or_neutral``, not "told" when the words tell that the asker's own child
    did it (``own_child_cy.own_child_did_cy``; w48sib, check49: in English,
    ``child_harmed_child.own_child_did``: "my 14 year old son sexually abused his sister")."""
    told, neutral = told_or_neutral(results, asker)
    if not told and results is not None:  # (w63parents) a parent's worry for the child's safety,
        # or parents' support asked in general
        concepts, cleaned = results.request.understood.concepts, clean_text(results.request.q)
        return not_for_stop_it_now(asker, concepts, cleaned), neutral
    if told and results is not None:
        cleaned = clean_text(results.request.q)
        if own_child_did_cy(cleaned) or own_child_did(cleaned):  # (w48sib) the English too
            return False, neutral
    return told, neutral
