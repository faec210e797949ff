"""Domain synonyms: the words people use for the same kind of help.

Each group is a set of phrases that mean the same thing for searching. A query that contains
any phrase of a group matches every phrase of it ("someone to talk to" finds counselling).
Phrases are written in plain lower case; hyphens count as spaces.
"""

from __future__ import annotations

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    (
        "isva",
        "isvas",
        "advocate",
        "advocates",
        "advocacy",
        "independent sexual violence adviser",
        "independent sexual violence advisor",
    ),
    (
        "counselling",
        "counseling",
        "counsellor",
        "counselor",
        "counsellors",
        "therapy",
        "therapist",
        "therapeutic",
        "talk to someone",
        "someone to talk to",
        "talking therapy",
        "talking therapies",
    ),
    ("helpline", "support line", "phone line", "phone", "call", "telephone", "ring"),
    (
        "incest",
        "abuse in the family",
        "abuse within the family",
        "intra familial",
        "intrafamilial",
        "family abuse",
        "within the family",
        "in the family",
    ),
    (
        "non recent",
        "historic",
        "historical",
        "past abuse",
        "abused as a child",
        "abuse in childhood",
        "adult survivor",
        "adult survivors",
        "abused in childhood",
    ),
    ("sarc", "sarcs", "sexual assault referral centre", "sexual assault referral center"),
    ("child", "children", "young people", "young person", "kids", "teenager", "teenagers"),
    ("parent", "parents", "carer", "carers", "mum", "dad", "foster carer"),
    ("men", "man", "male", "boys", "males"),
    ("lgbt", "lgbtq", "gay", "lesbian", "bisexual", "trans", "non binary"),
    ("online chat", "webchat", "web chat", "live chat", "chat"),
    ("group", "groups", "support group", "support groups", "peer support"),
)


#: every single word of the synonym phrases, for "did you mean"
SYNONYM_WORDS: frozenset[str] = frozenset(
    word for group in SYNONYM_GROUPS for phrase in group for word in phrase.split() if len(word) > 3
)


def _sorted_phrases() -> list[tuple[str, int]]:
    pairs = [(phrase, n) for n, group in enumerate(SYNONYM_GROUPS) for phrase in group]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


_PHRASES = _sorted_phrases()


def split_synonyms(text: str) -> tuple[list[tuple[str, ...]], str]:
    """Find synonym phrases in normalised ``text``.

    Returns the matched groups (in the order found, each once) and the text left over.
    """
    padded = f" {text} "
    groups: list[int] = []
    for phrase, n in _PHRASES:
        needle = f" {phrase} "
        while needle in padded:
            padded = padded.replace(needle, " ", 1)
            if n not in groups:
                groups.append(n)
    return [SYNONYM_GROUPS[n] for n in groups], " ".join(padded.split())
