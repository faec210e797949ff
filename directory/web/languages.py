"""(w45lang) One plain line on a results page when the words ask for a language other than
English and Welsh ("in Polish", "my dad only speaks Gujarati", "po polsku") or for an
interpreter: whether any service shown says it offers that language (none of the listings do
today), and a general step the person can take; (w46adult) the same step when the words are
written in another language, without naming it. Never a claim about a particular service: a
listing speaks of a language only through its own ``languages``."""

from __future__ import annotations

from flask import Blueprint

from . import i18n
from .i18n import gettext

bp = Blueprint("languages", __name__)


#: Welsh soft mutation of a capitalised name's first letters ("Ts" does not mutate)
_SOFT = (("Ll", "L"), ("Rh", "R"), ("Ts", "Ts"), ("C", "G"), ("P", "B"), ("T", "D"),
         ("B", "F"), ("D", "Dd"), ("M", "F"), ("G", ""))  # fmt: skip


def _soft(name: str) -> str:
    for start, soft in _SOFT:
        if name.startswith(start):
            rest = name[len(start) :]
            return soft + rest if soft else rest[:1].upper() + rest[1:]
    return name


def _offered(results, english: str) -> bool:  # noqa: ANN001 (a finder result)
    """Whether a service on the page says in its listing that it works in ``english``."""
    items = [*results.local.items, *results.more_local, *results.national]
    wanted = english.casefold()
    return any(wanted in map(str.casefold, item.service.languages) for item in items)


@bp.app_template_global()
def language_note(results) -> str:  # noqa: ANN001 (a finder result)
    """The line about the languages the words ask for, or "" when they ask for none (Welsh and
    British Sign Language are read, and filtered, as the thesaurus's ``welsh`` and ``deaf``)."""
    if results is None:
        return ""
    read = results.request.understood
    welsh = i18n.language() == "cy"
    names = [
        lang.welsh if welsh else lang.english
        for lang in read.languages
        if not _offered(results, lang.english)
    ]
    if welsh and len(names) > 1:  # "siarad Pwyleg, Rwseg neu Wcreineg": mutated after "neu"
        names[-1] = _soft(names[-1])
    if names:
        listed = ", ".join(names[:-1]) + gettext(" or ") + names[-1] if names[1:] else names[0]
        return gettext(
            "No service here says it offers support in %(language)s. You can ask a "
            "service whether it can arrange an interpreter.",
            language=listed,
        )
    if read.interpreter and not read.languages and not read.mentions(("deaf",)):
        return gettext(
            "No service here says it offers interpreters. You can ask a service whether "
            "it can arrange one."
        )
    if read.unread or read.other_words:
        # (w46adult, check45 F7) words the search is sure are in neither English nor Welsh
        # ("moja córka powiedziała…", Punjabi in Gurmukhi): the page cannot translate them;
        # (w48own) nor family words in another language ("mi hijo", "mera beta") in English
        return gettext("You can ask a service whether it can arrange an interpreter.")
    return ""
