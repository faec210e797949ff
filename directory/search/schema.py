"""The Whoosh schema and how a listing becomes an index document."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import (
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StandardAnalyzer,
    StemFilter,
    StopFilter,
)
from whoosh.fields import ID, KEYWORD, TEXT, Schema

from ..model import Service
from ..vocabulary import ABUSE_TYPES, DELIVERY_MODES, FILTER_FIELDS, SUPPORT_TYPES


class Lemmas(Filter):  # type: ignore[misc, unused-ignore]  # (Whoosh has no type information)
    """Irregular plurals the stemmer leaves apart ("children" and "child" must meet)."""

    FORMS = {
        "children": "child",
        "men": "man",
        "women": "woman",
        "people": "person",
        "teens": "teen",
        "kids": "kid",
    }

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            token.text = self.FORMS.get(token.text, token.text)
            yield token


#: Whoosh's StemmingAnalyzer with irregular plurals folded before stemming
ANALYZER = RegexTokenizer() | LowercaseFilter() | StopFilter() | Lemmas() | StemFilter()

#: text fields and their boosts: name over types of support over organisation over the rest
TEXT_FIELDS: dict[str, float] = {"name": 4.0, "support": 2.5, "organisation": 2.0, "body": 1.0}


def make_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        # (no positions: a phrase's documents come from ``pairs`` and the listings' text)
        name=TEXT(analyzer=ANALYZER, field_boost=TEXT_FIELDS["name"], phrase=False),
        support=TEXT(analyzer=ANALYZER, field_boost=TEXT_FIELDS["support"], phrase=False),
        organisation=TEXT(analyzer=ANALYZER, field_boost=TEXT_FIELDS["organisation"], phrase=False),
        body=TEXT(analyzer=ANALYZER, phrase=False),
        # unstemmed words for "did you mean"
        spell=TEXT(analyzer=StandardAnalyzer(), spelling=True, phrase=False),
        # controlled vocabularies: their postings give filters and facet counts (columns.py)
        audience=KEYWORD(commas=True),
        support_type=KEYWORD(commas=True),
        delivery=KEYWORD(commas=True),
        referral=KEYWORD(commas=True),
        language=KEYWORD(commas=True),
        community=KEYWORD(commas=True),
        age=KEYWORD(commas=True),
        status=KEYWORD(),
        # the thesaurus's pairs of neighbouring words in each text field (scoring.py)
        pairs=KEYWORD(),
    )


#: the keyword field holding, for each text field, the pairs of neighbouring words of the
#: thesaurus's phrases that it holds: a phrase's documents without reading the listings' text
PAIRS = "pairs"


def pair_token(field: str, left: str, right: str) -> str:
    """How a pair of neighbouring analysed words of ``field`` is indexed in ``PAIRS``."""
    return f"{field}:{left}+{right}"


def words_of(text: str) -> list[str]:
    """The analysed words of ``text``, in order, as the index holds them."""
    return [token.text for token in ANALYZER(text)]


@functools.cache
def phrase_pairs() -> frozenset[tuple[str, str]]:
    """Every pair of neighbouring analysed words in the thesaurus's phrases: those a build
    indexes in ``PAIRS`` (its ``meta.json`` lists them)."""
    from .understand import thesaurus

    found: set[tuple[str, str]] = set()
    for concept in thesaurus().concepts.values():
        for phrase in concept.search:
            words = words_of(phrase)
            found.update(zip(words, words[1:], strict=False))
    return frozenset(found)


def _pairs(text: dict[str, str]) -> str:
    wanted = phrase_pairs()
    found: set[str] = set()
    for name, value in text.items():
        words = words_of(value)
        found.update(
            pair_token(name, a, b)
            for a, b in zip(words, words[1:], strict=False)
            if (a, b) in wanted
        )
    return " ".join(sorted(found))


#: filter field (URL/API name) -> index field
KEYWORD_FIELDS: dict[str, str] = {
    "audience": "audience",
    "support": "support_type",
    "delivery": "delivery",
    "referral": "referral",
    "language": "language",
    "community": "community",
    "age": "age",
}
assert set(KEYWORD_FIELDS) == set(FILTER_FIELDS)


def text_fields(service: Service) -> dict[str, str]:
    """A listing's text, as each text field of the index holds it."""
    support_words = [SUPPORT_TYPES[c] for c in service.support_types]
    body = [
        service.description,
        # the service's own Welsh, so that a search in Welsh finds it by its words
        service.description_cy,
        service.eligibility,
        service.how_to_access,
        service.service_area.description,
        # (who a service is for is matched through its audience codes, not these labels:
        # "Family and friends" is not abuse within the family)
        " ".join(ABUSE_TYPES[c] for c in service.abuse_types),
        " ".join(DELIVERY_MODES[c] for c in service.delivery_modes),
    ]
    return {
        "name": " ".join(filter(None, (service.name, service.name_cy))),
        "support": " ".join(support_words),
        "organisation": service.organisation,
        "body": "\n".join(filter(None, body)),
    }


def to_document(service: Service) -> dict[str, str]:
    text = text_fields(service)
    return {
        "id": service.id,
        **text,
        "spell": "\n".join(text.values()),
        **{KEYWORD_FIELDS[f]: ",".join(service.terms(f)) for f in FILTER_FIELDS},
        "status": service.status,
        PAIRS: _pairs(text),
    }
