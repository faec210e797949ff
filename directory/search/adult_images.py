"""(w49adult, check50 F6) An adult whose own intimate images are shared, posted or threatened:
"my ex is sharing intimate images of me", "adult woman ex partner posted my nudes online revenge
porn", "man 25 being blackmailed after video call". The page was a child's: Childline and the
NSPCC's line for adults worried about a child led "Talk to someone now", and the first card was
Report Remove (under 18s only), CEOP (under 18s) or the Internet Watch Foundation's reporting of
images of children. No listing is made for adults whose images are shared, so the lines for
adults (the 24/7 line for anyone 16 or over, Victim Support) and the local sexual-violence
services lead; the services only about children's images and only for children come after.

Read as an adult: an adult's age said, or no age with an adult's words (an ex-partner, husband
or wife, "revenge porn", "intimate images", "im a woman", "adult"), and nothing a child says
(school, a parent at home, "im a kid"). "my ex boyfriend shared my nudes" alone may be a
teenager's: nothing here applies. Welsh too: "mae fy nghyn-bartner yn rhannu lluniau noeth
ohona i"."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

import numpy as np

from .asker import child_now
from .asker_ages import child_family
from .asker_cared_for import IM_A_CHILD
from .weights import COMMUNITY_UNASKED

if TYPE_CHECKING:
    from .columns import Columns
    from .understand import Understood

_PICTURES = (
    r"(?:images?|photos?|photographs?|pictures?|pics?|videos?|vids?|selfies?|nudes|tapes?|clips?"
    r"|films?|recordings?)"
)
#: (w53cymore) pictures in Welsh, and the English words Welsh speakers use for them
_WELSH_PICTURES = (
    r"(?:lluniau|llun|fideos?|ffotograffau|ffotos?|nudes|noethluniau|hunluniau|selfies?"
    r"|delweddau|delwedd)"  # (w54cychild, welsh22 F9) the formal "delweddau" (images)
)
#: sexual images told of (shared, posted, threatened or used to blackmail)
_IMAGES = re.compile(
    rf"\b(?:intimate|naked|nude|sexual|sexy|explicit|private|topless|sex) {_PICTURES}\b"
    r"|\bnudes\b|\brevenge porn\b|\bsextortion\b|\bsextorted\b"
    r"|\b(?:image|picture|photo|video) based (?:sexual )?abuse\b"
    # (check55 finding 8) filmed in sex or naked: "he filmed us having sex"
    r"|\b(?:filmed|recorded|videoed|filming|recording) (?:me|us) (?:\w+ ){0,2}?(?:having sex|"
    r"naked|in bed|undressed|getting changed)\b"
    r"|\b(?:blackmail\w*|threaten\w*|extort\w*) (?:\w+ ){0,3}?(?:after|over|with|about) "
    r"(?:a |an |the |my )?(?:video call|webcam|facetime|cam)\b"
    # Welsh: "lluniau noeth", "fideos rhywiol", "lluniau preifat"
    r"|\b(?:lluniau|llun|fideos?|ffotograffau|delweddau|delwedd) (?:noeth|rhywiol|preifat|personol"
    r"|anweddus)\b"
    # (w53cymore, welsh21 F8) "porn dial" (revenge porn), "noethluniau"
    r"|\b(?:porn|pornograffi|phornograffi|bornograffi) dial\b|\bnoethluniau\b"
)
#: the images are the asker's own: "of me", "my nudes", "me naked", "blackmailing me"; or
#: "revenge porn" and sextortion with nobody else's images named (``_SOMEONE_ELSES``)
_OWN = re.compile(
    rf"\b(?:of me|of myself|(?:my|our) (?:\w+ )?{_PICTURES}|me naked|me in (?:bed|the shower)"
    r"|(?:filmed|recorded|videoed|filming|recording) (?:me|us)"
    r"|(?:blackmail\w*|threaten\w*|extort\w*) me)\b"
    r"|\b(?:(?:im|i am|i m|i was|i have been|ive been|i got|i ve been) (?:being )?|being )"
    r"(?:blackmailed|sextorted|extorted)\b"
    r"|\brevenge porn\b|\bsextort\w*"
    # (w50rph) the abuse named, "intimate image abuse", as "revenge porn" is
    r"|\bintimate image abuse\b|\b(?:image|picture|photo|video) based (?:sexual )?abuse\b"
    r"|\b(?:ohona i|ohonof i|ohono i|ohonof fi|ohona fi)\b"  # Welsh: "of me"
    # (w53cymore, welsh21 F8) Welsh "my pictures" ("fy lluniau noeth": "ll" keeps after "fy"),
    # "nudes fi", "blackmailing me" ("yn fy mlacmelio", "blacmelio fi"), "threatening me"
    rf"|\bfy (?:\w+ )?{_WELSH_PICTURES}\b|\b{_WELSH_PICTURES} (?:\w+ )?fi\b"
    r"|\bfy (?:mlacmelio|mygwth)\b|\b(?:blacmelio|bygwth) fi\b"
    r"|\b(?:porn|pornograffi|phornograffi|bornograffi) dial\b"
    r"|\bcam drin delweddau personol\b"  # (w54cychild) "intimate image abuse", as Wales says it
)
#: someone else's images: a child's or another person's ("of my daughter", "her nudes")
_SOMEONE_ELSES = re.compile(
    r"\b(?:of|from) (?:my|our|a|her|his|their) (?:\w+ )?(?:daughter|son|child|kid|girl|boy|"
    r"pupil|student|niece|nephew|sister|brother|friend|stepdaughter|stepson|grandchild|"
    r"granddaughter|grandson)s?\b"
    r"|\b(?:her|his|their) (?:\w+ )?" + _PICTURES + r"\b"
    # (w53cymore) Welsh: "o fy merch", "ohoni hi", "ei lluniau" (her or his pictures)
    r"|\b(?:o|gan) (?:fy|ein|ei|eu) (?:\w+ )?(?:merch|ferch|mab|fab|plentyn|blentyn|plant|blant"
    r"|disgybl|nith|nai|chwaer|mrawd|brawd|ffrind|wyres|wyr|ŵyr|wyrion)\b"
    r"|\b(?:ohoni hi|ohoni|ohono fe|ohono fo|ohonyn nhw)\b"
    rf"|\b(?:ei|eu) (?:\w+ )?(?:{_WELSH_PICTURES}|luniau|lun)\b"
)
#: an adult's words: an ex-partner, a husband or wife, a grown-up register, said to be adult
_ADULTS_WORDS = re.compile(
    r"\b(?:ex|former|previous) (?:partner|husband|wife|fiance|fiancee|spouse|civil partner)\b"
    r"|\b(?:my|our) (?:partner|husband|wife|spouse|fiance|fiancee)\b"
    r"|\brevenge porn\b|\bintimate (?:image|images|photos?|pictures?|videos?)\b"
    r"|\b(?:image|picture|photo|video) based (?:sexual )?abuse\b"
    r"|\b(?:im|i am|i m) (?:an? )?(?:adult|grown up|grown woman|grown man|woman|man|mother|mum"
    r"|dad|father)\b"
    r"|\badult (?:woman|man|female|male|lady)\b|\bas an adult\b"
    r"|\b(?:woman|man|female|male|lady) (?:aged |of )?(?:1[89]|[2-9]\d)\b"
    # Welsh: "fy nghyn bartner", "fy nghyn wr", "fy ngwr", "fy ngwraig", "fy mhartner"
    r"|\b(?:nghyn|cyn) (?:bartner|partner|wr|wraig|gwr|gŵr)\b|\bfy (?:ngwr|ngŵr|ngwraig|mhartner)\b"
    r"|\b(?:porn|pornograffi|phornograffi|bornograffi) dial\b"  # (w53cymore) Welsh "revenge porn"
    # (w54cychild, welsh22 F9) "delweddau personol" (intimate images: the Welsh Government's and
    # the police's word), as "intimate images" is
    r"|\bdelweddau personol\b"
)
#: a child's life: school, a school year, a children's home, "im a kid"
_CHILDS_LIFE = re.compile(
    rf"\b(?:{IM_A_CHILD}|school|year \d{{1,2}}|yr \d{{1,2}}|children s home|childrens home"
    r"|my teacher|under 18|underage|ysgol|fy athro|fy athrawes)\b"
)


def adults_own_images(understood: Understood, cleaned: str) -> bool:
    """The words (``cleaned``: ``clean_text``) tell of the asker's own sexual images shared,
    posted or threatened, and the asker reads as an adult: an age of 18 or more said, or no age
    with an adult's words (``_ADULTS_WORDS``); never with a child's age, a child's words or
    someone else's images, nor for a parent, a professional or someone worried about their own
    thoughts."""
    asker = understood.asker
    if asker.persona not in ("", "adult") or asker.is_child:
        return False
    if asker.for_age is not None and asker.for_age < 18:
        return False
    if not (_IMAGES.search(cleaned) and _OWN.search(cleaned)):
        return False
    if _SOMEONE_ELSES.search(cleaned) or _CHILDS_LIFE.search(cleaned):
        return False
    if child_now(cleaned) or child_family(cleaned):
        return False
    return asker.is_adult or bool(_ADULTS_WORDS.search(cleaned))


def not_for_adults_images(columns: Columns) -> np.ndarray:
    """Services that cannot help an adult whose own images are shared, over positions: those
    only for children and young people, those only about child sexual abuse (online, in the
    family or in childhood: the Internet Watch Foundation's reporting of images of children,
    CEOP, Report Remove, NAPAC), and the lines for people worried about someone's sexual
    thoughts (Stop It Now), for ``adults_own_images``."""
    children = columns.having("audience", "children-young-people")
    only_children = children & ~columns.having("audience", "adult-survivors")
    about = columns.having("abuse", "child-sexual-abuse")
    other_abuse = [code for code in columns.taxonomy["abuse"] if code not in _CHILD_ABUSE]
    about_others = columns.having("abuse", *other_abuse) if other_abuse else columns.none()
    only_child_abuse = about & ~about_others
    worried = columns.having("audience", "people-worried-about-own-behaviour")
    found: np.ndarray = only_children | only_child_abuse | worried
    return found


#: the kinds of abuse of a service about child sexual abuse only (with abuse in the family, as
#: NAPAC's for adults abused as children; online, as the IWF's), not about an adult's
_CHILD_ABUSE = frozenset({"child-sexual-abuse", "online-abuse", "abuse-in-the-family"})


def made_for_adults_images(columns: Columns) -> np.ndarray:
    """(w50rph) The services made for an adult whose own images are shared or threatened, over
    positions: for adults and not children (their audiences), about online abuse and not
    child sexual abuse (the Revenge Porn Helpline, for adults over 18)."""
    adults_only = columns.having("audience", "adult-survivors") & ~columns.having(
        "audience", "children-young-people"
    )
    online = columns.having("abuse", "online-abuse") & ~columns.having(
        "abuse", "child-sexual-abuse"
    )
    found: np.ndarray = adults_only & online
    return found


def adults_images_first(
    columns: Columns, national: np.ndarray, understood: Understood, said: tuple[str, np.ndarray]
) -> np.ndarray:
    """(w50rph, check53 F9) ``national`` (positions, best first) with the services made for an
    adult whose own images are shared or threatened (``made_for_adults_images``) first after
    the cards the words name (``said``: the cleaned words and the mask of those named), for
    ``adults_own_images``; as it was for anyone else (a child keeps Report Remove and CEOP)."""
    cleaned, named = said
    if not len(national) or not adults_own_images(understood, cleaned):
        return national
    first = named[national]
    theirs = made_for_adults_images(columns)[national] & ~first
    rest = ~first & ~theirs
    return np.concatenate([national[first], national[theirs], national[rest]])


#: (w50rph) words that speak of sexual images at all, in English or Welsh
_IMAGE_WORDS = frozenset(
    {"nudes", "nude", "naked", "intimate", "revenge", "porn", "sextortion", "sextorted",
     "explicit", "topless", "webcam", "noeth", "lluniau", "noethluniau", "delweddau"}
)  # fmt: skip


def images_unasked_fit(columns: Columns, words: Collection[str]) -> np.ndarray:
    """A factor per service (``fit.fit_to_asker``): ``unasked`` (COMMUNITY_UNASKED) for the
    services made for an adult whose images are shared (``made_for_adults_images``) when the
    words (``words``: every word typed, in order) speak of no sexual images (``_IMAGES``,
    ``_IMAGE_WORDS``), as for a community nobody
    named ("help" had the Revenge Porn Helpline third); 1 for the rest."""
    said = [w.casefold() for w in words]
    if _IMAGE_WORDS & set(said) or _IMAGES.search(" ".join(said)):
        return np.ones(len(columns))
    return np.where(made_for_adults_images(columns), COMMUNITY_UNASKED, 1.0)
