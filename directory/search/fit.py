"""How well each service fits who seems to be asking: a factor per service, over positions.

1 fits; small values do not (an 18+ service for a child, a men's service for a woman, a Deaf
service for someone who did not say they are Deaf). Eligibility the listings state is
respected; what they do not state is not held against them. The weights: ``weights.py``; the
sets of services they fall on: ``groups.py``; the national list's order after them:
``order.py``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

import numpy as np

from .adult_images import images_unasked_fit
from .columns import Columns
from .groups import (
    WORRIED,
    children_only,
    childrens_victim_services,
    community_asked,
    only_distress,
    only_for_other_gender,
    specialist,
    unstated_victims_services,
    victims_services,
)
from .understand import Asker, Concept
from .weights import (
    AUDIENCE_MISS,
    CHILD_NOT_IN_AUDIENCE,
    CHILDREN_ONLY_LINE,
    COMMUNITY_UNASKED,
    NEUTRAL_FITTING,
    NOT_THEIR_LINE,
    OTHER_GENDER,
    OUTSIDE_AGES,
    PARENT_NOT_SURVIVOR,
    PARENT_TALK,
    PARTICULAR_PEOPLE,
    PERSONA_AGE,
    PERSONA_AUDIENCE,
    PREFERRED_AUDIENCE,
    PRO_ADVICE,
    SELF_FIT,
    UNSAID_CHILDREN_ONLY,
    UNSAID_LOCAL_CHILDREN,
    WELSH_FIT,
    WORRIED_VICTIM_SERVICE,
)

#: the concepts that speak of online harm (eleventh walk-through F4: not "grooming" alone; "a
#: man at his football club is grooming him" had the online reporting tools first, and neither
#: the NSPCC nor Stop It Now among a parent's first five)
ONLINE_CONCEPTS = frozenset({"online", "take-down"})
#: support to talk to; and support by people more widely (as against a tool for reporting)
TALK_SUPPORT = ("helpline", "counselling-therapy")
PEOPLE_SUPPORT = (*TALK_SUPPORT, "family-support", "support-groups", "advocacy-isva")
#: askers whose first answers must fit them even when few services match the words
FILLED_PERSONAS = frozenset({"child", "adult", "parent"})
#: (walk-through F1) concepts an adult more than a child names, for help for themselves
ADULT_WORDS = frozenset({"counselling"})
#: words that say a child or young person is who the help is for ("camhs", "child sexual
#: abuse"): then the words are not neutral
CHILD_WORDS = frozenset(
    ["child", "children", "kid", "kids", "camhs", "teen", "teens", "teenager", "young",
     "boy", "girl", "son", "daughter", "school", "plentyn", "plant"]
)  # fmt: skip


def fit_to_asker(
    columns: Columns,
    asker: Asker,
    concepts: tuple[Concept, ...],
    filters: Mapping[str, tuple[str, ...]] | None = None,
    words: Collection[str] = (),
    by_name: np.ndarray | None = None,
) -> np.ndarray:
    """A factor per service: 1 fits, small values do not (see the module's docstring).
    ``words``: every word typed (``Understood.all_words``); ``by_name``: the services the
    words name (``names.named_services``)."""
    factor = np.ones(len(columns))
    named = {c.name for c in concepts}
    _by_age(columns, asker, factor)
    _by_who_asks(columns, asker, named, factor, words, by_name)
    _by_audience(columns, asker, concepts, named, factor)
    if asker.welsh:
        factor[_welsh_lifted(columns, asker, concepts)] *= WELSH_FIT
    _by_gender(columns, asker, concepts, factor)
    factor *= _community_fit(columns, concepts, filters or {})
    factor *= images_unasked_fit(columns, words)  # (w50rph)
    return factor


#: who the Welsh lift still takes a line for the worried to: those it is made for, and the
#: parents and professionals it answers about someone else's behaviour
LIFTED_WORRIED_LINE = frozenset({"own-behaviour", "parent", "professional"})


def _welsh_lifted(columns: Columns, asker: Asker, concepts: tuple[Concept, ...]) -> np.ndarray:
    """The services lifted for someone writing in Welsh: those in Welsh and those for all of
    Wales, over positions. (w61cy2, Welsh review 25 F6) A line made for people worried about
    their own sexual thoughts (Stop It Now, in English or Welsh) is lifted only for them, for
    parents and professionals, and for words naming the sexual abuse of children: the lift
    carried it into the first five Welsh cards, above the 24/7 line and Childline, for a place
    alone, a child's secret and a man threatening to kill tonight, where the English twin
    showed none. For anyone else it keeps the place the English page gives it."""
    in_welsh = columns.taxonomy["language"].get("Welsh", columns.none())
    lifted: np.ndarray = in_welsh | columns.country_wide.get("Wales", columns.none())
    asked = {"sexual-abuse", "children"} <= {c.name for c in concepts}
    if asker.persona not in LIFTED_WORRIED_LINE and not (asker.persona == "" and asked):
        lifted = lifted & ~columns.having("audience", WORRIED)
    return lifted


def _by_age(columns: Columns, asker: Asker, factor: np.ndarray) -> None:
    age = asker.age if asker.age is not None else PERSONA_AGE.get(asker.persona)
    if age is not None:
        outside = _outside_ages(columns, age)
        if asker.persona == "parent":
            # (fifth walk-through F3) a local service for children and their parents states
            # the child's ages: judged by the child's age when the words give it, else not
            # held against the parent (a children's service for 10 to 17s in their town).
            # Lines available everywhere keep their order for parents (a young people's line)
            family = columns.having("audience", "children-young-people") & columns.having(
                "audience", "parents-carers"
            )
            # (fourteenth walk-through F3) ... as does a local service for children only (a
            # children's SARC for 0 to 17s came after the SARC for all ages, for the parent
            # of a 7-year-old)
            family |= _for_children_only(columns)
            family &= ~columns.everywhere()
            outside &= ~family
            if asker.for_age is not None:
                outside |= family & _outside_ages(columns, asker.for_age)
        factor[outside] *= OUTSIDE_AGES


def _for_children_only(columns: Columns) -> np.ndarray:
    """The services for children and young people and no adult survivors, over positions."""
    only: np.ndarray = columns.having("audience", "children-young-people") & ~columns.having(
        "audience", "adult-survivors"
    )
    return only


def _outside_ages(columns: Columns, age: int) -> np.ndarray:
    """The services whose stated ages leave ``age`` out."""
    too_young = columns.youngest > age
    too_old = columns.oldest < age
    outside: np.ndarray = too_young | too_old
    return outside


def _by_who_asks(
    columns: Columns,
    asker: Asker,
    named: set[str],
    factor: np.ndarray,
    words: Collection[str] = (),
    by_name: np.ndarray | None = None,
) -> None:
    """A child, an adult, someone worried about their own thoughts, a parent."""
    children = columns.having("audience", "children-young-people")
    only_children = children_only(columns)
    worried = columns.having("audience", WORRIED)
    # (a child asking about harm done to them; not one asking about their own or someone
    # else's behaviour, for whom the lines for worried people are right)
    if asker.is_child and asker.persona in ("child", "") and "own-behaviour" not in named:
        # a service whose listed audiences leave children out is for adults
        stated = columns.having("audience", *columns.taxonomy["audience"])
        factor[stated & ~children] *= CHILD_NOT_IN_AUDIENCE
    if asker.is_adult and "children" not in named:
        # an adult asking for themselves ("as a boy", "im 45"): a line for children and young
        # people only is not for them, whatever age it states (or leaves unstated)
        factor[only_children] *= CHILDREN_ONLY_LINE
        if "own-behaviour" not in named:
            # lines for people worried about their own (or another's) behaviour are not the
            # survivor's own
            factor[worried] *= NOT_THEIR_LINE
    if asker.persona == "own-behaviour":
        _by_own_behaviour(columns, asker, factor)
    if _unsaid_age(asker, named, words):
        # nothing says a child is asking ("counselling", "counselling for men"): adults' and
        # all-ages lines come before one for children and young people only
        factor[only_children] *= UNSAID_CHILDREN_ONLY
        # ... and a line for people worried about their own behaviour is not theirs
        factor[worried] *= NOT_THEIR_LINE
    elif _no_age_said(asker, named, words) and (by_name is None or not by_name.any()):
        # (not when the words name a service: "Report Abuse in Education" is asked for by name)
        # (w61kind, check61 §9) nobody and no age said ("sexual abuse support" in a town): a
        # local service for children (and their parents) and not adults does not lead above
        # an all-ages or adults' one as near, nor above the lines for everyone; lines for
        # children everywhere keep their place, as a child may be asking
        factor[_for_children_only(columns) & ~columns.everywhere()] *= UNSAID_LOCAL_CHILDREN
    if asker.persona == "parent":
        # a parent asking, for their child or for themselves: someone to talk it through with
        factor[columns.having("support", "helpline")] *= PARENT_TALK
        # (second walk-through F4) ... not a line for adults abused as children, which leaves
        # out both the parent and the child
        survivors = columns.having("audience", "adult-survivors")
        theirs = columns.having("audience", "parents-carers") | children
        factor[survivors & ~theirs] *= PARENT_NOT_SURVIVOR


def _by_own_behaviour(columns: Columns, asker: Asker, factor: np.ndarray) -> None:
    """Someone worried about their own thoughts or behaviour."""
    worried = columns.having("audience", WORRIED)
    only_children = children_only(columns)
    # (third walk-through F7) not a service for people who were harmed (the 24/7 rape line,
    # Childline, a victims' centre): the lines for them, and lines for anyone struggling to
    # cope, come first; (sixth walk-through F1) for a young person too ("im 17 and i think im a
    # paedophile"), though a line for children stays theirs
    # (probe 15) ... and a centre about abuse that states no audience (GRASAC), as it is for
    # the people harmed as far as its listing says
    victims = victims_services(columns) | unstated_victims_services(columns)
    # (probe 12: a young person's line, Childline, not a children's SARC, where the child they
    # harmed would be seen: "im 16 and i touched my 8 year old cousin")
    theirs = only_children & columns.having("support", "helpline")
    factor[victims & ~theirs if asker.is_child else victims] *= WORRIED_VICTIM_SERVICE
    if not asker.is_child:
        # someone worried about their own thoughts is not who a line for children is for
        factor[only_children] *= CHILDREN_ONLY_LINE
        # ... nor, for an adult, a parents' line about a child's wellbeing (Family Lives)
        parents = columns.having("audience", "parents-carers")
        factor[parents & only_distress(columns) & ~worried] *= WORRIED_VICTIM_SERVICE
    # (a line for women and girls who were harmed, "attracted to young girls": every one is a
    # victims' service above, so it needs no weight of its own)


def _unsaid_age(asker: Asker, named: set[str], words: Collection[str] = ()) -> bool:
    """Nobody in particular asks, nothing says a child is asking or is who the help is for
    (no persona, no age, no "children"), and the words are an adult's ("counselling",
    "therapy"; a child asks for "someone to talk to", or says "scared")."""
    return (
        not asker.persona
        and asker.age is None
        and asker.for_age is None
        and bool(named & ADULT_WORDS)
        and not named & {"children", "own-behaviour"}
        and not set(words) & CHILD_WORDS
    )


def _no_age_said(asker: Asker, named: set[str], words: Collection[str] = ()) -> bool:
    """Nobody in particular asks and nothing says a child is asking or is who the help is
    for: no persona, no age, no "children", no child's word ("son", "school")."""
    return (
        not asker.persona
        and asker.age is None
        and asker.for_age is None
        and not asker.may_be_child
        and not named & {"children", "own-behaviour"}
        and not set(words) & CHILD_WORDS
    )


def neutral_fitting(
    asker: Asker, concepts: tuple[Concept, ...], words: Collection[str] = ()
) -> float | None:
    """The factor from which a national match fits a neutral asker well enough
    (``with_lines_for_asker``); None when the asker is not neutral."""
    named = {c.name for c in concepts}
    return NEUTRAL_FITTING if _unsaid_age(asker, named, words) else None


def _by_audience(
    columns: Columns,
    asker: Asker,
    concepts: tuple[Concept, ...],
    named: set[str],
    factor: np.ndarray,
) -> None:
    """Who the help is for: the asker, and whoever the words name."""
    audience = columns.taxonomy["audience"]
    preferred = PERSONA_AUDIENCE.get(asker.persona)
    if preferred and preferred in audience:
        factor[audience[preferred]] *= PREFERRED_AUDIENCE
    if asker.persona == "professional" and named & {"information", "helpline", "talk"}:
        # a professional asking for advice or someone to call: lines that advise professionals
        factor[columns.having("audience", "professionals")] *= PRO_ADVICE
    # ("for parents", "survivors"): a service whose stated audiences leave them all out is
    # for someone else
    wanted = {code for c in concepts for code in c.codes("audience")}
    if "own-behaviour" in named:
        wanted.discard("children-young-people")  # "attracted to kids": who is at risk
    if preferred and asker.persona != "child":
        wanted.add(preferred)
    if asker.is_child and "family-friends" in wanted:
        # (w25young) a young person's friend ("my mate says his stepdad…"): the lines for
        # children and young people are theirs too, not only those for friends and family
        wanted.add("children-young-people")
    wanted &= audience.keys()
    if wanted:
        stated = columns.having("audience", *audience)
        for_them = columns.having("audience", *wanted)
        if asker.persona == "own-behaviour":
            # (third walk-through F7) a line for anyone struggling to cope (Samaritans) is
            # theirs too, after the lines made for them
            for_them = for_them | (only_distress(columns) & ~children_only(columns))
        factor[stated & ~for_them] *= AUDIENCE_MISS
    if not asker.persona and not any(c.codes("audience") for c in concepts):
        # nobody named ("scared", "someone to talk to"): a person asking for themselves, so
        # services for children or adults directly come before those for parents or
        # professionals
        factor[columns.having("audience", "adult-survivors", "children-young-people")] *= SELF_FIT


def _by_gender(
    columns: Columns, asker: Asker, concepts: tuple[Concept, ...], factor: np.ndarray
) -> None:
    genders = columns.taxonomy["gender"]
    asked_gender = any(c.name in ("men", "women", "lgbt") for c in concepts)
    if other := _other_gender(asker, concepts):
        # (walk-through F5) the words say who the help is for: a line only for the other
        # gender is not for them (``not_offered`` also leaves it out)
        factor[columns.having("gender", other)] *= OTHER_GENDER
    for code, other in (("male", "female"), ("female", "male"), ("lgbt", "")):
        only = genders.get(code)
        if only is None:
            continue
        if other and asker.gender == other:
            factor[only] *= OTHER_GENDER
        elif not asker.gender and not asked_gender:
            factor[only] *= PARTICULAR_PEOPLE  # for particular people; this person did not say
        elif code == "lgbt" and not any(c.name == "lgbt" for c in concepts):
            # (issue 25) a man abused as a boy who says nothing of being LGBT+: a line for
            # LGBT+ people follows those open to everyone, as for anyone who did not say
            factor[only] *= PARTICULAR_PEOPLE


def not_offered(
    columns: Columns,
    asker: Asker,
    concepts: tuple[Concept, ...],
    filters: Mapping[str, tuple[str, ...]] | None = None,
) -> np.ndarray:
    """The services not to offer at all, over positions: ``not_offered_for`` the asker, and
    ``not_offered_under_filter`` when a filter narrows the search."""
    left_out: np.ndarray = not_offered_for(columns, asker, concepts) | not_offered_under_filter(
        columns, asker, concepts, filters
    )
    return left_out


def not_offered_for(columns: Columns, asker: Asker, concepts: tuple[Concept, ...]) -> np.ndarray:
    """The services not to offer at all, over positions (walk-through F5, F7): a line only
    for women and girls who were harmed, for someone worried about their own thoughts
    ("attracted to young girls"); a line only for the other gender, when the words say who
    the help is for ("counselling for 11 year old boy", "counselling for men")."""
    if asker.persona == "own-behaviour":
        # (second walk-through F2) ... or for men and boys who were harmed ("attracted to young
        # boys": the boys are who is at risk)
        left_out: np.ndarray = columns.having("gender", "female", "male") & ~columns.having(
            "audience", WORRIED
        )
        if not asker.is_child:
            # (second walk-through F2) nor, for an adult, a service for children who were
            # harmed (a children's SARC, the Marie Collins Foundation): "urges about young
            # girls" is not a search for where children are seen
            left_out = left_out | childrens_victim_services(columns)
        return left_out
    other = _other_gender(asker, concepts)
    named: np.ndarray = columns.having("gender", other) if other else columns.none()
    # (forty-seventh walk-through F8) ... or only for the other sex than the one they say of
    # themselves ("im 16 and a boy": a women's line was one of a counselling filter's cards),
    # as ``ranking.left_out_near`` already leaves out such a service near them
    theirs_not: np.ndarray = named | only_for_other_gender(columns, asker)
    return theirs_not


def not_offered_under_filter(
    columns: Columns,
    asker: Asker,
    concepts: tuple[Concept, ...],
    filters: Mapping[str, tuple[str, ...]] | None,
) -> np.ndarray:
    """(eighth walk-through F8.5) The services not to offer when a language filter narrows the
    cards to a few, over positions: for a survivor asking for themselves (a child or an adult
    telling nothing of their own thoughts), a line for people worried about their own
    behaviour (Stop It Now was one of three cards for a Welsh woman abused as a child). A
    language filter says how they want help, not that they are someone else."""
    named = {c.name for c in concepts}
    if (
        not (filters or {}).get("language")
        or asker.persona not in ("adult", "child")
        or "own-behaviour" in named
    ):
        return columns.none()
    prevention: np.ndarray = columns.having("audience", WORRIED) & ~columns.having(
        "audience", "children-young-people"
    )
    return prevention


def _other_gender(asker: Asker, concepts: tuple[Concept, ...]) -> str:
    """The gender a line must not be only for, when the words say whom the help is for
    ("11 year old boy", "counselling for men"; not "a man online says", who did it)."""
    named = {c.name for c in concepts}
    said_of_them = asker.for_age is not None or not any(c.kind == "topic" for c in concepts)
    if (
        said_of_them
        and not asker.gender
        and asker.persona != "own-behaviour"
        and len(named & {"men", "women"}) == 1
    ):
        return "female" if "men" in named else "male"
    return ""


def _community_fit(
    columns: Columns, concepts: tuple[Concept, ...], filters: Mapping[str, tuple[str, ...]]
) -> np.ndarray:
    """COMMUNITY_UNASKED for each service for a particular community whose community (or
    specialist abuse type) neither the words nor a filter name; 1 for the rest. (One they
    name is not raised further: its words already meet it, and ×1.5 sent the local services
    after every national line for "deaf" at a place; docs/search.md.)"""
    asked = community_asked(columns, concepts, filters)
    return np.where(specialist(columns) & ~asked, COMMUNITY_UNASKED, 1.0)


def fallback_fit(columns: Columns, asker: Asker, fit: np.ndarray) -> np.ndarray:
    """(probe 11) The scores of the helplines offered when nothing matched the words ("These
    helplines can help with anything"): what each is worth (``Columns.prior``) by its fit, a
    line for people worried about their own thoughts or behaviour after the others unless
    that is who asks (Stop It Now, the one helpline listing Welsh, led them for anyone
    writing in Welsh whose words were not read)."""
    scores: np.ndarray = columns.prior() * fit
    if asker.persona != "own-behaviour":
        scores = np.where(columns.having("audience", WORRIED), scores * NOT_THEIR_LINE, scores)
    return scores
