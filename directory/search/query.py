"""Keyword search over an opened index: forgiving parsing, synonyms, filters, facets, ordering.

Nothing here knows about Flask or places. The user's text is never handed to a query language:
the Whoosh query is built from its words and synonym phrases, so nothing typed can raise."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
from whoosh.query import NullQuery, Or, Phrase, Query, Term

from ..vocabulary import FILTER_FIELDS
from .aside import not_asked_for, only_some_met, only_tools_met
from .columns import Columns
from .crisis_unmet import crisis_lines_first
from .dismax import BestOf
from .facets import LeftOut, facet_counts
from .fit import (
    FILLED_PERSONAS,
    ONLINE_CONCEPTS,
    PEOPLE_SUPPORT,
    TALK_SUPPORT,
    fallback_fit,
    fit_to_asker,
    neutral_fitting,
    not_offered,
    not_offered_under_filter,
)
from .general_words import general_scores
from .groups import community_asked, specialist
from .names import name_first, named_services
from .order import (
    advice_before_childs_own_line,
    after_the_rest,
    answering_first,
    community_after_childs_line,
    community_lines_last,
    made_for_it_before_distress,
    own_countrys_childrens_line,
    responders_before_prevention,
    unsure_lines_after_first_few,
    with_lines_for_asker,
    worried_lines_last,
    young_persons_line,
)
from .order_reach import fits_the_asker_first
from .other_abuse import other_abuse_lines
from .schema import ANALYZER, TEXT_FIELDS
from .store import SearchIndex
from .suggest import suggestion
from .understand import Asker, Concept, Understood, clean_text, understand
from .unsaid_age import others_worries
from .weights import (
    BOTH_BONUS,
    COMMON_CONCEPT_FLOOR,
    KIND_WEIGHT,
    NOT_ASKED_SUICIDE,
    ONLINE_OFF_TOPIC,
    ONLINE_OFF_TOPIC_ASKER,
    OTHER_ABUSE_LINE,
    SAID_WEIGHT,
    TEXT_SHARE,
)
from .weights import PERSONA_AGE as PERSONA_AGE  # (read by facade.py)
from .weights import PERSONA_AUDIENCE as PERSONA_AUDIENCE
from .weights import UNFIT as UNFIT  # (read by ranking.py)

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
    #: which of the words' concepts (rows) each service meets (columns: positions); None when
    #: no words matched, or only everyday ones
    met: np.ndarray | None = None
    #: the services the words name (``names.named_services``), over positions, read once
    named: np.ndarray | None = None


def match_text(
    index: SearchIndex,
    text: str,
    filters: Mapping[str, tuple[str, ...]] | None = None,
    understood: Understood | None = None,
) -> TextMatch:
    """Services meeting any of the person's concepts (``understood``: the text as read, when
    read already), scored by how many they meet (coordination) and how well (BM25F on the
    listings' text, or their taxonomy), then by how well they fit who asks (``weights.py``)."""
    understood = understood or understand(text)
    columns = index.columns
    by_name = named_services(index, text)
    if understood.empty and not understood.general:
        return TextMatch(matched=None, named=by_name)
    asker, concepts = understood.asker, understood.concepts
    asker_fit = fit_to_asker(columns, asker, concepts, filters, understood.all_words, by_name)
    prior = columns.prior()
    helplines = columns.taxonomy["support"].get("helpline", columns.none())
    if understood.general:  # only everyday words
        everyone, scores = general_scores(columns, asker, prior * asker_fit, helplines)
        return TextMatch(everyone, scores, general=True, asker=asker, fit=asker_fit, named=by_name)
    asker_fit = _off_topic(index, understood, asker_fit, clean_text(text))
    # (issue 25) professionals' services and image-reporting tools: not first unless asked
    online = understood.mentions(ONLINE_CONCEPTS)
    aside = not_asked_for(columns, asker, concepts, online, clean_text(text))
    # ... nor a service for a community nobody named (after the rest: Karma Nirvana hid lines)
    asked = community_asked(columns, concepts, filters or {})
    unasked = specialist(columns) & ~asked
    met, matched, scores = _met(index, understood, asker_fit, prior, aside | unasked)
    fallback = not matched.any() or only_tools_met(columns, matched, understood)
    if fallback:  # nothing meets any of the words: the helplines that fit who seems to ask
        matched, scores = helplines & columns.national, fallback_fit(columns, asker, asker_fit)
    # (walk-through F5, F7) lines only for people the words say this is not for
    matched = matched & ~not_offered(columns, asker, concepts, filters)
    if not fallback:
        found = (matched, scores, asker_fit)
        scores = _lines_last(columns, understood, filters or {}, found, aside, clean_text(text))
    # (who a line is for weighs in the asker's fit: "male survivor" meets all survivors' lines)
    needs = None if fallback else met[[c.kind != "who" for c in _weighed_concepts(understood)]]
    scores = answering_first(columns, matched, scores, asker_fit, needs)
    scores = community_after_childs_line(columns, asker, asked, matched, scores)
    # (w64life) words of suicide that met no line for it: those lines first, never no cards
    lifted = crisis_lines_first(columns, (matched, scores, asker_fit), understood, text, fallback)
    matched, scores = lifted
    scores, matched = name_first(by_name, scores, matched, prior)
    if by_name.any() and fallback:  # not "nothing matched your words"
        fallback, met = False, met | by_name
    partial = only_some_met(met, _weighed_concepts(understood), understood)
    return TextMatch(
        community=asked,
        matched=matched,
        scores=np.where(matched, scores, 0.0),
        partial=partial and not fallback,
        suggestion=suggestion(index, text, understood),
        fallback=fallback,
        asker=asker,
        fit=asker_fit,
        met=None if fallback else _what_each_meets(index, understood, met),
        named=by_name,
    )


def _lines_last(
    columns: Columns,
    understood: Understood,
    filters: Mapping[str, tuple[str, ...]],
    found: tuple[np.ndarray, np.ndarray, np.ndarray],
    aside: np.ndarray,
    said: str,
) -> np.ndarray:
    """The scores of ``found`` (matched, scores, the asker's fit) with the lines for a
    community nobody named, those for people worried about their own thoughts when someone
    tells of abuse done, and those for another need (``aside``) after the rest."""
    matched, scores, asker_fit = found
    asker, concepts = understood.asker, understood.concepts
    scores = community_lines_last(columns, concepts, filters, matched, scores)
    scores = worried_lines_last(columns, asker, concepts, matched, scores, asker_fit, said)
    scores = made_for_it_before_distress(
        columns, (asker, concepts, said), matched, scores, asker_fit
    )
    scores = responders_before_prevention(
        columns, (asker, concepts, said), matched, scores, asker_fit
    )
    scores = advice_before_childs_own_line(columns, asker, matched, scores)
    shown = matched & columns.meeting(filters)  # (the ages a search is for: not a line for 16+)
    scores = fits_the_asker_first(columns, (asker, concepts, said), shown, scores, asker_fit)
    aside = aside | others_worries(columns, understood, said)  # (w47unsaid)
    return after_the_rest(columns, aside, matched, scores, asker_fit)


def _met(
    index: SearchIndex,
    understood: Understood,
    asker_fit: np.ndarray,
    prior: np.ndarray,
    aside: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which listing meets which concept (rows), the listings meeting any, and their scores:
    coordination times quality, with lines for the asker joined (``with_lines_for_asker``;
    ``aside``: matches not counted as fitting there, ``aside.not_asked_for``)."""
    columns = index.columns
    strength, weight = _concept_strengths(index, understood)
    said = _said(index, understood)
    met = strength > 0
    coverage = (met * weight).sum(axis=0) / weight.sum()
    quality = (strength * weight).sum(axis=0) / weight.sum()
    matched = np.asarray(met.any(axis=0))
    scores = coverage * (1.0 + quality + SAID_WEIGHT * said) * prior * asker_fit
    if not matched.any():
        return met, matched, scores
    neutral = neutral_fitting(understood.asker, understood.concepts, understood.all_words)
    fitting = asker_fit if aside is None else np.where(aside, 0.0, asker_fit)
    if understood.asker.persona in FILLED_PERSONAS:
        matched, scores = with_lines_for_asker(columns, matched, scores, fitting)
    elif neutral is not None:
        # ("counselling"): lines for adults and all ages join a children's line and
        # lines for particular people
        matched, scores = with_lines_for_asker(columns, matched, scores, fitting, neutral)
    # (twelfth walk-through F7) a Welsh child's own line for Wales among the first few
    found = young_persons_line(columns, understood.asker, matched, scores)
    return met, *own_countrys_childrens_line(columns, understood.asker, *found, fitting)


def _concept_strengths(index: SearchIndex, understood: Understood) -> tuple[np.ndarray, np.ndarray]:
    """How strongly each listing meets each concept (rows) and each concept's weight (a
    column)."""
    columns = index.columns
    size = len(columns)
    strengths = []
    weights = []
    for concept in _weighed_concepts(understood):
        found = _concept_text_scores(index, concept)
        if concept.kind == "word" and not understood.asker.suicidal:  # (w25lines F10: a
            found = np.where(columns.suicide, 0.0, found)  # boy's "thoughts", not of suicide)
        top = found.max(initial=0.0)
        text_part = found / top if top > 0 else found
        by_code = columns.any_of(concept.taxonomy)
        # offering it (a taxonomy code) counts most; naming it in the listing's words counts
        # by how well they say it (name over support types over description); both, more
        strength = np.maximum(TEXT_SHARE * text_part, by_code) + BOTH_BONUS * (
            by_code & (text_part > 0)
        )
        strengths.append(strength)
        # like IDF: a concept most listings meet ("abuse") tells them apart less than a rare one
        share = np.count_nonzero(strength) / max(size, 1)
        floor = COMMON_CONCEPT_FLOOR
        weights.append(KIND_WEIGHT[concept.kind] * (floor + (1.0 - floor) * (1.0 - share)))
    return np.array(strengths), np.array(weights)[:, None]


def _weighed_concepts(understood: Understood) -> list[Concept]:
    """The concepts a listing's score weighs, in order (the rows of ``_concept_strengths``)."""
    named = {c.name for c in understood.concepts}
    about_behaviour = "own-behaviour" in named
    kept = []
    for concept in understood.concepts:
        if concept.name == "past-abuse" and understood.asker.is_child:
            # a child's "when i was little" is abuse in the past, not a search for the
            # services for adults abused as children
            continue
        if concept.name == "children" and (about_behaviour or "parents" in named):
            # "attracted to kids", "images of children": the children are who is at risk, not
            # who the help is for; "parents whose child was abused": the help is for parents
            continue
        kept.append(concept)
    return kept


def _concept_text_scores(index: SearchIndex, concept: Concept) -> np.ndarray:
    """A concept's scores in the listings' text, over positions (kept for the build)."""
    size = len(index.columns)
    if concept.kind == "word":
        query = _phrase_query(concept.name, index.known_terms)
        if query is None or query is NullQuery:
            return np.zeros(size)
        return index.run_cached(concept.key, query).dense(size)[1]
    if concept.search:
        # the concept's query is made only the first time (its matches are kept)
        return index.run_cached(
            concept.key, functools.partial(concept_query, concept, index.known_terms)
        ).dense(size)[1]
    return np.zeros(size)


def _said(index: SearchIndex, understood: Understood) -> np.ndarray:
    """The person's own words, every meaningful one, as plain text: tells apart listings that
    meet the same concepts ("support for parents" says more about a parents' helpline than
    about a reporting tool that parents may also use). 0 to 1, over positions."""
    size = len(index.columns)
    said = np.zeros(size)
    for word in understood.all_words:
        query = _phrase_query(word, index.known_terms)
        if query is not None and query is not NullQuery:
            # a word of the listings: its matches are computed once per build
            said += index.run_cached(f"word:{word}", query).dense(size)[1]
    top = said.max(initial=0.0)
    return said / top if top > 0 else said


def _what_each_meets(index: SearchIndex, understood: Understood, met: np.ndarray) -> np.ndarray:
    """Rows over positions: each concept met (``met``), each concept's taxonomy codes carried
    (a line in Welsh for "in Welsh"), and each meaningful word said in the listing's text."""
    columns = index.columns
    size = len(columns)
    rows = [row for row in met]
    rows += [columns.any_of(c.taxonomy) for c in understood.concepts if c.taxonomy]
    for word in understood.all_words:
        query = _phrase_query(word, index.known_terms)
        if query is not None and query is not NullQuery:
            rows.append(index.run_cached(f"word:{word}", query).dense(size)[1] > 0)
    return np.array(rows, dtype=bool).reshape(len(rows), size)


def _off_topic(
    index: SearchIndex, understood: Understood, asker_fit: np.ndarray, cleaned: str
) -> np.ndarray:
    """The asker's fit, less for services answering a need the words (``cleaned``) do not
    speak of."""
    columns = index.columns
    size = len(columns)
    # a service for online harm (reporting images, families of children groomed online) answers
    # another need when the words say nothing of online harm ("images" says it, even in
    # "arrested for indecent images"); asking about someone's offending, mostly online today,
    # the people who support families through it are on topic, a reporting tool is not
    if not understood.mentions(ONLINE_CONCEPTS):
        about_behaviour = any(c.name == "own-behaviour" for c in understood.concepts)
        kept = PEOPLE_SUPPORT if about_behaviour else TALK_SUPPORT
        online_only = columns.having("abuse", "online-abuse") & ~columns.having("support", *kept)
        # (less still for a child, an adult survivor or a parent: they ask for someone to
        # help, not for a tool to report images with)
        filled = understood.asker.persona in FILLED_PERSONAS
        off_topic = ONLINE_OFF_TOPIC_ASKER if filled else ONLINE_OFF_TOPIC
        asker_fit = np.where(online_only, asker_fit * off_topic, asker_fit)
    # (second walk-through F6; w61kind) a line only for another kind of abuse (the Men's
    # Advice Line, for domestic abuse) answers a need the words do not speak of: "abused by his
    # uncle as a boy" is sexual abuse in childhood, and a relative named is not domestic abuse
    other = other_abuse_lines(columns, understood, cleaned)
    asker_fit = np.where(other, asker_fit * OTHER_ABUSE_LINE, asker_fit)
    if not understood.asker.suicidal:
        # a line for thoughts of suicide answers a need the words do not speak of
        query = _phrase_query("suicide", index.known_terms)
        if query is not None and query is not NullQuery:
            about_suicide = index.run_cached("word:suicide", query).dense(size)[1] > 0
            asker_fit = np.where(about_suicide, asker_fit * NOT_ASKED_SUICIDE, asker_fit)
    return asker_fit


@dataclass
class KeywordResults:
    columns: Columns
    order: np.ndarray  # positions of the matching services, best first
    facets: dict[str, dict[str, int]]
    text: TextMatch
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: what the facets count (the services matching, before any filter), and what the search
    #: leaves out under given filters: the ranking counts again what it shows near a place
    counted: np.ndarray | None = None
    left_out: LeftOut | None = None

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
    understood: Understood | None = None,
    count_facets: bool = True,
) -> KeywordResults:
    """Every open service matching ``text`` and ``filters`` (and ``within``, a set of positions
    such as the services near a place), ordered by relevance with a stable tie-break (name,
    then id), or by name without text; ``count_facets``: False when the caller counts what it
    shows itself (near a place). Raises BadFilter for a filter outside the vocabularies."""
    clean_filters = validate_filters(filters or {})
    columns = index.columns
    understood = understood or understand(text)
    match = match_text(index, text, clean_filters, understood)
    candidates = columns.open.copy()
    if match.matched is not None:
        candidates &= match.matched
    if within is not None:
        candidates &= within
    left_out = _left_out_when(columns, understood, match)
    facets = facet_counts(columns, candidates, clean_filters, left_out) if count_facets else {}
    order = np.flatnonzero(candidates & columns.meeting(clean_filters))  # in name order
    scores = match.scores
    if scores is None:
        # no words: the services that can be reached and are open first; (ninth walk-through
        # F5.3) one for a community no filter names after the rest
        scores = community_lines_last(columns, (), clean_filters, candidates, columns.prior())
    elif match.met is not None:
        # (fifth walk-through F3) among the services shown (``within``: their ages, the place)
        shown = candidates & columns.meeting(clean_filters)
        scores = unsure_lines_after_first_few(columns, shown, scores, match.met, match.fit)
    # best score first; positions (name, then id) break only true ties. Scores are rounded so
    # that float noise between equal matches does not decide the order.
    order = order[np.lexsort((order, -np.round(scores[order], 6)))]
    return KeywordResults(
        columns=columns,
        order=order,
        facets=facets,
        text=match,
        filters=clean_filters,
        counted=candidates,
        left_out=left_out,
    )


def _left_out_when(columns: Columns, understood: Understood, match: TextMatch) -> LeftOut | None:
    """What ``match_text`` leaves out under given filters, as ``facets.facet_counts`` asks
    (a language filter leaves out the lines for people worried about their own thoughts for
    a survivor); None when it leaves out none (no words, or only everyday ones)."""
    if match.matched is None or match.general:
        return None
    asker, concepts = understood.asker, understood.concepts
    return lambda chosen: not_offered_under_filter(columns, asker, concepts, chosen)
