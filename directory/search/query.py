"""Keyword search over an opened index: forgiving parsing, synonyms, filters, facets, ordering.

Nothing here knows about Flask or about places. The user's text is never handed to a query
language: it is reduced to words, synonym phrases are found, and the Whoosh query is built from
those, so a stray quote, ``AND``, ``*``, ``:`` or a very long string cannot raise.
"""

from __future__ import annotations

import functools
import math
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process
from whoosh.query import NullQuery, Or, Phrase, Query, Term
from wordfreq import zipf_frequency

from ..limits import MAX_PER_PAGE
from ..model import FILTER_FIELDS
from .columns import Columns
from .dismax import BestOf
from .schema import ANALYZER, TEXT_FIELDS
from .store import SearchIndex
from .understand import Asker, Concept, Understood, clean_text, thesaurus, understand
from .words import is_english

Filters = Mapping[str, Iterable[str]]


class BadFilter(ValueError):
    """A filter field or value that is not in the controlled vocabularies."""

    def __init__(self, field_name: str, value: str | None = None) -> None:
        self.field_name, self.value = field_name, value
        if value is None:
            message = f"unknown filter {field_name!r}; filters are: {', '.join(FILTER_FIELDS)}"
        else:
            allowed = ", ".join(FILTER_FIELDS[field_name][1])
            message = f"unknown value {value!r} for filter {field_name!r}; allowed: {allowed}"
        super().__init__(message)


def validate_filters(filters: Filters) -> dict[str, tuple[str, ...]]:
    """Check filters against the vocabularies; raise BadFilter naming the first bad one."""
    clean: dict[str, tuple[str, ...]] = {}
    for name, values in filters.items():
        if name not in FILTER_FIELDS:
            raise BadFilter(name)
        vocabulary = FILTER_FIELDS[name][1]
        chosen = tuple(dict.fromkeys(v for v in values if v))
        for value in chosen:
            if value not in vocabulary:
                raise BadFilter(name, value)
        if chosen:
            clean[name] = chosen
    return clean


Known = Mapping[str, frozenset[str]]


def _phrase_query(phrase: str, known: Known | None = None) -> Query | None:
    """One word or phrase, matched in every text field with that field's boost.

    With ``known`` (each field's indexed terms), fields that cannot match are left out, which
    keeps large concepts cheap; a phrase no field can match becomes a NullQuery.
    """
    tokens = [t.text for t in ANALYZER(phrase)]
    if not tokens:
        return None
    parts: list[Query] = []
    for name, boost in TEXT_FIELDS.items():
        if known is not None and not all(t in known[name] for t in tokens):
            continue
        if len(tokens) == 1:
            parts.append(Term(name, tokens[0], boost=boost))
        else:
            parts.append(Phrase(name, tokens, boost=boost))
    if not parts:
        return NullQuery
    return parts[0] if len(parts) == 1 else Or(parts)


def concept_query(concept: Concept, known: Known | None) -> Query:
    """The concept's words in the listings' text; a listing scores by its best-matching word,
    so naming two of them does not outrank naming the thing."""
    alternatives: dict[str, Query] = {}
    for phrase in concept.search:
        query = _phrase_query(phrase, known)
        if query is not None and query is not NullQuery:
            alternatives.setdefault(repr(query), query)
    if not alternatives:
        return NullQuery
    if len(alternatives) == 1:
        return next(iter(alternatives.values()))
    return BestOf(list(alternatives.values()))


#: how much each kind of concept weighs in a listing's score
KIND_WEIGHT = {"need": 1.0, "topic": 0.8, "how": 0.8, "who": 0.6, "word": 0.7}
#: the audience a guessed asker is best served by
PERSONA_AUDIENCE = {
    "child": "children-young-people",
    "parent": "parents-carers",
    # a professional asks for services to refer people to, not for services for themselves
    "own-behaviour": "people-worried-about-own-behaviour",
    "adult": "adult-survivors",
}
#: an asker whose age is unknown: the age their persona implies, for eligibility
PERSONA_AGE = {"child": 14, "adult": 30, "parent": 35}
#: a service whose stated audiences leave out whoever the help is for
AUDIENCE_MISS = 0.8
#: a service for children or adults directly, when someone names nobody ("scared")
SELF_FIT = 1.2
PRO_ADVICE = 1.3
PARENT_TALK = 1.1
NOT_ASKED_SUICIDE = 0.6
ONLINE_OFF_TOPIC_ASKER = 0.3
NOT_THEIR_LINE = 0.6
UNFIT = 0.3  # an eligibility factor below this: the listing is not for this asker
ONLINE_CONCEPTS = frozenset({"online", "grooming", "take-down"})
#: support to talk to; and support by people more widely (as against a tool for reporting)
TALK_SUPPORT = ("helpline", "counselling-therapy")
PEOPLE_SUPPORT = (*TALK_SUPPORT, "family-support", "support-groups", "advocacy-isva")
#: (issue 26) a service FOR a particular community (Deaf people, a faith, people with learning
#: disabilities, Black and minoritised communities: its ``communities``), or only for one kind
#: of abuse such a community meets (honour-based abuse), ranks at this share unless the words
#: or a filter name one of them: asked, it fits best; not asked, it comes after the general
#: services that fit as well. (LGBT+ and boys and men are read from ``genders`` below.)
COMMUNITY_UNASKED = 0.3
#: ... and asked ("I'm Deaf", "forced marriage"), a service for that community comes before
#: general ones that meet the rest of the words as well: the person said who they are
COMMUNITY_ASKED = 1.5
SPECIALIST_COMMUNITIES = (
    "deaf-bsl",
    "disabled",
    "learning-disability",
    "black-minoritised",
    "muslim",
    "jewish",
)
SPECIALIST_ABUSE = ("honour-based-abuse",)


@dataclass
class TextMatch:
    #: the services matching the text, over ``Columns`` positions; None: no text to match, so
    #: every service qualifies
    matched: np.ndarray | None
    scores: np.ndarray | None = None  # each matching service's score, over positions
    partial: bool = False  # no service met every concept, so these meet some of them
    suggestion: str | None = None  # "did you mean" text
    #: nothing in the listings matched the words: these are the helplines for the asker
    fallback: bool = False
    general: bool = False  # only everyday words ("help", "what do i do")
    asker: Asker = field(default_factory=Asker)
    #: how well each service fits the asker (age, gender, audience), over positions; below
    #: UNFIT it is not for them
    fit: np.ndarray | None = None
    #: (issue 26) the services for a community the words or a filter name, over positions
    community: np.ndarray | None = None


def fit_to_asker(
    columns: Columns,
    asker: Asker,
    concepts: tuple[Concept, ...],
    filters: Mapping[str, tuple[str, ...]] | None = None,
) -> np.ndarray:
    """A factor per service: 1 fits, small values do not (an 18+ service for a child, a
    men's service for a woman, a Deaf service for someone who did not say they are Deaf).
    Eligibility the listings state is respected; what they do not state is not held against
    them."""
    size = len(columns)
    factor = np.ones(size)
    age = asker.age if asker.age is not None else PERSONA_AGE.get(asker.persona)
    if age is not None:
        too_young = np.nan_to_num(columns.minimum_age, nan=0) > age
        too_old = np.nan_to_num(columns.maximum_age, nan=200) < age
        factor[too_young | too_old] *= 0.05
    audience = columns.taxonomy["audience"]
    children = audience.get("children-young-people", np.zeros(size, dtype=bool))
    named = {c.name for c in concepts}
    #: services for children and young people and nobody else
    children_only = children & ~np.logical_or.reduce(
        [m for code, m in audience.items() if code != "children-young-people"] or [columns.none()]
    )
    # (a child asking about harm done to them; not one asking about their own or someone
    # else's behaviour, for whom the lines for worried people are right)
    if asker.is_child and asker.persona in ("child", "") and "own-behaviour" not in named:
        # a service whose listed audiences leave children out is for adults
        stated = np.logical_or.reduce([m for m in audience.values()]) if audience else None
        if stated is not None:
            factor[stated & ~children] *= 0.25
    if asker.is_adult and "children" not in named:
        # an adult asking for themselves ("as a boy", "im 45"): a line for children and young
        # people only is not for them, whatever age it states (or leaves unstated)
        factor[children_only] *= 0.1
        if "own-behaviour" not in named:
            # lines for people worried about their own (or another's) behaviour are not the
            # survivor's own
            worried = audience.get("people-worried-about-own-behaviour", columns.none())
            factor[worried] *= NOT_THEIR_LINE
    if asker.persona == "own-behaviour" and not asker.is_child:
        # someone worried about their own thoughts is not who a line for children is for
        factor[children_only] *= 0.1
    if asker.persona == "parent":
        # a parent asking, for their child or for themselves: someone to talk it through with
        factor[columns.taxonomy["support"].get("helpline", columns.none())] *= PARENT_TALK
    preferred = PERSONA_AUDIENCE.get(asker.persona)
    if preferred and preferred in audience:
        factor[audience[preferred]] *= 1.3
    if asker.persona == "professional" and named & {"information", "helpline", "talk"}:
        # a professional asking for advice or someone to call: lines that advise
        # professionals
        factor[audience.get("professionals", columns.none())] *= PRO_ADVICE
    # who the help is for: the asker, and whoever the words name ("for parents", "survivors");
    # a service whose stated audiences leave them all out is for someone else
    wanted = {code for c in concepts for code in c.codes("audience")}
    if "own-behaviour" in named:
        wanted.discard("children-young-people")  # "attracted to kids": who is at risk
    if preferred and asker.persona != "child":
        wanted.add(preferred)
    wanted &= audience.keys()
    if wanted:
        stated = np.logical_or.reduce(list(audience.values()))
        for_them = np.logical_or.reduce([audience[code] for code in wanted])
        factor[stated & ~for_them] *= AUDIENCE_MISS
    if not asker.persona and not any(c.codes("audience") for c in concepts):
        # nobody named ("scared", "someone to talk to"): a person asking for themselves, so
        # services for children or adults directly come before those for parents or
        # professionals
        themselves = audience.get("adult-survivors", np.zeros(size, dtype=bool)) | children
        factor[themselves] *= SELF_FIT
    if asker.welsh:
        in_welsh = columns.taxonomy["language"].get("Welsh", columns.none())
        factor[in_welsh | columns.country_wide.get("Wales", columns.none())] *= 1.3
    genders = columns.taxonomy["gender"]
    asked_gender = any(c.name in ("men", "women", "lgbt") for c in concepts)
    for code, other in (("male", "female"), ("female", "male"), ("lgbt", "")):
        only = genders.get(code)
        if only is None:
            continue
        if other and asker.gender == other:
            factor[only] *= 0.05
        elif not asker.gender and not asked_gender:
            factor[only] *= 0.5  # for particular people, and this person did not say
    factor *= _community_fit(columns, concepts, filters or {})
    return factor


#: a word of a service's name that is this common among names is not the service's own
#: ("sarc": the thesaurus's concept says what it means)
NAME_WORD_MAX = 3
#: a one-word name is the service's own unless people write it this often ("Childline",
#: "Samaritans" are; "Hope" would not be)
NAME_ZIPF = 4.0
NAME_ENDINGS = frozenset({"helpline", "line", "support", "service", "services", "supportline"})
NAMED_LEAD = 1.05  # a named service's score, against the best other match
_NAME_KEYS: weakref.WeakKeyDictionary[SearchIndex, dict[str, frozenset[int]]] = (
    weakref.WeakKeyDictionary()
)


def _name_keys(index: SearchIndex) -> dict[str, frozenset[int]]:
    """Each open service's name run together ("childline", "stopitnow", "themix"; a one-word
    name only when it is not an everyday word) and each word of it no dictionary holds
    ("napac", "nspcc", "meic"), to the positions it names. Names are read as the listings'
    ids spell them (slugs of their names, "stop-it-now"), so that no listing is read."""
    found = _NAME_KEYS.get(index)
    if found is not None:
        return found
    columns = index.columns
    keys: dict[str, set[int]] = {}
    words: dict[str, set[int]] = {}
    for position in np.flatnonzero(columns.open).tolist():
        tokens = [t for t in columns.ids[position].split("-") if t]
        if len(tokens) > 1 or (tokens and zipf_frequency(tokens[0], "en") < NAME_ZIPF):
            keys.setdefault("".join(tokens), set()).add(position)
        while len(tokens) > 1 and tokens[-1] in NAME_ENDINGS:
            # "Stop It Now helpline", "NAPAC support line": "stopitnow", "napac"
            tokens = tokens[:-1]
            if len(tokens) > 1 or zipf_frequency(tokens[0], "en") < NAME_ZIPF:
                keys.setdefault("".join(tokens), set()).add(position)
        for token in tokens:
            if len(token) >= 4 and not token.isdigit() and not is_english(token):
                words.setdefault(token, set()).add(position)
    for word, positions in words.items():
        if len(positions) <= NAME_WORD_MAX:
            keys.setdefault(word, set()).update(positions)
    for word, positions in words.items():
        # a name in the plural names the one service of them all ("NHS SARCs": "sarc")
        if word.endswith("s") and len(positions) <= NAME_WORD_MAX and word[:-1] not in keys:
            keys[word[:-1]] = set(positions)
    result = {key: frozenset(positions) for key, positions in keys.items()}
    _NAME_KEYS[index] = result
    return result


def named_services(index: SearchIndex, text: str) -> np.ndarray:
    """The services whose own name the words give, run together or apart, or misspelt
    ("child line", "napak", "NSPCC"): a boolean array over positions."""
    keys = _name_keys(index)
    tokens = clean_text(text).split()
    named = index.columns.none().copy()
    for start in range(len(tokens)):
        for size in range(1, min(4, len(tokens) - start) + 1):
            joined = "".join(tokens[start : start + size])
            positions = keys.get(joined)
            if positions is None and size == 1 and len(joined) >= 5 and not is_english(joined):
                close = process.extractOne(joined, list(keys), scorer=fuzz.ratio, score_cutoff=80)
                positions = keys[close[0]] if close else None
            if positions:
                named[list(positions)] = True
    return named


#: askers whose first answers must fit them even when few services match the words
FILLED_PERSONAS = frozenset({"child", "adult", "parent"})
#: how many services available everywhere a person should find for them at the top
FIRST_FEW = 3


def _with_lines_for_asker(
    columns: Columns, matched: np.ndarray, scores: np.ndarray, fit: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """When fewer than FIRST_FEW national services that fit the asker match the words
    ("counselling" from a man of 45: a children's line, a young people's line and one for
    men), the national helplines that fit them join the matches, after the fitting ones and
    before those not for them (which keep their match but go last)."""
    national = columns.national
    fitting = matched & (fit >= UNFIT)
    if np.count_nonzero(fitting & national) >= FIRST_FEW:
        return matched, scores
    helplines = columns.taxonomy["support"].get("helpline", columns.none())
    added = helplines & national & columns.open & ~matched & (fit >= UNFIT)
    if not added.any():
        return matched, scores
    floor = float(scores[fitting].min()) if fitting.any() else float(scores[matched].max())
    prior = columns.prior()
    scores = scores.copy()
    # the lines, in the order of how well they fit, all below the fitting matches
    scores[added] = 0.5 * floor * (prior[added] * fit[added]) / max(float(fit.max()), 1e-9)
    unfit = matched & (fit < UNFIT)
    if unfit.any():
        lowest = float(scores[added].min())
        scores[unfit] = np.minimum(scores[unfit], 0.5 * lowest)
    return matched | added, scores


def _community_fit(
    columns: Columns, concepts: tuple[Concept, ...], filters: Mapping[str, tuple[str, ...]]
) -> np.ndarray:
    """COMMUNITY_UNASKED for each service for a particular community whose community (or
    specialist abuse type) neither the words nor a filter name; COMMUNITY_ASKED for each
    service for one they name; 1 for the rest."""
    abuse = columns.taxonomy["abuse"]
    only_specialist_abuse = columns.any_of([("abuse", SPECIALIST_ABUSE)]) & ~columns.any_of(
        [("abuse", [code for code in abuse if code not in SPECIALIST_ABUSE])]
    )
    specialist = columns.any_of([("community", SPECIALIST_COMMUNITIES)]) | only_specialist_abuse
    asked = community_asked(columns, concepts, filters)
    return np.where(asked, COMMUNITY_ASKED, np.where(specialist, COMMUNITY_UNASKED, 1.0))


def community_asked(
    columns: Columns, concepts: tuple[Concept, ...], filters: Mapping[str, tuple[str, ...]]
) -> np.ndarray:
    """The services for a community the words or a filter name (Deaf, Muslim...), or for an
    abuse type only such services meet (honour-based abuse)."""
    asked = columns.none()
    for name, wanted in (("community", SPECIALIST_COMMUNITIES), ("abuse", SPECIALIST_ABUSE)):
        codes = {code for c in concepts for code in c.codes(name)} | set(filters.get(name, ()))
        asked |= columns.any_of([(name, [code for code in codes if code in wanted])])
    return asked


def match_text(
    index: SearchIndex, text: str, filters: Mapping[str, tuple[str, ...]] | None = None
) -> TextMatch:
    """Services meeting any of the person's concepts, scored by how many they meet
    (coordination) and how well (BM25F on the listings' text, or their taxonomy), then by how
    well they fit who seems to be asking."""
    understood = understand(text)
    columns = index.columns
    size = len(columns)
    if understood.empty and not understood.general:
        return TextMatch(matched=None)
    asker_fit = fit_to_asker(columns, understood.asker, understood.concepts, filters)
    prior = columns.prior()
    helplines = columns.taxonomy["support"].get("helpline", columns.none())
    if understood.general:
        # only everyday words: every service may help; helplines first
        scores = (0.5 + 0.5 * helplines) * prior * asker_fit
        matched: np.ndarray = np.ones(size, dtype=bool)
        return TextMatch(matched, scores, general=True, asker=understood.asker, fit=asker_fit)
    strengths = []
    weights = []
    named = {c.name for c in understood.concepts}
    about_behaviour = "own-behaviour" in named
    for concept in understood.concepts:
        if concept.name == "past-abuse" and understood.asker.is_child:
            # a child's "when i was little" is abuse in the past, not a search for the
            # services for adults abused as children
            continue
        if concept.name == "children" and (about_behaviour or "parents" in named):
            # "attracted to kids", "images of children": the children are who is at risk, not
            # who the help is for; "parents whose child was abused": the help is for parents
            continue
        if concept.kind == "word":
            query = _phrase_query(concept.name, index.known_terms)
            if query is None or query is NullQuery:
                found = np.zeros(size)
            else:
                _, found = index.run_cached(concept.key, query).dense(size)
        elif concept.search:
            # the concept's query is made only the first time (its matches are kept)
            _, found = index.run_cached(
                concept.key, functools.partial(concept_query, concept, index.known_terms)
            ).dense(size)
        else:
            found = np.zeros(size)
        top = found.max(initial=0.0)
        text_part = found / top if top > 0 else found
        by_code = columns.any_of(concept.taxonomy)
        # offering it (a taxonomy code) counts most; naming it in the listing's words counts
        # by how well they say it (name over support types over description); both, more
        strength = np.maximum(0.6 * text_part, by_code) + 0.2 * (by_code & (text_part > 0))
        strengths.append(strength)
        # like IDF: a concept most listings meet ("abuse") tells them apart less than a rare one
        share = np.count_nonzero(strength) / max(size, 1)
        weights.append(KIND_WEIGHT[concept.kind] * (0.3 + 0.7 * (1.0 - share)))
    # the person's own words, every meaningful one, as plain text: tells apart listings that
    # meet the same concepts ("support for parents" says more about a parents' helpline than
    # about a reporting tool that parents may also use)
    said = np.zeros(size)
    for word in understood.all_words:
        query = _phrase_query(word, index.known_terms)
        if query is not None and query is not NullQuery:
            # a word of the listings: its matches are computed once per build
            said += index.run_cached(f"word:{word}", query).dense(size)[1]
    top = said.max(initial=0.0)
    said = said / top if top > 0 else said
    # a service for online harm (reporting images, families of children groomed online)
    # answers a different need from the one asked when the person says nothing about online
    # harm (a word such as "images" says it, even inside a phrase of another concept:
    # "arrested for indecent images"). Someone's offending is mostly online today: asking
    # about it, the people who support families through it are not off-topic; a reporting
    # tool still is
    if not understood.mentions(ONLINE_CONCEPTS):
        support = columns.taxonomy["support"]
        kept = PEOPLE_SUPPORT if about_behaviour else TALK_SUPPORT
        people = np.logical_or.reduce([support.get(code, columns.none()) for code in kept])
        online_only = columns.taxonomy["abuse"].get("online-abuse", columns.none()) & ~people
        # (less still for a child, an adult survivor or a parent: they ask for someone to
        # help, not for a tool to report images with)
        off_topic = ONLINE_OFF_TOPIC_ASKER if understood.asker.persona in FILLED_PERSONAS else 0.5
        asker_fit = np.where(online_only, asker_fit * off_topic, asker_fit)
    if not understood.asker.suicidal:
        # a line for thoughts of suicide answers a need the words do not speak of
        query = _phrase_query("suicide", index.known_terms)
        if query is not None and query is not NullQuery:
            about_suicide = index.run_cached("word:suicide", query).dense(size)[1] > 0
            asker_fit = np.where(about_suicide, asker_fit * NOT_ASKED_SUICIDE, asker_fit)
    strength = np.array(strengths)
    weight = np.array(weights)[:, None]
    met = strength > 0
    coverage = (met * weight).sum(axis=0) / weight.sum()
    quality = (strength * weight).sum(axis=0) / weight.sum()
    matched = np.asarray(met.any(axis=0))
    fallback = False
    if not matched.any():
        # nothing meets any of the words: the helplines that fit who seems to be asking
        matched = helplines & columns.national
        fallback = True
        scores = prior * asker_fit
    else:
        scores = coverage * (1.0 + quality + 0.3 * said) * prior * asker_fit
        if understood.asker.persona in FILLED_PERSONAS:
            matched, scores = _with_lines_for_asker(columns, matched, scores, asker_fit)
    by_name = named_services(index, text)
    if by_name.any():
        # the service's own name ("child line", "napak"): that service first
        # (just above the best other match: local services near a place are still weighed
        # against the best national match as before)
        top = float(scores[matched].max()) if matched.any() else 1.0
        scores = np.where(by_name, NAMED_LEAD * top * prior / max(float(prior.max()), 1e-9), scores)
        matched = matched | by_name
        if fallback:
            fallback = False
            met = met | by_name  # not "nothing matched your words"
    partial = bool(len(understood.concepts) > 1 and not met.all(axis=0).any())
    return TextMatch(
        community=community_asked(columns, understood.concepts, filters or {}),
        matched=matched,
        scores=np.where(matched, scores, 0.0),
        partial=partial and not fallback,
        suggestion=_suggestion(index, text, understood),
        fallback=fallback,
        asker=understood.asker,
        fit=asker_fit,
    )


def _suggestion(index: SearchIndex, text: str, understood: Understood) -> str | None:
    """Replace each word unknown to the listings, the thesaurus and English with the closest
    word of the listings; a known word (correctly spelled, sensitive or not) is never changed.
    """
    changed = False
    out = clean_text(text).split()
    corrected = dict(understood.corrections)
    for i, word in enumerate(out):
        if word in corrected:
            out[i], changed = corrected[word], True
            continue
        if word not in understood.words or not 4 <= len(word) <= 30 or word.isdigit():
            continue
        if word in index.vocabulary or word in thesaurus().words or is_english(word):
            continue
        better = index.suggest(word)
        if better and better != word:
            out[i] = better
            changed = True
    return " ".join(out) if changed else None


def facet_counts(
    columns: Columns, candidates: np.ndarray, filters: Mapping[str, tuple[str, ...]]
) -> dict[str, dict[str, int]]:
    """For each filter field, how many of ``candidates`` each value would give.

    A field's counts apply every *other* field's filters but not its own, so ticking one more
    value of the same field shows how many it would add (values of one field combine with OR).
    """
    counts: dict[str, dict[str, int]] = {}
    for name, (_, vocabulary) in FILTER_FIELDS.items():
        base = candidates & columns.meeting(filters, skip=name)
        values = columns.values[name]
        counts[name] = {code: int(np.count_nonzero(base & values[code])) for code in vocabulary}
    return counts


@dataclass
class KeywordResults:
    columns: Columns
    order: np.ndarray  # positions of the matching services, best first
    facets: dict[str, dict[str, int]]
    text: TextMatch
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def ids(self) -> list[str]:
        return [self.columns.ids[p] for p in self.order]

    def score(self, position: int) -> float:
        scores = self.text.scores
        return 0.0 if scores is None else float(scores[position])

    def scores(self) -> np.ndarray:
        """Each service's relevance over positions (all equal without words)."""
        scores = self.text.scores
        return np.ones(len(self.columns)) if scores is None else scores


def search(
    index: SearchIndex,
    text: str = "",
    filters: Filters | None = None,
    within: np.ndarray | None = None,
) -> KeywordResults:
    """Every open service matching ``text`` and ``filters`` (and ``within``, a set of positions
    such as the services near a place), ordered by relevance with a stable tie-break (name,
    then id), or by name without text.

    Raises BadFilter for a filter outside the vocabularies.
    """
    clean_filters = validate_filters(filters or {})
    columns = index.columns
    match = match_text(index, text, clean_filters)
    candidates = columns.open.copy()
    if match.matched is not None:
        candidates &= match.matched
    if within is not None:
        candidates &= within
    facets = facet_counts(columns, candidates, clean_filters)
    order = np.flatnonzero(candidates & columns.meeting(clean_filters))  # in name order
    scores = match.scores
    if scores is None:
        # no words: the services that can be reached and are open first
        scores = columns.prior()
    # best score first; positions (name, then id) break only true ties. Scores are rounded so
    # that float noise between equal matches does not decide the order.
    order = order[np.lexsort((order, -np.round(scores[order], 6)))]
    return KeywordResults(
        columns=columns, order=order, facets=facets, text=match, filters=clean_filters
    )


@dataclass(frozen=True)
class Page:
    items: list[Any]
    number: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages


def paginate(items: Sequence[Any], page: int, per_page: int) -> Page:
    """One page of ``items``; a page past the end gives the last page."""
    per_page = min(max(1, per_page), MAX_PER_PAGE)
    pages = max(1, math.ceil(len(items) / per_page))
    number = min(max(1, page), pages)
    start = (number - 1) * per_page
    return Page(
        items=list(items[start : start + per_page]),
        number=number,
        per_page=per_page,
        total=len(items),
    )
