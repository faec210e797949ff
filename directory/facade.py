"""The one door to the directory: every question the pages, the API and the CLI ask of it.

A ``Directory`` answers from one served build and the gazetteer: a search, one service, a
shortlist, the phone lines to call now, the services for anyone in Wales, the services a sitemap
lists, where local services are (the coverage table and its map), and the councils a service
covers. Views and commands read their parameters, ask it, and render. ``ServedDirectory`` gives
the one for the build being served (a new one after each switch). Nothing here knows about Flask.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path

import numpy as np

from .coverage import Coverage, Listed, coverage, coverage_svg
from .finder import FindRequest, FindResults, find
from .geo import Gazetteer, Place, load_police_force_areas
from .model import ListingStatus, Service
from .search import SearchIndex
from .search.areas import areas_of
from .serving import ServingIndex


class Directory:
    """Answers from one build. Lists derived from the whole build are worked out once."""

    def __init__(self, index: SearchIndex, gazetteer: Gazetteer, gazetteer_path: Path) -> None:
        self.index = index
        self.gazetteer = gazetteer
        self._gazetteer_path = gazetteer_path

    @property
    def build_id(self) -> str:
        return self.index.build_id

    @property
    def meta(self) -> dict:
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

    def open_services(self) -> list[Service]:
        """Every service not closed, in the index's order (by name). Reads every one of them:
        ``open_service_ids`` when the ids are enough."""
        services = (self.index.services[sid] for sid in self.index.columns.ids)
        return [s for s in services if s.status != ListingStatus.CLOSED]

    def open_service_ids(self) -> list[str]:
        """The ids of ``open_services``, from the build's arrays (no listing is read)."""
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

    @cached_property
    def national_lines(self) -> list[Service]:
        """National services with a way to reach them (Get help now): helplines with a
        confirmed number first, then other helplines, then the rest; by name within each."""
        return sorted(
            (s for s in self._national if s.is_national and s.listed and s.contact.has_route),
            key=lambda s: (
                "helpline" not in s.support_types,
                not s.contact.callable_phone,
                s.name.casefold(),
            ),
        )

    @cached_property
    def wales_lines(self) -> list[Service]:
        """Services for anyone anywhere in Wales (Meic, Live Fear Free...), by name."""
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
            key=lambda s: s.name.casefold(),
        )

    # --- where services are ----------------------------------------------------------------
    @cached_property
    def _listed(self) -> Listed:
        """What coverage asks of every listing, from the build's arrays (none is read)."""
        columns, areas = self.index.columns, areas_of(self.index)
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
