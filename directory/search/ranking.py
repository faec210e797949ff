"""The one search: (words, filters, an optional place) -> ranked services in the groups a
person reads, with scores and facet counts.

``rank`` matches the words (``query.search``), keeps the services near the place or covering it
(``areas``), and orders them: services available wherever you live, local ones (by distance or
by match weighed by closeness), and local ones that fit the question less well than the
national answers. Callers get service ids and what to say about each, never positions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np

from .areas import Near, Where
from .centre_after_assault import centre_first_after_assault
from .child_abuse_kinds import for_the_abuse
from .colleague_worry import near_after_national
from .columns import Columns
from .crisis import later_than_first_few
from .examined import finder_after_local_centre
from .facets import near_facet_counts
from .finder_early import finder_early_without_centre
from .groups import (
    adults_only_for_a_child,
    for_ages,
    forensic_care_for,
    not_for_the_worried,
    only_for_other_gender,
)
from .hits import Hits, Ranking, hit_maker
from .lexicon import clean_text
from .made_for import national_order
from .near_now import last
from .near_order import (
    apart_from,
    matched_later,
    moved_matches,
    needs_a_centre,
    order_for_asker,
)
from .near_unsaid import (
    CHILD_SEXUAL_ABUSE,
    fitting_unsaid,
    for_the_child_unsaid,
    tells_of_abuse,
    unmatched,
)
from .other_sex_away import other_sex_only
from .query import KeywordResults, search
from .store import SearchIndex
from .strong_local import closing_behind, strong_local
from .understand import Understood, understand
from .weights import ADULT_FROM, COVERING_RANK

#: the audiences a covering local service must serve, by asker (a parent: their child's, theirs)
PERSONA_AUDIENCES: dict[str, tuple[str, ...]] = {
    "child": ("children-young-people",),
    "parent": ("children-young-people", "parents-carers"),
    "adult": ("adult-survivors",),
}


def _covering_fit(index: SearchIndex, understood: Understood) -> np.ndarray | None:
    """The services that fit what the words describe, over positions: for who is asking (a
    child, a parent, an adult survivor: not someone worried about their own behaviour, not a
    professional), for the abuse the words describe ("abused my son": child sexual abuse), and
    offering the kind of help they name, if any ("counselling"). None when the words say too
    little to tell."""
    audiences = PERSONA_AUDIENCES.get(understood.asker.persona)
    abuse = [c.codes("abuse") for c in understood.concepts if c.kind == "topic"]
    if not audiences or not any(abuse):
        return None
    columns = index.columns
    fits = columns.any_of([("audience", audiences)])
    fits &= columns.any_of([("abuse", codes) for codes in abuse])
    for concept in understood.concepts:
        if concept.kind == "need" and concept.codes("support"):
            fits &= columns.any_of([("support", concept.codes("support"))])
    found: np.ndarray = fits | open_to_the_survivor(index, understood)
    return found


def open_to_the_survivor(index: SearchIndex, understood: Understood) -> np.ndarray:
    """(twenty-ninth walk-through F1) For a grown-up telling of abuse done to them (an adult
    asking for themselves), the local services whose own stated eligibility is open to
    everyone affected by sexual abuse and which state no audience
    (``Columns.open_to_all``: GRASAC, "People affected by rape and sexual abuse")
    and offer the kind of help the words name or state none, over positions: he is one of
    the people they say they help, and what they do not state is not held against them.
    None for anyone else (a child is not told such a centre, whose ages are not stated, is
    theirs)."""
    asker, columns = understood.asker, index.columns
    grown = asker.for_age is None or asker.for_age >= ADULT_FROM
    if asker.persona != "adult" or not grown or not tells_of_abuse(understood):
        return columns.none()
    found: np.ndarray = columns.open_to_all.copy()
    unstated = ~columns.having("support", *columns.taxonomy["support"])
    for concept in understood.concepts:
        if concept.kind == "need" and concept.codes("support"):
            found &= columns.any_of([("support", concept.codes("support"))]) | unstated
    return found


def _local_order(
    keyword: KeywordResults, local: np.ndarray, near: Near, sort: str, closeness: np.ndarray
) -> np.ndarray:
    if sort != "distance":
        # best match: relevance times closeness; the keyword order breaks ties
        weighted = keyword.scores()[local] * closeness[local]
        return local[np.lexsort((np.arange(len(local)), -np.round(weighted, 6)))]
    # venues by distance first, then services whose area covers yours, most local first; the
    # keyword order (relevance, then name) breaks ties
    miles_away = near.miles[local]
    by_area = ~np.isfinite(miles_away)
    return local[
        np.lexsort(
            (
                np.arange(len(local)),
                np.where(by_area, near.cover_ranks()[local], 0),
                np.where(by_area, 0.0, miles_away),
                by_area,
            )
        )
    ]


def _councils_elsewhere(near: Near, where: Where | None) -> np.ndarray:
    """(third walk-through F5) The services, over positions, that state the councils they cover
    and leave the place out, when the place's councils are known: a venue a few miles away
    does not make a service for Liverpool, Sefton and Wirral one for a child in Chester."""
    if where is None or not (where.council or where.parts):
        return np.zeros(len(near.miles), dtype=bool)
    elsewhere: np.ndarray = near.has_area & (near.cover_ranks() >= len(near.covers))
    return elsewhere


def _within(
    columns: Columns, near: Near | None, only: str | None, ages: tuple[int, int] | None
) -> np.ndarray | None:
    """The services a search may return, over positions (None: any): near the place or
    covering it (and national ones), or just those ``only`` names, less those whose stated
    ages or audiences leave out every age in ``ages``."""
    if near is not None:
        within = near.within(columns.national)
    elif only == "uk-wide":
        within = columns.uk_wide
    elif only == "everywhere":
        within = columns.everywhere()
    else:
        within = None
    if ages is not None:
        for_age = for_ages(columns, ages)
        within = for_age if within is None else within & for_age
    return within


def _everywhere(columns: Columns, where: Where | None, keyword: KeywordResults) -> np.ndarray:
    """The services available wherever the person lives, over positions."""
    if where is not None:
        return columns.everywhere(where.country)
    # without a place, a country-wide service (Wales only, England only) is area-limited,
    # except Welsh services for someone writing in Welsh
    everywhere = columns.national.copy()
    if keyword.text.asker.welsh:
        everywhere |= columns.country_wide.get("Wales", columns.none())
    if keyword.text.community is not None:  # issue 26: and a country-wide service for
        wide = columns.everywhere("Wales" if keyword.text.asker.welsh else None)
        everywhere |= keyword.text.community & wide  # the community the words name
    return everywhere


def _for_the_child(
    index: SearchIndex, understood: Understood, near: Near, ages: tuple[int, int] | None, text: str
) -> tuple[np.ndarray | None, np.ndarray]:
    """When the help is for a child: the local services covering the place that take
    children, for the abuse the words tell of (None when they tell of none), and the services
    for adults only, over positions."""
    columns = index.columns
    child_age = None if ages is None else ages[0]
    adults_only = adults_only_for_a_child(columns, child_age)
    # ... a local service covering the place that takes children, for the abuse the
    # words tell of, comes before the national answers
    abuse = [
        code
        for concept in understood.concepts
        if concept.kind == "topic"
        for code in concept.codes("abuse")
    ]
    if tells_of_abuse(understood):  # "my uncle keeps …": a directory for child
        abuse.append(CHILD_SEXUAL_ABUSE)  # sexual abuse hears it as that
    if not abuse:
        return None, adults_only
    for_the_child = (
        (near.cover_ranks() <= COVERING_RANK)
        & columns.any_of([("audience", ("children-young-people",))])
        & for_the_abuse(columns, abuse, child_age, text)
        & ~adults_only
    )
    return for_the_child, adults_only


def _for_children_only(columns: Columns, understood: Understood) -> np.ndarray:
    """When an adult asks for themselves ("im 52", "abused as a boy"), and the words do not
    ask for children's help: the services whose audiences are children and young people and
    the people around them only (no adult survivors, no one worried about their own
    thoughts), over positions; none otherwise."""
    named = {c.name for c in understood.concepts}
    if not understood.asker.is_adult or "children" in named:
        return columns.none()
    audience = columns.taxonomy["audience"]
    for_adults = audience.get("adult-survivors", columns.none()) | audience.get(
        "people-worried-about-own-behaviour", columns.none()
    )
    only: np.ndarray = audience.get("children-young-people", columns.none()) & ~for_adults
    return only


def left_out_near(columns: Columns, understood: Understood, text: str) -> np.ndarray:
    """The local services never listed near the place for this asker, over positions: those
    only for the other gender than the one they say of themselves (third walk-through F1),
    the services for people harmed when the words are about someone's own sexual thoughts
    (``not_for_the_worried``), and, for an adult asking for themselves, those for children
    only whose stated ages end before 18 (eleventh walk-through F5: a service
    for 0 to 17s was one of five cards for a man in his 60s). Their own listings say they are
    not for this person, so a card would only cost a wasted call (as Hub of Hope's filter for
    who a service is for leaves them out); a search without the words still finds them."""
    hidden = only_for_other_gender(columns, understood.asker) | not_for_the_worried(
        columns, understood, clean_text(text)
    )
    young = columns.oldest < ADULT_FROM
    left_out: np.ndarray = hidden | (_for_children_only(columns, understood) & young)
    return left_out


def _hidden_near(
    columns: Columns, understood: Understood, text: str, near: Near, where: Where | None
) -> np.ndarray:
    """The local services never listed near the place for this asker (``left_out_near``), and
    (forty-seventh walk-through F8) those that say they help other areas and only the other
    sex than the words give for whoever the help is for (``other_sex_away``): no answer."""
    elsewhere = other_sex_only(columns, understood, text) & _councils_elsewhere(near, where)
    hidden: np.ndarray = left_out_near(columns, understood, text) | elsewhere
    return hidden


def _apart(
    near: Near, where: Where | None, understood: Understood, local: np.ndarray, weaker: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``local`` and ``weaker`` less the services whose stated councils leave the place out,
    those of ``local`` listed apart, and which are listed as covering other areas: (local,
    weaker, apart, other_area)."""
    # ... and a service whose stated councils leave the place out is not for this person
    # (fourth walk-through F3, F5: Liverpool-only services near Rhyl): left out, unless
    # nothing else is near, and then listed as covering other areas; a professional, who may
    # refer across a border, sees them after those covering the place, under that line
    # ... (fifth walk-through F4) and never under "Services near": a heading saying
    # "near" held four services for Warwick, West Mercia and Coventry above Sandwell's own
    elsewhere = _councils_elsewhere(near, where)
    others_near = (~elsewhere[local]).any() or (~elsewhere[weaker]).any()
    if not others_near or understood.asker.persona == "professional":
        # (the weaker ones stay last among "Other services near you", which says they may
        # not be for them; ninth walk-through F2.5: the page lists them apart, under a
        # heading saying they are for other areas)
        return (
            local[~elsewhere[local]],
            last(weaker, elsewhere),
            local[elsewhere[local]],
            elsewhere,
        )
    none = np.zeros(len(elsewhere), dtype=bool)
    return local[~elsewhere[local]], weaker[~elsewhere[weaker]], local[:0], none


def _apart_centres_last(
    near: Near,
    where: Where | None,
    understood: Understood,
    found: tuple[np.ndarray, np.ndarray],
    later: np.ndarray,
    text: str = "",
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``_apart`` of ``found``, the forensic centres ``later`` holds never left first (a man in
    Fareham saw Treetops alone once Portsmouth's counselling, for other areas, was left out);
    (w63pro) every service near after the national answers for a professional's worry about a
    colleague, or training asked for (``near_after_national``: ``text``, the words as typed)."""
    local, weaker, away, other_area = _apart(near, where, understood, *found)
    if len(local) and later[local].all():
        local, weaker = apart_from(local, weaker, later)
    if near_after_national(understood.asker, clean_text(text)):
        return local[:0], np.concatenate([local, away, weaker]), away[:0], other_area
    return local, weaker, away, other_area


def _near_groups(
    index: SearchIndex,
    understood: Understood,
    keyword: KeywordResults,
    near: Near,
    where: Where | None,
    within: np.ndarray | None,
    everywhere: np.ndarray,
    sort: str,
    ages: tuple[int, int] | None,
    text: str,
    hidden: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The local services near the place in the groups a person reads (local, weaker, apart,
    other_area: ``_apart``) and those matching the words closely. ``text``: the words as typed
    (a parent's pronouns, fillers); ``hidden``: those never listed near (``left_out_near``)."""
    columns = index.columns
    national = keyword.order[everywhere[keyword.order]]
    local = keyword.order[~everywhere[keyword.order]]
    # (fourth walk-through F3, F4) the help is for a child: a child asks, or the age is a child's
    for_a_child = understood.asker.persona == "child" or (ages is not None and ages[1] < ADULT_FROM)
    if _for_a_child_or_parent(understood, ages):
        # (fifth walk-through F3, F4) a service for children's sexual abuse covering the
        # place is near a child, or a parent asking for theirs, whatever words tell the
        # abuse ("babysits" matched nothing)
        extra = for_the_child_unsaid(index, keyword, near, within, everywhere, understood)
        local = np.concatenate([local, extra])
    covering, local = _covering(index, understood, keyword, near, (within, everywhere), local)
    closeness = near.closeness()
    local = _local_order(keyword, local, near, sort, closeness)
    for_the_child, adults_only = None, columns.none()
    if for_a_child:
        for_the_child, adults_only = _for_the_child(index, understood, near, ages, text)
    strong = strong_local(keyword, closeness, local, national, covering, for_the_child)
    # (third walk-through F1) a man abused as a boy: no local service only for women and girls
    # (nor, eleventh walk-through F5, any other whose own words say it is not theirs); and a
    # forensic centre follows the local services that fit when he asks to talk about the past
    local, strong = local[~hidden[local]], strong[~hidden[local]]
    later = forensic_care_for(columns, understood, clean_text(text))
    # ... and a service for adults is never "near" a child: it follows the national answers,
    # after every local service that takes children; (sixth walk-through F4) the mirror of
    # that: a service for children and young people (and their parents) only is never "near"
    # an adult asking for themselves, it follows everything else
    for_children = _for_children_only(columns, understood)
    strong &= ~(adults_only | for_children)[local]
    matched, weaker = local[strong], local[~strong]
    # (ninth walk-through F2) words telling of abuse: the local services they did not match that
    # fit who asks, under "Other services near you" (whatever else matched: the filters' counts)
    unsaid = fitting_unsaid(index, keyword, closeness, within, everywhere, understood)
    unsaid = unsaid[~hidden[unsaid]]
    weaker = np.concatenate([weaker, unsaid[~np.isin(unsaid, np.concatenate([matched, weaker]))]])
    # (w59fit) one that may be closing after the open national answers that fit as well
    found = closing_behind(keyword, closeness, national, (matched, weaker), later)
    local, weaker = order_for_asker(
        index, understood, found, text, for_a_child, (later, adults_only | for_children)
    )
    return (*_apart_centres_last(near, where, understood, (local, weaker), later, text), matched)


def _covering(
    index: SearchIndex,
    understood: Understood,
    keyword: KeywordResults,
    near: Near,
    limits: tuple[np.ndarray | None, np.ndarray],
    local: np.ndarray,
) -> tuple[np.ndarray | None, np.ndarray]:
    """The services whose own area covers the place (``COVERING_RANK``) and that fit what the
    words describe (``_covering_fit``), over positions (None when the words say too little),
    and ``local`` with the centres that do (``_with_open_centres``); ``limits``: within the
    filters, and the services available everywhere."""
    fits = _covering_fit(index, understood)
    covering = None if fits is None else fits & (near.cover_ranks() <= COVERING_RANK)
    if covering is None:
        return None, local
    return covering, _with_open_centres(index, understood, keyword, limits, covering, local)


def _with_open_centres(
    index: SearchIndex,
    understood: Understood,
    keyword: KeywordResults,
    limits: tuple[np.ndarray | None, np.ndarray],
    covering: np.ndarray,
    local: np.ndarray,
) -> np.ndarray:
    """(twenty-ninth walk-through F1) ``local`` with the centres open to everyone affected
    (``open_to_the_survivor``) that cover the place (``covering``) and the words did not
    match added at its end: such a centre is near an adult telling of abuse done to them
    whatever words they use, as its listing, stating no audience nor kinds of support, has
    few words to meet ("need a counsellor near me" met none of GRASAC's). ``limits``: the
    services the search may return (``within``) and those available everywhere."""
    if keyword.text.matched is None:
        return local
    extra = unmatched(index, keyword, *limits)
    extra &= covering & open_to_the_survivor(index, understood)
    extra[local] = False
    return np.concatenate([local, np.flatnonzero(extra)])


def _for_a_child_or_parent(understood: Understood, ages: tuple[int, int] | None) -> bool:
    """The help is for a child (the child says so, or the age stated or chosen is a child's),
    or a parent asks."""
    persona = understood.asker.persona
    return persona in ("child", "parent") or (ages is not None and ages[1] < ADULT_FROM)


def _near_facets(
    index: SearchIndex,
    understood: Understood,
    keyword: KeywordResults,
    near: Near,
    where: Where | None,
    within: np.ndarray | None,
    everywhere: np.ndarray,
    ages: tuple[int, int] | None,
    hidden: np.ndarray,
) -> dict[str, dict[str, int]]:
    """(ninth walk-through F6.9) The facet counts of what ``_near_groups`` shows
    (``facets.near_facet_counts``): the children's services covering the place that it adds
    whatever the filters, those it never lists near this asker (``hidden``: ``left_out_near``),
    and those whose stated councils leave the place out, which ``_apart`` leaves out when others
    are near."""
    columns = index.columns
    elsewhere = _councils_elsewhere(near, where)
    added = np.array([], dtype=np.int64)
    if _for_a_child_or_parent(understood, ages):
        unfiltered = replace(keyword, filters={})
        added = for_the_child_unsaid(index, unfiltered, near, within, everywhere, understood)
    unsaid = fitting_unsaid(
        index, replace(keyword, filters={}), near.closeness(), within, everywhere, understood
    )
    added = np.union1d(added, unsaid)
    return near_facet_counts(
        columns,
        (columns.open if keyword.counted is None else keyword.counted, added),
        (keyword.filters, keyword.left_out),
        (everywhere, hidden, elsewhere),
        understood.asker.persona == "professional",
    )


def rank(
    index: SearchIndex,
    text: str = "",
    filters: Mapping[str, Sequence[str]] | None = None,
    where: Where | None = None,
    sort: str = "relevance",  # or "distance" (with a place)
    only: str | None = None,
    age: int | None = None,
    ages: tuple[int, int] | None = None,
    understood: Understood | None = None,
) -> Ranking:
    """Search the index. ``only``: "everywhere" or "uk-wide" keeps just those services (for a
    place that could not be used); ``age``: the age of the person the help is for, when known
    exactly (stated in the words): services whose stated ages leave it out are dropped,
    national ones too; ``ages``: the same for a range of ages (the age filter chosen), a
    service dropped when its stated ages or audiences leave out every age in it. Raises
    BadFilter for a filter outside the vocabularies. ``understood``: ``text`` as ``understand``
    reads it, when the caller has read it already (a results page reads it once)."""
    columns = index.columns
    if understood is None:
        understood = understand(text)
    near = index.areas.near(where) if where is not None else None
    if age is not None and ages is None:
        ages = (age, age)
    within = _within(columns, near, only, ages)
    keyword = search(index, text, filters, within, understood, count_facets=near is None)
    everywhere = _everywhere(columns, where, keyword)
    order = later_than_first_few(columns, keyword, everywhere, understood, text)
    national, others = national_order(index, keyword, order[everywhere[order]], understood, text)
    local, weaker, away = order[~everywhere[order]], order[:0], order[:0]
    other_area, matched, facets = columns.none(), local[:0], keyword.facets
    if near is not None:
        found = (index, understood, keyword, near, where, within, everywhere)
        hidden = _hidden_near(columns, understood, text, near, where)
        local, weaker, away, other_area, matched = _near_groups(*found, sort, ages, text, hidden)
        local, weaker = centre_first_after_assault(
            index, understood, near, text, (local, weaker), hidden
        )
        if understood.asker.persona == "parent":
            needed = needs_a_centre(understood, text)
            national = finder_after_local_centre(columns, national, local, needed)
        facets = _near_facets(*found, ages, hidden)
        national = finder_early_without_centre(columns, national, local, understood, text)
    moved = moved_matches(index, matched, weaker, _for_a_child_or_parent(understood, ages))
    hit = hit_maker(columns, keyword, near, everywhere, other_area, moved)
    return Ranking(
        everywhere=Hits(national, hit),
        local=Hits(local, hit),
        weaker_local=Hits(weaker, hit),
        other_areas=Hits(away, hit),
        facets=facets,
        suggestion=keyword.text.suggestion,
        partial=keyword.text.partial,
        fallback=keyword.text.fallback,
        asker=keyword.text.asker,
        near_matched=matched_later(index, matched, weaker, understood, ages),
        made_for_others=frozenset(columns.ids[p] for p in others.nonzero()[0]),
    )
