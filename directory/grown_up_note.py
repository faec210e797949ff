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

(w49note, check51 F3) A child of 12 who said she had no grown-up she could trust, and that her
mum knew and did nothing, was told to ask a grown-up she trusts; so were children of 10 and 13
above a service whose listing gives no phone but never says a child cannot contact it ("Ask the
service"). The grown-up is now named only when a card says the service does not take the child
alone (``ResultItem.alone_from``, or referral only), and never to a child who says they have no
adult to trust or tell, or that the adults know and do nothing (``no_one_to_ask``). Otherwise
the note says what is true: the service has no number to ring or text, the lines above are
there, and the website on its card where every card shows one (``note_kind``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from .model import ListingStatus, Service
from .search import Asker
from .search.asker import child_now
from .search.asker_ages import child_family
from .search.past_told import CHILDS_LIFE

#: a child saying what they are or where their day is (``past_told.CHILDS_LIFE``)
_CHILDS_LIFE = CHILDS_LIFE


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


#: (w49note) a child saying there is no adult to ask: no grown-up to trust, tell or turn to
#: ("i have no grown up i can trust", "theres nobody i can tell"), nobody who believes or helps
#: them, or the adults know and do nothing ("my dad knows and does nothing"); Welsh: "does gen i
#: neb", "neb i ymddiried ynddo", "does neb yn fy nghredu", "dim oedolyn", "yn gwybod a ...
#: ddim yn gwneud dim"
_NO_ONE_TO_ASK = re.compile(
    r"\b(?:(?:no|not a|not any|not one|dont have a|dont have any|havent got a|havent got any)"
    r" ?(?:single )?(?:grown ?ups?|adults?|one|body|person|parents?)"
    r"(?: (?:that |who |whom )?(?:i|we) (?:can|could|would|will)?| to)? ?"
    r"(?:trust|tell|talk to|turn to|ask|go to|help|believe|cares?)"
    r"|(?:no ?one|no ?body|none of them) (?:believes|listens|helps|cares|does anything"
    r"|will (?:help|believe|listen|do anything))"
    r"|(?:dont|do not|cant|can not|cannot) trust (?:any|anyone|any ?one|anybody|adults|grown ?ups)"
    r"|(?:cant|can not|cannot) tell (?:anyone|any ?one|anybody|an adult|a grown ?up)"
    r"|knows? (?:about it |about this )?(?:and|but) (?:does|do|did|has done|have done) nothing"
    r"|(?:dont|doesnt|didnt|wont|do not|does not|did not) believe me"
    r"|does (?:gen i |gennyf |gen i ddim |gennyf ddim )?neb|neb (?:i ymddiried|yn fy nghredu"
    r"|i ddweud|i siarad|yn helpu)|dim oedolyn|(?:ddim|dim) yn (?:gwneud|neud) dim"
    # (welsh20 F2) as people say it: "alla i ddim dweud wrth neb", "fedra i ddim deud wrth neb",
    # "dw i ddim yn trystio neb", "does gen i ddim oedolyn", "dim un oedolyn", "sgen i neb",
    # "sneb gyda fi", "does gyda fi neb", "sdim neb yn gwrando", "mae mam yn gwybod a dydy hi'n
    # gwneud dim byd"
    r"|(?:dweud|deud|gweud|siarad|son) (?:wrth|efo|gyda|â|a) neb|(?:trystio|trysto|ymddiried yn)"
    r" neb|d?dim (?:un )?oedolyn|s(?:gen|gin|gyn) i neb|sneb|(?:gyda|gen|efo) fi neb|sdim neb"
    r"|neb yn (?:gwrando|poeni|malio|helpu|credu)"
    r"|gwybod\b(?: \w+){0,5}? (?:\w+ )?(?:gwneud|neud|gneud) (?:dim|diawl o ddim))\b"
)


def no_one_to_ask(cleaned: str) -> bool:
    """(w49note) The words say there is no adult to ask for help (``_NO_ONE_TO_ASK``)."""
    return bool(_NO_ONE_TO_ASK.search(cleaned))


NoteKind = Literal["grown_up", "alone", "lines", "website"]


def _through_a_professional(service: Service) -> bool:
    """The listing says people come to it through a referral and not by themselves (its card:
    "Through a professional"); one that says neither ("Ask the service") is not."""
    return not service.self_referral and bool(service.referral_routes)


def note_kind(items: Sequence[Any], cleaned: str) -> NoteKind:
    """(w49note) What the note under the talk box says of the local cards ``items`` a child
    cannot ring or text. When a card says the service does not take the child alone
    (``alone_from``, or through a professional): "grown_up" (ask a grown-up you trust to
    contact it), or "alone" (the lines above) when the words say there is no adult to ask
    (``no_one_to_ask``). Otherwise the cards give no number to ring or text now: "website"
    (the lines above, or the website on the card) when every card shows one, else "lines"."""
    services = [item.service for item in items]
    not_alone = any(
        getattr(item, "alone_from", 0) or _through_a_professional(item.service) for item in items
    )
    if not_alone:
        return "alone" if no_one_to_ask(cleaned) else "grown_up"
    if all(s.contact.website for s in services):
        return "website"
    return "lines"
