"""How well each service fits who seems to be asking: a factor per service, over positions.

1 fits; small values do not (an 18+ service for a child, a men's service for a woman, a Deaf
service for someone who did not say they are Deaf). Eligibility the listings state is
respected; what they do not state is not held against them. The weights: ``weights.py``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

import numpy as np

from ..model import Service
from .columns import Columns
from .understand import Asker, Concept
from .weights import (
    AUDIENCE_MISS,
    CHILD_NOT_IN_AUDIENCE,
    CHILDREN_ONLY_LINE,
    COMMUNITY_ASKED,
    COMMUNITY_UNASKED,
    LINES_FOR_ASKER_SHARE,
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
    UNFIT,
    UNSAID_CHILDREN_ONLY,
    VICTIM_FITS,
    WELSH_FIT,
    WORRIED_LINE_AFTER_VICTIMS,
    WORRIED_NOT_VICTIM_LINE,
    WORRIED_VICTIM_SERVICE,
)

#: the concepts that speak of online harm
ONLINE_CONCEPTS = frozenset({"online", "grooming", "take-down"})
#: support to talk to; and support by people more widely (as against a tool for reporting)
TALK_SUPPORT = ("helpline", "counselling-therapy")
PEOPLE_SUPPORT = (*TALK_SUPPORT, "family-support", "support-groups", "advocacy-isva")
#: (issue 26) a service FOR a particular community (Deaf people, a faith, people with learning
#: disabilities, Black and minoritised communities: its ``communities``), or only for one kind
#: of abuse such a community meets (honour-based abuse), ranks at COMMUNITY_UNASKED unless the
#: words or a filter name one of them. (LGBT+ and boys and men are read from ``genders``.)
SPECIALIST_COMMUNITIES = (
    "deaf-bsl",
    "disabled",
    "learning-disability",
    "black-minoritised",
    "muslim",
    "jewish",
)
SPECIALIST_ABUSE = ("honour-based-abuse",)
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
#: how many services available everywhere a person should find for them at the top
FIRST_FEW = 3
#: (second walk-through F2) askers who tell of abuse done to them or to their child: the
#: lines for people worried about their own thoughts come after every victims' service
#: ... and, when nobody in particular asks, the concepts of abuse done ("my brother makes me
#: do things", "after my daughter was abused")
ABUSE_TOPICS = frozenset({"sexual-abuse", "family-abuse", "past-abuse", "rape"})
#: the audiences of services for people harmed and the people around them, by who is asking
#: (a parent: services for parents, or for their child)
VICTIM_AUDIENCES = {
    "child": ("children-young-people",),
    "adult": ("adult-survivors",),
    "parent": ("parents-carers",),
    "": ("children-young-people", "adult-survivors", "parents-carers", "family-friends"),
}
WORRIED = "people-worried-about-own-behaviour"


def fit_to_asker(
    columns: Columns,
    asker: Asker,
    concepts: tuple[Concept, ...],
    filters: Mapping[str, tuple[str, ...]] | None = None,
    words: Collection[str] = (),
) -> np.ndarray:
    """A factor per service: 1 fits, small values do not (see the module's docstring).
    ``words``: every word typed (``Understood.all_words``)."""
    factor = np.ones(len(columns))
    named = {c.name for c in concepts}
    _by_age(columns, asker, factor)
    _by_who_asks(columns, asker, named, factor, words)
    _by_audience(columns, asker, concepts, named, factor)
    if asker.welsh:
        in_welsh = columns.taxonomy["language"].get("Welsh", columns.none())
        factor[in_welsh | columns.country_wide.get("Wales", columns.none())] *= WELSH_FIT
    _by_gender(columns, asker, concepts, factor)
    factor *= _community_fit(columns, concepts, filters or {})
    return factor


def _by_age(columns: Columns, asker: Asker, factor: np.ndarray) -> None:
    age = asker.age if asker.age is not None else PERSONA_AGE.get(asker.persona)
    if age is not None:
        outside = _outside_ages(columns, age)
        if asker.persona == "parent":
            # (fifth walk-through F3) a local service for children and their parents states
            # the child's ages: judged by the child's age when the words give it, else not
            # held against the parent (a children's service for 10 to 17s in their town).
            # Lines available everywhere keep their order for parents (a young people's line)
            audience = columns.taxonomy["audience"]
            none = columns.none()
            family = audience.get("children-young-people", none) & audience.get(
                "parents-carers", none
            )
            family &= ~columns.everywhere()
            outside &= ~family
            if asker.for_age is not None:
                outside |= family & _outside_ages(columns, asker.for_age)
        factor[outside] *= OUTSIDE_AGES


def _outside_ages(columns: Columns, age: int) -> np.ndarray:
    """The services whose stated ages leave ``age`` out."""
    too_young = np.nan_to_num(columns.minimum_age, nan=0) > age
    too_old = np.nan_to_num(columns.maximum_age, nan=200) < age
    outside: np.ndarray = too_young | too_old
    return outside


def _children_only(columns: Columns) -> np.ndarray:
    """Services for children and young people and nobody else."""
    audience = columns.taxonomy["audience"]
    children = audience.get("children-young-people", columns.none())
    others = [m for code, m in audience.items() if code != "children-young-people"]
    only: np.ndarray = children & ~np.logical_or.reduce(others or [columns.none()])
    return only


def _by_who_asks(
    columns: Columns,
    asker: Asker,
    named: set[str],
    factor: np.ndarray,
    words: Collection[str] = (),
) -> None:
    """A child, an adult, someone worried about their own thoughts, a parent."""
    audience = columns.taxonomy["audience"]
    children = audience.get("children-young-people", columns.none())
    children_only = _children_only(columns)
    # (a child asking about harm done to them; not one asking about their own or someone
    # else's behaviour, for whom the lines for worried people are right)
    if asker.is_child and asker.persona in ("child", "") and "own-behaviour" not in named:
        # a service whose listed audiences leave children out is for adults
        stated = np.logical_or.reduce(list(audience.values())) if audience else None
        if stated is not None:
            factor[stated & ~children] *= CHILD_NOT_IN_AUDIENCE
    if asker.is_adult and "children" not in named:
        # an adult asking for themselves ("as a boy", "im 45"): a line for children and young
        # people only is not for them, whatever age it states (or leaves unstated)
        factor[children_only] *= CHILDREN_ONLY_LINE
        if "own-behaviour" not in named:
            # lines for people worried about their own (or another's) behaviour are not the
            # survivor's own
            worried = audience.get("people-worried-about-own-behaviour", columns.none())
            factor[worried] *= NOT_THEIR_LINE
    if asker.persona == "own-behaviour" and not asker.is_child:
        # someone worried about their own thoughts is not who a line for children is for
        factor[children_only] *= CHILDREN_ONLY_LINE
    if asker.persona == "own-behaviour":
        # (third walk-through F7) nor a service for people who were harmed (the 24/7 rape line,
        # Childline, a victims' centre): the lines for them, and lines for anyone struggling to
        # cope, come first; (sixth walk-through F1) for a young person too ("im 17 and i think
        # im a paedophile"), though a line for children stays theirs
        victims = victims_services(columns)
        factor[victims & ~children_only if asker.is_child else victims] *= WORRIED_VICTIM_SERVICE
    if asker.persona == "own-behaviour" and not asker.is_child:
        # ... nor, for an adult, a parents' line about a child's wellbeing (Family Lives)
        parents = audience.get("parents-carers", columns.none())
        factor[parents & _only_distress(columns) & ~audience.get(WORRIED, columns.none())] *= (
            WORRIED_VICTIM_SERVICE
        )
    if asker.persona == "own-behaviour":
        # nor a line for women and girls who were harmed ("attracted to young girls": the
        # girls are who is at risk, not who is asking)
        worried = audience.get("people-worried-about-own-behaviour", columns.none())
        women_only = columns.taxonomy["gender"].get("female", columns.none())
        factor[women_only & ~worried] *= WORRIED_NOT_VICTIM_LINE
    if _unsaid_age(asker, named, words):
        # nothing says a child is asking ("counselling", "counselling for men"): adults' and
        # all-ages lines come before one for children and young people only
        factor[children_only] *= UNSAID_CHILDREN_ONLY
        # ... and a line for people worried about their own behaviour is not theirs
        factor[audience.get("people-worried-about-own-behaviour", columns.none())] *= NOT_THEIR_LINE
    if asker.persona == "parent":
        # a parent asking, for their child or for themselves: someone to talk it through with
        factor[columns.taxonomy["support"].get("helpline", columns.none())] *= PARENT_TALK
        # (second walk-through F4) ... not a line for adults abused as children, which leaves
        # out both the parent and the child
        survivors = audience.get("adult-survivors", columns.none())
        theirs = audience.get("parents-carers", columns.none()) | children
        factor[survivors & ~theirs] *= PARENT_NOT_SURVIVOR


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
        factor[audience.get("professionals", columns.none())] *= PRO_ADVICE
    # ("for parents", "survivors"): a service whose stated audiences leave them all out is
    # for someone else
    wanted = {code for c in concepts for code in c.codes("audience")}
    if "own-behaviour" in named:
        wanted.discard("children-young-people")  # "attracted to kids": who is at risk
    if preferred and asker.persona != "child":
        wanted.add(preferred)
    wanted &= audience.keys()
    if wanted:
        stated = np.logical_or.reduce(list(audience.values()))
        for_them = np.logical_or.reduce([audience[code] for code in wanted])
        if asker.persona == "own-behaviour":
            # (third walk-through F7) a line for anyone struggling to cope (Samaritans) is
            # theirs too, after the lines made for them
            for_them = for_them | (_only_distress(columns) & ~_children_only(columns))
        factor[stated & ~for_them] *= AUDIENCE_MISS
    if not asker.persona and not any(c.codes("audience") for c in concepts):
        # nobody named ("scared", "someone to talk to"): a person asking for themselves, so
        # services for children or adults directly come before those for parents or
        # professionals
        children = audience.get("children-young-people", columns.none())
        themselves = audience.get("adult-survivors", columns.none()) | children
        factor[themselves] *= SELF_FIT


def _by_gender(
    columns: Columns, asker: Asker, concepts: tuple[Concept, ...], factor: np.ndarray
) -> None:
    genders = columns.taxonomy["gender"]
    asked_gender = any(c.name in ("men", "women", "lgbt") for c in concepts)
    if other := _other_gender(asker, concepts):
        # (walk-through F5) the words say who the help is for: a line only for the other
        # gender is not for them (``not_offered`` also leaves it out)
        factor[genders.get(other, columns.none())] *= OTHER_GENDER
    for code, other in (("male", "female"), ("female", "male"), ("lgbt", "")):
        only = genders.get(code)
        if only is None:
            continue
        if other and asker.gender == other:
            factor[only] *= OTHER_GENDER
        elif not asker.gender and not asked_gender:
            factor[only] *= PARTICULAR_PEOPLE  # for particular people; this person did not say


def not_offered(columns: Columns, asker: Asker, concepts: tuple[Concept, ...]) -> np.ndarray:
    """The services not to offer at all, over positions (walk-through F5, F7): a line only
    for women and girls who were harmed, for someone worried about their own thoughts
    ("attracted to young girls"); a line only for the other gender, when the words say who
    the help is for ("counselling for 11 year old boy", "counselling for men")."""
    genders = columns.taxonomy["gender"]
    audience = columns.taxonomy["audience"]
    if asker.persona == "own-behaviour":
        worried = audience.get("people-worried-about-own-behaviour", columns.none())
        left_out: np.ndarray = genders.get("female", columns.none()) & ~worried
        # (second walk-through F2) ... or for men and boys who were harmed ("attracted to young
        # boys": the boys are who is at risk)
        left_out = left_out | (genders.get("male", columns.none()) & ~worried)
        if not asker.is_child:
            # (second walk-through F2) nor, for an adult, a service for children who were
            # harmed (a children's SARC, the Marie Collins Foundation): "urges about young
            # girls" is not a search for where children are seen
            left_out = left_out | childrens_victim_services(columns)
        return left_out
    other = _other_gender(asker, concepts)
    return genders.get(other, columns.none()) if other else columns.none()


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


def with_lines_for_asker(
    columns: Columns,
    matched: np.ndarray,
    scores: np.ndarray,
    fit: np.ndarray,
    fitting_from: float = UNFIT,
) -> tuple[np.ndarray, np.ndarray]:
    """When fewer than FIRST_FEW national services that fit the asker match the words
    ("counselling" from a man of 45: a children's line, a young people's line and one for
    men), the national helplines that fit them join the matches, after the fitting ones and
    before those not for them (which keep their match but go last). ``fitting_from``: the
    factor from which a match fits (UNFIT; NEUTRAL_FITTING for a neutral asker)."""
    national = columns.national
    fitting = matched & (fit >= fitting_from)
    if np.count_nonzero(fitting & national) >= FIRST_FEW:
        return matched, scores
    helplines = columns.taxonomy["support"].get("helpline", columns.none())
    added = helplines & national & columns.open & ~matched & (fit >= fitting_from)
    if not added.any():
        return matched, scores
    floor = float(scores[fitting].min()) if fitting.any() else float(scores[matched].max())
    prior = columns.prior()
    scores = scores.copy()
    # the lines, in the order of how well they fit, all below the fitting matches
    share = LINES_FOR_ASKER_SHARE
    scores[added] = share * floor * (prior[added] * fit[added]) / max(float(fit.max()), 1e-9)
    unfit = matched & (fit < fitting_from)
    if unfit.any():
        lowest = float(scores[added].min())
        scores[unfit] = np.minimum(scores[unfit], share * lowest)
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


#: (third walk-through F1) what someone asks for when they want to talk about abuse long ago
TALK_ABOUT_THE_PAST = frozenset({"counselling", "talk"})


def forensic_care_later(columns: Columns, concepts: tuple[Concept, ...]) -> np.ndarray:
    """(third walk-through F1) The sexual assault referral centres that offer no counselling,
    over positions, when the words tell of abuse long ago and ask for counselling or someone to
    talk to, and name no centre ("never told anyone, need counselling"; not "raped last
    night"): forensic and medical care after a recent assault is not what they ask, so such a
    centre follows the local services that fit. Nothing otherwise."""
    named = {c.name for c in concepts}
    if "past-abuse" not in named or not named & TALK_ABOUT_THE_PAST or "sarc" in named:
        return columns.none()
    support = columns.taxonomy["support"]
    centres = support.get("sarc", columns.none())
    later: np.ndarray = centres & ~support.get("counselling-therapy", columns.none())
    return later


def only_for_other_gender(columns: Columns, asker: Asker) -> np.ndarray:
    """(third walk-through F1) The services only for the other gender than the one the person
    says of themselves ("abused as a lad": not a young women's project), over positions; none
    for a parent or a professional (asking for someone else) or when the words do not say."""
    if asker.persona not in ("adult", "child", "") or asker.gender not in ("male", "female"):
        return columns.none()
    genders = columns.taxonomy["gender"]
    other = "female" if asker.gender == "male" else "male"
    own = genders.get(asker.gender, columns.none())
    only: np.ndarray = genders.get(other, columns.none()) & ~own
    return only


def childrens_victim_services(columns: Columns) -> np.ndarray:
    """Services for children and young people who were harmed, over positions: children
    among their audiences, adult survivors and people worried about their own thoughts not,
    and abuse (not only distress) what they are for."""
    audience = columns.taxonomy["audience"]
    abuse = columns.taxonomy["abuse"]
    about_abuse = np.logical_or.reduce(
        [m for code, m in abuse.items() if code != "emotional-distress"] or [columns.none()]
    )
    children: np.ndarray = (
        audience.get("children-young-people", columns.none())
        & ~audience.get("adult-survivors", columns.none())
        & ~audience.get(WORRIED, columns.none())
        & about_abuse
    )
    return children


def victims_services(columns: Columns) -> np.ndarray:
    """Services for people who were harmed, over positions: children or adult survivors among
    their audiences, people worried about their own thoughts not, and abuse (or nothing
    stated; not only distress: Samaritans, The Mix) what they are for."""
    audience = columns.taxonomy["audience"]
    harmed = audience.get("children-young-people", columns.none()) | audience.get(
        "adult-survivors", columns.none()
    )
    found: np.ndarray = harmed & ~audience.get(WORRIED, columns.none()) & ~_only_distress(columns)
    return found


def _only_distress(columns: Columns) -> np.ndarray:
    """Services for people struggling to cope and for no kind of abuse (Samaritans, The Mix,
    Family Lives), over positions."""
    abuse = columns.taxonomy["abuse"]
    other_abuse = np.logical_or.reduce(
        [m for code, m in abuse.items() if code != "emotional-distress"] or [columns.none()]
    )
    only: np.ndarray = abuse.get("emotional-distress", columns.none()) & ~other_abuse
    return only


def worried_lines(columns: Columns) -> np.ndarray:
    """The lines for people worried about their own (or another's) thoughts or behaviour
    (Stop It Now), over positions: their audiences hold those people and no children (a
    service for children harmed and for young people who harm is a victims' service too)."""
    audience = columns.taxonomy["audience"]
    worried = audience.get(WORRIED, columns.none())
    lines: np.ndarray = worried & ~audience.get("children-young-people", columns.none())
    return lines


#: (second walk-through F2) words telling of abuse already done to someone ("my ex abused our
#: son", "her grandad touched her", "he makes me do things")
_ABUSE_DONE = re.compile(
    r"\b(?:abused|molested|raped|assaulted|groomed|touched (?:her|him|them|me)|hurt (?:her|him|"
    r"them|me)|(?:makes|made|making|makin|forces|forced) me|touches me|touching me|abuses me|"
    r"abusing me)\b"
    # (third walk-through F4) the abuse named as what happened: "after abuse by a family
    # member", "sexual abuse from her uncle"; Welsh "wedi cael ei gam-drin" (has been abused)
    r"|\b(?:abuse|assault|rape) (?:by|from)\b|\bafter (?:the |sexual |being |his |her )?abuse\b"
    # (fifth walk-through F3) done to the asker's own: "step grandad touched my kids",
    # "he has been interfering with our daughter", "molested my 6 year old"
    r"|\b(?:touch\w*|abus\w*|rap(?:ed|ing|es)|molest\w*|assault\w*|groom\w*|hurt\w*|"
    r"interfer\w* with|fiddl\w* with|grop\w*|did (?:things|stuff) to|does (?:things|stuff) to|"
    r"done (?:things|stuff) to|sexually (?:touched|abused|assaulted))"
    r" (?:my|our) (?:\w+ ){0,3}?(?:kids?|children|child|sons?|daughters?|boys?|girls?|"
    r"stepsons?|stepdaughters?|grandchildren|grandchild|grandsons?|granddaughters?|little ones?|"
    r"baby|toddler|twins|\d{1,2} ?(?:yo|year old|yr old))\b"
    r"|\b(?:wedi|cael|gael) (?:ei |eu |fy )?(?:gam|cam|cham|ngham) drin\b"
    # (fourth walk-through F2) "cafodd ei cham-drin" (she was abused), "mae ei lysdad yn ei
    # gam-drin" (her stepdad is abusing him), "cam-drin gan ei hewythr" (abuse by her uncle),
    # "wedi ei threisio" (was raped), "cyffwrdd â hi" (touched her)
    r"|\b(?:cafodd|gafodd|chafodd|yn|wedi) (?:ei |eu |fy |i )?(?:gam|cam|cham|ngham) drin\b"
    r"|\b(?:gam|cam|cham|ngham) drin (?:rhywiol )?(?:gan|gyda)\b"
    r"|\b(?:cafodd|gafodd|chafodd|wedi)(?: \w+){0,3} (?:ei |eu )?(?:threisio|treisio|"
    r"molestio|cyffwrdd|gam drin|cam drin|cham drin|ngham drin)\b"
    r"|\bcyffwrdd (?:a |ag )?(?:hi|fe|fo|ef|ei|nhw)\b"
    # (sixth walk-through F3) a parent telling what their child told: "has been touching her",
    # "said his grandad hurt his private parts", "told me her uncle did things"; Welsh "wedi ei
    # gyffwrdd" (has touched him), "wedi'i brifo" (has hurt her)
    r"|\b(?:has been|had been|have been|been|keeps|kept|keep|is|was) (?:touching|abusing|"
    r"hurting|molesting|raping|groping|interfering with|fiddling with|doing (?:things|stuff) to)"
    r" (?:her|him|them)\b"
    r"|\b(?:touch\w*|hurt\w*|abus\w*|grabb\w*|rubb\w*|fiddl\w* with|play\w* with) (?:her|his|"
    r"their) (?:private\w*|privates|bits|bottom|bum|fanny|willy|vagina|penis|genitals)\b"
    r"|\b(?:told|tells|said|says|disclosed) (?:me |us )?(?:that )?(?:\w+ ){0,3}?(?:has been |had "
    r"been |was |is |keeps |kept )?(?:touch\w*|hurt\w*|abus\w*|rap(?:ed|ing|es)|molest\w*|"
    r"did (?:things|stuff)|does (?:things|stuff)|made (?:her|him)|makes (?:her|him))\b"
    r"|\b(?:wedi|wedii) (?:ei |i |eu )?(?:gyffwrdd|chyffwrdd|frifo|brifo|mrifo|cham drin|"
    r"gam drin|threisio)\b"
)
#: ... to the person asking ("he makes me do things", "abused me")
_DONE_TO_ME = re.compile(
    r"\b(?:(?:abused|molested|raped|assaulted|groomed|touched|hurt|makes|made|making|makin|"
    r"forces|forced|touches|touching|abuses|abusing) me)\b"
)
#: ... and words of a risk or a worry about someone's behaviour, for whom a line for people
#: worried about another's behaviour is right ("worried about my brother in law around my
#: kids", "a conviction", "signs my child is being abused", "keep my kids away from him")
_RISK = re.compile(
    r"\b(?:worr\w*|concern\w*|suspect\w*|suspicio\w*|proof|signs?|anonymous\w*|convict\w*|"
    r"prison|offen[cds]\w*|released|behaviour|behavior|keep \w+(?: \w+)? (?:away|safe)|"
    r"around (?:my|our|the) (?:kids|children|child)|is abusing|sexual to)\b"
)


def tells_of_abuse_done(asker: Asker, concepts: tuple[Concept, ...], cleaned: str = "") -> bool:
    """Whether the words are a child's, an adult survivor's, or a parent's (or someone not
    saying who they are) telling of abuse done, and nothing in them is about someone's own
    thoughts or a risk someone poses (``cleaned``: the words, ``clean_text``). A parent or
    someone unnamed must say it was done ("abused", "touched her"; someone unnamed: to them,
    "he makes me"); a parent worried about a partner or a child's behaviour is who a line for
    worried people is for."""
    named = {c.name for c in concepts}
    if "own-behaviour" in named or asker.persona in ("own-behaviour", "professional"):
        return False
    if asker.persona in ("child", "adult"):
        return True
    if asker.persona not in ("parent", "") or _RISK.search(cleaned):
        return False
    if asker.persona == "parent":
        return bool(_ABUSE_DONE.search(cleaned))
    # nobody in particular: only someone telling of what is done to them ("he makes me")
    return bool(_DONE_TO_ME.search(cleaned)) and bool(named & ABUSE_TOPICS)


def reports_abuse_done(cleaned: str) -> bool:
    """The words (``clean_text``) tell of abuse already done to someone, or disclosed ("a
    pupil disclosed sexual abuse at home", "her partner abused her son"), and of no risk or
    worry about someone's behaviour."""
    told = _ABUSE_DONE.search(cleaned) or re.search(r"\bdisclosed\b", cleaned)
    return bool(told) and not _RISK.search(cleaned)


def worried_lines_last(
    columns: Columns,
    asker: Asker,
    concepts: tuple[Concept, ...],
    matched: np.ndarray,
    scores: np.ndarray,
    fit: np.ndarray,
    cleaned: str = "",
) -> np.ndarray:
    """(second walk-through F2) For someone telling of abuse done (``tells_of_abuse_done``),
    the lines for people worried about their own thoughts score below every matching
    victims' service that fits them (WORRIED_LINE_AFTER_VICTIMS of the lowest): a child, a
    parent and an adult survivor saw Stop It Now second to fourth."""
    if not tells_of_abuse_done(asker, concepts, cleaned):
        return scores
    lines = worried_lines(columns) & matched
    audience = columns.taxonomy["audience"]
    abuse = columns.taxonomy["abuse"]
    # (services for people harmed by abuse, not only for distress: a parents' line about
    # children's mental health is no victims' service)
    victims = np.logical_or.reduce(
        [audience.get(a, columns.none()) for a in VICTIM_AUDIENCES[asker.persona]]
    ) & np.logical_or.reduce(
        [m for code, m in abuse.items() if code != "emotional-distress"] or [columns.none()]
    )
    # (the lines are national: the national services they would otherwise come before)
    fitting = matched & columns.national & victims & ~lines & (fit >= VICTIM_FITS) & (scores > 0)
    if not lines.any() or not fitting.any():
        return scores
    ceiling = WORRIED_LINE_AFTER_VICTIMS * float(scores[fitting].min())
    capped: np.ndarray = np.where(lines, np.minimum(scores, ceiling), scores)
    return capped


def unsure_lines_after_first_few(
    columns: Columns, matched: np.ndarray, scores: np.ndarray, met: np.ndarray
) -> np.ndarray:
    """(fifth walk-through F3) A helpline available everywhere that the directory could not
    confirm is still open ("Report Abuse in Education helpline") comes after the first few
    (FIRST_FEW) national services it could confirm, unless the words are about what it is for:
    it meets a concept of theirs that fewer than FIRST_FEW of those meet ("abused by a teacher
    at school", "talk to someone in Welsh"). ``met``: concepts (rows) by positions."""
    everywhere = columns.everywhere()
    lines = columns.taxonomy["support"].get("helpline", columns.none())
    unsure = matched & everywhere & lines & columns.unsure_open & (scores > 0)
    # (national ones: shown wherever the person is, as a country's own lines are not)
    sure = matched & columns.national & ~columns.unsure_open & (scores > 0)
    if not unsure.any() or np.count_nonzero(sure) < FIRST_FEW:
        return scores
    third = float(np.sort(scores[sure])[-FIRST_FEW])
    rare = (met & sure).sum(axis=1) < FIRST_FEW
    later = unsure & ~(met[rare].any(axis=0) if rare.any() else columns.none())
    lowered: np.ndarray = np.where(
        later, np.minimum(scores, WORRIED_LINE_AFTER_VICTIMS * third), scores
    )
    return lowered


def community_lines_last(
    columns: Columns,
    concepts: tuple[Concept, ...],
    filters: Mapping[str, tuple[str, ...]],
    matched: np.ndarray,
    scores: np.ndarray,
) -> np.ndarray:
    """(second walk-through F7) A service for a particular community, or only for a kind of
    abuse such a community meets (honour-based abuse), that neither the words nor a filter
    name: below every other national match (WORRIED_LINE_AFTER_VICTIMS of the lowest), not
    only at COMMUNITY_UNASKED. A 7-year-old girl's "therapy" had the Muslim
    Women's Network third."""
    abuse = columns.taxonomy["abuse"]
    only_specialist_abuse = columns.any_of([("abuse", SPECIALIST_ABUSE)]) & ~columns.any_of(
        [("abuse", [code for code in abuse if code not in SPECIALIST_ABUSE])]
    )
    specialist = columns.any_of([("community", SPECIALIST_COMMUNITIES)]) | only_specialist_abuse
    unasked = specialist & ~community_asked(columns, concepts, filters) & matched
    if not unasked.any():
        return scores
    others = matched & columns.national & ~specialist & (scores > 0)
    if not others.any():
        return scores
    ceiling = WORRIED_LINE_AFTER_VICTIMS * float(scores[others].min())
    capped: np.ndarray = np.where(unasked, np.minimum(scores, ceiling), scores)
    return capped


#: a stated minimum age from which a service is for adults, not for a child (16+ and 18+)
ADULT_SERVICE_FROM = 16


def adults_only_for_a_child(
    columns: Columns, services: Mapping[str, Service], age: int | None = None
) -> np.ndarray:
    """(fourth walk-through F3, F4) The services a child should not meet as "near you", over
    positions: those for adult survivors and nobody on a child's side (their child, their
    parents, someone worried about their own thoughts), those whose stated minimum age is above
    the child's ``age`` (16 or more when it is not known), and, when the age is not known,
    those for adults whose sources state no age policy (listed for children so
    that no filter drops them, but shown as "Adults; age policy not stated")."""
    audience = columns.taxonomy["audience"]
    adults = audience.get("adult-survivors", columns.none())
    child_side = np.logical_or.reduce(
        [audience.get(code, columns.none()) for code in _CHILD_SIDE] or [columns.none()]
    )
    for_adults: np.ndarray = adults & ~child_side
    from_age = ADULT_SERVICE_FROM if age is None else age + 1
    for_adults |= np.nan_to_num(columns.minimum_age, nan=0) >= from_age
    unstated = np.array([services[sid].ages_not_stated for sid in columns.ids], dtype=bool).reshape(
        -1
    )
    if age is None:  # (with an age known, a service stating none is not held against it)
        for_adults |= unstated & adults & ~audience.get("parents-carers", columns.none())
    return for_adults


_CHILD_SIDE = ("children-young-people", "parents-carers", "people-worried-about-own-behaviour")
