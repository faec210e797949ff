"""(w53deaf, check56 rows 347 and 348) How a Deaf person calls 999. The warnings say "Call 999"
and, for someone who cannot speak, "press 55 when asked": that needs the caller to hear the
question. "deaf, cant speak, he is hurting me right now" was offered nothing else.

Two national routes exist for this (maintainers' sources, read 2026-12-07 in stored copies:
Ofcom, "New 999 video call service launches for sign language users", 13 December 2022,
updated 16 March 2023; Healthwatch Brighton and Hove, 22 June 2022, for the web address
www.999bsl.co.uk; South Tees Hospitals NHS audiology, "EmergencySMS", for texting 999 once
a phone is registered): the free 999 BSL video relay, by its app or website, and texting 999
from a phone registered for emergencySMS. A results page says them under its 999 warning when
the person says they are Deaf (of themselves: a parent of a Deaf child can phone); Get help
now says them under its 999 lines for everyone."""

from __future__ import annotations

from typing import Any

from ..lines import asks_without_voice


def deaf_asking(results: Any) -> bool:
    """The words (or the Deaf community filter) say the person asking is Deaf and cannot
    phone: not a parent or a professional speaking of someone else."""
    quiet, deaf = asks_without_voice(results)
    return quiet and deaf
