"""(w47unsaid, check46 F2) Someone who tells of a sexual assault on themselves in the last few
days ("i was raped yesterday", "someone assaulted me on saturday night") and says neither their
age nor anything a child says (school, a parent or stepparent who did it): most likely an adult
or an older teenager. The page was a child's: Childline and the NSPCC's line for adults worried
about a child led the talk box, and a children's sexual assault referral centre 36 miles away
came before the centre for all ages under a mile away. Now the line for anyone 16 or over leads,
with the children's line still beside it for a young person, and a centre that takes them (for
all ages, or adults) comes before one only for children.

With an age said ("im 34", "im 14"), or words a child's or a parent's, nothing here applies."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from .adult_client import for_an_adult_client, only_for_children
from .adult_images import adults_own_images, made_for_adults_images, not_for_adults_images
from .asker_cared_for import cared_for_adult
from .assault_untimed import own_assault_untimed
from .cared_now import harmed_now_in_care
from .groups import WORRIED, for_people_unnamed, genders_named, survivors_only
from .past_told import past_told_age_unsaid
from .recent import recent_assault

if TYPE_CHECKING:
    from .columns import Columns
    from .understand import Understood

#: someone other than the asker is the one assaulted ("my friend was raped last night", "she
#: got attacked at the weekend", "my sister says a man assaulted her"): not the asker's own
_SOMEONE_ELSE_HARMED = re.compile(
    r"\b(?:my|our|a|her|his|their) (?:\w+ ){0,2}?(?:friend|mate|sister|brother|daughter|son|"
    r"wife|girlfriend|boyfriend|partner|husband|flatmate|housemate|colleague|cousin|niece|"
    r"nephew|student|pupil|client|patient|mum|mother|dad|father)s? (?:\w+ ){0,3}?"
    r"(?:was|were|got|has been|have been|s been|says|said|told)\b"
    r"|\b(?:she|he|they) (?:was|were|got|has been|have been|s been)\b"
    r"|\b(?:raped|assaulted|attacked|touched|abused) (?:her|him|them)\b"
)


def own_assault_age_unsaid(understood: Understood, cleaned: str) -> bool:
    """The words (``cleaned``: ``clean_text``) tell of a sexual assault in the last few days
    (``recent.recent_assault``) on the person asking, who is read as nobody in particular: no
    age of theirs or of anyone they ask for, no child's, parent's or professional's words."""
    asker = understood.asker
    if asker.persona or asker.age is not None or asker.for_age is not None:
        return False
    if _SOMEONE_ELSE_HARMED.search(cleaned):
        return False
    return recent_assault(understood, cleaned) or own_assault_untimed(cleaned)  # (check49)


def likely_grown_up(understood: Understood, cleaned: str) -> bool:
    """Nobody in particular is read as asking, no age is said, and the words are most likely a
    grown-up's or an older teenager's: their own recent assault (``own_assault_age_unsaid``),
    or their own carer, support worker, care home or learning disability
    (``asker_cared_for.cared_for_adult``), or their own sexual images shared or threatened, in
    an adult's words (``adult_images.adults_own_images``), or abuse done to them told in the
    past tense (``past_told.past_told_age_unsaid``): "Talk to someone now" then leads with the
    line for anyone 16 or over (``unsaid_age_order``)."""
    asker = understood.asker
    if asker.persona or asker.age is not None or asker.for_age is not None:
        return False
    return (
        cared_for_adult(cleaned)
        or own_assault_age_unsaid(understood, cleaned)
        or adults_own_images(understood, cleaned)
        or past_told_age_unsaid(understood, cleaned)  # (w49note, check51 F9)
    )


#: the lines for anyone 16 or over that lead "Talk to someone now" for them, in this order;
#: (w54cydanger, welsh22 F4) on Welsh pages, Wales's own line for sexual violence (Live Fear
#: Free, in Welsh, day and night) first: Meic, for children, had led it
ADULTS_FIRST = ("live-fear-free", "rape-crisis-247")
#: the lines made for children, kept next for a young person, in the site's order
CHILDREN_NEXT = ("meic", "childline")
#: then the line for anyone affected by a crime, day or night, reported or not
ANYONE_NEXT = ("victim-support",)
#: the lines for someone else's worry: adults worried about a child (the NSPCC's), or about
#: someone's sexual thoughts or behaviour (Stop It Now): not theirs, so after the others
WORRIED_LAST = ("nspcc-helpline", "stop-it-now")


def unsaid_age_order(order: tuple[str, ...], cleaned: str = "") -> tuple[str, ...]:
    """The site's helplines (``order``) for ``likely_grown_up``: the line for anyone
    16 or over first, then the children's lines, then Victim Support's and the others; the
    lines for someone else's worry last. (w49note, check51 F5) For a cared-for adult's words
    (``cleaned``: ``asker_cared_for.cared_for_adult``), Victim Support's before the children's:
    the lines for adults lead ("i use a wheelchair and my carer touches me" had Childline
    second), and Childline stays for a young person with a carer."""
    first = [i for i in ADULTS_FIRST if i in order]
    children = [i for i in order if i in CHILDREN_NEXT]
    last = [i for i in order if i in WORRIED_LAST]
    rest = [i for i in order if i not in (*first, *children, *last)]
    if cared_for_adult(cleaned):
        return (*first, *ANYONE_NEXT, *children, *rest, *last)
    return (*first, *children, *ANYONE_NEXT, *rest, *last)


def childhood_only_later(
    columns: Columns, understood: Understood, cleaned: str, local: np.ndarray
) -> np.ndarray:
    """(w49note, check51 F5) For a grown-up (read as nobody in particular or an adult; w59adult:
    an adult's age said too) harmed now by who cares for them (``cared_now.harmed_now_in_care``),
    the local services only for adults abused as children (``childhood_only``) after the rest:
    a wheelchair user whose carer touches them had a service "for adults who were abused in
    childhood" first, above the centre for people assaulted in the past year."""
    if not harmed_now_in_care(cleaned, understood.asker):  # (w59adult: an adult's age too)
        return local
    childhood = childhood_only(columns)
    return np.concatenate([local[~childhood[local]], local[childhood[local]]])


def childhood_only(columns: Columns) -> np.ndarray:
    """The services only for adults abused as children (for adult survivors and nobody on a
    child's side, for child sexual abuse and not for sexual violence at any age: NAPAC, not a
    rape crisis centre that sees adults abused as children too), over positions."""
    only: np.ndarray = survivors_only(columns) & columns.having("abuse", "child-sexual-abuse")
    only &= ~columns.having("abuse", "sexual-violence")
    return only


def not_for_harm_now(columns: Columns, understood: Understood, cleaned: str) -> np.ndarray:
    """(w59adult, check60 F7) For a grown-up harmed now by who cares for them
    (``cared_now.harmed_now_in_care``), the national services that follow the rest of the
    national list, over positions: only for adults abused as children (NAPAC was the first card for
    "i am 34 with learning disabilities my support worker touched me"), only for children,
    or for nobody harmed themselves (parents and others worried about a child, professionals:
    the NSPCC's line, the CSA Centre), or for people worried about someone's sexual thoughts
    (Stop It Now), or only for particular people the words do not name
    (``groups.for_people_unnamed``); none otherwise."""
    if not harmed_now_in_care(cleaned, understood.asker):
        return columns.none()
    around = columns.having("audience", "parents-carers", "professionals", WORRIED)
    others = around & ~columns.having("audience", "children-young-people", "adult-survivors")
    worried = columns.having("audience", WORRIED)  # (Stop It Now; not Respond, for children too)
    others |= worried & ~columns.having("audience", "children-young-people")
    said = genders_named(understood.asker, understood.concepts, understood.all_words)
    others |= for_people_unnamed(columns, said)  # (LGBT+ people's line, when none is named)
    later: np.ndarray = childhood_only(columns) | only_for_children(columns) | others
    # (the local ones: ``childhood_only_later``, ``children_only_after``)
    later &= columns.everywhere()
    return later


def centres_taking_adults_first(
    columns: Columns, found: tuple[np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """The local services near a place (``found``: those near, those weaker) with the sexual
    assault referral centres that take adults (for all ages, or adults) before the centres only
    for children among those near; when none near takes adults, the weaker ones that do come
    near, before the children's (Grange Park SARC, under a mile from Stoke, was under
    "Other services near you" below a children's centre 30 miles away)."""
    local, weaker = found
    sarc = columns.having("support", "sarc")
    only_children = (
        sarc
        & columns.having("audience", "children-young-people")
        & ~columns.having("audience", "adult-survivors")
    )
    taking = sarc & ~only_children
    if not only_children[local].any():
        return local, weaker
    if not taking[local].any():
        brought = weaker[taking[weaker]]
        local = np.concatenate([brought, local])
        weaker = weaker[~np.isin(weaker, brought)]
    slots = local[sarc[local]]
    reordered = local.copy()
    reordered[sarc[local]] = np.concatenate(
        [slots[~only_children[slots]], slots[only_children[slots]]]
    )
    return reordered, weaker


def others_worries(columns: Columns, understood: Understood, cleaned: str) -> np.ndarray:
    """For ``likely_grown_up`` words, the services only for someone else's worry, over
    positions: for parents and carers of a child, or for people worried about someone's sexual
    thoughts, and for neither children nor adult survivors (the NSPCC's line, Parents Protect,
    Stop It Now): they follow the rest of the national list, as they do in the talk box ("my
    carer does things to me" had the NSPCC's line first). For a professional asking for an
    adult (``adult_client.for_an_adult_client``), those, the services only for children and
    the lines for people worried about someone's sexual thoughts.
    (w49adult) For an adult whose own images are shared (``adult_images.adults_own_images``),
    those and the services only for children or only about child sexual abuse (Report Remove,
    CEOP, the IWF's reporting of images of children). (w50rph) For anyone else, the services
    made for such an adult (``adult_images.made_for_adults_images``). None otherwise."""
    adult_client = for_an_adult_client(understood, cleaned)
    images = adults_own_images(understood, cleaned)
    # (w50rph) the services made for an adult whose images are shared, for nobody else: the
    # Revenge Porn Helpline, for adults only, came first for adults abused as children
    held: np.ndarray = columns.none() if images else made_for_adults_images(columns)
    held = held | not_for_harm_now(columns, understood, cleaned)  # (w59adult)
    if not (adult_client or images or likely_grown_up(understood, cleaned)):
        return held
    theirs = columns.having("audience", "children-young-people", "adult-survivors")
    worried: np.ndarray = columns.having("audience", "parents-carers", WORRIED) & ~theirs
    # (w61adult) and the lines for someone worried about sexual thoughts, not for children
    # (Stop It Now, for adult survivors too): harm told of oneself is not such a worry (it was
    # the second card for "i cant live with what my uncle did to me")
    worried |= columns.having("audience", WORRIED) & ~columns.having(
        "audience", "children-young-people"
    )
    if adult_client:  # (and Stop It Now, for anyone worried about someone's behaviour too)
        worried |= only_for_children(columns) | columns.having("audience", WORRIED)
    if images:
        worried |= not_for_adults_images(columns)
    worried |= held
    return worried
