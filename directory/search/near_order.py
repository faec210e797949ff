"""The order of the local services near a place for who is asking (``ranking._near_groups``
gives them, split into those near and those weaker): what the words do not name, the other
sex, adults for a child, services with no way to reach them, after the rest (issue 25, the
eighth walk-through)."""

from __future__ import annotations

import numpy as np

from .adult_client import for_an_adult_client, only_for_children
from .adult_settings import children_only_after
from .child_centres import therapy_before_centres
from .columns import Columns
from .examined import asks_for_examination
from .groups import (
    ASKS_WHAT_A_CENTRE_DOES,
    PRONOUNS,
    adults_age_unstated,
    childrens_sarcs_first,
    for_people_unnamed,
    for_the_other_sex,
    genders_named,
    one_sex_only,
    stated_adults_only,
    survivors_only,
    unstated_naming_no_child,
)
from .lexicon import clean_text
from .near_now import (
    asked_work_before_centres,
    child_can_use_first,
    last,
    made_for_the_child_first,
    taking_people_now_first,
    usable_without_a_report_first,
)
from .parent_too import for_the_parent_too
from .recent import recent_assault
from .store import SearchIndex
from .told import for_themselves
from .understand import Understood
from .unsaid_age import centres_taking_adults_first, childhood_only_later, likely_grown_up
from .weights import ADULT_FROM


def order_for_asker(
    index: SearchIndex,
    understood: Understood,
    found: tuple[np.ndarray, np.ndarray],
    text: str,
    for_a_child: bool,
    after: tuple[np.ndarray, np.ndarray],
) -> tuple[np.ndarray, np.ndarray]:
    """The local services near a place (``found``: those near, those weaker) in the order
    that fits who is asking: services only for people the words do not name, for the other
    sex than the child's, for adults (for a child), showing no way to reach them, later; and
    ``after`` (forensic care; services not for this asker) at the end of each. ``text``: the
    words as typed (the pronouns of a parent's "her uncle touched her", fillers to the
    search)."""
    columns = index.columns
    local, weaker = found
    later, not_theirs = after
    typed = (*understood.all_words, *(set(clean_text(text).split()) & PRONOUNS))
    said = genders_named(understood.asker, understood.concepts, typed)
    unnamed = for_people_unnamed(columns, said)
    # (eighth walk-through F4) for a child, a children's SARC first, one for adults after the
    # rest, one only for people the words do not name after the national answers (``_by_whom``)
    local, weaker = _by_whom(index, understood, (local, weaker), text, for_a_child, unnamed)
    if likely_grown_up(understood, clean_text(text)):  # (w47unsaid) no age said
        local, weaker = centres_taking_adults_first(columns, (local, weaker))
    local = childhood_only_later(columns, understood, clean_text(text), local)  # (w49note)
    local, weaker = children_only_after(columns, understood, clean_text(text), (local, weaker))
    if for_an_adult_client(understood, clean_text(text)):  # (w47unsaid) a professional's
        local, weaker = apart_from(local, weaker, only_for_children(columns))
    # (issue 25) one only for people the words do not name follows those open to everyone;
    # (twenty-fifth walk-through F3) for a child, one for one sex only follows the national
    # answers too ("women and girls only" was a 12-year-old's third card); an adult's stays
    local = taking_people_now_first(columns, local)  # (w27child)
    if understood.asker.persona != "child":  # (w37adult; a child's: ``_by_whom``)
        professional = understood.asker.persona == "professional"
        local = usable_without_a_report_first(columns, local, clean_text(text), professional)
    if for_a_child:
        local, weaker = apart_from(local, weaker, unnamed & one_sex_only(columns))
    local, weaker = last(local, unnamed), last(weaker, unnamed)
    # (eighth walk-through F4.5) one only for the other sex than the child's ("her uncle
    # touched her": a service for men and boys) follows the national answers
    other_sex = for_the_other_sex(columns, said)
    local, weaker = apart_from(local, weaker, other_sex)
    local, weaker = forensic_after(local, weaker, later, ~columns.reachable)
    if understood.asker.persona in ("child", "parent"):  # (twenty-ninth walk-through F4)
        asker = (understood.asker.persona == "parent", needs_a_centre(understood, text))
        local = made_for_the_child_first(columns, local, understood.asker.for_age, asker, later)
    local = asked_work_before_centres(columns, local, _work_asked(understood, text, for_a_child))
    if understood.asker.persona == "child":
        local, weaker = closing_after(columns, local, weaker)
    weaker = last(last(weaker, later), not_theirs)
    # (eighth walk-through F4.4) a service showing no way at all to reach it is never the first
    # card for someone asking for help (not a professional looking for services to refer to):
    # after the local ones that can be reached, or, when none can, after the national answers
    if understood.asker.persona in ASKING_FOR_HELP or for_a_child or asks_for_a_child(understood):
        kept = not_theirs | unnamed | other_sex
        found = (local, weaker)
        local, weaker = _reach_order(index, understood, found, text, for_a_child, (later, kept))
    return local, weaker


def _by_whom(
    index: SearchIndex,
    understood: Understood,
    found: tuple[np.ndarray, np.ndarray],
    text: str,
    for_a_child: bool,
    unnamed: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """``order_for_asker``'s part that depends on whom the help is for: a child examined, a
    child (the asker or another), a request for a child, a parent."""
    columns = index.columns
    local, weaker = found
    if examining_a_child(understood, text, for_a_child):
        # (w27parent) "needs a forensic examination": a children's centre is where it is done
        local = childrens_sarcs_ahead(columns, local)
    if for_a_child:
        local = childrens_sarcs_first(columns, local)  # (w27child) and what a child can use now
        if understood.asker.persona == "child":
            local = child_can_use_first(columns, local, clean_text(text))
        local, weaker = _unstated_for_a_child(index, understood, local, weaker, unnamed, text)
    elif asks_for_a_child(understood):
        adults = stated_adults_only(columns)
        local, weaker = adults_after(local, weaker, adults, ~columns.reachable)
    elif understood.asker.persona == "parent":
        # (probe 11) a parent asking for their child: a centre shown as "Adults; age policy
        # not stated" after the other local services, unless the words ask for one
        centres = adults_age_unstated(columns) & _centre_unasked(index, understood, text)
        local, weaker = adults_after(local, weaker, centres, ~columns.reachable)
    elif asks_survivors_therapy(understood):
        local = survivors_therapy_first(columns, local)
    return local, weaker


#: the concepts of an adult abused as a child asking for counselling or therapy
_SURVIVOR_ASKS_THERAPY = frozenset({"past-abuse", "counselling"})


def asks_survivors_therapy(understood: Understood) -> bool:
    """(twenty-seventh walk-through F2) An adult telling of abuse in their childhood asks for
    counselling or therapy ("csa survivor, looking for therapy", Welsh "dioddefwr cam-drin
    rhywiol yn blentyn, eisiau cwnsela"); not someone worried about their own thoughts."""
    asker = understood.asker
    named = {c.name for c in understood.concepts}
    grown = asker.for_age is None or asker.for_age >= ADULT_FROM
    return asker.persona == "adult" and grown and named >= _SURVIVOR_ASKS_THERAPY


def survivors_therapy_first(columns: Columns, local: np.ndarray) -> np.ndarray:
    """``local`` with the counselling or therapy services made for adults abused as children
    (for adult survivors and nobody on a child's side, for child sexual abuse) first, in their
    order; the rest after them in theirs. RASASC North Wales, for anyone affected by sexual
    violence, came before Stepping Stones North Wales, counselling for adults abused as
    children, for a man abused as a boy asking for counselling."""
    made = survivors_only(columns) & columns.having("support", "counselling-therapy")
    made &= columns.having("abuse", "child-sexual-abuse")
    return np.concatenate([local[made[local]], local[~made[local]]])


def _work_asked(understood: Understood, text: str, for_a_child: bool) -> frozenset[str]:
    """(w33parent) The kinds of support the words ask for (their needs' support codes), for
    ``near_now.asked_work_before_centres``: none when they ask for what a centre does (a
    centre, an examination, advocacy) or tell of an assault in the last few days; only for an
    adult asking for themselves, a parent asking for themselves (``told.for_themselves``:
    "counselling for me") or a professional asking for someone they see, not for a child (a
    children's centre offering play therapy is theirs: ``childrens_sarcs_first``)."""
    asker, cleaned = understood.asker, clean_text(text)
    concepts = understood.concepts
    if {c.name for c in concepts} & ASKS_WHAT_A_CENTRE_DOES or recent_assault(understood, cleaned):
        return frozenset()
    for_self = for_themselves(asker, cleaned) or (asker.persona == "adult" and not for_a_child)
    # (twenty-ninth walk-through F5) ... or a professional asking it for someone they see
    # ("GP here - 15yo disclosed abuse, needs counselling"): a centre was a GP's first card
    for_them = for_self or asker.persona == "professional"
    if not for_them or asks_for_examination(asker, concepts, cleaned):
        return frozenset()
    asked = {code for c in concepts if c.kind == "need" for code in c.codes("support")}
    return frozenset(asked - {"sarc"})


def needs_a_centre(understood: Understood, text: str) -> bool:
    """(twenty-ninth walk-through F4) The words (as typed) name a centre, ask for an
    examination or tell of an assault in the last few days: forensic care a centre gives."""
    cleaned = clean_text(text)
    asker, concepts = understood.asker, understood.concepts
    return bool(
        "sarc" in {c.name for c in concepts}
        or recent_assault(understood, cleaned)
        or asks_for_examination(asker, concepts, cleaned)
    )


def examining_a_child(understood: Understood, text: str, for_a_child: bool) -> bool:
    """(w27parent) The words (as typed) ask for a forensic or medical examination
    (``examined.asks_for_examination``) of a child: the search is for a child's ages, or a
    child, a parent or a professional asks for no adult."""
    asker = understood.asker
    cleaned = clean_text(text)
    if not asks_for_examination(asker, understood.concepts, cleaned):
        return False
    young = asker.for_age is None or asker.for_age < ADULT_FROM
    return for_a_child or (asker.persona in ("child", "parent", "professional") and young)


def childrens_sarcs_ahead(columns: Columns, local: np.ndarray) -> np.ndarray:
    """``local`` with its sexual assault referral centres made for children (not for adults
    too) first, in their order; the rest after them in theirs."""
    ahead = columns.having("support", "sarc") & columns.having("audience", "children-young-people")
    ahead &= ~columns.having("audience", "adult-survivors")
    return np.concatenate([local[ahead[local]], local[~ahead[local]]])


#: (probe 11) words that ask for a sexual assault referral centre, or tell of a rape or an
#: assault, for which one may be what a child needs whatever its age policy
_ASKS_FOR_A_CENTRE = frozenset({"sarc", "rape"})


def _centre_unasked(index: SearchIndex, understood: Understood, text: str = "") -> np.ndarray:
    """(probe 11) The sexual assault referral centres, over positions, when a child's words
    neither ask for one nor tell of a rape or an assault ("my uncle keeps trying it on, im
    13"): one shown as "Adults; age policy not stated" is then not near them, and follows the
    national answers (a Gateshead and a Durham centre came second and third under "Showing
    services for age 13"); otherwise none. (Eleventh walk-through) ``text``, the words as
    typed, telling of an assault in the last few days (``recent.recent_assault``: Welsh
    "wedi fy nhreisio neithiwr") asks for one too."""
    if {c.name for c in understood.concepts} & _ASKS_FOR_A_CENTRE or recent_assault(
        understood, clean_text(text)
    ):
        return index.columns.none()
    centres: np.ndarray = index.columns.having("support", "sarc")
    return centres


def _unstated_for_a_child(
    index: SearchIndex,
    understood: Understood,
    local: np.ndarray,
    weaker: np.ndarray,
    unnamed: np.ndarray,
    text: str = "",
) -> tuple[np.ndarray, np.ndarray]:
    """For a child, the services for adults whose ages are not stated after the other local
    ones, or after the national answers when they are also only for people the words do not
    name, or (probe 11) when they are centres the child's words do not ask for, or (eleventh
    walk-through F3) any other kind of service whose own words name no children (at the front
    of those): a centre sees anyone after a rape, but an adults' advocacy service in
    Staffordshire came above Childline for a 14-year-old raped that morning. (w63pro) Not a
    centre when the words ask for the child's examination (``examining_a_child``): SAFE Place
    Merseyside, "anyone in Merseyside", followed three national cards for a police officer's
    "paediatric forensic exam for a 4 year old tonight"."""
    columns = index.columns
    unstated = adults_age_unstated(columns) & ~for_the_parent_too(index, understood, text)
    not_centres = ~columns.having("support", "sarc")
    silent = unstated_naming_no_child(columns, index.services)
    unasked = _centre_unasked(index, understood, text)
    centres = unstated & (unasked | (not_centres & silent)) & ~unnamed
    local, weaker = local[~centres[local]], np.concatenate([local[centres[local]], weaker])
    local, weaker = apart_from(local, weaker, unstated & unnamed)
    # (w63pro) a child's examination asked for ("paediatric forensic exam tonight"): a centre
    # whose listing takes children is where it is done, whatever age policy it states
    if examining_a_child(understood, text, True):
        unstated &= ~(columns.having("support", "sarc") & ~unasked)
    return adults_after(local, weaker, unstated, ~columns.reachable)


def closing_after(
    columns: Columns, local: np.ndarray, weaker: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(twenty-sixth walk-through F3) For a child asking, when no local service open as usual
    and showing a way to reach it would come first: those whose status says they may be
    closing or take nobody new now (``Columns.not_taking_now``) follow the national answers,
    at the front of ``weaker``, under a heading saying why (``moved_matches``: "closing").
    Trust House Lancashire, "May be closing", was a frightened 13-year-old's only local card,
    first under Childline. Beside an open one it stays near, after it
    (``near_now.taking_people_now_first``), as it does for everyone else."""
    closing = columns.not_taking_now[local]
    if not closing.any() or (~closing & columns.reachable[local]).any():
        return local, weaker
    return local[~closing], np.concatenate([local[closing], weaker])


def forensic_after(
    local: np.ndarray, weaker: np.ndarray, later: np.ndarray, unreachable: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(third walk-through F1) ``local`` with the forensic centres ``later`` holds
    (``groups.forensic_care_later``) after the local services that fit; (eleventh walk-through
    F5) when none does, never the first card: they follow the national answers, after the
    other local services (a forensic centre was the first card for men abused as boys who
    asked to talk, above the counselling in Kent). (w26local) A service showing no way to
    reach it (``unreachable``) is not one that fits: it is never first either, so Cumbria's
    centre was a man's first card beside Safety Net with no contact details."""
    if (~later[local] & ~unreachable[local]).any():
        return last(local, later), weaker
    return apart_from(local, weaker, later)


def apart_from(
    local: np.ndarray, weaker: np.ndarray, moved: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """``local`` less those ``moved`` holds, and ``weaker`` with them at its end."""
    return local[~moved[local]], np.concatenate([weaker, local[moved[local]]])


def adults_after(
    local: np.ndarray, weaker: np.ndarray, adults: np.ndarray, unreachable: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(eighth walk-through F4) ``local`` with the services for adults that ``adults`` holds
    after every other one (a Durham SARC shown as "Adults; age policy not stated" came second
    for a 13-year-old); when the others are none, or only services showing no way to reach
    them (``unreachable``, never first), none: they all go to the front of ``weaker``, after
    the national answers under "may not be for you" (a 6-year-old's parent in Scunthorpe saw
    only Humber's SARC for adults as "near")."""
    if (adults | unreachable)[local].all():
        return local[:0], np.concatenate([local, weaker])
    return last(local, adults), weaker


#: (eighth walk-through F4.4) the askers who need a way to reach the first card they see
ASKING_FOR_HELP = frozenset({"child", "parent", "adult"})


def asks_for_a_child(understood: Understood) -> bool:
    """(eighth walk-through F4) Nobody in particular asks and the words ask for a child
    ("counselling for a child", "support for a young person"); not an adult survivor's
    "counselling for adults abused as children"."""
    named = {c.name for c in understood.concepts}
    asker = understood.asker
    return not asker.persona and not asker.is_adult and "children" in named


def unreachable_later(
    columns: Columns, local: np.ndarray, weaker: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """``local`` with the services that show no way to reach them after the rest, or, when
    every one is such, moved to the front of ``weaker``."""
    unreachable = ~columns.reachable
    if unreachable[local].all():
        return local[:0], np.concatenate([local, weaker])
    return last(local, unreachable), weaker


def _reach_order(
    index: SearchIndex,
    understood: Understood,
    found: tuple[np.ndarray, np.ndarray],
    text: str,
    for_a_child: bool,
    after: tuple[np.ndarray, np.ndarray],
) -> tuple[np.ndarray, np.ndarray]:
    """``unreachable_later`` of ``found`` (local, weaker), and then (fourteenth walk-through
    F3) ``weaker`` in the order ``reachable_first`` gives: ``after`` holds the forensic
    centres that follow the rest and the services kept where they are (for the other sex,
    or not for this asker, already at its end). Safety Net (Cumbria), with no contact
    details, was the first card under "Other services near you" for a 12-year-old, above
    the SARC the NHS finder reaches. (w37child) ``local`` then has
    ``child_centres.therapy_before_centres``."""
    columns = index.columns
    local, weaker = unreachable_later(columns, *found)
    # (w37child) a child's support after abuse before a centre the words do not need
    local = therapy_before_centres(index, understood, local, needs_a_centre(understood, text))
    adults = adults_for_the_child(index, understood, text, for_a_child)
    later, kept = after
    return local, reachable_first(columns, weaker, kept, (adults, later))


def adults_for_the_child(
    index: SearchIndex, understood: Understood, text: str, for_a_child: bool
) -> np.ndarray:
    """(fourteenth walk-through F3) For a child, or a parent asking for theirs, the services
    shown as "Adults; age policy not stated" (``adults_age_unstated``) that the words do not
    ask for: centres, when the words neither ask for one nor tell of a rape or a recent
    assault (``_centre_unasked``), and, for a child, any other whose own words name no
    children (``unstated_naming_no_child``), over positions; none for anyone else."""
    columns = index.columns
    if not for_a_child and understood.asker.persona != "parent":
        return columns.none()
    unasked = _centre_unasked(index, understood, text)
    if for_a_child:
        silent = unstated_naming_no_child(columns, index.services)
        unasked = unasked | (~columns.having("support", "sarc") & silent)
    found: np.ndarray = adults_age_unstated(columns) & unasked
    found &= ~for_the_parent_too(index, understood, text)
    return found


def reachable_first(
    columns: Columns,
    positions: np.ndarray,
    kept: np.ndarray,
    after: tuple[np.ndarray, np.ndarray],
) -> np.ndarray:
    """(fourteenth walk-through F3) ``positions`` with, among those ``kept`` does not hold:
    the services with a confirmed number to call first, then the others showing a way to
    reach them; then the adults' services ``after`` holds first (a child's or a parent's:
    Elms SARC, "Adults; age policy not stated", came above the rape crisis service
    counselling young people), then the forensic centres it holds second; and those showing
    no way at all to reach them last; each part in its order. Those ``kept`` holds stay in
    their places."""
    adults, later = after
    movable = ~kept[positions]
    tiers = np.select([~columns.reachable, later, adults, columns.phoned], [4, 3, 2, 0], 1)
    tiers = tiers[positions]
    reordered = positions.copy()
    reordered[movable] = positions[movable][np.argsort(tiers[movable], kind="stable")]
    return reordered


def matched_later(
    index: SearchIndex,
    matched: np.ndarray,
    weaker: np.ndarray,
    understood: Understood | None = None,
    ages: tuple[int, int] | None = None,
) -> tuple[bool, bool]:
    """(fourteenth walk-through F3) Whether a local service the words match closely
    (``matched``: those near, before their order for the asker) is among those that follow
    the national answers (``weaker``) only for showing no way at all to reach it or for being
    shown as "Adults; age policy not stated": the page must not then say that no service near
    matches the words (a children's therapy service in Cumbria did, with no contact details).
    (Seventeenth walk-through F2) For a child (the words, ``understood``, say so, or the ages
    searched for, ``ages``, are a child's), one shown as for adults is not one that could be
    theirs: the first answer is then whether another is, and the second whether only such
    adults' listings are (Humber's SARC, "Adults; age policy not stated", was announced to a
    14-year-old as "Services near you that match your words")."""
    if not len(matched) or not len(weaker):
        return False, False
    columns = index.columns
    adults = adults_age_unstated(columns)
    child = understood is not None and understood.asker.persona == "child"
    # (twenty-sixth walk-through F3) one that may be closing too (w59fit: for anyone, since
    # ``strong_local.closing_behind`` moves it after the open answers that fit as well)
    reasons = ~columns.reachable | adults | columns.not_taking_now
    moved = np.isin(weaker, matched)
    later = moved & reasons[weaker]
    if child or (ages is not None and ages[1] < ADULT_FROM):
        theirs = later & ~adults[weaker]
        # (w36pro) "only adults' listings" never while another match further down is not one
        only_adults = later.any() and not (moved & ~adults[weaker]).any()
        return bool(theirs.any()), bool(only_adults)
    return bool(later.any()), False


def moved_matches(
    index: SearchIndex, matched: np.ndarray, weaker: np.ndarray, young: bool
) -> dict[int, str]:
    """(twenty-fifth walk-through F1) The local services the words match closely (``matched``)
    that follow the national answers (``weaker``), by position, with why: showing no way at
    all to reach them ("contact"); shown as "Adults; age policy not stated" when the help is
    for a child (``young``: "adults", unless it is for one sex only); or not fitting this
    asker otherwise ("other": for one sex only, a forensic centre for an adult who asks to
    talk); (twenty-sixth walk-through F3) one that may be closing or takes nobody new now
    ("closing": ``closing_after`` for a child; w59fit, for anyone,
    ``strong_local.closing_behind``). The page lists them under
    headings saying so, never under "These match fewer of your words" (Survive, matched for a
    man abused as a boy, had no contact details)."""
    columns = index.columns
    adults = adults_age_unstated(columns) & ~one_sex_only(columns) if young else columns.none()
    closing = columns.not_taking_now
    moved = weaker[np.isin(weaker, matched)]
    reasons = np.select(
        [~columns.reachable, adults, closing], ["contact", "adults", "closing"], "other"
    )
    return {int(p): str(reasons[p]) for p in moved}
