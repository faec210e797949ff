"""(w46child, check45 F5) Words of a young person whose parent or carer watches how they reach
anyone: "my dad checks my laptop", "my mum listens to everything", "my stepdad took my phone",
"im not allowed a phone". Nobody says who is asking, but a parent who reads a person's messages
or keeps them from a phone is a young person's, and "Talk to someone now" for someone who cannot
phone then offers the lines young people can text or chat with, as it does for a child.

Read on cleaned text (``lexicon.clean_text``: lower case, no apostrophes)."""

from __future__ import annotations

import re
from dataclasses import replace

from .asker import Asker

#: a parent or carer, as a young person names them ("my mum", "me dad", "my step dad", "my
#: parents", "my foster carer"); never a partner, a husband or a boss
_PARENT = (
    r"(?:my|me|our) (?:step ?)?(?:mum|mam|mom|mummy|mother|dad|daddy|father|parents?|"
    r"nan|nana|gran|grandad|grandma|carers?|foster (?:mum|dad|carers?|parents?))"
)
#: watching what they write, say or do ("checks", "reads", "goes through", "listens to")
_WATCH = (
    r"(?:checks?|checking|reads?|reading|goes through|going through|looks through|looking "
    r"through|listens? (?:in )?(?:to|on)|listening (?:in )?(?:to|on)|monitors?|monitoring|"
    r"tracks?|tracking|watches|watching|spies on|spying on|has|knows|took|takes|taken|"
    r"has taken|confiscated|hides|keeps)"
)
#: what of theirs is watched or taken
_THEIRS = (
    r"(?:(?:all )?my (?:phone|mobile|laptop|computer|tablet|ipad|messages|texts|calls|"
    r"chats|snapchat|insta|instagram|whatsapp|internet|history|screen|passwords?)|"
    r"everything(?: i do| i say)?|all my stuff)"
)

_WATCHED = re.compile(
    rf"\b{_PARENT} (?:\w+ )?{_WATCH} {_THEIRS}\b"
    # "im not allowed a phone", "not allowed my phone", "my parents wont let me have a phone"
    r"|\bnot allowed (?:a|my|to have a|to use (?:a|my|the)) (?:phone|mobile|laptop)\b"
    rf"|\b{_PARENT} (?:\w+ )?(?:wont|will not|doesnt|does not|dont|do not) let me "
    r"(?:have|use|go on) (?:a |my |the )?(?:phone|mobile|laptop|computer|internet)\b"
)


def watched_young(cleaned: str) -> bool:
    """Whether the words say a parent or carer watches, or keeps from them, the ways the person
    asking reaches anyone (their phone, messages, laptop): a young person's words."""
    return bool(_WATCHED.search(cleaned))


def watched_asker(asker: Asker, cleaned: str) -> Asker:
    """``asker``, or a young person (``Asker.persona`` "child", no age) when nobody says who is
    asking, no age is given and the words say a parent or carer watches or keeps from them
    their phone, messages or laptop (``watched_young``): the whole page is then a young
    person's, as the talk box for someone who cannot phone already was."""
    if asker.persona or asker.age is not None or not watched_young(cleaned):
        return asker
    return replace(asker, persona="child")
