"""(w57suicide, check59 finding 3) Suicide said in Panjabi written in Gurmukhi, the script most
Panjabi speakers in England use: "ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ" (I want to die) and "ਮੈਂ ਆਪਣੇ ਆਪ ਨੂੰ
ਮਾਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ" (I want to kill myself) brought the NSPCC, the rape line and Childline
under a line about interpreters; Panjabi in Shahmukhi and in Latin letters was read
(``suicide_languages``), Gurmukhi was not.

Read as ``suicide_languages`` reads the others: a wish (``wish_gurmukhi``) brings the English
warning "If your life is at risk now, call 999 or go to A&E" and Samaritans first; the word
for suicide alone (``suicide_gurmukhi``), Samaritans first.

Only wordings checked against pages in Gurmukhi (stored copies searched on 2026-12-07; for
maintainers, never shown):

=================================== ===========================================================
wording                             page read (words seen there)
=================================== ===========================================================
ਖੁਦਕੁਸ਼ੀ, ਖ਼ੁਦਕੁਸ਼ੀ, ਖੁਦਕੁੱਸ਼ੀ (suicide)  etvbharat.com/pa (World Suicide Prevention Day),
                                    dailypost.in (Tele-MANAS helpline), amritsartimes.com
ਆਤਮ ਹੱਤਿਆ (suicide)                pa.svetzdravlja.org ("ਆਤਮ ਹੱਤਿਆ ਕੀ ਹੈ?"), a Calgary
                                    writer's blog
ਮਰਨਾ ਚਾਹੁੰਦਾ / ਚਾਹੁੰਦੀ (want to die)    etvbharat.com/pa ("ਮਰਨਾ ਅਸਾਨ ਨਹੀਂ ਹੁੰਦਾ"),
                                    pa.svetzdravlja.org ("ਖਤਮ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹਨ": want to end)
ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰਨਾ ਚਾਹੁੰਦਾ / ਚਾਹੁੰਦੀ     the Calgary writer's blog ("ਆਪਣੇ-ਆਪ ਨੂੰ ਮਾਰ ਲੈਣਾਂ": to kill
(want to kill myself)               oneself)
=================================== ===========================================================

The first-person wishes are the plain forms of the words seen: infinitive and "ਚਾਹੁੰਦਾ"
(masculine) or "ਚਾਹੁੰਦੀ" (feminine), as "ਨਹੀਂ ਕਰਨਾ ਚਾਹੁੰਦਾ" is used on the pages read.

Not "ਮੈਂ ਮਰਨਾ ਨਹੀਂ ਚਾਹੁੰਦਾ" (I do not want to die: "ਨਹੀਂ" comes between), nor "ਉਹ ਮਰਨਾ
ਚਾਹੁੰਦਾ ਹੈ" (he wants to die: someone else's, Samaritans first without the warning).

Gujarati ("મારે મરી જવું છે", I want to die) and Somali ("waan is dilayaa", I will kill myself)
are not read: no stored page in either was found to check a wish against (the Gujarati word
for suicide alone, આત્મહત્યા, is read by ``suicide_languages``).

Over the words as ``suicide_languages`` folds them (other scripts kept, NFC).
"""

from __future__ import annotations

import re
import unicodedata

_WANT = "ਚਾਹੁੰਦ[ਾੀ]"
#: want to die, want to kill myself
_WANTS = unicodedata.normalize("NFC", rf"ਮਰਨਾ {_WANT}|ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰਨਾ {_WANT}")
#: the wish of the one asking: not after "ਉਹ" (he, she)
_WISH = re.compile(rf"(?<!ਉਹ )(?:{_WANTS})")
_ANYONES = re.compile(_WANTS)
#: the nukta (਼), which NFC keeps apart from its letter (ਖ਼ is ਖ and ਼), and the addak (ੱ)
_NUKTA, _ADDAK = "\u0a3c", "\u0a71"
_WORD = re.compile(rf"ਖ{_NUKTA}?ੁਦਕੁ{_ADDAK}?ਸ{_NUKTA}ੀ|" + unicodedata.normalize("NFC", "ਆਤਮ ?ਹੱਤਿਆ"))


def wish_gurmukhi(folded: str) -> bool:
    """``folded`` (the words folded as ``suicide_languages`` folds them) says in Gurmukhi "I
    want to die" or "I want to kill myself"."""
    return bool(_WISH.search(unicodedata.normalize("NFC", folded)))


def suicide_gurmukhi(folded: str) -> bool:
    """``folded`` says in Gurmukhi a wish to die, anyone's, or the word for suicide."""
    text = unicodedata.normalize("NFC", folded)
    return bool(_ANYONES.search(text) or _WORD.search(text))
