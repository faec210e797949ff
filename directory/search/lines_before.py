"""(w46child, check45 F5) When the services available wherever someone lives come before
those near them: for a child who wants someone now (w45ask: ``talk_now.wants_a_line_now``), and
for a child or young person who cannot phone (``cannot_phone``), whose first local card was a
forensic centre with no number that they "cannot ring or text" themselves, above Childline's
chat and The Mix's text."""

from __future__ import annotations

from .cannot_phone import cannot_phone
from .images_asked import either
from .images_held import images_held_over
from .images_seen import images_seen
from .images_threatened import images_threatened
from .met_online import met_online
from .recent import recent_assault
from .talk_now import wants_a_line_now
from .understand import Understood


def lines_now_first(understood: Understood, cleaned: str) -> bool:
    """Whether the services available wherever they live come before those near: a child
    who wants someone now (``talk_now.wants_a_line_now``), or a child or young person asking
    for themselves whose own images are held over them (``images_threatened``: Report Remove
    and CEOP before a forensic centre), or who speaks of suicide (the lines for it before a
    forensic centre 28 miles away), or who cannot phone (``cannot_phone``) and tells of no
    assault in the last few days: Childline's chat and The Mix's text before a forensic centre
    with no number they "cannot ring or text" themselves. (w61online) Also someone who came
    across a child's abuse images online, or whose own images from childhood are still out
    there (``images_seen``: the IWF first), and, with no age said and no adult's words, a
    meeting with someone from online (``met_online``) or one's own images shared. (w63pro) And
    a child asked for pictures of themselves online, or a grown-up telling of a child's sexual
    images sent or asked for online (``images_asked``), with no assault in the last few days:
    CEOP and Childline before a forensic centre."""
    if wants_a_line_now(understood, cleaned):
        return True
    asker = understood.asker
    if images_held_over(asker, cleaned):  # (w55fit) a young person's picture held over them
        return True
    if images_seen(asker, cleaned):  # (w61online) abuse images seen, or one's own from then
        return True
    if _images_asked(understood, cleaned):  # (w63pro) a child's images asked for online
        return True
    if asker.persona not in ("child", ""):
        return False
    if met_online(asker, cleaned):  # (w59child) asked to meet someone met online: CEOP
        return True  # (w61online: no age said too, ``met_online``)
    if images_threatened(asker, cleaned):  # (w48img) their own images held over them
        return True  # (w61online: no age said too)
    if not asker.is_child:
        return False
    if asker.suicidal:  # (check49) "im 15 and ive written a suicide note": the lines first
        return True
    return cannot_phone(cleaned) and not recent_assault(understood, cleaned)


def _images_asked(understood: Understood, cleaned: str) -> bool:
    """(w63pro) ``images_asked`` or ``child_images_online`` words, with no assault told in
    the last few days (``recent_assault``: then the forensic centre near stays first)."""
    asker = understood.asker
    if not either(asker, cleaned):
        return False
    return not recent_assault(understood, cleaned)
