"""(w57lang, check59 finding 8) Abuse said in another language: who harms, and what they do.

"mi padrastro me viola" (Spanish: my stepfather rapes me) or "amcam bana dokunuyor" (Turkish:
my uncle touches me) was read as nothing at all: "We could not find a service for those
words", the adults' lines first. Where the words say both who harms (a family word with "my")
and what they do to the writer, the page now reads them as their English twin ("my stepdad
rapes me"), so a child gets what a child writing in English gets (Childline first), with the
line saying a service may arrange an interpreter (the words are still read as another
language: ``other_language``).

A small table, not a translator. Only wordings the maintainers were sure of, each checked
against a page in the language (stored copies searched on 2026-12-07; for maintainers, never
shown):

========== ======================================== ==========================================
language   wordings read                            page read (words seen there)
========== ======================================== ==========================================
Spanish    mi padrastro / tío / abuelo / hermano /  maycacastro.com "Mi padrastro me toca"
           primo; me toca, me tocó, me viola, me    (padrastro, tío, primo, "me toca");
           violó, abusa de mí                       losangelesclinica.com (tío, abuelo,
                                                    hermano); facemama.com (violación)
Turkish    amcam, üvey babam, babam, abim;          hurriyet.com.tr "Abim beni taciz ediyor"
           bana dokunuyor / dokundu, beni taciz     (abim, babam, "beni taciz ediyor");
           ediyor                                   readgur.com
                                                    ("cinsel dokunma", "dokunabilir");
                                                    odatv.com (amca); adlitipbulteni.com
                                                    ("üvey baba")
Romanian   tatăl vitreg; mă atinge, m-a violat      adevarul.ro ("tatăl vitreg a violat-o");
                                                    zanzu.de/ro ("atingerea ... copilului")
French     mon beau-père / grand-père / oncle /     multitudes.net "un père viole sa fille,
           père / frère / cousin; me touche, me     un grand-père …, un grand frère …, un
           viole (the present only; not after       beau-père ou un oncle"; allodocteurs.fr
           "ne": "ne me touche pas")                ("abusée par mon beau-père");
                                                    psychologies.com ("toucher")
========== ======================================== ==========================================

Portuguese, Italian, Lithuanian and Urdu (in Arabic script or
Latin letters) are not read here: no page in them was found in the time to check a wording
against. They get the interpreter line alone (``other_language``).

Over the words folded to plain a-z (``clean_text``: "tío" is "tio", "mă" is "ma").
"""

from __future__ import annotations

import re

from .assault_languages import assault_twin, danger_twin, time_said
from .languages import in_another_script
from .lexicon import clean_text
from .other_language import in_other_language

#: who harms, with "my", and their English twin
_HARMER = (
    (r"mi padrastro", "my stepdad"),
    (r"mi tio", "my uncle"),
    (r"mi abuelo", "my grandad"),
    (r"mi hermano", "my brother"),
    (r"mi primo", "my cousin"),
    (r"amcam", "my uncle"),
    (r"uvey babam", "my stepdad"),
    (r"babam", "my dad"),
    (r"abim", "my brother"),
    (r"tatal (?:meu )?vitreg", "my stepdad"),
    # (w65older, check63 F8) French
    (r"mon beau pere", "my stepdad"),
    (r"mon grand pere", "my grandad"),
    (r"mon oncle|mon tonton", "my uncle"),
    (r"mon pere", "my dad"),
    (r"mon frere", "my brother"),
    (r"mon cousin", "my cousin"),
)
#: what they do to the writer, and its English twin
_ACT = (
    (r"me (?:toca|toco|tocaba)|bana dokun(?:uyor|du)", "touches me"),
    (r"me (?:viola|violo|violaba)|ma violeaza|m a violat", "rapes me"),
    (r"abusa de mi|abuso de mi|beni taciz ed(?:iyor|di)", "sexually abuses me"),
    (r"ma atinge|m a atins", "touches me"),
    (r"me touche", "touches me"),  # (w65older) French, in the present only
    (r"me viole", "rapes me"),
)
_HARMERS = [(re.compile(rf"\b(?:{words})\b"), twin) for words, twin in _HARMER]
#: not after "no", "nu", "ne" (does not): "mi tío no me toca", "il ne me touche pas"
_ACTS = [
    (re.compile(rf"(?<!\bno )(?<!\bnu )(?<!\bne )\b(?:{words})\b"), twin) for words, twin in _ACT
]


def english_twin(text: str) -> str | None:
    """The English twin of ``text`` ("my stepdad rapes me") when, in one of the languages
    above, it says who harms the writer and what they do; else None."""
    folded = clean_text(text, len(text))
    harmer = next((twin for pattern, twin in _HARMERS if pattern.search(folded)), None)
    act = next((twin for pattern, twin in _ACTS if pattern.search(folded)), None)
    if harmer is None or act is None:
        return None
    return f"{harmer} {act}"


def other_language_twin(text: str) -> str | None:
    """The English twin of ``text`` when it is in another language (``other_language``, or
    another script) and tells of abuse: who harms and what they do (``english_twin``), or
    (w61other) a rape, assault or abuse and to whom (``assault_languages``), with when it
    happened ("i was raped last night", "my stepdad touches me yesterday"): the English
    readers then give the recent-assault box, or none for the past, as in English."""
    if not (in_other_language(text) or in_another_script(text)):
        return None
    twin = english_twin(text) or assault_twin(text)
    return f"{twin} {time_said(text)}".strip() if twin else None


def other_language_danger(text: str) -> str | None:
    """(w62danger) The English twin of ``text`` when it is in another language and tells of
    someone hitting the writer now (``assault_languages.danger_twin``): the danger-now readers
    then give the 999 box, as in English."""
    if not (in_other_language(text) or in_another_script(text)):
        return None
    return danger_twin(text)
