"""(w61pro, check61 §9) The police's disclosure schemes, as people name them: Sarah's Law (the
child sex offender disclosure scheme: a parent asks whether someone with access to a child has
a record of sexual offences) and Clare's Law (the domestic violence disclosure scheme: whether
a partner has a record of abuse). Both are asked of the police on 101, so the talk box gives
that line; and a law named after a person is never "misspelt": "sarahs law" was offered "Search
with the spelling corrected: 'sarsas'" (a Bristol service's name), which is another thing
entirely."""

from __future__ import annotations

import re

from .lexicon import clean_text

#: the schemes by name, in English and Welsh ("sarahs law", "sarah s law", "claires law",
#: "cyfraith sarah", "gyfraith clare") and by their own names ("child sex offender disclosure
#: scheme", "domestic violence disclosure scheme", "domestic abuse disclosure scheme")
_SCHEME = re.compile(
    r"\b(?:sarah|sara|clare|claire|clair)(?: s|s)? laws?\b"
    r"|\b(?:c|g|ch|ngh)yfraith (?:sarah|sara|clare|claire|clair)\b"
    r"|\b(?:(?:child )?sex(?:ual)? offenders? |domestic (?:violence|abuse) )?disclosure schemes?\b"
)

#: a word said just before "law" or "laws" ("sarahs law", "helens law", "jades law"): the name
#: of a law, never a misspelling of some other word
_BEFORE_LAW = re.compile(r"\b(\w+) laws?\b")


def names_police_scheme(text: str) -> bool:
    """The words name a disclosure scheme the police run (Sarah's Law, Clare's Law): the talk
    box says to ask the police on 101."""
    return _SCHEME.search(clean_text(text)) is not None


def law_names(cleaned: str) -> frozenset[str]:
    """The words of already-cleaned text that name a law ("sarahs" in "what is sarahs law"):
    the spelling suggestion leaves them as typed."""
    return frozenset(found.group(1) for found in _BEFORE_LAW.finditer(cleaned))
