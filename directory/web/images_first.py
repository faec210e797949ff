"""(w55fit, check58 finding 12) A professional telling of a young person's picture held over
them ("youth worker, 15 year old being blackmailed with images") sees the services available
wherever they live first, Report Remove and CEOP, as the young person would: with the
professional switch on, the services near (a forensic centre) always came first."""

from __future__ import annotations

from typing import Any

from ..limits import MAX_ASKER_CHARS
from ..search.images_asked import child_images_online
from ..search.images_held import images_held_over
from ..search.understand import clean_text


def images_lines_first(results: Any) -> bool:
    """The page puts its lines first (``results.lines_first``) and the words tell of a young
    person's picture held over them (``images_held_over``), or (w63pro) a child's sexual images
    sent or asked for online (``child_images_online``): so too with the professional switch."""
    if results is None or not results.request.q or not results.lines_first:
        return False
    cleaned = clean_text(results.request.q, MAX_ASKER_CHARS)
    asker = results.asker
    return images_held_over(asker, cleaned) or child_images_online(asker, cleaned, grown_up=True)
