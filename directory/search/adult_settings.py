"""(w56fit, check58 F10) Adults with a disability, or who give no age, sent to children's help.

Words that place the person asking in a grown-up's setting: a day centre or day service, a
learning disability said in plain or misspelt words ("me have learning disablity"), or a
wheelchair in their own life ("im in a wheelchair"), are a cared-for adult's
(``asker_cared_for.cared_for_adult`` reads these too): Childline led for "man at day centre
touch me", and a children's therapy service was the first card for "i use a wheelchair and my
carer abuses me". With no age said and nothing a child says, the local services only for
children now come after the others (``children_only_after``).

Harm done to the asker told in the past tense in everyday words ("a man touched me", "my cousin
made me do sexual things", "he forced me to…") is read as ``past_told`` reads "abused me": the
person may be a child or an adult, so the line for anyone 16 or over stands beside Childline
(``OWN_HARM_PAST_MORE``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from .adult_client import only_for_children

if TYPE_CHECKING:
    from .columns import Columns
    from .understand import Understood

#: a grown-up's setting of care, or their own disability, in words ``asker_cared_for`` misses:
#: a day centre or day service with no "my" or "the", a learning disability misspelt or said
#: as "me have", "im in a wheelchair"
_ADULT_CARE_SETTING = re.compile(
    r"\b(?:at|in|from|to|go to|goes to|going to) (?:the |my |a |our )?(?:day (?:centre|center|"
    r"service|services|opportunities)|respite|supported (?:living|housing|accommodation))\b"
    r"|\b(?:i|me) (?:have|has|got|ve got|have got|with|am|m) (?:a |an |mild |severe |moderate )?"
    r"learn\w* (?:dis\w*|difficult\w*)"
    r"|\b(?:im|i am|i m|me) (?:learn\w* (?:disab\w*|disb\w*)|in a (?:wheelchair|wheel chair|"
    r"power chair))\b"
    r"|\bmy (?:learn\w* (?:dis\w*|difficult\w*)|wheelchair|wheel chair|power chair)\b"
)


def adult_care_setting(cleaned: str) -> bool:
    """The words (``cleaned``: ``clean_text``) place the asker in a grown-up's setting of care
    or tell of their own disability as a grown-up says it (``_ADULT_CARE_SETTING``)."""
    return bool(_ADULT_CARE_SETTING.search(cleaned))


_DONE_MORE = (
    r"(?:touched|groped|fondled|assaulted|attacked|hurt|flashed at|exposed himself to|"
    r"forced|made|tricked|pressured)"
)
#: harm done to the asker, told in the past tense in everyday words: "a man touched me", "he
#: touched me up", "she made me do sexual things", "he forced me to…", "i was touched", "made
#: me touch him"
OWN_HARM_PAST_MORE = re.compile(
    r"\b(?:touched|groped|fondled|sexually assaulted|flashed at|exposed (?:himself|herself) "
    r"to) me\b"
    r"|\b(?:made|forced|tricked|pressured|pressurised|got) me (?:to |into )?(?:do|doing|have|"
    r"having|touch|touching|watch|watching|suck|give|giving|perform|undress)\b"
    r"|\b(?:i was|i got|ive been|i have been|i ve been|i had been) (?:\w+ )?(?:touched|groped|"
    r"fondled|assaulted|sexually assaulted|flashed)\b"
)


def own_harm_past_more(cleaned: str) -> bool:
    """The words tell of harm done to the asker in the past tense in everyday words
    (``OWN_HARM_PAST_MORE``)."""
    return bool(OWN_HARM_PAST_MORE.search(cleaned))


def children_only_after(
    columns: Columns,
    understood: Understood,
    cleaned: str,
    found: tuple[np.ndarray, np.ndarray],
) -> tuple[np.ndarray, np.ndarray]:
    """For a cared-for grown-up (read as nobody in particular or an adult, no age said, the
    words a cared-for adult's: ``asker_cared_for.cared_for_adult``), the local services only
    for children (``found``: those near, those weaker) after the others near; when none else
    is near, at the end of the weaker (a children's therapy service was a wheelchair user's
    first card); otherwise ``found`` as it was. (w59adult, check60 F7) For a grown-up harmed
    now by who cares for them (``cared_now.harmed_now_in_care``, an adult's age said or not),
    they always go to the end of the weaker: a children's service was the second card for "i
    live in a nursing home and one of the staff hurts me"."""
    from .asker_cared_for import cared_for_adult  # (it reads this module's setting words)
    from .cared_now import harmed_now_in_care

    asker = understood.asker
    local, weaker = found
    unsaid = asker.persona in ("", "adult") and asker.age is None and asker.for_age is None
    now = harmed_now_in_care(cleaned, asker)
    if not (unsaid and cared_for_adult(cleaned)) and not now:
        return found
    only = only_for_children(columns)
    if now or only[local].all():  # (none else near: they go to the end of the weaker)
        return local[~only[local]], np.concatenate([weaker, local[only[local]]])
    return np.concatenate([local[~only[local]], local[only[local]]]), weaker
