"""(w61online, check61 section 8) Two ways of telling of sexual images of a child that the page
answered with a local card first and the services that take a report of the images further
down:

- someone who came across a child being abused in a picture or video online ("i saw a video of
  a kid being abused online by accident, how do i report it", "came across child abuse images
  on a website"): the Internet Watch Foundation's reporting, from wherever they live, first;
- someone whose own sexual images from when they were under 18 are still out there ("i sent
  nudes when i was 15 and im worried they are still out there", "pics of me from when i was a
  teenager keep turning up"): the services that take such images down (the IWF, open to
  adults, then Report Remove, for under-18s) first, before a rape crisis line.

Not someone's own looking (``asker_own``), a partner or relative's (``images_named``), images
held over a young person now (``images_threatened``), nor a picture of an adult's own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from .asker import Asker
from .asker_own import kin_viewing
from .images_threatened import _OWN_IMAGES, take_down_and_report

if TYPE_CHECKING:
    from .columns import Columns

__all__ = ["abuse_images_seen", "childhood_images_out", "images_reports_first", "images_seen"]

#: came across: "i saw", "came across", "found", "was sent", "popped up"
_CAME_ACROSS = re.compile(
    r"\b(?:saw|seen|see|came across|come across|stumbled (?:on|across|upon)|found|find|"
    r"was sent|got sent|been sent|popped up|pop up|appeared|watched)\b"
)
#: a child abused in a picture or video: "a video of a kid being abused", "child abuse images"
_CHILD_ABUSED_IMAGE = re.compile(
    r"\b(?:video|videos|vid|vids|pic|pics|picture|pictures|photo|photos|image|images|clip|clips"
    r"|footage|content)\b(?: \w+){0,3}? (?:of |with |showing )?(?:a |an |some |young |little )?"
    r"(?:kid|kids|child|children|baby|babies|toddler|minor|minors|girl|girls|boy|boys|"
    r"under ?age \w+)(?: \w+){0,2}? (?:being )?(?:abused|raped|molested|hurt|assaulted)\b"
    r"|\bchild (?:sexual )?abuse (?:images?|videos?|pictures?|photos?|material|content)\b"
    r"|\b(?:csam|cp)\b"
)
#: came across by chance, or asking to report: "by accident", "stumbled on", "who do i tell"
_BY_CHANCE = re.compile(
    r"\b(?:by accident|accidentally|stumbled|came across|come across|popped up|pop up|report"
    r"|who (?:do|should|can) i tell|who to tell)\b"
)
_ONLINE = re.compile(
    r"\b(?:online|on line|internet|website|site|web|twitter|x|telegram|reddit|tiktok|snapchat"
    r"|snap|instagram|insta|discord|whatsapp|facebook|group chat|feed|app)\b"
)
#: from when they were under 18: "when i was 15", "as a teenager", "when i was at school"
_THEN_YOUNG = re.compile(
    r"\bwhen i was (?:1[0-7]|[5-9]|a (?:kid|child|teen|teenager|young teen)|young|at school"
    r"|in (?:year|yr) \d+|under ?age|under 18)\b|\bas a (?:teen|teenager|kid|child)\b"
)
#: still out there: "still out there", "still online", "keep turning up", "being shared"
_STILL_OUT = re.compile(
    r"\b(?:still )?(?:out there|online|on the internet|on websites?|on sites|going round|around)\b"
    r"|\b(?:keeps?|kept) (?:turning|popping|coming) up\b|\bbeing (?:shared|passed round)\b"
    r"|\b(?:taken|take them|take it|get them|get it) (?:down|off|removed)\b"
)


def abuse_images_seen(asker: Asker, cleaned: str) -> bool:
    """The words (``cleaned``: ``clean_text``) tell of coming across a child being sexually
    abused in a picture or video online, not of someone in the family looking at them."""
    if kin_viewing(cleaned):
        return False
    if asker.persona == "own-behaviour" and not _BY_CHANCE.search(cleaned):
        return False  # (read as their own looking unless they came across it, or ask to report)
    return bool(
        _CAME_ACROSS.search(cleaned)
        and _CHILD_ABUSED_IMAGE.search(cleaned)
        and _ONLINE.search(cleaned)
    )


def childhood_images_out(asker: Asker, cleaned: str) -> bool:
    """The words tell of the asker's own sexual images from when they were under 18 still out
    there, or wanted down, said by someone now grown or of no age said."""
    if asker.persona not in ("adult", "") or asker.is_child:
        return False
    return bool(
        _OWN_IMAGES.search(cleaned) and _THEN_YOUNG.search(cleaned) and _STILL_OUT.search(cleaned)
    )


def images_seen(asker: Asker, cleaned: str) -> bool:
    """Either reading: the services available wherever they live come first
    (``lines_before``)."""
    return abuse_images_seen(asker, cleaned) or childhood_images_out(asker, cleaned)


def _reports_for_anyone(columns: Columns) -> np.ndarray:
    """The services that take reports of sexual images of children from anyone, adults too
    (the IWF): about online abuse and child sexual abuse, for adult survivors as for children,
    and no helpline."""
    found: np.ndarray = (
        columns.having("abuse", "online-abuse")
        & columns.having("abuse", "child-sexual-abuse")
        & columns.having("audience", "adult-survivors")
        & ~columns.having("support", "helpline")
    )
    return found


def images_reports_first(
    columns: Columns, national: np.ndarray, asker: Asker, said: tuple[str, np.ndarray]
) -> np.ndarray:
    """``national`` (positions, best first) with the services that take reports of the images
    from anyone first after the cards the words name (``said``: the cleaned words and the mask
    of those named), then, for someone's own images from childhood, those that take a young
    person's image down (``images_threatened.take_down_and_report``), for ``images_seen``
    words; the rest keep their order."""
    cleaned, named = said
    if not len(national) or not images_seen(asker, cleaned):
        return national
    first = named[national]
    anyone = _reports_for_anyone(columns)[national] & ~first
    down = np.zeros(len(national), dtype=bool)
    if childhood_images_out(asker, cleaned):
        down = take_down_and_report(columns)[national] & ~first & ~anyone
    rest = ~first & ~anyone & ~down
    return np.concatenate([national[first], national[anyone], national[down], national[rest]])
