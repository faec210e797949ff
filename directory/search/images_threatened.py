"""(w48img, the nineteenth words check's finding 6) A young person whose own sexual images are
held over them or shared ("he has pics of me and says he will send them to my school", "a guy
online says he will share my photos unless i pay", "my nudes got leaked"): the help is to stop
the images spreading and to report whoever holds them (Report Remove, CEOP), from wherever
they live. The page put a sexual assault referral centre near them first, and for some words
ranked a line for adults above Report Remove. Now their words ask for an image to be taken
down and reported, and the services available wherever they live come first.

(w61online) Someone who gives no age and no adult's words is read as a young person. Never a
grown-up's words, nor images that are not the young person's own ("pics of kids"
on someone's phone: ``images_named``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from .adult_images import _ADULTS_WORDS
from .asker import Asker
from .danger_still import ON_CAMERA_NOW
from .images_held import images_held_over

if TYPE_CHECKING:
    from .columns import Columns

#: (w63cy) a picture or video in Welsh, with the South's and the spoken forms and mutations
_PICTURES_CY = (
    r"(?:lluniau|luniau|llunie|lunie|llunia|lunia|llun|lun|fideo|fideos|fidio|fidios|hunlun"
    r"|hunluniau|delweddau|ddelweddau|delwedd|ddelwedd)"
)
#: the young person's own images: "nudes", "pics of me", "my photos", "pictures he took of me"
_OWN_IMAGES = re.compile(
    r"\bnudes?\b|\bnude (?:pics|photos|pictures|selfies|videos|vids)\b"
    r"|\b(?:pics?|pictures?|photos?|images?|videos?|vids?|selfies?)(?: \w+){0,3}? of me\b"
    r"|\bmy (?:\w+ )?(?:pics|pictures|photos|images|videos|vids|selfies|nudes)\b"
    r"|\b(?:filmed|recorded|videoed|photographed) me\b"
    # (w53cymore, welsh21 F8) Welsh: "fy lluniau noeth", "nudes fi", "lluniau ohona i"
    rf"|\bfy (?:\w+ )?(?:{_PICTURES_CY}|nudes|noethluniau)\b"
    r"|\b(?:lluniau|llun|fideos?|nudes|noethluniau)(?: \w+){0,2}? "
    r"(?:fi|ohona i|ohonof i?|ohona fi"
    # (w59cylife, welsh24 F8) "ohona i'n cael ei rannu" ("ohona in" cleaned), "llunie" (South)
    r"|ohona in|ohona fin|ohonai|ohona i n)\b"
    rf"|\b(?:{_PICTURES_CY}|noethlun)(?: \w+){{0,2}}? (?:fi|ohona i|ohona in|ohona fi)\b"
    # (w63cy, welsh25 F8) a nude picture or video, as "a nude" is in English ("llun noeth",
    # "fideo noeth", "noethlun"), and "my" said "'n … i" ("gyda'n llunie i", folded "gydan")
    rf"|\b{_PICTURES_CY} (?:noeth|heb ddillad)\b|\bnoethlun\w*"
    rf"|\b[a-z]*[aeiouwy]n {_PICTURES_CY} (?:i|fi)\b"
)
#: held over them, or shared: "send them to my school", "post", "leaked", "unless i"
_THREAT_OR_SHARED = re.compile(
    r"\b(?:send|share|post|show|leak|spread|upload|sent|shared|posted|showed|shown|leaked|"
    r"uploaded|sending|sharing|posting|showing|leaking|spreading|threaten\w*|blackmail\w*|"
    r"sextort\w*|going round|unless i|or else|put (?:\w+ ){0,2}?(?:online|up))\b"
    # (w61online) put on a website, seen by everyone: "put my pics on a website"
    r"|\bon (?:a |the |some )?(?:websites?|sites?|internet|porn (?:site|website)s?)\b"
    r"|\b(?:everyone|every1|evryone|the whole school|people) (?:has |have |s )?seen\b"
    # Welsh: "bygwth rhannu", "wedi postio", "anfon", "yn fy mlacmelio", "oni bai"
    r"|\b(?:rhannu|rannu|postio|anfon|hanfon|dangos|ddangos|bygwth|fygwth|mygwth|blacmelio"
    r"|mlacmelio|lledaenu|uwchlwytho|oni bai|ar lein|ar y we)\b"
    # (w63cy, welsh25 F8) sent ("nes i yrru", "hala"), "the" joined on ("rhannu'r fideo"), seen
    # everywhere ("ym mhobman", "pawb wedi gweld"), a fake account made with them, the internet
    r"|\b(?:rhannur|rannur|rhanu|ranu|postior|yrru|gyrru|yrrur|gyrrur|yrrais|yrres|hala|halais"
    r"|anfonais|ym mhobman|yn bobman|dros bob man|dros y lle|(?:pawb|pobl|yr ysgol gyfan) wedi"
    r" (?:eu |ei )?(?:gweld|weld)|(?:cyfrif|gyfrif|proffil|broffil) ffug|rhyngrwyd|ryngrwyd)\b"
)


def images_threatened(asker: Asker, cleaned: str) -> bool:
    """A child or young person (``asker.is_child``) tells, in their words (``cleaned``:
    ``clean_text``, which has no punctuation left to split clauses by), of their own images
    held over them or shared."""
    if images_held_over(asker, cleaned):  # (w55fit) "they want £200 or theyll send it to my mum"
        return True
    if not (asker.is_child or _age_unsaid(asker, cleaned)):
        return False
    if ON_CAMERA_NOW.search(cleaned):  # (w64danger) "he is making me strip on camera right now"
        return True
    return bool(_OWN_IMAGES.search(cleaned) and _THREAT_OR_SHARED.search(cleaned))


def _age_unsaid(asker: Asker, cleaned: str) -> bool:
    """(w61online, check61 section 8) No age, no role and no adult's words ("someone sent my
    nudes round the whole school today"): read as a young person's, as ``images_held`` does
    (Report Remove's card says it is for under-18s)."""
    return asker.persona == "" and asker.age is None and not _ADULTS_WORDS.search(cleaned)


def with_images_threatened(asker: Asker, names: list[str], cleaned: str) -> list[str]:
    """``names`` with online sexual abuse and getting an image taken down, for
    ``images_threatened`` words."""
    if not images_threatened(asker, cleaned):
        return names
    return [*names, *(n for n in ("online", "take-down") if n not in names)]


def take_down_and_report(columns: Columns) -> np.ndarray:
    """(fortieth walk-through F5) The services, over positions, that take a child's image down
    or take a report of who holds it: about online abuse, for children and young people, and
    practical (Report Remove, CEOP's Safety Centre)."""
    found: np.ndarray = (
        columns.having("abuse", "online-abuse")
        & columns.having("audience", "children-young-people")
        & columns.having("support", "practical-legal")
    )
    return found


def childs_images_first(
    columns: Columns, national: np.ndarray, asker: Asker, said: tuple[str, np.ndarray]
) -> np.ndarray:
    """(fortieth walk-through F5) ``national`` (positions, best first) with the services that
    take down and report a young person's own images (``take_down_and_report``) first after
    the cards the words name (``said``: the cleaned words and the mask of those named), for
    ``images_threatened``: "a boy online has vids of me and says he will send them to my school
    unless i do a live" had Childline, Report Remove and Victim Support, and no CEOP. Then the
    services for young people, for the young person's own words (judged52: with no age said,
    the line for people worried about their own behaviour came third, before Childline)."""
    cleaned, named = said
    if not len(national) or not images_threatened(asker, cleaned):
        return national
    first = named[national]
    theirs = take_down_and_report(columns)[national] & ~first
    young = columns.having("audience", "children-young-people")[national] & ~first & ~theirs
    if asker.persona in ("parent", "professional"):  # telling of a child: their lines stay
        young &= False
    rest = ~first & ~theirs & ~young
    return np.concatenate([national[first], national[theirs], national[young], national[rest]])
