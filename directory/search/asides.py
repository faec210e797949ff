"""(w43ask) Words said in passing that name no need and no abuse, left out of what is searched
(who is asking is still read from all the words):

- a parent named as who must not know ("pls dont tell my mum", "without my dad finding out",
  "my parents cant find out", Welsh "paid dweud wrth fy mam"): a wish for privacy, not abuse
  within the family (abuse by someone of the family named elsewhere is still read: "my stepdad
  touches me, dont tell my mum");
- "now" that begins what happened next ("n now evry1 has them", "and now hes threatening me"):
  no need for help at this very moment ("right now", "need help now" are);
- (check45) how many hours or days ago it happened ("2 days ago", "a couple of days ago", "5
  hours ago", Welsh "dau ddiwrnod yn ôl"): when, which ``recent`` reads, not words a service
  says. "raped 2 days ago" showed "No service near you matches your words closely" and the
  SARC under "may not be for you"; "years ago" stays, a listing's "many years ago" answering it;
- (w61online) the way a telling came ("told me on a video call": ``told_over``);
- (w64life, check63 F1) "train" in "the train tracks", "the train line", "the train station":
  a place, not the training the word's stem met (Stop It Now's training for professionals was
  the third card for "my friend is on the train tracks and says she wants to die").

Over ``clean_text``'s words; used by ``understand``."""

from __future__ import annotations

import re

from .told_over import without_told_over

#: a parent or the family, as who must not know
_PARENT = (
    r"(?:my |me |our )?(?:mum and dad|mum or dad|mom and dad|mam and dad|mum|mom|mam|mummy|"
    r"mother|dad|daddy|father|parents|parent|family|nan|gran|carers|carer|foster carers|"
    r"foster carer|foster parents)"
)
_PARENT_CY = r"(?:fy |'y |y )?(?:mam|nhad|tad|rhieni|nheulu|teulu|nain|taid)"
#: ... told not to be told, or not to know: "dont tell my mum", "without telling my parents",
#: "without my dad knowing", "my mum cant find out", "dont want my mum to know"
_KEPT_FROM = re.compile(
    r"\b(?P<verb>(?:dont|don t|do not|dnt|never|not|wont|won t|cant|can t|without|scared to|"
    r"afraid to) (?:tell|telling|tellin|let|letting|involve|involving|want|wanting)"
    r"(?: to tell)?) " + _PARENT + r"\b(?: (?:to )?(?:know|find out))?"
    r"|\bwithout " + _PARENT + r" (?:knowing|finding out|find out|seeing)\b"
    r"|\b" + _PARENT + r" (?:cant|can t|cannot|mustnt|must not|shouldnt|wont|won t|doesnt|"
    r"does not|dont|don t) (?:find out|know|knows|see|hear)\b"
    r"|\b(?:paid|peidiwch) (?:a |â )?(?:dweud|deud|sôn|son) (?:wrth|wrth) " + _PARENT_CY + r"\b"
    r"|\bheb (?:i |ddweud wrth )?" + _PARENT_CY + r"(?: wybod| gwybod)?\b"
)
#: "now" that begins what happened next: "n now evry1 has them", "and now hes…"
_NOW_NEXT = re.compile(
    r"\b(?:and|n|an|but|so|&) now (?=(?:every1|evry1|evryone|everyone|everybody|he|hes|she|shes|"
    r"they|theyre|its|people|the|my|his|her|their|social|police|school)\b)"
)


#: hours or days ago ("2 days ago", "a few days ago", "couple of nights ago", "dwy awr yn ol")
_HOURS_AGO = re.compile(
    r"\b(?:(?:about|around|like|only|just) )?(?:\d{1,2}|a|an|one|two|three|four|five|six|"
    r"a few|few|a couple of|couple of|couple|several|some)? ?"
    r"(?:hours?|hrs?|days?|nights?) ago\b"
    r"|\b(?:\d{1,2}|dwy|dau|ddwy|ddau|tair|tri|pedair|pedwar|pum|pump|ychydig o|cwpl o) ?"
    r"(?:awr|oriau|diwrnod|ddiwrnod|diwrnodau|ddiwrnodau|noson|nosweithiau) yn ol\b"
    r"|\b(?:un |1 )?wythnos yn ol\b"
)


#: "train" naming the railway: "train tracks", "train line", "train station"
_TRAIN_PLACE = re.compile(r"\btrain (?=(?:tracks?|lines?|station|platform|bridge)\b)")


def without_asides(searched: str) -> str:
    """``searched`` without a parent named as who must not know (the words before it stay:
    "pls dont tell"), without "now" beginning what happened next, and without how many hours
    or days ago."""
    searched = _HOURS_AGO.sub(" ", _KEPT_FROM.sub(lambda found: found["verb"] or " ", searched))
    searched = without_told_over(_TRAIN_PLACE.sub("", searched))
    return " ".join(_NOW_NEXT.sub(lambda found: found[0].split()[0] + " ", searched).split())
