"""What a listing is for, as sets of services over positions (``Columns``): services for
people who were harmed, for children who were harmed, for anyone struggling to cope, the lines
for people worried about their own thoughts, services for a particular community, and those a
child should not meet as "near you". ``fit.py`` and ``order.py`` weigh and order by them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import numpy as np

from ..model import Service
from .columns import Columns
from .keeping_safe import teaching_safety
from .recent import recent_assault
from .told import for_themselves, reports_abuse_done, worry_short_of_abuse
from .understand import Asker, Concept, Understood
from .weights import ADULT_FROM, YOUNG_PEOPLE_UP_TO

WORRIED = "people-worried-about-own-behaviour"
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
#: (third walk-through F1) what someone asks for when they want to talk about abuse long ago
#: (not "groups" alone: the held-out judges rate Norwich's centre, which sees people abused in
#: the past, as useful for "abused by my brother growing up are there any groups")
TALK_ABOUT_THE_PAST = frozenset({"counselling", "talk"})
#: ... but not when they ask for a centre, or for what one helps with: reporting to the police,
#: an advocate (ISVA) ("want to report abuse that happened 30 years ago")
ASKS_WHAT_A_CENTRE_DOES = frozenset({"sarc", "practical", "advocacy"})
#: ... and what some centres offer beside forensic care (counselling, a line open at night)
_ASKS_WHAT_A_CENTRE_MAY_OFFER = frozenset({"counselling", "helpline"})
#: (eleventh walk-through F5) an adult's words recalling abuse as a child or long ago ("when i
#: were a lad", "from when i was 7", "in the 70s as a boy", "decades ago")
_LONG_AGO = re.compile(
    r"\b(?:as|when i (?:was|were)) (?:a |an )?(?:child|kid|boy|girl|lad|lass|teen\w*|little|"
    r"young\w*|small|minor)\b|\bwhen i (?:was|were) \d{1,2}\b|\b(?:from|at|since) (?:the )?age "
    r"(?:of )?\d{1,2}\b|\bin the (?:19)?[2-9]0s\b|\b(?:years|yrs|decades) ago\b|\bchildhood\b"
    # Welsh: "pan oeddwn i'n blentyn" (when I was a child), "plentyndod", "flynyddoedd yn ôl"
    r"|\bblentyn\b|\bplentyndod\b|\bflynyddoedd yn\b"
)
#: a stated minimum age from which a service is for adults, not for a child (16+ and 18+)
ADULT_SERVICE_FROM = 16
#: the audiences that take in a child under ADULT_FROM, or the child's parent: a service for
#: adult survivors and none of these is not for a child's age
CHILD_SIDE_AUDIENCES = ("children-young-people", "parents-carers", WORRIED)


def about_abuse(columns: Columns) -> np.ndarray:
    """Services for some kind of abuse, not only for people struggling to cope."""
    abuse = columns.taxonomy["abuse"]
    return columns.having("abuse", *(code for code in abuse if code != "emotional-distress"))


def children_only(columns: Columns) -> np.ndarray:
    """Services for children and young people and nobody else."""
    audience = columns.taxonomy["audience"]
    others = [code for code in audience if code != "children-young-people"]
    only: np.ndarray = columns.having("audience", "children-young-people") & ~columns.having(
        "audience", *others
    )
    return only


def survivors_only(columns: Columns) -> np.ndarray:
    """Services for adult survivors and nobody on a child's side (CHILD_SIDE_AUDIENCES)."""
    only: np.ndarray = columns.having("audience", "adult-survivors") & ~columns.having(
        "audience", *CHILD_SIDE_AUDIENCES
    )
    return only


def for_ages(columns: Columns, ages: tuple[int, int]) -> np.ndarray:
    """The services whose stated ages or audiences take some age in ``ages`` (low, high),
    over positions: what a search for those ages may show, and what the age filter's counts
    count (twelfth walk-through F5: an adults' service stating "16 and over" was counted
    under "16 or 17", and ticking it did not show it)."""
    low, high = ages
    # (walk-through F5) "age 54": not The Mix (under 25); "age 11": not an 18+ line
    for_age: np.ndarray = ~((columns.youngest > high) | (columns.oldest < low))
    if low > YOUNG_PEOPLE_UP_TO:  # a line for children and young people only
        for_age &= ~children_only(columns)
    if high < ADULT_FROM:
        # a line for adult survivors and the people around them (their partners, friends,
        # the professionals helping them), not for a child or a child's parent: NAPAC and
        # the male survivors' line for "age 14" (third walk-through F5)
        for_age &= ~survivors_only(columns)
    return for_age


def only_distress(columns: Columns) -> np.ndarray:
    """Services for people struggling to cope and for no kind of abuse (Samaritans, The Mix,
    Family Lives), over positions."""
    only: np.ndarray = columns.having("abuse", "emotional-distress") & ~about_abuse(columns)
    return only


#: (w27lines) the audiences of a line for anyone: children and adults alike
_ANYONE = ("children-young-people", "adult-survivors")


def anyone_struggling(columns: Columns) -> np.ndarray:
    """(w27lines) The lines for anyone struggling to cope, over positions: only for distress
    (``only_distress``) and for children and adults alike (Samaritans, its Welsh line, Shout),
    not made for one kind of person (The Mix, for young people; Family Lives, for parents).
    ``crisis.struggling_lines_fit`` says when they fit the words."""
    found: np.ndarray = only_distress(columns)
    for audience in _ANYONE:
        found = found & columns.having("audience", audience)
    return found


def for_anyone_struggling(service: Service) -> bool:
    """``anyone_struggling`` read from one listing (the talk box's lines)."""
    abuse = set(service.abuse_types)
    return (
        bool(abuse) and abuse <= {"emotional-distress"} and set(_ANYONE) <= set(service.audiences)
    )


def victims_services(columns: Columns) -> np.ndarray:
    """Services for people who were harmed, over positions: children or adult survivors among
    their audiences, people worried about their own thoughts not, and abuse (or nothing
    stated; not only distress: Samaritans, The Mix) what they are for."""
    harmed = columns.having("audience", "children-young-people", "adult-survivors")
    found: np.ndarray = harmed & ~columns.having("audience", WORRIED) & ~only_distress(columns)
    return found


def unstated_victims_services(columns: Columns) -> np.ndarray:
    """(probe 15) Services about abuse that state no audience at all (a local rape and sexual
    abuse centre "for people affected by rape and sexual abuse", whose pages never say whom it
    serves): for the people who were harmed as far as anyone can tell, over positions."""
    stated = columns.having("audience", *columns.taxonomy["audience"])
    found: np.ndarray = ~stated & about_abuse(columns)
    return found


def childrens_victim_services(columns: Columns) -> np.ndarray:
    """Services for children and young people who were harmed, over positions: children
    among their audiences, adult survivors and people worried about their own thoughts not,
    and abuse (not only distress) what they are for."""
    children: np.ndarray = (
        columns.having("audience", "children-young-people")
        & ~columns.having("audience", "adult-survivors", WORRIED)
        & about_abuse(columns)
    )
    return children


def worried_lines(columns: Columns) -> np.ndarray:
    """The lines for people worried about their own (or another's) thoughts or behaviour
    (Stop It Now), over positions: their audiences hold those people and no children (a
    service for children harmed and for young people who harm is a victims' service too)."""
    lines: np.ndarray = columns.having("audience", WORRIED) & ~columns.having(
        "audience", "children-young-people"
    )
    return lines


def prevention_services(columns: Columns) -> np.ndarray:
    """(eleventh walk-through F4) The services for preventing abuse or for the people worried
    about someone's thoughts or behaviour, over positions: the lines for those people
    (``worried_lines``: Stop It Now) and the services whose own description says they work to
    prevent abuse (``Columns.prevention``: Parents Protect, the Lucy Faithfull Foundation),
    less those for children too (a service for children harmed is a victims' service)."""
    found: np.ndarray = worried_lines(columns) | (
        columns.prevention & ~columns.having("audience", "children-young-people")
    )
    return found


def specialist(columns: Columns) -> np.ndarray:
    """Services for a particular community, or only for a kind of abuse such a community
    meets (honour-based abuse)."""
    abuse = columns.taxonomy["abuse"]
    only_specialist_abuse = columns.having("abuse", *SPECIALIST_ABUSE) & ~columns.having(
        "abuse", *(code for code in abuse if code not in SPECIALIST_ABUSE)
    )
    found: np.ndarray = columns.having("community", *SPECIALIST_COMMUNITIES) | only_specialist_abuse
    return found


def community_asked(
    columns: Columns, concepts: tuple[Concept, ...], filters: Mapping[str, tuple[str, ...]]
) -> np.ndarray:
    """The services for a community the words or a filter name (Deaf, Muslim...), or for an
    abuse type only such services meet (honour-based abuse)."""
    asked = columns.none()
    for name, wanted in (("community", SPECIALIST_COMMUNITIES), ("abuse", SPECIALIST_ABUSE)):
        codes = {code for c in concepts for code in c.codes(name)} | set(filters.get(name, ()))
        asked |= columns.having(name, *(code for code in codes if code in wanted))
    return asked


def forensic_care_later(
    columns: Columns, concepts: tuple[Concept, ...], recent: bool = False, recalled: bool = False
) -> np.ndarray:
    """(third walk-through F1) The sexual assault referral centres that offer no counselling,
    over positions, when the words tell of abuse long ago and ask for counselling, someone to
    talk to or a support group, or (eleventh walk-through F5) are an adult's recalling it
    (``recalled``: ``recalls_long_ago``: "abused when i were a lad, 49 now"), and name no
    centre and no assault in the last few days (``recent``: ``recent.recent_assault``; "raped
    last night" keeps its centre first): forensic and medical care after a recent assault is
    not what they ask, so such a centre follows the local services that fit, after the
    national answers. Nothing otherwise."""
    named = {c.name for c in concepts}
    if recent or "past-abuse" not in named or named & ASKS_WHAT_A_CENTRE_DOES:
        return columns.none()
    if not (named & TALK_ABOUT_THE_PAST or recalled):
        return columns.none()
    later: np.ndarray = columns.having("support", "sarc")
    if recalled and not named & _ASKS_WHAT_A_CENTRE_MAY_OFFER:
        # (w46adult) an adult recalling their childhood, asking for no counselling nor a line
        # to call: every centre, one offering therapy too (the Devon and Cornwall centre was a
        # 45-year-old's first card, above NAPAC, for "it's all coming back")
        return later
    offering_no_therapy: np.ndarray = later & ~columns.having("support", "counselling-therapy")
    return offering_no_therapy


#: the kinds of sexual harm the listings name (as ``aside.SEXUAL_HARM``)
_SEXUAL_HARM = frozenset({"child-sexual-abuse", "sexual-violence", "online-abuse"})


def only_to_talk(understood: Understood) -> bool:
    """(w61kind, check61 §9) The words ask for someone to talk to and tell of no sexual harm
    ("i want to talk to someone right now", "need someone to listen tonight"): a line that
    answers now, not a centre for forensic care, which was the first card in Bath."""
    named = {c.name for c in understood.concepts}
    told = {code for c in understood.concepts if c.kind == "topic" for code in c.codes("abuse")}
    return "talk" in named and "past-abuse" not in named and not told & _SEXUAL_HARM


def forensic_care_for(columns: Columns, understood: Understood, cleaned: str) -> np.ndarray:
    """``forensic_care_later`` for the words as ``understood`` and ``cleaned`` (``clean_text``);
    (w16par) and every centre for a parent's worry about someone's behaviour towards their
    child, telling of no abuse done nor an assault in the last few days
    (``told.worry_short_of_abuse``: "think his coach is grooming him", "too friendly with my
    daughter") and asking for nothing a centre does: a forensic centre was the first card;
    (w29cards, twenty-third walk-through F4) and those offering no counselling for a parent
    asking for support for themselves (``for_themselves``: "support for myself as a dad after
    my daughter was abused"), telling of no assault in the last few days: a forensic centre
    came before the counselling near that takes adults."""
    recent = recent_assault(understood, cleaned)
    asks = {c.name for c in understood.concepts} & ASKS_WHAT_A_CENTRE_DOES
    if not (recent or asks) and for_themselves(understood.asker, cleaned):
        forensic: np.ndarray = columns.having("support", "sarc") & ~columns.having(
            "support", "counselling-therapy"
        )
        return forensic
    asker, concepts = understood.asker, understood.concepts
    # (w59adult) or a parent's question about teaching a child to keep safe, telling of no harm
    if not (recent or asks) and (
        worry_short_of_abuse(asker, concepts, cleaned) or teaching_safety(asker, concepts, cleaned)
    ):
        # (every centre: the therapy some offer follows an assault, which the words do not tell)
        centres: np.ndarray = columns.having("support", "sarc")
        return centres
    if not (recent or asks) and only_to_talk(understood):
        # (w61kind, check61 §9) every centre: the therapy some offer follows an assault
        every_centre: np.ndarray = columns.having("support", "sarc")
        return every_centre
    later = forensic_care_later(
        columns, understood.concepts, recent, recalls_long_ago(understood, cleaned)
    )
    kept: np.ndarray = later & ~childs_centres_after_past(columns, understood.asker)
    return kept


def childs_centres_after_past(columns: Columns, asker: Asker) -> np.ndarray:
    """(w36pro) When the help is for a child, the centres taking children whose own words say
    they help after past abuse too (``Columns.past_too``: "after recent or past sexual assault
    or abuse"): a child's "historic" or "non-recent" abuse is what they see, so they keep their
    place (Horizon's children's service, up to 17, followed the national answers for a GP's
    "16 year old boy, historic sexual abuse by uncle"). None for anyone else."""
    young = asker.persona == "child" or (asker.for_age is not None and asker.for_age < ADULT_FROM)
    if not young or asker.persona == "adult":
        return columns.none()
    found: np.ndarray = columns.past_too & columns.having("audience", "children-young-people")
    return found


def recalls_long_ago(understood: Understood, cleaned: str) -> bool:
    """(eleventh walk-through F5) An adult survivor's words (``clean_text``) recalling abuse as
    a child or long ago ("my grandad abused me when i were a lad", "in the 70s as a boy")."""
    return understood.asker.persona == "adult" and bool(_LONG_AGO.search(cleaned))


def not_for_the_worried(columns: Columns, understood: Understood, cleaned: str) -> np.ndarray:
    """(eleventh walk-through F9, probe 13 pattern 3) The local services for people who were
    harmed (``victims_services``: sexual assault referral centres, rape crisis centres), over
    positions, when the words are about someone's own sexual thoughts or behaviour: someone
    worried about their own, or a professional or someone not saying who they are whose words
    name it and tell of nobody harmed ("i'm a teacher worried about my thoughts about
    pupils": three centres were its first cards). They are not where such a person finds
    help (Stop It Now is): never near them. None otherwise."""
    asker = understood.asker
    worried = asker.persona == "own-behaviour" or (
        asker.persona in ("professional", "")
        and understood.mentions({"own-behaviour"})
        and not reports_abuse_done(cleaned)
    )
    return victims_services(columns) if worried else columns.none()


def only_for_other_gender(columns: Columns, asker: Asker) -> np.ndarray:
    """(third walk-through F1) The services only for the other gender than the one the person
    says of themselves ("abused as a lad": not a young women's project), over positions; none
    for a parent or a professional (asking for someone else) or when the words do not say."""
    if asker.persona not in ("adult", "child", "") or asker.gender not in ("male", "female"):
        return columns.none()
    other = "female" if asker.gender == "male" else "male"
    only: np.ndarray = columns.having("gender", other) & ~columns.having("gender", asker.gender)
    return only


#: (issue 25) words a parent uses for a son or a daughter: the sex of whoever the help is for
SON_WORDS = frozenset({"son", "boy", "lad", "stepson", "grandson", "nephew", "sons", "boys"})
DAUGHTER_WORDS = frozenset(
    {"daughter", "girl", "lass", "stepdaughter", "granddaughter", "niece", "daughters", "girls"}
)
#: (eighth walk-through F4.5) a parent's words for what was done to the child ("her uncle
#: touched her", "he hurt him"): who it was done to; never "he", "his" (often whoever did it)
HER_WORDS = frozenset({"her", "she", "shes", "herself"})
HIM_WORDS = frozenset({"him", "himself"})
PRONOUNS = HER_WORDS | HIM_WORDS


def genders_named(asker: Asker, concepts: tuple[Concept, ...], words: Iterable[str]) -> set[str]:
    """(issue 25) The genders (``male``, ``female``, ``lgbt``) the words give for whoever the
    help is for: the asker's own ("as a boy", "im a girl"), LGBT+ ("gay", "trans"), a group
    asked for ("counselling for men"), and a parent's son or daughter ("my son", "my girl");
    never the sex of whoever did it ("a man touched me")."""
    named = {c.name for c in concepts}
    said = {asker.gender} - {""}
    if "lgbt" in named:
        said.add("lgbt")
    if not any(c.kind == "topic" for c in concepts):
        # ("counselling for men": the group asked for; not "a man touched me", who did it)
        said |= {code for name, code in (("men", "male"), ("women", "female")) if name in named}
    if asker.persona in ("parent", "professional"):  # (twelfth session) "year 8 girl … her"
        typed = set(words)
        if typed & SON_WORDS:
            said.add("male")
        if typed & DAUGHTER_WORDS:
            said.add("female")
        if not typed & (SON_WORDS | DAUGHTER_WORDS):
            # ("my kid told me her uncle touched her": the child is a girl)
            said |= {code for code, pronouns in (("female", HER_WORDS), ("male", HIM_WORDS))
                     if typed & pronouns}  # fmt: skip
    return said


def for_people_unnamed(columns: Columns, said: set[str]) -> np.ndarray:
    """(issue 25) The services only for particular people (men and boys, women and girls,
    LGBT+ people) none of whom the words name (``genders_named``), over positions: they fit
    some people, so they are kept, after the services open to everyone."""
    limited = columns.having("gender", "male", "female", "lgbt") & ~columns.having("gender", "any")
    theirs = columns.having("gender", *said) if said else columns.none()
    unnamed: np.ndarray = limited & ~theirs
    return unnamed


def one_sex_only(columns: Columns) -> np.ndarray:
    """(twenty-fifth walk-through F3) The services for one sex only ("women and girls only",
    "boys and men"), over positions."""
    male, female = columns.having("gender", "male"), columns.having("gender", "female")
    only: np.ndarray = (male ^ female) & ~columns.having("gender", "any")
    return only


def for_the_other_sex(columns: Columns, said: set[str]) -> np.ndarray:
    """(eighth walk-through F4.5) When the words give one sex for whoever the help is for
    (``genders_named``: "my daughter", "her uncle touched her"), the services only for the
    other sex (men and boys, for a girl), over positions; none otherwise."""
    sexes = said & {"male", "female"}
    if len(sexes) != 1:
        return columns.none()
    (sex,) = sexes
    other = "female" if sex == "male" else "male"
    only: np.ndarray = columns.having("gender", other) & ~columns.having("gender", sex, "any")
    return only


def stated_adults_only(columns: Columns) -> np.ndarray:
    """(eighth walk-through F4.4) The services whose listings state they are for adults: for
    adult survivors and nobody on a child's side, or from 18 (a 16+ SARC may see a teenager),
    over positions."""
    only: np.ndarray = survivors_only(columns) | (columns.youngest >= ADULT_FROM)
    return only


def adults_age_unstated(columns: Columns) -> np.ndarray:
    """(eighth walk-through F4) The services for adults (and, so that no filter drops them,
    listed for children) whose sources state no age policy, shown as "Adults; age policy not
    stated", over positions; and the listings open to everyone affected that state no
    audience (``Columns.open_to_all``), shown the same way."""
    adults = columns.having("audience", "adult-survivors")
    parents = columns.having("audience", "parents-carers")
    # (twenty-ninth walk-through F1) ... and those open to everyone affected that state no
    # audience nor ages, shown so too (``open_to_all``)
    found: np.ndarray = (columns.ages_unstated & adults & ~parents) | columns.open_to_all
    return found


#: (eleventh walk-through F3) words in a listing's own text naming children among the people it
#: helps ("boys and men", "women and girls", "children and young people")
_NAMES_CHILDREN = re.compile(
    r"\b(?:child|children|boys?|girls?|young (?:people|person|man|men|woman|women)|teenagers?|"
    r"under 18s?|plant|plentyn|pobl ifanc|anyone|everyone|all ages|any age)\b",
    re.IGNORECASE,
)


def unstated_naming_no_child(columns: Columns, services: Mapping[str, Service]) -> np.ndarray:
    """(eleventh walk-through F3) The services for adults whose age policy is not stated
    (``adults_age_unstated``) whose own words (description, eligibility) name no children
    among the people they help, over positions: "for people going through the police and
    court process" may or may not take a child (not stated is not excluded), but it is not
    known to, as a children's line is. "Supports boys and men" does name them."""
    unstated = adults_age_unstated(columns)
    silent = np.array(
        [
            not _NAMES_CHILDREN.search(f"{services[sid].description} {services[sid].eligibility}")
            for sid in columns.ids
        ],
        dtype=bool,
    )
    found: np.ndarray = unstated & silent
    return found


def childrens_sarcs_first(columns: Columns, positions: np.ndarray) -> np.ndarray:
    """(eighth walk-through F4) ``positions`` with its sexual assault referral centres made
    for children (not for adults too) in the places its other centres held, before them,
    each part in its order; the rest where it was. Devon and Cornwall's children's SARC
    comes before its SARC for children and adults, for a 12-year-old."""
    sarc = columns.having("support", "sarc")[positions]
    for_children = (
        columns.having("audience", "children-young-people")
        & ~columns.having("audience", "adult-survivors")
    )[positions]
    if not (sarc & for_children).any():
        return positions
    reordered = positions.copy()
    slots = positions[sarc]
    reordered[sarc] = np.concatenate([slots[for_children[sarc]], slots[~for_children[sarc]]])
    return reordered


def adults_only_for_a_child(columns: Columns, age: int | None = None) -> np.ndarray:
    """(fourth walk-through F3, F4) The services a child should not meet as "near you", over
    positions: those for adult survivors and nobody on a child's side (their child, their
    parents, someone worried about their own thoughts), those whose stated minimum age is above
    the child's ``age`` (16 or more when it is not known), and, when the age is not known,
    those for adults whose sources state no age policy (listed for children so
    that no filter drops them, but shown as "Adults; age policy not stated")."""
    adults = columns.having("audience", "adult-survivors")
    for_adults = survivors_only(columns)
    from_age = ADULT_SERVICE_FROM if age is None else age + 1
    for_adults |= columns.youngest >= from_age
    if age is None:  # (with an age known, a service stating none is not held against it)
        for_adults |= columns.ages_unstated & adults & ~columns.having("audience", "parents-carers")
    return for_adults
