"""The one door to the directory: every question the pages, the API and the CLI ask of it.

A ``Directory`` answers from one served build and the gazetteer: a search, one service, a
shortlist, the phone lines to call now, the services for anyone in Wales, the services a sitemap
lists, where local services are (the coverage table and its map), and the councils a service
covers. Views and commands read their parameters, ask it, and render. ``ServedDirectory`` gives
the one for the build being served (a new one after each switch). Nothing here knows about Flask.
"""

from __future__ import annotations

import itertools
import threading
import weakref
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
from cachetools import LRUCache

from .coverage import Coverage, Listed, coverage, coverage_svg
from .deaf_crisis import deaf_crisis_first
from .finder import FindRequest, FindResults, find
from .geo import Gazetteer, Place, load_police_force_areas
from .lines import (
    Fitting,
    Held,
    asks_without_voice,
    box_asker,
    box_request,
    chosen_lines,
    communities_asked,
    deaf_service_early,
    fits_reading,
    for_a_particular_community,
    for_deaf_people,
    for_whom,
    help_now_key,
    home_line,
    in_order,
    needs_no_voice,
    quiet_key,
    quiet_order,
    service_asker,
    struggling_offered,
    talk_key,
)
from .lines_images import images_line_placed
from .model import Service
from .quiet_fit import behaviour_named, fits_quiet_box, parents_line_later
from .search import SearchIndex
from .search.understand import Asker
from .serving import ServingIndex
from .talk_coping import coping_line_kept, not_coping_said
from .talk_crisis import crisis_before_wales_own, others_crisis_box, unsaid_crisis_box
from .talk_family import family_line_beside
from .talk_fit import (
    childrens_lines,
    crisis_line_kept,
    for_its_people,
    needs_asked,
    reason_given,
    suicide_said,
    without_coping_lines,
)
from .talk_parents_danger import parents_danger_box
from .talk_told import told_or_neutral_box
from .talk_young import reason_or_their_age
from .vocabulary import ListingStatus

#: readings of the words whose lines to call a build keeps (an asker, an age or two, a few
#: flags: a few hundred exist)
_READINGS_KEPT = 512
#: as many lines as fit, before those kept out are left out
_ALL_LINES = 12


class Directory:
    """Answers from one build. Lists derived from the whole build are worked out once."""

    def __init__(self, index: SearchIndex, gazetteer: Gazetteer, gazetteer_path: Path) -> None:
        self.index = index
        self.gazetteer = gazetteer
        self._gazetteer_path = gazetteer_path
        #: the lines to call that fit each reading of the words seen (``_fitting_lines``)
        self._readings: LRUCache[tuple[Any, ...], Fitting] = LRUCache(_READINGS_KEPT)
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
        """National services to call now, helplines first, then by name."""
        return sorted(
            (
                s
                for s in self._national
                if s.is_national and s.status == ListingStatus.ACTIVE and s.contact.callable_phone
            ),
            key=lambda s: ("helpline" not in s.support_types, s.name.casefold()),
        )

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
        """ "Talk to someone now" for who seems to be asking (``asker``, when given: a service
        page's, ``service_asker``): the lines that fit them (ages, who they are for, a suicide
        line only when the words speak of it), helplines first and the lines made for the
        asker first among them; Wales's own first on Welsh pages and for Welsh words (not for
        a place in England); those answering day and night; then ``order``. One number once."""
        own_box = asker is None
        asker = box_asker(results) if asker is None else asker
        wanted = set(results.request.filters.get("audience", ())) if results else set()
        welsh = welsh or asker.welsh
        place = results.place if results is not None else None
        in_wales = in_wales or (place is not None and place.country == "Wales")
        welsh = welsh and (in_wales or place is None)  # (ninth Welsh review) not in England
        if asker.persona and results is not None:
            order = [*self._cards_for_box(results).shown_ids(), *order]
        told, neutral = told_or_neutral_box(results, asker)  # (w48crisis) Welsh F3
        rank = {sid: n for n, sid in reversed(list(enumerate(order)))}
        quiet, deaf = asks_without_voice(results)
        if quiet or deaf:
            lines: Iterable[Service] = self._quiet_lines(
                results, asker, (told, neutral), rank, welsh, in_wales, quiet=quiet, deaf=deaf
            )
        else:
            lines = in_order(
                self._fitting_lines(asker, told, neutral, welsh, welsh or in_wales), rank
            )
        held = Held(communities_asked(results), wanted, not struggling_offered(results, asker))
        # (w29lines) a child's box: the lines made for children, others only for a reason
        reason = reason_or_their_age(reason_given(held, deaf), asker)  # (w46child) from 16
        lines = childrens_lines(lines, asker, reason, needs_asked(results))
        lines = images_line_placed(lines, results, asker)  # (w50rph) adults' images
        chosen = chosen_lines(lines, held, None if deaf else limit)
        if own_box:  # (ninth walk-through F8) abuse told by someone who still lives there
            # Wales's own first in Wales; (w61thoughts) a relative's NSPCC; (w62missing) a parent
            home = [*self.wales_lines, *self.phone_lines] if welsh or in_wales else self.phone_lines
            chosen = home_line(results, told, chosen, home)
            chosen = self._child_line_second(asker, chosen, rank, welsh, in_wales)
            chosen = family_line_beside(results, asker, chosen, in_order((tuple(home),), rank))
            chosen = parents_danger_box(chosen, chosen_lines(lines, held, None), asker, results)
        if suicide_said(results, asker) and not deaf:  # (w37adult) a crisis line kept
            every = chosen_lines(lines, held, None)
            chosen = crisis_line_kept(chosen, every, limit)
            chosen = unsaid_crisis_box(chosen, every, asker, limit, results)  # (w46child)
            wales_own = {s.id for s in self.wales_lines} if welsh or in_wales else set()
            chosen = crisis_before_wales_own(chosen, asker, wales_own)  # (w47crisis)
            chosen = others_crisis_box(chosen, every, asker, results, limit)  # (w50despair)
        said = not deaf and not_coping_said(results, asker)  # (w48crisis) Samaritans' words
        chosen = coping_line_kept(chosen, lines, held, said, limit)
        chosen = deaf_service_early(chosen, asker) if deaf else chosen
        chosen = deaf_crisis_first(chosen, self.phone_lines, results, asker, deaf)  # (w56fit)
        return chosen[:limit]

    def _child_line_second(
        self, asker: Asker, chosen: list[Service], rank: dict[str, int], welsh: bool, wales: bool
    ) -> list[Service]:
        """(w26parent) A parent read from a child of 8 to 17 named in the third person, whose
        words may be the young person's own ("14 year old girl, her stepdad touches her"):
        the line for children that fits that age (Childline; Meic first in Wales) second,
        after the parents' line, when the box has none."""
        if not asker.may_be_child or any(for_whom(s) == "children-young-people" for s in chosen):
            return chosen
        child = Asker("child", asker.for_age, asker.gender, asker.welsh, for_age=asker.for_age)
        taken = {n for s in chosen for n in (s.contact.callable_phone, s.contact.text) if n}
        lines = in_order(self._fitting_lines(child, False, False, welsh, welsh or wales), rank)
        line = next(
            (
                s
                for s in lines
                if for_whom(s) == "children-young-people"
                and not {s.contact.callable_phone, s.contact.text} & taken
                and not for_a_particular_community(s)
            ),
            None,
        )
        return chosen if line is None else [*chosen[:1], line, *chosen[1:]]

    def _fitting_lines(
        self, asker: Asker, told: bool, neutral: bool, welsh: bool, with_wales: bool
    ) -> Fitting:
        """The lines to call now that fit ``asker`` (``fits_asker``), grouped by the part of
        their order that depends only on the build and on how the words were read
        (``talk_key``), each group by name: worked out once per build and reading, not for
        each page (docs/performance.md). Keyed by the reading, never by the words; at most
        ``_READINGS_KEPT`` readings are kept."""
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
        key = talk_key(asker, told, neutral, wales)
        keyed = sorted(
            ((key(s), s.name.casefold(), s) for s in lines if fits_reading(s, asker, told)),
            key=lambda line: line[:2],
        )
        found = tuple(
            tuple(line[2] for line in group)
            for _, group in itertools.groupby(keyed, key=lambda line: line[0])
        )
        with self._readings_lock:
            self._readings[reading] = found
        return found

    def _cards_for_box(self, results: FindResults) -> FindResults:
        """(eighth walk-through F8.5) The cards the asker's words give, whatever filter only
        narrows them (a language): the talk box follows their order."""
        request = box_request(results)
        return results if request is None else find(self.index, self.gazetteer, request)

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
        part = talk_key(asker, *reading, wales)
        last = len(rank)

        def key(service: Service) -> tuple[bool | int | str, ...]:
            return (*part(service), rank.get(service.id, last), service.name.casefold())

        ordered: Callable[[Service], tuple[bool | int | str, ...]] = key
        if quiet:  # (w46child) a parents' line after the others for someone unsaid
            later = parents_line_later(asker)
            ordered = quiet_key(lambda s: (later(s), *key(s)), deaf)
        behaviour = behaviour_named(results, asker)
        return sorted(
            (
                s
                for s in lines
                if fits_reading(s, asker, reading[0]) and fits_quiet_box(s, behaviour)
            ),
            key=ordered,
        )

    def service_lines(
        self, service: Service, order: Sequence[str], welsh: bool = False, limit: int = 3
    ) -> list[Service]:
        """(fifth walk-through F5) "Talk to someone now" on a service's own page, for the people
        the service is for (``service_asker``); for a service for everyone, the site's lines.
        (w29lines) No line for anyone struggling to cope or for suicide unless the service is
        one (``talk_fit.without_coping_lines``)."""
        asker = service_asker(service)
        if asker is None:  # (w29lines) the site's lines, less those for coping (below)
            return for_its_people(
                without_coping_lines(self.lines_to_call(order), [service]), service
            )
        in_wales = service.service_area.countries == ["Wales"]
        lines = self._lines_for(asker, order, welsh, _ALL_LINES, in_wales)
        # (w29lines, twenty-third walk-through) Samaritans was every service page's 2nd line
        return for_its_people(without_coping_lines(lines, [service]), service)[:limit]

    def _lines_for(
        self, asker: Asker, order: Sequence[str], welsh: bool, limit: int, in_wales: bool
    ) -> list[Service]:
        """The lines to call now for the people a service is for (no words): ``talk_lines``'s,
        and (w29lines) for adults who were abused (a survivors' service), not the line for
        people worried about their own thoughts (``fits_reading``: NAPAC's page had it third
        once Samaritans was not there)."""
        lines = self.talk_lines(None, order, welsh, limit, asker=asker, in_wales=in_wales)
        if asker.persona != "adult":
            return lines
        return [s for s in lines if for_whom(s) != "people-worried-about-own-behaviour"]

    def pack_lines(
        self, services: Sequence[Service], order: Sequence[str], welsh: bool = False
    ) -> list[Service]:
        """(w29lines, twenty-third walk-through F5) "Talk to someone now" in a referral pack:
        the lines for the people its services are for (``service_lines``'s, for each kind of
        person in turn: children, adults, parents, people worried about their own thoughts),
        then the professional's own line; the site's lines (for everyone) when a service is for
        everyone. No line for coping or suicide unless a service in the pack is one; one number
        once."""
        askers = [service_asker(s) for s in services]
        if not services or None in askers:
            return without_coping_lines(self.lines_to_call(order), services)
        personas = {a.persona for a in askers if a is not None}
        in_wales = all(s.service_area.countries == ["Wales"] for s in services)
        kinds = [k for k in ("child", "adult", "parent", "own-behaviour") if k in personas]
        found: list[Service] = []
        for kind in [*kinds, "professional"]:
            limit = 1 if kind == "professional" else 3
            found += self._lines_for(Asker(kind), order, welsh, limit, in_wales)
        numbers: set[str] = set()
        lines = []
        for line in without_coping_lines(found, services):
            if line.contact.callable_phone not in numbers:
                lines.append(line)
                numbers.add(line.contact.callable_phone or line.id)
        return lines

    @cached_property
    def national_lines(self) -> list[Service]:
        """National services with a way to reach them (Get help now): helplines with a
        confirmed number, then other helplines, then the rest; within each, by who they are
        for (children's lines, then adults', parents', and lines for people worried about
        their own thoughts), a suicide line last of its group, those answering day and night
        first, then by name."""
        return sorted(
            (s for s in self._national if s.is_national and s.listed and s.contact.has_route),
            key=help_now_key,
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
            key=help_now_key,
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
