"""(w56own, twenty-third Welsh review "Not counted") Someone else named with no "my": "mum has
taken an overdose", "dad took all his tablets", "think nan has overdosed", "brother has had an
overdose".

People say "mum", "dad" and "nan" with no "my" as often as with it. The reader of whose act it
was (``subject_other.someone_elses``) looks for "my" before the person, so "mum has taken an
overdose" read as the asker's own act, and the page said "If you have taken an overdose…" to
a child whose mum had. Here a family word said as a name (no "my", "his" or "her" before it)
is given its "my", and the last person named decides as before: "i told mum i have taken an
overdose" is still the asker's own.

Over ``clean_text`` (lower case, no apostrophes).
"""

from __future__ import annotations

import re

from .subject_other import PEOPLE, someone_elses

#: family words said as a name, with no "my": "mum", "dad", "nan", "grandad", "bro"
_NAMED = re.compile(
    r"(?<!\bmy )(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\byour )(?<!\bfy )"
    r"\b(mum|mom|mam|mummy|mommy|dad|daddy|nan|nana|nanna|nanny|gran|granny|grandma|grandad"
    r"|grandpa|grampa|bro|sis|brother|sister|stepdad|stepmum|auntie|aunty|uncle|bestie|bff)\b"
)

#: "I" said in English just before the act: "i told mum i have", "i rang dad ive just" (the
#: Welsh "ffrind i" is "my friend": its "i" has no English "have" after it)
_I_HAVE = re.compile(
    r"\b(?:i (?:have|had|just|already|also|then|have just|had just|have already)|ive|i ve)"
    r"(?: just| already| also)? *$"
)


def someone_elses_named(before: str) -> bool:
    """``someone_elses`` over the words before an act (``before``, cleaned), with a family word
    said as a name ("mum has") read as the asker's "my mum"; not when "I have" is said just
    before it ("i told mum i have taken an overdose")."""
    if _I_HAVE.search(before):
        return False
    return someone_elses(_NAMED.sub(_as_mine, before))


def _as_mine(found: re.Match[str]) -> str:
    """A family word said as a name, as "my" and a person ``someone_elses`` knows: "nana" is
    "my nan"."""
    return f"my {found[1] if found[1] in PEOPLE else 'nan'}"
