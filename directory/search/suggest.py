"""The "did you mean" line: a word unknown to the listings, the thesaurus and English replaced
with the closest word of the listings."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA
from whoosh.lang.porter import stem

from ..limits import MAX_UNDERSTOOD_CHARS
from .crisis_words import suicide_word
from .police_schemes import law_names
from .store import SearchIndex
from .understand import Understood, clean_text, radicals, thesaurus
from .welsh_lexicon import is_known_welsh
from .welsh_words import WELSH_EVERYDAY, WELSH_KNOWN, is_welsh
from .words import is_english, reads_as_english


def suggestion(index: SearchIndex, text: str, understood: Understood) -> str | None:
    """Replace each word unknown to the listings, the thesaurus and English with the closest
    word of the listings; a known word (correctly spelled, sensitive or not) is never changed.

    The rest is left as it was typed ("ffôn", "cam-drin"), and a replacement is the listings'
    own spelling, accents kept: the search folds accents, but a reader does not ("ffon" is a
    stick, "ffôn" a phone). A "correction" that only adds or drops accents, or cuts a Welsh
    plural back to its singular ("ffrindiau" -> "ffrind"), is no correction (third Welsh
    review, N1).
    """
    # (twenty-fourth walk-through F5) a misspelling the search already reads is said back only
    # when it names the help asked for ("councilling": counselling); one it reads as a person
    # or what happened ("cefndar", "granded") is searched as meant already: not "misspelt"
    corrected = {word: said for word, said in understood.corrections if _names_help(said)}
    read_already = {word for word, _ in understood.corrections} - set(corrected)
    text = text[: MAX_UNDERSTOOD_CHARS * 2]
    # (w61pro) a law's name ("sarahs law", "clares law") is a name, not a misspelling
    read_already |= law_names(clean_text(text))
    typed = [m for m in _TYPED_WORD.finditer(text) if len(clean_text(m.group()).split()) == 1]
    welsh = is_welsh([clean_text(m.group()) for m in typed])
    if not welsh and not reads_as_english(_unnamed_words(typed)):
        return None  # (judged43) Polish, Urdu in English letters: nothing here is misspelt
    if not welsh and understood.unread:
        return None  # (w57lang) "tatăl vitreg mă atinge", "quero morrer": not misspelt English
    out: list[str] = []
    end = 0
    changed = False
    for match in typed:
        word = clean_text(match.group())
        if word in read_already or _has_digit(word):
            continue  # (walk26 F3) "13yrs", "12yo", "yr8", a postcode: never "misspelt"
        better = corrected.get(word) or _closer_word(index, word, understood)
        if better is None or _same_word(word, better):
            continue
        if welsh and word not in corrected and _not_welsh_correction(word, better):
            continue
        out += [text[end : match.start()], better]
        end = match.end()
        changed = True
    if not changed:
        return None
    return " ".join("".join([*out, text[end:]]).split())[:MAX_UNDERSTOOD_CHARS]


def corrects_help(understood: Understood) -> bool:
    """The words misspell the help asked for, and the search read it ("helpine": a helpline):
    worth saying back even when the corrected words give the same page."""
    return any(_names_help(said) for _, said in understood.corrections)


def _names_help(said: str) -> bool:
    """``said`` (a thesaurus word) names a kind of help or a way to get it, not a person or
    what happened."""
    book = thesaurus()
    name = book.phrases.get(tuple(stem(w) for w in said.split()))
    return name is not None and book.concepts[name].kind in ("need", "how")


#: a word as typed: letters (accented too), digits and "+", apostrophes inside ("dw i'n")
_TYPED_WORD = re.compile(r"[^\W_]+(?:['’`][^\W_]+)*\+?", re.UNICODE)

#: Welsh plural endings: "ffrindiau" is "ffrind" + "iau", not a misspelling of it
_WELSH_PLURAL_ENDINGS = ("au", "iau", "ion", "on", "od", "i", "ydd", "oedd", "edd", "ed")
#: (sixth walk-through F1) Welsh endings that make another word of the same root:
#: "cyfrinachol" (confidential) is "cyfrinach" (a secret) + "ol", correctly spelt
#: (seventh walk-through F5) Welsh verb-nouns made from English roots: "stopio", "helpio",
#: "textio"; (twenty-seventh walk-through F2) and commands: "helpa", "helpwch"
_WELSH_VERB_ENDINGS = ("io", "a", "wch")
_WELSH_DERIVED_ENDINGS = ("ol", "iol", "us", "aidd", "gar", "wr", "wyr", "aeth", "iaeth", "edig")


def _unnamed_words(typed: list[re.Match[str]]) -> list[str]:
    """The typed words the thesaurus does not hold (so not a professional's "ChISVA", "LADO"
    or "HSB", which no language's word list knows either), without digits."""
    words = [clean_text(m.group()) for m in typed]
    return [w for w in words if w and not _has_digit(w) and w not in thesaurus().words]


def _has_digit(word: str) -> bool:
    """(twenty-sixth walk-through F3) A word with a digit in it (an age with its unit, "13yrs",
    "12yo", a school year "yr8", a postcode, a phone number) is never offered a correction:
    "13yrs" was "corrected" to "13s"."""
    return any(ch.isdigit() for ch in word)


def _closer_word(index: SearchIndex, word: str, understood: Understood) -> str | None:
    """The listings' word closest to an unknown ``word`` (folded), or None if it is known."""
    if word not in understood.words or not 4 <= len(word) <= 30 or _has_digit(word):
        return None
    if word in index.vocabulary or word in thesaurus().words or is_english(word):
        return None
    if suicide_word(word):
        return None  # (w62life, check62 F1) "unaliving" is not a misspelt "living"
    if word in WELSH_KNOWN:
        return None  # (seventh walk-through F5) a correctly spelt Welsh word: "anweddus"
    if any(form in thesaurus().words for form in radicals(word)):
        return None  # a mutated Welsh thesaurus word ("hewythr", "lystad", "nhaid")
    if any(form in WELSH_EVERYDAY or form in WELSH_KNOWN for form in radicals(word)):
        return None  # (ninth walk-through F6.2) everyday Welsh, mutated or not: "iddi", "fynd"
    if is_known_welsh(word):
        return None  # (probe 18) the site's own Welsh, Welsh roles: "nyrs", "llysfab", "fewn"
    return index.suggest(word)


def _not_welsh_correction(word: str, better: str) -> bool:
    """(probe 18) In a Welsh search, an unknown word is more likely Welsh the directory does not
    hold than misspelt English: it is never "corrected" to an English word ("derbyn" to
    "derby", "fewn" to "few"), only to a Welsh one ("cymorht" to "cymorth")."""
    folded = clean_text(better)
    # (w65older, check63 F9) a word English and Welsh share is offered only for a slip of one
    # letter: "fferm" (farm) is not a misspelt "offer"
    return is_english(folded) and (not is_known_welsh(folded) or OSA.distance(word, folded) > 1)


def _same_word(word: str, better: str) -> bool:
    """``better`` is ``word`` with accents, its singular, or (Welsh) its root: nothing to
    correct."""
    folded = clean_text(better)
    if folded == word:
        return True
    if not word.startswith(folded):
        return False
    ending = word[len(folded) :]
    if ending in _WELSH_VERB_ENDINGS:
        return True  # (seventh walk-through F5) a Welsh verb of an English root: "stopio"
    return ending in _WELSH_PLURAL_ENDINGS or (
        ending in _WELSH_DERIVED_ENDINGS and not is_english(folded)
    )
