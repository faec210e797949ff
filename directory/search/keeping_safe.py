"""(w59adult, check60 F10) A parent asking how to keep their child safe, telling of no harm.

"what age should i teach my child about private parts" had a sexual assault referral centre as
its first card: a question about teaching a child body safety, consent or "the pants rule", or
about keeping children safe from abuse, is no disclosure, and a centre for children examined
after an assault is not what it asks. The services that help parents keep children safe
(Parents Protect, the NSPCC's line) come first; the centres follow the national answers
(``groups.forensic_care_for``), as for a parent's worry short of abuse.

A parent telling of harm ("my child said someone touched her private parts", "how do i talk to
my son about what his uncle did") keeps the page it had (``told.tells_of_abuse_done``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .told import tells_of_abuse_done

if TYPE_CHECKING:
    from .understand import Asker, Concept

#: what a child is taught about keeping safe: their body, private parts, consent, touch
_SAFETY_TOPIC = (
    r"(?:private parts?|privates|private (?:areas?|bits)|body safety|bodies|body parts|"
    r"(?:their|his|her) body|consent|(?:good|safe|ok|okay) (?:and|or|vs|touch and) "
    r"(?:bad|unsafe|not ok) touch\w*|touch\w* (?:that is|thats) (?:ok|not ok)|pants rule|"
    r"underwear rule|pants|stranger danger|keeping safe|staying safe|being safe|"
    r"(?:appropriate|inappropriate|safe|unsafe) touch\w*|sex education|the birds and the bees)"
)
#: teaching a child about it ("teach my child about private parts", "talk to my daughter
#: about consent", "explain body safety to my 4 year old", "what age should i teach…"), or
#: keeping children safe from abuse ("how can i keep my kids safe from abuse", "protect my
#: children from abuse")
_TEACHING_SAFETY = re.compile(
    r"\b(?:teach\w*|talk\w*|speak\w*|explain\w*|educat\w*|chat\w*|bring up|introduce)\b"
    rf"(?: \w+){{0,6}}? {_SAFETY_TOPIC}\b"
    r"|\b(?:keep|keeping|protect|protecting)\b (?:my|our) (?:\w+ ){0,2}?(?:child|children|"
    r"kids?|son|sons|daughters?|boys?|girls?|little ones?|toddler|baby)\b(?: \w+){0,2}? "
    r"(?:safe|from (?:abuse|sexual abuse|abusers|paedophiles|predators|grooming))\b"
)


def teaching_safety(asker: Asker, concepts: tuple[Concept, ...], cleaned: str) -> bool:
    """A parent (``asker``) asks how or when to teach their child about keeping safe, or how to
    keep children safe from abuse (``_TEACHING_SAFETY`` over ``cleaned``: ``clean_text``), and
    tells of no abuse done (``told.tells_of_abuse_done``): a question, not a disclosure."""
    if asker.persona != "parent" or not _TEACHING_SAFETY.search(cleaned):
        return False
    return not tells_of_abuse_done(asker, concepts, cleaned)
