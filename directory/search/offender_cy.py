"""(w63cy2, twenty-fifth Welsh review F11) A professional who names an offender in Welsh: "swyddog
prawf, troseddwr yn gofyn am help" (a probation officer, an offender asking for help), "mae
gen i droseddwr ar fy llwyth achosion" (I have an offender on my caseload). The English
"offender" is a phrase of the service for someone's own sexual behaviour (Stop It Now leads
"probation officer, offender asking for help"); the Welsh word was read as nothing, so the
page led with the NSPCC and a forensic centre, and Stop It Now was not among the cards.

Only in a professional's words: alone, *troseddwr* is any offender, and a victim's "mae'r
troseddwr wedi cael ei ryddhau" (the offender has been released) is not a search for help
with one's own behaviour. Never with harm done to the asker. Over ``clean_text``'s words.
"""

from __future__ import annotations

import re

from .asker import Asker

#: the Welsh for an offender, with its mutations ("droseddwr", "nhroseddwr", "throseddwr"),
#: one or many
_OFFENDER_CY = re.compile(r"\b(?:t|d|nh|th)roseddwy?r\b")


def with_offender_named(
    asker: Asker, names: list[str], cleaned: str, harmed: bool = False
) -> list[str]:
    """``names`` with "own-behaviour" (the services for someone's own sexual behaviour) when
    a professional (``asker``) names an offender in Welsh (``_OFFENDER_CY``), as the English
    "offender" is read, unless the words tell of harm done to the asker (``harmed``)."""
    if asker.persona != "professional" or harmed or "own-behaviour" in names:
        return names
    return [*names, "own-behaviour"] if _OFFENDER_CY.search(cleaned) else names
