"""(w61online, forty-seventh walk-through F5) How someone was told is not what was done: "my 8
yr old told me on a video call his mums new husband touches him" put the Marie Collins
Foundation and the Internet Watch Foundation's image reporting among a father's first cards
("video" read as online abuse), where "told me on the phone" gave the NSPCC and Parents
Protect. The way a telling came (a video call, FaceTime, a text, a message, WhatsApp, Snapchat,
the phone) is left out of what is searched when it follows or comes just before the telling:
"she told me over facetime that", "on a video call last night my son said", Welsh "dwedodd
wrtha i ar alwad fideo".

Not an instruction given over it ("he told me on facetime to take my top off": the abuse is
online), nor the call or the pictures themselves ("he made me undress on a video call", "he
sends me videos"), which are still read.

Over ``clean_text``'s words; used by ``asides.without_asides``."""

from __future__ import annotations

import re

__all__ = ["without_told_over"]

#: the way a telling came: "a video call", "facetime", "a text", "whatsapp", "the phone"
_WAY = (
    r"(?:on|over|via|by|during|in|through) (?:a |an |the |our |my |his |her |their )?"
    r"(?:video calls?|videocalls?|video chats?|facetime|face time|facetimes|zoom(?: call)?"
    r"|teams(?: call)?|skype(?: call)?|whatsapp(?: video| call| video call| message)?"
    r"|snapchat|snap|insta|instagram|messenger|dm|dms|texts?|messages?|phone(?: call)?"
    r"|call|calls|phonecall|phone calls?)"
)
_TOLD = (
    r"(?:told|tells|telling|tell|said|says|saying|mentioned|disclosed|admitted|confided"
    r"|let slip|opened up|explained|whispered|messaged|texted)"
    r"(?: (?:to|in) (?:me|us)| me| us| her| him| them| my \w+| her \w+| his \w+)?"
)
_TOLD_OVER = re.compile(
    # "told me on a video call (that) …", not "told me on facetime to …"
    rf"\b(?P<told>{_TOLD}) {_WAY}\b(?! to\b)(?! 2\b)"
    # "on a video call (last night) my son told me …"
    rf"|\b{_WAY} (?P<then>(?:\w+ ){{0,6}}?{_TOLD})\b"
    # Welsh: "dwedodd wrtha i ar alwad fideo", "wedi deud wrtha i dros y ffôn"
    r"|\b(?P<told_cy>(?:dweud|ddweud|deud|ddeud|dwedodd|ddwedodd|dudodd|ddudodd|sonio|soniodd)"
    r"(?: wrtha i| wrtha fi| wrthyf| wrthon ni| wrtho i)?) (?:ar|dros) (?:alwad fideo"
    r"|galwad fideo|facetime|y ffon|ffon|neges|decst|tecst|whatsapp|snapchat|snap)\b"
)


def _kept(found: re.Match[str]) -> str:
    return found["told"] or found["then"] or found["told_cy"] or " "


def without_told_over(searched: str) -> str:
    """``searched`` (``clean_text``) without the way a telling came, the telling kept."""
    return " ".join(_TOLD_OVER.sub(_kept, searched).split())
