"""(w48own; thirty-fifth walk-through F3, check48 finding 5) Who is asking, read from a few
family words of the languages the site already names (``languages``), written in Latin letters
as people type them: "moja córka", "mi hijo", "meu filho", "fiica mea", "mera beta" say a
parent; "mam 14 lat", "tengo 14 años", "tenho 14 anos", "main 14 saal ki hoon" a child's or
an adult's own age. A mother writing "Moja córka ma 10 lat, her stepfather abused her" was
given Childline first, and Stop It Now and NAPAC as the first cards.

A small table of words, not a translator: it reads who the help is for, nothing else. Over
``clean_text``'s words (folded to a-z: "córka" is "corka"; Polish "ł" is dropped)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .asker import Asker

#: "my son", "my daughter", "my child", "our daughter" ... by language
_PARENT_PHRASES = (
    # Polish (and the forms after a verb: "mojego syna", "moją córkę")
    "moj syn", "moj synek", "moja corka", "moja coreczka", "moje dziecko", "moje dzieci",
    "mojego syna", "moja corke", "mojej corki", "mojej corce", "mojemu synowi", "mojego dziecka",
    "nasz syn", "nasza corka", "nasze dziecko", "naszego syna", "naszej corki",
    # Spanish
    "mi hijo", "mi hija", "mis hijos", "mis hijas", "mi hijito", "mi hijita", "mi nino",
    "mi nina", "nuestro hijo", "nuestra hija", "nuestros hijos",
    # Portuguese
    "meu filho", "minha filha", "meus filhos", "minhas filhas", "nosso filho", "nossa filha",
    # Romanian
    "fiul meu", "fiica mea", "fata mea", "baiatul meu", "copilul meu", "copiii mei",
    "fetita mea",
    # Urdu, Hindi and Punjabi in Latin letters
    "mera beta", "mere bete", "meri beti", "mera bacha", "mera baccha", "meri bachi",
    "meri bacchi", "mere bache", "mere bachay", "mere bachon", "hamara beta", "humara beta",
    "hamari beti", "humari beti", "hamare bache", "mera puttar", "meri dhee", "meri dhi",
    "mera munda", "meri kudi", "meri kuri",
    # Bengali and Nepali in Latin letters
    "amar chele", "amar meye", "amar baccha", "mero chhora", "mero chora", "meri chhori",
    # Arabic in Latin letters ("binti" left out: in England it is also a given name)
    "ibni", "ibnati", "waladi", "awladi",
    # Somali, Lithuanian, Latvian, Czech and Slovak, Hungarian, Albanian, Turkish
    "wiilkayga", "gabadhayda", "ilmahayga", "caruurtayda", "mano sunus", "mano dukra",
    "mano vaikas", "mans dels", "mana meita", "muj syn", "moje dcera", "moja dcera",
    "moje dite", "moje dieta", "fiam", "lanyom", "djali im", "vajza ime", "femija im",
    "oglum", "kizim", "cocugum",
    # Italian, French, German, Vietnamese, Tagalog
    "mio figlio", "mia figlia", "miei figli", "mon fils", "ma fille", "mon enfant",
    "mes enfants", "notre fille", "notre fils", "mein sohn", "meine tochter", "mein kind",
    "meine kinder", "unser sohn", "unsere tochter", "con trai toi", "con gai toi", "anak ko",
)  # fmt: skip
_PARENT = re.compile(
    r"\b(?:"
    + "|".join(sorted(map(re.escape, _PARENT_PHRASES), key=len, reverse=True))
    # Polish often leaves "my" out: "córka ma 10 lat", "syn (8 lat)"
    + r"|(?:corka|coreczka|syn|synek) ma \d+ (?:lat|lata|latka))\b"
)

#: "my son", "my daughter", "my child" in the scripts of the languages the site names, matched in
#: the text as typed (Arabic, Urdu, Farsi, Hindi, Punjabi, Gujarati, Russian, Ukrainian,
#: Bulgarian, Chinese)
_PARENT_IN_SCRIPT = (
    "ابني", "ابنتي", "بنتي", "طفلي", "میرا بیٹا", "میری بیٹی", "میرے بیٹے", "میرا بچہ",
    "میری بچی", "پسرم", "دخترم", "मेरा बेटा", "मेरी बेटी", "मेरे बेटे", "ਮੇਰਾ ਪੁੱਤ", "ਮੇਰੀ ਧੀ",
    "મારો દીકરો", "મારી દીકરી", "мой сын", "моя дочь", "моего сына", "мою дочь", "мій син",
    "моя донька", "моя дочка", "синът ми", "дъщеря ми", "我的儿子", "我的女儿", "我儿子", "我女儿",
)  # fmt: skip

#: the words for "years (old)" after a number: "10 lat", "8 años", "7 anos", "9 ani", "10 saal"
_YEARS = (
    r"(?:lat|lata|latka|letnia|letni|anos|ano|anni|ans|ani|saal|sal|baras|jahre|jahren|metai|"
    r"metu|let|rokov|vjec|tuoi|taong)"
)
#: an age after the parent's words: the child's ("moja córka ma 10 lat", "mi hija de 8 años")
_CHILD_AGE = re.compile(rf"\b(\d{{1,2}}) (?:de )?{_YEARS}\b")

#: the asker's own age: "mam 14 lat", "tengo 14 (años)", "tenho 14 anos", "am 14 ani", "jai 13
#: ans", "ich bin 14", "main 14 saal ki hoon", "meri umar 14 saal hai"
_OWN_AGE = re.compile(
    rf"\b(?:(?:tengo|tenho|ich bin) (\d{{1,2}})(?: {_YEARS})?"
    rf"|(?:mam|am|main|mai|mein|me|man|jai|j ai|je mi|jam|toi|ho) (\d{{1,2}}) (?:de )?{_YEARS}"
    rf"|meri (?:umar|umr|umer|age) (\d{{1,2}}))\b"
)

#: words only English has (a message with two or more is partly English)
_ENGLISH = frozenset(
    {"my", "her", "his", "him", "me", "i", "im", "the", "and", "to", "is", "was", "he", "she",
     "it", "of", "with", "at", "for", "you", "we", "our", "they", "them", "this", "that",
     "what", "when", "been", "has", "have", "did", "does", "dont", "cant", "help", "need"}
)  # fmt: skip


def _own_age(cleaned: str) -> int | None:
    found = _OWN_AGE.search(cleaned)
    if found is None:
        return None
    value = int(next(g for g in found.groups() if g))
    return value if 5 <= value <= 99 else None


def family_words_said(cleaned: str) -> bool:
    """Whether the words hold a family word or an age said in another language."""
    return bool(_PARENT.search(cleaned) or _own_age(cleaned) is not None)


def wholly_in_another_language(cleaned: str) -> bool:
    """Whether words with a family word or age in another language are in it throughout (fewer
    than two words only English has): "mi hija de 8 años dice que su tío la tocó"."""
    return family_words_said(cleaned) and len(_ENGLISH.intersection(cleaned.split())) < 2


def parent_in_script(text: str) -> bool:
    """Whether ``text``, as typed, says "my son" or "my daughter" in another script."""
    typed = unicodedata.normalize("NFC", text).casefold()
    return any(phrase in typed for phrase in _PARENT_IN_SCRIPT)


def asker_in_family_words(asker: Asker, cleaned: str, text: str = "") -> Asker:
    """``asker`` read again from family words in another language, when the English reading
    found no parent, professional or person worried about their own thoughts: "mi hijo", "mera
    beta" make a parent (the child's age the first said after: "ma 10 lat"); "mam 14 lat" a
    child of 14 (an adult from 18). Never over an age the English words already said."""
    if asker.persona in ("parent", "professional", "own-behaviour"):
        return asker
    own = _own_age(cleaned) if asker.age is None else asker.age
    parent = _PARENT.search(cleaned)
    if parent and (own is None or own >= 18):
        child = _CHILD_AGE.search(cleaned, parent.start())
        for_age = int(child[1]) if child else None
        return replace(asker, persona="parent", age=own, for_age=for_age, may_be_child=False)
    if own is None and parent_in_script(text):  # "ابني", "میری بیٹی", "мой сын"
        return replace(asker, persona="parent", for_age=None, may_be_child=False)
    if own is None or asker.age is not None:
        return asker
    persona = "child" if own < 18 else "adult"
    return replace(asker, persona=persona, age=own, for_age=own)
