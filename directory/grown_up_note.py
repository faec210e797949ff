"""(w47crisis, check46 F4) When a results page may tell a child "You cannot ring or text this
service yourself: talk to the people above, or ask a grown-up you trust to contact it for you".

Two things made that note untrue. It sat above a service whose own listing says people can
contact it themselves (Sheffield's rape and sexual abuse centre: self-referral, from 13, by its
website): someone who can reach it alone was told to get a grown-up. And it was shown to
someone whose age was never said, read as a child only because they named a relative ("my
uncle abused me and i want to die"), who may be an adult: the note is for a child, and only
when the words are a child's (an age under 18, abuse going on now, a child's own life: "im in
year 8", "comes into my room").

(w48crisis, check48 F4) It still stood where it did not help. A boy of 14 who could not phone
because his stepfather would hear, in English and in Welsh, was told he "cannot ring or text"
a service and to ask a grown-up, under a box that had just given him the lines he can text or
chat to: those are his way, and the grown-up at home may be who abuses him. And someone who
said no age at all ("my dad hurts me at night") was told to ask a grown-up: whether a service
takes a child alone depends on the child's age, and the words may be a teenager's or an
adult's. The note is now for a child who says their age (or school year) and can phone: a
child of 9 whose local services take children only through an adult.
"""

from __future__ import annotations

import re

from .model import ListingStatus, Service
from .search import Asker
from .search.asker import child_now
from .search.asker_ages import child_family
from .search.asker_cared_for import IM_A_CHILD

#: a child saying what they are or where their day is ("im a girl", "im only a kid", "at
#: school", "my teacher"); Welsh: "dw i'n blentyn", "yn yr ysgol", "fy athro"
_CHILDS_LIFE = re.compile(
    rf"\b(?:{IM_A_CHILD}|(?:im|i am|i m) (?:a |only a |just a |still a )?(?:boy|girl)|at school"
    r"|my (?:teacher|form tutor|head ?teacher)|yn yr ysgol|fy (?:athro|athrawes))\b"
)


def words_of_a_child(asker: Asker, cleaned: str) -> bool:
    """The asker is a child by an age said (under 18), or, with no age, by words only a child
    uses: abuse going on now (``asker.child_now``, ``asker_ages.child_family``) or a child's
    own life (``_CHILDS_LIFE``). Naming a relative who abused them is not enough."""
    if asker.age is not None:
        return asker.age < 18
    return bool(child_now(cleaned) or child_family(cleaned) or _CHILDS_LIFE.search(cleaned))


def contacted_alone(service: Service, age: int | None) -> bool:
    """The service's own listing says people can contact it themselves (self-referral), gives
    a way to (a phone, a text number, an email, a website, or the NHS finder that gives its
    contact details: its card says "You can contact them yourself"), is open as usual, and takes
    someone of ``age`` by themselves (from its minimum age and its self-referral age; any age
    when none is said)."""
    contact = service.contact
    if not service.self_referral or service.status != ListingStatus.ACTIVE:
        return False
    ways = (contact.callable_phone, contact.text, contact.email, contact.website, contact.finder)
    if not any(ways):
        return False
    if age is None:
        return True
    from_age = max(service.minimum_age or 0, service.self_referral_from_age or 0)
    return age >= from_age


def note_helps(asker: Asker, without_voice: bool) -> bool:
    """(w48crisis, check48 F4) The note to ask a grown-up helps this child: they said their age
    (or school year: ``Asker.age``), and did not say they cannot phone (``without_voice``:
    ``lines.asks_without_voice``; their box gives the lines to text or chat to, first)."""
    return asker.age is not None and not without_voice
