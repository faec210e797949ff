"""(w38ask) A child telling, in the present tense, of touching by someone in or around the
family: "my dads mate touches my privates", "my step brother keeps feeling my bum", "nans
lodger puts his hand in my pants", "my uncles friend plays with me down there"; Welsh "mae
ffrind dad yn cyffwrdd fi".

Someone of the family or household (``FAMILY``), or someone around them ("dads mate", "mums
boyfriend", "my cousins friend"), then a touch now (``TOUCH_NOW``; never the past: "touched" may
be an adult's memory), then the asker's body (``BODY``: "me", "my privates", "down there"). An
adult's words are read before these and win (an adult age, "as a child", "years ago"), so do a
parent's ("my partner's dad touches my daughter") and a professional's ("my client's stepdad
touches her": not the asker's body); and a grown-up's life ("my husband touches me when I say
no", "my boss") is never a child's. Over ``clean_text``'s words; used by
``asker_ages.child_family``."""

from __future__ import annotations

import re

from .asker_patterns import _GROWN_UP_LIFE, _MOTHERS_PARTNER

#: the family and household, as a child names them (after "my", "our", or first)
FAMILY = (
    r"(?:dad|daddy|mum|mam|mom|mummy|stepdad|step dad|stepfather|step father|stepmum|step mum|"
    r"stepmother|brother|big brother|older brother|stepbrother|step brother|half brother|"
    r"sister|big sister|older sister|stepsister|step sister|half sister|uncle|great uncle|aunt|"
    r"auntie|aunty|cousin|older cousin|grandad|granddad|grandpa|grandfather|nan|nana|nanny|"
    r"gran|grandma|grandmother|babysitter|lodger|godfather)"
)
#: someone around the family ("dads mate", "mums boyfriend", "my cousins friend")
AROUND = (
    r"(?:mate|mates|friend|friends|pal|boyfriend|girlfriend|partner|husband|wife|fella|bloke|"
    r"brother|dad|son|lodger)"
)
#: a touch going on now
TOUCH_NOW = (
    r"(?:(?:keeps|keep|is|always|still|sometimes|often) )?(?:touches|touching|touchin|feels|"
    r"feeling|feelin|rubs|rubbing|grabs|grabbing|gropes|groping|plays with|playing with|"
    r"fiddles with|fiddling with|strokes|stroking|licks|licking|pokes|kisses|kissing|hurts|"
    r"hurting|films|takes (?:pictures|photos|pics) of|puts (?:his|her) "
    r"(?:hands?|fingers?|thing|willy|penis) (?:on|in|down|up|inside|under))"
)
#: the asker's body
BODY = (
    r"(?:me|down there|my (?:privates|private parts|private bits|private area|private place|"
    r"private|bits|body|bum|bottom|boobs|chest|breasts|willy|winky|penis|vagina|fanny|"
    r"front bottom|minnie|legs|thighs|knickers|pants|boxers|clothes|top))"
)

_TOUCHED_NOW = re.compile(
    rf"(?:\bmy |\bour |^){FAMILY}(?:s? {AROUND})?\b(?: \w+){{0,4}}? {TOUCH_NOW}"
    rf"(?: \w+){{0,3}}? {BODY}\b"
    # Welsh: "mae ffrind dad yn cyffwrdd fi", "mae fy llystad yn twtsiad fy nghorff"
    r"|\bmae\b(?: \w+){0,4}? (?:yn|n) (?:cyffwrdd|twtsiad|twtsio|teimlo|byseddu)(?: â| a)? "
    r"(?:fi|mi|yn fi|fy nghorff|fy mhreifat|fy rhannau preifat|fy mhethau preifat)\b"
)


def touched_now(cleaned: str) -> bool:
    """Touching of the asker going on now, by someone in or around the family, in no
    grown-up's life: a child telling."""
    if not _TOUCHED_NOW.search(cleaned):
        return False
    return not _GROWN_UP_LIFE.search(_MOTHERS_PARTNER.sub(" ", cleaned))
