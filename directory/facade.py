"""The one door to the directory: every question the pages, the API and the CLI ask of it.

A ``Directory`` answers from one served build and the gazetteer: a search, one service, a
shortlist, the phone lines to call now, the services for anyone in Wales, the services a sitemap
lists, where local services are (the coverage table and its map), and the councils a service
covers. Views and commands read their parameters, ask it, and render. ``ServedDirectory`` gives
the one for the build being served (a new one after each switch). Nothing here knows about Flask.
"""

from __future__ import annotations

import itertools
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
from cachetools import LRUCache

from .coverage import Coverage, Listed, coverage, coverage_svg
from .finder import FindRequest, FindResults, find
from .geo import Gazetteer, Place, load_police_force_areas
from .model import Service
from .search import SearchIndex
from .search.cannot_phone import cannot_phone
from .search.fit import neutral_fitting
from .search.groups import SPECIALIST_ABUSE, SPECIALIST_COMMUNITIES
from .search.told import reports_abuse_done, tells_of_abuse_done
from .search.understand import Asker, clean_text, understand
from .search.weights import PERSONA_AGE, PERSONA_AUDIENCE
from .serving import ServingIndex
from .vocabulary import ListingStatus

#: a listing's own words saying it answers at any hour
_DAY_AND_NIGHT = re.compile(r"day (?:or|and) night|24/7|24 hours|any time of", re.IGNORECASE)
_SUICIDE = re.compile(r"suicid", re.IGNORECASE)
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


def answers_day_and_night(service: Service) -> bool:
    """Its listing says it answers at any hour ("day or night", "24/7")."""
    return bool(_DAY_AND_NIGHT.search(f"{service.name} {service.description}"))


def is_suicide_line(service: Service) -> bool:
    """A line for thoughts of suicide (its name, organisation or summary says so)."""
    return bool(_SUICIDE.search(f"{service.name} {service.organisation} {service.description}"))


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
        # (a line stating no kind of abuse is not thereby a line for anyone struggling: Meic)
        or (service.abuse_types and set(service.abuse_types) <= {"emotional-distress"})
    ):
        return False  # lines for them, and lines for anyone struggling to cope
    only = [g for g in service.genders if g != "any"]
    if only and asker.gender not in only:
        return False
    return asker.suicidal or not is_suicide_line(service)


#: readings of the words whose lines to call a build keeps (an asker, an age or two, a few
#: flags: a few hundred exist)
_READINGS_KEPT = 512
#: the lines that fit a reading in groups of the same order but for the results' own (the
#: results' own order comes next, then the name), each group in name order
_Fitting = tuple[tuple[Service, ...], ...]

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


def _help_now_key(service: Service) -> tuple[bool | int | str, ...]:
    group = for_whom(service)
    return (
        "helpline" not in service.support_types,
        not service.contact.callable_phone,
        FOR_WHOM_ORDER.index(group) if group in FOR_WHOM_ORDER else len(FOR_WHOM_ORDER),
        is_suicide_line(service),
        not answers_day_and_night(service),
        service.name.casefold(),
    )


class Directory:
    """Answers from one build. Lists derived from the whole build are worked out once."""

    def __init__(self, index: SearchIndex, gazetteer: Gazetteer, gazetteer_path: Path) -> None:
        self.index = index
        self.gazetteer = gazetteer
        self._gazetteer_path = gazetteer_path
        #: the lines to call that fit each reading of the words seen (``_fitting_lines``)
        self._readings: LRUCache[tuple[Any, ...], _Fitting] = LRUCache(_READINGS_KEPT)
        self._readings_lock = threading.Lock()

    @property
    def build_id(self) -> str:
        return self.index.build_id

    @property
    def meta(self) -> dict[str, Any]:
        return self.index.meta

    def __len__(self) -> int:
        return len(self.index.services)

    # --- searching ----------------------------------------------------------------------
    def search(self, request: FindRequest) -> FindResults:
        """Raises FindError for parameters outside what is allowed."""
        return find(self.index, self.gazetteer, request)

    def service(self, service_id: str) -> Service | None:
        """One service by id (closed ones included, so an old link still says what happened)."""
        return self.index.services.get(service_id)

    def shortlist(self, ids: Iterable[str]) -> list[Service]:
        """The services for a shortlist, in the order given, unknown ids skipped."""
        seen = dict.fromkeys(i for i in ids if i in self.index.services)
        return [self.index.services[i] for i in seen]

    def open_service_ids(self) -> list[str]:
        """The ids of every service not closed, in the index's order (by name), from the
        build's arrays (no listing is read)."""
        columns = self.index.columns
        return [columns.ids[p] for p in np.flatnonzero(columns.open).tolist()]

    # --- lines to call --------------------------------------------------------------------
    def lines_to_call(self, order: Sequence[str]) -> list[Service]:
        """ "Talk to someone now": the services named in ``order`` that are open and whose
        number was confirmed on an own or official page."""
        services = [self.index.services[i] for i in order if i in self.index.services]
        return [
            s for s in services if s.contact.callable_phone and s.status == ListingStatus.ACTIVE
        ]

    @cached_property
    def _national(self) -> list[Service]:
        """The national services, in the index's order (the only ones read for the lines)."""
        return self.index.services_where(self.index.columns.national)

    @cached_property
    def phone_lines(self) -> list[Service]:
        """National services to call now, helplines first, then by name (order them by who is
        asking with ``fitting``)."""
        return sorted(
            (
                s
                for s in self._national
                if s.is_national and s.status == ListingStatus.ACTIVE and s.contact.callable_phone
            ),
            key=lambda s: ("helpline" not in s.support_types, s.name.casefold()),
        )

    def fitting(self, order: Sequence[str], audiences: set[str], limit: int) -> list[Service]:
        """The phone lines for the audiences given (any when none), those in ``order`` first."""
        rank = {sid: n for n, sid in enumerate(order)}
        lines = sorted(self.phone_lines, key=lambda s: rank.get(s.id, len(rank)))
        return [s for s in lines if not audiences or audiences & set(s.audiences)][:limit]

    def talk_lines(
        self,
        results: FindResults | None,
        order: Sequence[str],
        welsh: bool = False,
        limit: int = 3,
        *,
        asker: Asker | None = None,
        in_wales: bool = False,
    ) -> list[Service]:
        """ "Talk to someone now" on a results page, for who seems to be asking (``asker``, when
        given, instead of the search's: a service page's, ``service_asker``): only lines
        that fit them (ages, who they are for, a suicide line only when the words speak of
        it). Helplines first; among them the lines made for the asker (Childline for a child,
        Stop It Now for someone worried about their own thoughts); Wales's own lines
        (Meic, Live Fear Free) first on Welsh pages and for Welsh words, and joining the
        national ones there and for a place in Wales; those answering day and night; then
        the results' own order (``order``, the site's helplines, for an asker the words do
        not show). One number once."""
        if asker is None:
            asker = results.asker if results is not None else Asker()
            if results is not None and _worried_unsaid(asker, results.request):
                # (sixth walk-through F1) the cards read the words as about someone's
                # behaviour ("arrested over pictures"): so does the box
                asker = replace(asker, persona="own-behaviour")
        wanted = set(results.request.filters.get("audience", ())) if results else set()
        welsh = welsh or asker.welsh
        in_wales = in_wales or (
            results is not None and results.place is not None and (results.place.country == "Wales")
        )
        if asker.persona and results is not None:
            order = [*results.shown_ids(), *order]
        told, neutral = _told_or_neutral(results, asker)
        rank = {sid: n for n, sid in reversed(list(enumerate(order)))}
        quiet, deaf = asks_without_voice(results)
        if quiet or deaf:
            lines: Iterable[Service] = self._quiet_lines(
                results, asker, (told, neutral), rank, welsh, in_wales, quiet=quiet, deaf=deaf
            )
        else:
            lines = _in_order(
                self._fitting_lines(asker, told, neutral, welsh, welsh or in_wales), rank
            )
        asked = _communities_asked(results)
        chosen: list[Service] = []
        numbers: set[str] = set()
        for service in lines:
            own = {n for n in (service.contact.callable_phone, service.contact.text) if n}
            if own & numbers:
                continue  # (one number for two listings: the first of them)
            if _for_a_particular_community(service) and not asked & _its_communities(service):
                continue  # (an honour-based abuse line for a child of 7 who named none)
            if wanted and not wanted & set(service.audiences):
                continue
            chosen.append(service)
            numbers |= own
            if len(chosen) == limit and not deaf:
                break
        if deaf:
            chosen = _deaf_service_early(chosen)
        return chosen[:limit]

    def _fitting_lines(
        self, asker: Asker, told: bool, neutral: bool, welsh: bool, with_wales: bool
    ) -> _Fitting:
        """The lines to call now that fit ``asker`` (``fits_asker``), grouped by the part of
        their order that depends only on the build and on how the words were read
        (``_talk_key``), each group by name: worked out once per build and reading (issue 24:
        scoring every phone line for each page was ~1.7 ms of a results page at 10,000
        listings). Keyed by the reading, never by the words; at most ``_READINGS_KEPT``
        readings are kept."""
        reading = (asker, told, neutral, welsh, with_wales)
        with self._readings_lock:
            found = self._readings.get(reading)
        if found is not None:
            return found
        lines = list(self.phone_lines)
        if with_wales:
            lines += [
                s
                for s in self.wales_lines
                if s.contact.callable_phone and s.status == ListingStatus.ACTIVE
            ]
        wales = {s.id for s in self.wales_lines} if welsh else set()
        key = _talk_key(asker, told, neutral, wales)
        keyed = sorted(
            ((key(s), s.name.casefold(), s) for s in lines if fits_asker(s, asker)),
            key=lambda line: line[:2],
        )
        found = tuple(
            tuple(line[2] for line in group)
            for _, group in itertools.groupby(keyed, key=lambda line: line[0])
        )
        with self._readings_lock:
            self._readings[reading] = found
        return found

    def _quiet_lines(
        self,
        results: FindResults | None,
        asker: Asker,
        reading: tuple[bool, bool],
        rank: dict[str, int],
        welsh: bool,
        in_wales: bool,
        *,
        quiet: bool,
        deaf: bool,
    ) -> list[Service]:
        """(seventh walk-through F10b) The lines for someone who cannot phone, or who names Deaf
        people, in the talk box's order: with those with a text number or online chat (and
        the services for Deaf people) of their country too, those first when they cannot
        phone. Worked out for each page: such searches are few (the cache is for the rest)."""
        lines = list(self.phone_lines)
        if welsh or in_wales:
            lines += [
                s
                for s in self.wales_lines
                if s.contact.callable_phone and s.status == ListingStatus.ACTIVE
            ]
        place = results.place if results is not None else None
        country = place.country if place else ("Wales" if welsh or in_wales else "England")
        known = {s.id for s in lines}
        lines += [
            s
            for s in self.quiet_lines
            if s.id not in known
            and (quiet or for_deaf_people(s))
            and (s.is_national or country in s.service_area.countries)
            and s.status == ListingStatus.ACTIVE
        ]
        wales = {s.id for s in self.wales_lines} if welsh else set()
        part = _talk_key(asker, *reading, wales)
        last = len(rank)

        def key(service: Service) -> tuple[bool | int | str, ...]:
            return (*part(service), rank.get(service.id, last), service.name.casefold())

        ordered = _quiet_key(key, deaf) if quiet else key
        return sorted((s for s in lines if fits_asker(s, asker)), key=ordered)

    def service_lines(
        self, service: Service, order: Sequence[str], welsh: bool = False, limit: int = 3
    ) -> list[Service] | None:
        """(fifth walk-through F5) "Talk to someone now" on a service's own page, for the people
        the service is for (``service_asker``); None for a service for everyone (the site's
        lines)."""
        asker = service_asker(service)
        if asker is None:
            return None
        in_wales = service.service_area.countries == ["Wales"]
        return self.talk_lines(None, order, welsh, limit, asker=asker, in_wales=in_wales)

    @cached_property
    def national_lines(self) -> list[Service]:
        """National services with a way to reach them (Get help now): helplines with a
        confirmed number, then other helplines, then the rest; within each, by who they are
        for (children's lines, then adults', parents', and lines for people worried about
        their own thoughts), a suicide line last of its group, those answering day and night
        first, then by name."""
        return sorted(
            (s for s in self._national if s.is_national and s.listed and s.contact.has_route),
            key=_help_now_key,
        )

    @cached_property
    def quiet_lines(self) -> list[Service]:
        """(seventh walk-through F10b) Services for anyone in England or in Wales (national
        ones, and those for the whole of one country) that someone who cannot phone can reach:
        with a text number or online chat (``needs_no_voice``), or made for Deaf people; in
        the order ``quiet_order`` gives them."""
        found = self.index.services_where(self.index.columns.everywhere())
        return quiet_order(
            s
            for s in found
            if s.listed
            and s.contact.has_own_route
            and (needs_no_voice(s) or for_deaf_people(s))
            and (s.is_national or set(s.service_area.countries) & {"England", "Wales"})
        )

    @cached_property
    def wales_lines(self) -> list[Service]:
        """Services for anyone anywhere in Wales (Meic, Live Fear Free...), in Get help now's
        order."""
        return sorted(
            (
                s
                # (a service for the whole of Wales covers no smaller area: one of those
                # the arrays call country-wide for Wales)
                for s in self.index.services_where(
                    self.index.columns.country_wide.get("Wales", self.index.columns.none())
                )
                if not s.is_national
                and s.service_area.countries == ["Wales"]
                and not (s.service_area.local_authorities or s.service_area.regions)
                and s.listed
                and s.contact.has_route
            ),
            key=_help_now_key,
        )

    # --- where services are ----------------------------------------------------------------
    @cached_property
    def _listed(self) -> Listed:
        """What coverage asks of every listing, from the build's arrays (none is read)."""
        columns, areas = self.index.columns, self.index.areas
        none = columns.none()
        has_country = np.logical_or.reduce([none, *areas.by_country.values()])
        origins = [""] * len(columns)
        for origin, services in columns.origin.items():
            for position in np.flatnonzero(services).tolist():
                origins[position] = origin
        return Listed(
            ids=columns.ids,
            order=self.index.order,
            listed=columns.open,
            national=columns.national,
            local=columns.open & ~columns.national & ~has_country,
            with_route=columns.reachable,
            with_own_route=columns.own_route,
            for_children=columns.values["audience"].get("children-young-people", none),
            sarc=columns.values["support"].get("sarc", none),
            origins=origins,
            by_area=areas.by_area,
            by_region=areas.by_region,
            by_country=areas.by_country,
            venue_positions=areas.venue_positions,
            venue_points=areas.venue_points,
        )

    @cached_property
    def coverage(self) -> Coverage:
        """Local services per police force area (directory.coverage)."""
        forces = load_police_force_areas(self._gazetteer_path)
        return coverage(self._listed, self.gazetteer, forces)

    @cached_property
    def coverage_map(self) -> str:
        """The coverage map as SVG, drawn from the gazetteer (nothing fetched)."""
        return coverage_svg(self._listed, self.gazetteer)

    def councils_covered(self, service: Service) -> list[tuple[str, Place | None]]:
        """The councils a service covers: (GSS code, the council as a place, if known)."""
        codes = service.service_area.local_authorities
        return [(code, self.gazetteer.council(code)) for code in codes]


class ServedDirectory:
    """The directory for the build being served: the same ``Directory`` until a switch."""

    def __init__(self, serving: ServingIndex, gazetteer: Gazetteer, gazetteer_path: Path) -> None:
        self.serving = serving
        self.gazetteer = gazetteer
        self.gazetteer_path = Path(gazetteer_path)
        self._by_build: weakref.WeakKeyDictionary[SearchIndex, Directory] = (
            weakref.WeakKeyDictionary()
        )

    def get(self) -> Directory:
        """Raises IndexMissing or IndexCorrupt when no build can be opened."""
        index = self.serving.get()
        found = self._by_build.get(index)
        if found is None:
            found = self._by_build[index] = Directory(index, self.gazetteer, self.gazetteer_path)
        return found


def _in_order(fitting: _Fitting, rank: dict[str, int]) -> Iterator[Service]:
    """The lines of ``fitting`` in the talk box's order: each group by the results' own order
    (``rank``; a line not in it counts as ``len(rank)``, as it always has), then by name."""
    last = len(rank)
    for group in fitting:
        if any(s.id in rank for s in group):
            yield from sorted(group, key=lambda s: (rank.get(s.id, last), s.name.casefold()))
        else:
            yield from group


def _told_or_neutral(results: FindResults | None, asker: Asker) -> tuple[bool, bool]:
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
    )
    # (third walk-through F1) nobody says who is asking and the words are an adult's
    # ("male counselling sexual abuse childhood"): children's and parents' lines after
    # the others
    neutral = (
        not asker.persona
        and neutral_fitting(asker, understood.concepts, understood.all_words) is not None
    )
    return told, neutral


def _talk_key(
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
            return preferred in service.audiences
        return bool(preferred) and for_whom(service) == preferred

    def key(service: Service) -> tuple[bool, ...]:
        return (
            "helpline" not in service.support_types,
            told and for_whom(service) == FOR_WHOM[0],
            neutral and for_whom(service) in ("children-young-people", "parents-carers"),
            not made_for_asker(service),
            service.id not in wales,
            bool(preferred) and preferred not in service.audiences,
            not answers_day_and_night(service) if asker.persona else False,
        )

    return key


def quiet_order(services: Iterable[Service]) -> list[Service]:
    """Lines for someone who cannot phone, as Get help now lists them: those for Deaf people
    first, then the others in Get help now's order (helplines, children's lines first...)."""
    return sorted(services, key=lambda s: (not for_deaf_people(s), *_help_now_key(s)))


def _quiet_key(
    key: Callable[[Service], tuple[bool | int | str, ...]], deaf: bool
) -> Callable[[Service], tuple[bool | int | str, ...]]:
    """The order of the lines to call now for someone who cannot phone: the lines with a text
    number or online chat (and, for a Deaf person, the services for Deaf people) before the
    others, each in the usual order (``key``)."""

    def reachable(service: Service) -> bool:
        return needs_no_voice(service) or (deaf and for_deaf_people(service))

    return lambda service: (not reachable(service), *key(service))


def _deaf_service_early(chosen: list[Service]) -> list[Service]:
    """Lines for someone who names Deaf people with the first service for Deaf people second,
    after the line that fits them best (Childline's chat for a Deaf child, the NSPCC for a
    parent)."""
    deaf = next((s for s in chosen if for_deaf_people(s)), None)
    if deaf is None:
        return chosen
    rest = [s for s in chosen if s is not deaf]
    return [*rest[:1], deaf, *rest[1:]]


#: words of someone harmed ("me", "my abuser", "raped"): theirs is not a search about their
#: own behaviour, whatever else the words name
_HARMED = re.compile(r"\b(?:me|abus\w*|rape|raped|rapist|victims?|survivors?)\b")


def _worried_unsaid(asker: Asker, request: FindRequest) -> bool:
    """Nobody says who is asking, the words name someone's sexual thoughts or behaviour (the
    concept the cards put Stop It Now first for: "indecent images", "arrested", "worried about
    his behaviour"), and no one harmed speaks."""
    if asker.persona or not request.q:
        return False
    cleaned = clean_text(request.q)
    return request.understood.mentions({"own-behaviour"}) and not _HARMED.search(cleaned)


def _its_communities(service: Service) -> set[str]:
    return set(service.communities) | (set(service.abuse_types) & set(SPECIALIST_ABUSE))


def _for_a_particular_community(service: Service) -> bool:
    """A line for a particular community (Deaf people, a faith, honour-based abuse...), which
    the talk box offers only to someone who names it, as the ranking does (search/groups.py)."""
    specialist_abuse = bool(service.abuse_types) and set(service.abuse_types) <= set(
        SPECIALIST_ABUSE
    )
    return bool(set(service.communities) & set(SPECIALIST_COMMUNITIES)) or specialist_abuse


def _communities_asked(results: FindResults | None) -> set[str]:
    """The communities and specialist abuse types a search's words or filters name."""
    if results is None:
        return set()
    filters = results.request.filters
    asked = set(filters.get("community", ())) | set(filters.get("abuse", ()))
    for concept in results.request.understood.concepts:
        asked |= set(concept.codes("community")) | set(concept.codes("abuse"))
    return asked
