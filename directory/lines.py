"""Which lines to call now fit the person asking: the talk box on a results page and a
service's page, and the order of Get help now (``facade.Directory`` keeps the lists and asks
these). Reads listings and how a search's words were read; knows nothing of the web."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import takewhile

from .finder import FindRequest, FindResults
from .limits import MAX_ASKER_CHARS
from .model import Service
from .search.asker_acts import HARMED_WORDS
from .search.asker_own import SELF_HARM_URGE
from .search.asker_own_bare import bare_of_children
from .search.at_home import abuser_at_home
from .search.cannot_phone import cannot_phone
from .search.columns import about_suicide
from .search.crisis import struggling_lines_fit
from .search.fit import neutral_fitting
from .search.groups import SPECIALIST_ABUSE, SPECIALIST_COMMUNITIES, for_anyone_struggling
from .search.made_for import cares_for_harmed_child
from .search.met_online import met_online
from .search.told import reports_abuse_done, tells_of_a_childs_harm, tells_of_abuse_done
from .search.understand import Asker, clean_text, understand
from .search.weights import PERSONA_AGE, PERSONA_AUDIENCE
from .talk_pro import professional_order
from .vocabulary import ListingStatus

#: a listing's own words saying it answers at any hour
_DAY_AND_NIGHT = re.compile(r"day (?:or|and) night|24/7|24 hours|any time of", re.IGNORECASE)
#: Get help now's order: who each line is for (its first group that fits)
FOR_WHOM = (
    "people-worried-about-own-behaviour",
    "children-young-people",
    "adult-survivors",
    "parents-carers",
)
FOR_WHOM_ORDER = (
    "children-young-people",
    "adult-survivors",
    "parents-carers",
    "people-worried-about-own-behaviour",
)

#: the audiences of lines for people asking for themselves (not for the people around them)
_SELF_AUDIENCES = ("adult-survivors", "children-young-people", "people-worried-about-own-behaviour")


def answers_day_and_night(service: Service) -> bool:
    """Its listing says it answers at any hour ("day or night", "24/7")."""
    return bool(_DAY_AND_NIGHT.search(f"{service.name} {service.description}"))


def is_suicide_line(service: Service) -> bool:
    """A line for thoughts of suicide (its name, organisation or summary says so)."""
    return about_suicide(service)


def for_whom(service: Service) -> str:
    """Who a line is first of all for, as Get help now groups them ("" for the rest: tools
    for reporting, professionals' advice). A line for children and adults alike is the
    adults' (Childline is the children's)."""
    audiences = set(service.audiences)
    if FOR_WHOM[0] in audiences:
        return FOR_WHOM[0]
    if "children-young-people" in audiences and "adult-survivors" not in audiences:
        return "children-young-people"
    return next((code for code in FOR_WHOM[2:] if code in audiences), "")


def fits_asker(service: Service, asker: Asker) -> bool:
    """Whether a line to call now is for this asker: the ages it states, the people it is
    only for, a children's line never for an adult, and a suicide line only when the words
    speak of it."""
    age = asker.age if asker.age is not None else PERSONA_AGE.get(asker.persona)
    if age is not None:
        if service.minimum_age is not None and service.minimum_age > age:
            return False
        if service.maximum_age is not None and service.maximum_age < age:
            return False
    audiences = set(service.audiences)
    if audiences == {"children-young-people"} and asker.persona and not asker.is_child:
        return False  # an adult, a parent, a professional, someone worried about themselves
    if (
        asker.is_child
        and asker.persona in ("child", "")
        and audiences
        and "children-young-people" not in audiences
    ):
        # (a child asking; a professional's or a parent's child's age says who the help is
        # for, and a line that advises them about the child is theirs: third walk-through F5)
        return False
    if asker.persona == "own-behaviour" and not (
        "people-worried-about-own-behaviour" in audiences
        # (probe 12) a young person's own line too: Childline is for "children and young people
        # under 19", whatever they call about (not a line for victims that children use too)
        or (asker.is_child and for_whom(service) == "children-young-people")
        # (a line stating no kind of abuse is not thereby a line for anyone struggling: Meic)
        or (service.abuse_types and set(service.abuse_types) <= {"emotional-distress"})
    ):
        return False  # lines for them, and lines for anyone struggling to cope
    if asker.persona == "adult" and audiences and not audiences & set(_SELF_AUDIENCES):
        # (w27lines) a line for the adults around a child (the NSPCC's: "any adult worried
        # about a child") is not a man's abused as a boy: it filled Samaritans' place
        return False
    only = [g for g in service.genders if g != "any"]
    if only and asker.gender not in only:
        return False
    return asker.suicidal or not is_suicide_line(service)


def fits_reading(service: Service, asker: Asker, told: bool) -> bool:
    """``fits_asker``, and (w27lines) for an adult telling of abuse done to them (``told``),
    not the line for people worried about their own thoughts, which came after the others and,
    once Samaritans no longer came before it, was a man's third line (``told_or_neutral``)."""
    if told and asker.persona == "adult" and for_whom(service) == FOR_WHOM[0]:
        return False
    return fits_asker(service, asker)


#: the lines that fit a reading in groups of the same order but for the results' own (the
#: results' own order comes next, then the name), each group in name order
Fitting = tuple[tuple[Service, ...], ...]

#: a stated minimum age from which a service is for adults
_ADULTS_FROM = 16


def service_asker(service: Service) -> Asker | None:
    """Who a service is for, as an asker whose lines to call fit them, from its own listing:
    people worried about their own thoughts (Stop It Now); adults (adult survivors and no
    children, an adults' age policy, or an age policy not stated: "Adults; age policy not
    stated"), with the one gender it is only for; children and young people (Childline, Meic);
    parents and carers. None for a service for children and adults alike, or for anyone."""
    audiences = set(service.audiences)
    whom = for_whom(service)
    only = [g for g in service.genders if g in ("male", "female")]
    gender = only[0] if len(only) == 1 else ""
    children = "children-young-people" in audiences
    if whom == FOR_WHOM[0]:
        return Asker("own-behaviour")
    adults_age = service.minimum_age is not None and service.minimum_age >= _ADULTS_FROM
    if "adult-survivors" in audiences and (not children or service.ages_not_stated or adults_age):
        age = service.minimum_age if adults_age and service.minimum_age else None
        return Asker("adult", age=age, gender=gender)
    if whom == "children-young-people" or (
        children and service.maximum_age is not None and service.maximum_age < 18
    ):
        age = service.minimum_age if service.minimum_age else None
        return Asker("child", age=age, gender=gender)
    if whom == "parents-carers":
        return Asker("parent")
    return None


def chats_online(service: Service) -> bool:
    """Its listing says it offers online chat and gives its website, where the chat is reached
    (no listing records a chat address of its own: the link goes to its website)."""
    return "online-chat" in service.delivery_modes and service.contact.website is not None


def needs_no_voice(service: Service) -> bool:
    """A way in without speaking or listening that its listing states: a text number, or
    online chat."""
    return bool(service.contact.text) or chats_online(service)


def for_deaf_people(service: Service) -> bool:
    return "deaf-bsl" in service.communities


def asks_without_voice(results: FindResults | None) -> tuple[bool, bool]:
    """Whether a search's words say the person asking cannot phone now (cannot hear or speak,
    or a call is not safe: ``search.cannot_phone``; a parent or a professional only when they
    say it of themselves), and whether they name Deaf people (the words, or the Deaf community
    filter): their services are then offered too."""
    if results is None:
        return False, False
    request = results.request
    ticked = "deaf-bsl" in request.filters.get("community", ())
    deaf = ticked or (bool(request.q) and request.understood.mentions({"deaf"}))
    someone_else = results.asker.persona in ("parent", "professional")
    quiet = cannot_phone(request.q, someone_else) or (ticked and not someone_else)
    return quiet, deaf


def help_now_key(service: Service) -> tuple[bool | int | str, ...]:
    group = for_whom(service)
    return (
        "helpline" not in service.support_types,
        not service.contact.callable_phone,
        FOR_WHOM_ORDER.index(group) if group in FOR_WHOM_ORDER else len(FOR_WHOM_ORDER),
        is_suicide_line(service),
        not answers_day_and_night(service),
        service.name.casefold(),
    )


def in_order(fitting: Fitting, rank: dict[str, int]) -> Iterator[Service]:
    """The lines of ``fitting`` in the talk box's order: each group by the results' own order
    (``rank``; a line not in it counts as ``len(rank)``, as it always has), then by name."""
    last = len(rank)
    for group in fitting:
        if any(s.id in rank for s in group):
            yield from sorted(group, key=lambda s: (rank.get(s.id, last), s.name.casefold()))
        else:
            yield from group


#: (eighth walk-through F8.5) the filters that narrow the cards without saying who is asking
#: or what they need: "Talk to someone now" stays the asker's when one is ticked
CARDS_ONLY_FILTERS = ("language",)


def box_request(results: FindResults | None) -> FindRequest | None:
    """The search whose cards order "Talk to someone now" when it is not the page's own: the
    page's less the filters that only narrow the cards (ticking "Welsh-language service"
    put England's domestic abuse line in a Welsh survivor's box, for Victim Support); None
    when the page's own will do."""
    if results is None:
        return None
    filters = results.request.filters
    if not any(filters.get(name) for name in CARDS_ONLY_FILTERS):
        return None
    kept = {name: codes for name, codes in filters.items() if name not in CARDS_ONLY_FILTERS}
    return replace(results.request, filters=kept, page=1)


def told_or_neutral(results: FindResults | None, asker: Asker) -> tuple[bool, bool]:
    """How the words were read, for the order of the lines to call now: someone telling of
    abuse done, and an adult's words with nobody saying who is asking."""
    # (second walk-through F2) someone telling of abuse done: the line for people worried
    # about their own thoughts after the others, as in the results
    q = results.request.q if results is not None else ""
    understood = results.request.understood if results is not None else understand(q)
    told = bool(q) and (
        tells_of_abuse_done(asker, understood.concepts, clean_text(q))
        # (third walk-through F5) a professional reporting what a child disclosed
        or (asker.persona == "professional" and reports_abuse_done(clean_text(q)))
        # (probe 11) a professional whose words name nobody's sexual behaviour ("health
        # visitor worried about abuse in a family", in Welsh too): the line for people worried
        # about someone's behaviour after the line that advises them about the child
        # (ninth walk-through F5) Stop It Now is for worries about a person's behaviour,
        # not a referral
        or (asker.persona == "professional" and not understood.mentions({"own-behaviour"}))
        # (twenty-sixth walk-through F4) a parent asking care for their child, or for the
        # family, after abuse: the line for people worried about someone's behaviour after
        or (
            asker.persona == "parent"
            and cares_for_harmed_child(asker, understood.concepts, clean_text(q))
        )
        # (w34parent) parents in general whose child was abused ("support for dads whose kids
        # were abused by a relative"): the parents' and survivors' lines before it too
        or tells_of_a_childs_harm(asker, understood.concepts, clean_text(q))
        # (w61online, check61) a child gone to meet someone from online: at risk from another
        or (asker.persona == "parent" and met_online(asker, clean_text(q)))
    )
    # (third walk-through F1) nobody says who is asking and the words are an adult's
    # ("male counselling sexual abuse childhood"): children's and parents' lines after
    # the others
    neutral = (
        not asker.persona
        and neutral_fitting(asker, understood.concepts, understood.all_words) is not None
    )
    return told, neutral


#: who a line is first of all for, when it is not thereby a line for a professional to call
_NOT_PROS = ("children-young-people", "adult-survivors")


def talk_key(
    asker: Asker, told: bool, neutral: bool, wales: set[str]
) -> Callable[[Service], tuple[bool, ...]]:
    """The order of the lines to call now (``Directory.talk_lines``) but for the results' own
    order and the name, which come after it; ``wales``: Wales's own lines, to put first
    (Welsh pages and words), or none."""
    preferred = PERSONA_AUDIENCE.get(asker.persona)
    if asker.persona == "professional":
        preferred = "professionals"

    def made_for_asker(service: Service) -> bool:
        if asker.persona == "professional":
            # (probe 11) a line that advises professionals, but not one first of all for
            # children or for adult survivors, which professionals "can use too" (Meic, Live
            # Fear Free: on Welsh pages they came before the NSPCC's)
            return preferred in service.audiences and for_whom(service) not in _NOT_PROS
        return bool(preferred) and for_whom(service) == preferred

    def key(service: Service) -> tuple[bool, ...]:
        return (
            "helpline" not in service.support_types,
            told and for_whom(service) == FOR_WHOM[0],
            # (w34parent) a parent told of their child's abuse who "cant stop crying": a line
            # for anyone struggling after the lines for what happened, unless suicide is said
            told
            and asker.persona == "parent"
            and not asker.suicidal
            and for_anyone_struggling(service),
            neutral and for_whom(service) in ("children-young-people", "parents-carers"),
            not made_for_asker(service),
            *professional_order(asker, service, for_whom(service)),
            service.id not in wales,
            bool(preferred) and preferred not in service.audiences,
            not answers_day_and_night(service) if asker.persona else False,
        )

    return key


def for_abuse_at_home(service: Service) -> bool:
    """(ninth walk-through F8) A line whose listing says it answers day and night about abuse
    in the family and takes calls from family and friends (the National Domestic Abuse
    Helpline: "for women facing domestic abuse and for anyone worried about someone they
    know"; Live Fear Free in Wales)."""
    return (
        "helpline" in service.support_types
        and "abuse-in-the-family" in service.abuse_types
        and "family-friends" in service.audiences
        and answers_day_and_night(service)
    )


def home_line(
    results: FindResults | None, told: bool, chosen: list[Service], lines: Iterable[Service]
) -> list[Service]:
    """(ninth walk-through F8) A parent, or someone not saying who they are, telling of abuse
    done by someone who still lives in their home ("hes still in the house"): a line open day
    and night about abuse at home second in the box, when none is there (the first of
    ``lines``, the country's lines, that ``for_abuse_at_home``); ``chosen`` as it was
    otherwise."""
    if results is None or not told or results.asker.persona not in ("parent", ""):
        return chosen
    if any(for_abuse_at_home(s) for s in chosen):
        return chosen
    if not abuser_at_home(clean_text(results.request.q, MAX_ASKER_CHARS)):
        return chosen
    taken = {n for s in chosen for n in (s.contact.callable_phone, s.contact.text) if n}
    line = next(
        (
            s
            for s in lines
            if for_abuse_at_home(s)
            and s.status == ListingStatus.ACTIVE
            and s.contact.callable_phone
            and s.contact.callable_phone not in taken
        ),
        None,
    )
    return chosen if line is None else [*chosen[:1], line, *chosen[1:]]


def quiet_order(services: Iterable[Service]) -> list[Service]:
    """Lines for someone who cannot phone, as Get help now lists them: those for Deaf people
    first, then the others in Get help now's order (helplines, children's lines first...)."""
    return sorted(services, key=lambda s: (not for_deaf_people(s), *help_now_key(s)))


def quiet_key(
    key: Callable[[Service], tuple[bool | int | str, ...]], deaf: bool
) -> Callable[[Service], tuple[bool | int | str, ...]]:
    """The order of the lines to call now for someone who cannot phone: the lines with a text
    number or online chat (and, for a Deaf person, the services for Deaf people) before the
    others, each in the usual order (``key``)."""

    def reachable(service: Service) -> bool:
        return needs_no_voice(service) or (deaf and for_deaf_people(service))

    return lambda service: (not reachable(service), *key(service))


def deaf_service_early(chosen: list[Service], asker: Asker | None = None) -> list[Service]:
    """Lines for someone who names Deaf people with the first service for Deaf people second,
    after the line that fits them best (Childline's chat for a Deaf child, the NSPCC for a
    parent); (w25young) for a child, a service for Deaf adults (or adults and children alike,
    ``for_whom``) after the children's lines that come first, never above them."""
    deaf = next((s for s in chosen if for_deaf_people(s)), None)
    if deaf is None:
        return chosen
    rest = [s for s in chosen if s is not deaf]
    place = 1
    if asker is not None and asker.is_child and for_whom(deaf) != "children-young-people":
        place = max(1, len(list(takewhile(_for_children, rest))))
    return [*rest[:place], deaf, *rest[place:]]


def _for_children(service: Service) -> bool:
    return for_whom(service) == "children-young-people"


def box_asker(results: FindResults | None) -> Asker:
    """Who the talk box is for: the search's asker, or someone worried about their own
    behaviour when the words name it and nobody says who is asking (sixth walk-through F1:
    the cards read "arrested over pictures" so, and so does the box)."""
    if results is None:
        return Asker()
    if worried_unsaid(results.asker, results.request):
        return replace(results.asker, persona="own-behaviour")
    return results.asker


def worried_unsaid(asker: Asker, request: FindRequest) -> bool:
    """Nobody says who is asking, the words name someone's sexual thoughts or behaviour (the
    concept the cards put Stop It Now first for: "indecent images", "arrested", "worried about
    his behaviour"), and no one harmed speaks."""
    if asker.persona or not request.q:
        return False
    cleaned = clean_text(request.q)
    if SELF_HARM_URGE.search(cleaned) or bare_of_children(cleaned):
        return False  # (probe 12) "i get urges to self harm"; (w61thoughts) "… eat chocolate"
    # (words of someone harmed, "me", "raped": theirs is not a search about their own behaviour)
    return request.understood.mentions({"own-behaviour"}) and not HARMED_WORDS.search(cleaned)


def its_communities(service: Service) -> set[str]:
    return set(service.communities) | (set(service.abuse_types) & set(SPECIALIST_ABUSE))


def for_a_particular_community(service: Service) -> bool:
    """A line for a particular community (Deaf people, a faith, honour-based abuse...), which
    the talk box offers only to someone who names it, as the ranking does (search/groups.py)."""
    specialist_abuse = bool(service.abuse_types) and set(service.abuse_types) <= set(
        SPECIALIST_ABUSE
    )
    return bool(set(service.communities) & set(SPECIALIST_COMMUNITIES)) or specialist_abuse


def communities_asked(results: FindResults | None) -> set[str]:
    """The communities and specialist abuse types a search's words or filters name."""
    if results is None:
        return set()
    filters = results.request.filters
    asked = set(filters.get("community", ())) | set(filters.get("abuse", ()))
    for concept in results.request.understood.concepts:
        asked |= set(concept.codes("community")) | set(concept.codes("abuse"))
    return asked


@dataclass(frozen=True)
class Held:
    """What keeps a line that fits the asker out of the talk box: a community or specialist
    abuse the words do not name (``asked``: those they name), an audience the "who is this
    for" filter does not tick (``wanted``: those it ticks; any when none), and (w27lines) a
    line for anyone struggling to cope when ``struggling`` (``struggling_offered`` is not)."""

    asked: set[str]
    wanted: set[str]
    struggling: bool


def chosen_lines(lines: Iterable[Service], held: Held, limit: int | None) -> list[Service]:
    """The first ``limit`` (all when None) of ``lines`` that nothing ``held`` keeps out, one
    number once (the first of two listings sharing one)."""
    chosen: list[Service] = []
    numbers: set[str] = set()
    for service in lines:
        own = {n for n in (service.contact.callable_phone, service.contact.text) if n}
        if own & numbers:
            continue  # (one number for two listings: the first of them)
        if for_a_particular_community(service) and not held.asked & its_communities(service):
            continue  # (an honour-based abuse line for a child of 7 who named none)
        if held.wanted and not held.wanted & set(service.audiences):
            continue
        if held.struggling and for_anyone_struggling(service):
            continue  # (w27lines) Samaritans for a boy telling of his uncle
        chosen.append(service)
        numbers |= own
        if len(chosen) == limit:
            break
    return chosen


def struggling_offered(results: FindResults | None, asker: Asker) -> bool:
    """(w27lines, issue 25) Whether the talk box may offer a line for anyone struggling to cope
    (Samaritans, Shout: ``groups.for_anyone_struggling``): when the words speak of suicide or
    self-harm (w37adult: not distress alone), or name nobody and no abuse
    (``crisis.struggling_lines_fit``); always with no words (a service's page, as before: its
    box is for the people the service is for, ``service_asker``, and without Samaritans there
    the next line was Stop It Now on NAPAC's page). ``asker``: who the box is for
    (``box_asker``)."""
    if results is None or not results.request.q:
        return True
    request = results.request
    concepts, cleaned = request.understood.concepts, clean_text(request.q)
    return struggling_lines_fit(asker, concepts, cleaned, in_the_box=True)
