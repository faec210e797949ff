"""(probe 18) Correctly spelt Welsh that "did you mean" must never "correct": the words of the
site's own Welsh (the Welsh catalogue, ``translations/cy``), the Welsh names of the roles of
people who work with children (``asker_roles``), and the everyday and family words of
``welsh_words``, in any of their mutated forms. The listings' words and the thesaurus's are
known already (``suggest``); before this, a correct Welsh word they lack was "corrected" to the
nearest listing word: "llysfab" (stepson) to "llysfam" (stepmother), "nyrs" (nurse) to "ynys"
(island), "derbyn" (receiving) to "derby"."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from babel.messages.pofile import read_po

from ..config import PROJECT_ROOT
from .asker_roles import QUALIFIERS_CY, ROLES_CY, WORKPLACES_CY
from .lexicon import clean_text
from .welsh_words import WELSH_EVERYDAY, WELSH_KNOWN, radicals
from .words import is_english

#: the site's own Welsh (compiled to ``messages.mo`` for the pages; read here as text)
CATALOGUE = PROJECT_ROOT / "translations" / "cy" / "LC_MESSAGES" / "messages.po"

#: placeholders and markup inside a catalogue string: not words
_NOT_WORDS = re.compile(r"%\(\w+\)[sd]|\{\w*\}|<[^>]*>|&\w+;")


def _catalogue_words() -> set[str]:
    """Every word of the Welsh catalogue's translations (none if it cannot be read)."""
    try:
        with CATALOGUE.open("rb") as handle:
            catalog = read_po(handle)
    except (OSError, ValueError):
        return set()
    words: set[str] = set()
    for message in catalog:
        strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
        for text in strings:
            if text:
                words.update(clean_text(_NOT_WORDS.sub(" ", text), len(text) * 2).split())
    return words


@functools.cache
def welsh_words() -> frozenset[str]:
    """The correctly spelt Welsh words known here (folded, as ``clean_text`` writes them)."""
    words = _catalogue_words() | set(WELSH_EVERYDAY) | set(WELSH_KNOWN)
    for phrase in (*(p for group in ROLES_CY.values() for p in group), *QUALIFIERS_CY):
        words.update(clean_text(phrase).split())
    for phrase in WORKPLACES_CY:
        words.update(clean_text(phrase).split())
    return frozenset(w for w in words if len(w) > 1 and not w.isdigit())


def is_known_welsh(word: str) -> bool:
    """``word`` (folded) is a known Welsh word, or a mutated form of one ("fewn" <- "mewn",
    "nenu" <- "denu"), or one with "'n" (yn) joined on as people write it ("nenu'n", folded
    "nenun")."""
    words = welsh_words()
    forms = radicals(word)
    if word.endswith("n") and len(word) > 4:
        forms += radicals(word[:-1])
    return any(form in words for form in forms)


def reads_as_welsh(tokens: Sequence[str]) -> bool:
    """(w65older, check63 F9) Welsh the site can read though no marker word says so: two or
    more words known only as Welsh ("roedd … oeddwn i'n fach", "gweithiwr ieuenctid … dynion
    hŷn"). Such words are a language of the site, not one a service needs an interpreter for."""
    return sum(is_known_welsh(w) and not is_english(w) for w in tokens) >= 2
