"""The one function the web pages and the API both call: text + place + filters -> results.

``find(index, gazetteer, request)`` resolves the place, keeps the services near it or covering
it, runs the keyword search with the filters, and returns two groups: local services (sorted by
distance or relevance, paginated) and services available wherever you live (always returned in
full, never pushed off the page by local ones). Bad parameters raise ``FindError`` with a message
a person or a developer can act on. Nothing here knows about Flask.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from .correcting import worth_correcting
from .geo import OUTSIDE, Gazetteer, Place, Resolution, miles, where_in_words
from .limits import MAX_ASKER_CHARS
from .limits import MAX_LOCATION_CHARS as MAX_LOCATION_CHARS  # (read by web/helpers.py)
from .model import AGE_GROUP_RANGES, Service
from .national import joined, unasked, wales_first
from .none_near import RADII as RADII
from .none_near import Wider, none_near, where_around
from .search import Asker, BadFilter, Page, SearchIndex, paginate, understand
from .search.areas import Where
from .search.hits import Hit, Ranking
from .search.lines_before import lines_now_first
from .search.ranking import rank
from .search.understand import Understood, clean_text
from .search.weights import ADULT_FROM
from .supports import marked_for_parent
from .too_young import marked_for_child

log = logging.getLogger("directory.search")

DEFAULT_RADIUS = 25
SORTS = ("distance", "relevance")
DEFAULT_PER_PAGE = 20
#: services available everywhere shown on a page (all of them in the bundled listings); the
#: page says when there are more
NATIONAL_SHOWN = 40


class FindError(ValueError):
    """A parameter that cannot be used; ``param`` names it."""

    def __init__(self, param: str, message: str) -> None:
        self.param, self.message = param, message
        super().__init__(message)


@dataclass(frozen=True)
class FindRequest:
    q: str = ""
    location: str = ""
    radius: int = DEFAULT_RADIUS
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    sort: str | None = None  # None: by distance with a place and no words, else best match
    #: the person chose "Show all ages": an age stated in the words does not filter
    all_ages: bool = False
    #: with no place, services that help people in Wales lead the list of services in
    #: particular areas (set by the Welsh pages: walk-through 2, F3)
    wales_first: bool = False

    @functools.cached_property
    def understood(self) -> Understood:
        """The words understood once for the whole page (the age, the talk box and the
        communities asked all read them), and kept only as long as this request."""
        return understand(self.q)

    @property
    def effective_sort(self) -> str:
        if self.sort:
            return self.sort
        return "distance" if self.location.strip() and not self.q.strip() else "relevance"


@dataclass(frozen=True)
class ResultItem:
    service: Service
    distance_miles: float | None = None  # to the nearest venue, one decimal place
    covers: str = ""  # "council" | "county" | "region" | "country" when its area covers yours
    score: float = 0.0
    #: (w43place) the place is a whole country ("Wales") and the service covers part of it
    in_part: bool = False
    #: its stated councils leave the place out: listed only because no other service is near
    #: (or for a professional, after those covering it), under a line saying it covers other
    #: areas (fourth walk-through F3, F5)
    other_area: bool = False
    #: (w29cards) the id of the card above it whose way to reach it is its own: shown there as
    #: "Same helpline", not as a card (``same_line.same_line_hosts``)
    joins: str = ""
    #: (twenty-fifth walk-through F1) a local service the words match, among ``more_local``
    #: for not fitting this asker ("other"), an adults' listing for a child ("adults") or no
    #: contact details ("contact"): listed under a heading that says so
    moved: str = ""
    #: (w33parent) for a parent asking for support for themselves, whom of those around a
    #: child its listing says it supports ("parents-carers", "family-friends": ``supports``)
    supports: str = ""
    #: (w34child) for a child of an age said, the age from which its listing takes people by
    #: themselves when the child is younger (``too_young.too_young_alone``), else 0
    alone_from: int = 0


@dataclass
class FindResults:
    request: FindRequest
    resolution: Resolution | None  # None when no place was given
    local: Page
    national: list[ResultItem]
    national_total: int
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None
    partial: bool = False
    wider: Wider | None = None  # the next radius with local results, when there are none
    sort: str = "relevance"
    #: local services near the place that match the words less well than the services
    #: available everywhere, or do not fit who seems to be asking (an 18+ service for a
    #: child): shown after those, so the first answers are the best ones
    more_local: list[ResultItem] = field(default_factory=list)
    #: (fifth walk-through F4) services near whose stated councils leave the place out, for
    #: a professional or when nothing else is near: not "near" the place, so listed after
    #: those under their own heading saying they are for other areas (each ``other_area``)
    other_areas: list[ResultItem] = field(default_factory=list)
    #: no listing matched the words: ``national`` holds the helplines for who seems to ask
    fallback: bool = False
    asker: Asker = field(default_factory=Asker)
    #: the words held a place and Where was empty ("counselling lincolnshire"): the place was
    #: taken from them (``request`` holds the words and the place as searched), so the page
    #: can say "Showing services near Lincolnshire" and offer to change it
    place_from_words: bool = False
    #: the age of the person the help is for, stated in the words ("my daughter is 9") with no
    #: age filter chosen: the age filter for it was applied, and the page says so
    stated_age: int | None = None
    #: (ninth walk-through F2) no local service matched the words: how many near the place
    #: (for the same filters and ages) the search shows without them, so that the page never
    #: says there are none near
    unmatched_near: int = 0
    #: (fourteenth walk-through F3) a service near matching the words is among ``more_local``
    near_matched: bool = False
    #: (seventeenth walk-through F2) for a child, the only ones it holds are adults' listings
    near_adults: bool = False
    #: the ids of the services available everywhere that never open the first cards: for a
    #: community neither the words nor a filter name (ninth walk-through F5.3: Jewish Women's
    #: Aid for a girl of 14), or for anyone struggling to cope when the words give no reason
    unasked: frozenset[str] = frozenset()
    #: (w31cards) the ids of the services available everywhere made for other people than the
    #: asker (``Ranking.made_for_others``): the national list ends with them
    for_others: frozenset[str] = frozenset()

    @property
    def professional(self) -> bool:
        """The words say a professional is asking ("my client", "referral", "im a school
        nurse"): the page can offer the professional tools at the top."""
        return self.asker.persona == "professional"

    @property
    def areas_behind_link(self) -> bool:
        """(fifth walk-through F9) No place: services for particular areas (SARCs in Essex,
        Teesside...) help few who ask, so the page offers to add a place and keeps them one
        tap away (their count on the link) rather than listing them."""
        return self.place is None and self.local.total > 0

    @property
    def national_first(self) -> bool:
        """Without a place, services available everywhere come first; area-limited ones follow
        under a heading saying so."""
        return self.place is None

    def each_card(self, mark: Callable[[ResultItem], ResultItem]) -> FindResults:
        """These results with ``mark`` applied to every card the page shows: near, available
        everywhere, further down and for other areas (a line the card carries for the asker:
        ``supports.marked_for_parent``, ``too_young.marked_for_child``)."""
        return replace(
            self,
            local=replace(self.local, items=[mark(item) for item in self.local.items]),
            national=[mark(item) for item in self.national],
            more_local=[mark(item) for item in self.more_local],
            other_areas=[mark(item) for item in self.other_areas],
        )

    def shown_ids(self) -> list[str]:
        """The ids on the page, in the order a person reads them."""
        local = [i.service.id for i in self.local.items]
        national = [i.service.id for i in self.national]
        more = [i.service.id for i in self.more_local]
        away = [i.service.id for i in self.other_areas]
        if self.national_first:
            return national + local
        if self.lines_first:
            return national + local + away + more
        return local + away + national + more

    @property
    def lines_first(self) -> bool:
        """(w45ask) With a place and services near it: a child who wants to talk to someone now,
        or (w46child) who cannot phone (``lines_before``), sees the services available wherever
        they live, a line for children first, before those near (a forensic centre 47 miles
        away they cannot ring themselves came first for "15, want to talk tonight")."""
        if self.national_first or not self.local.items or not self.national:
            return False
        if self.local.number != 1:
            return False  # the next page of services near was asked for
        first = self.national[0].service
        if "children-young-people" not in first.audiences:
            return False
        if not (first.contact.callable_phone or first.contact.text or first.contact.website):
            return False  # (w48img: CEOP's reporting is on its website)
        q = self.request.q
        return bool(q) and lines_now_first(self.request.understood, clean_text(q, MAX_ASKER_CHARS))

    @property
    def apart(self) -> frozenset[str]:
        """(w36own) The ids of the services available everywhere made for other people
        (``for_others``) that the page keeps apart from the asker's own: none when a filter
        other than age narrowed the search (then its cards are what was asked for, as
        ``unasked`` has it)."""
        narrowed = any(name != "age" for name in self.request.filters)
        return frozenset() if narrowed else self.for_others

    def national_shown_first(self, most: int) -> int:
        """How many services available everywhere show first (the rest one tap away): up to
        ``most``, stopping before one nobody asked for (``unasked``) or (w31cards), when no
        filter narrowed the search (then its cards are what was asked for, as ``unasked`` has
        it), one made for other people (``for_others``), unless the first is; (w29cards) with
        the cards after them that join one of them (``ResultItem.joins``)."""
        first = self.national[:most]
        later = self.unasked | self.apart
        open_ones = 0
        while open_ones < len(first) and first[open_ones].service.id not in later:
            open_ones += 1
        shown = open_ones or most
        while shown < len(self.national) and self.national[shown].joins:
            shown += 1
        return shown

    @property
    def stated_age_group(self) -> str | None:
        """The age filter's group of ``stated_age`` ("5-9" for 9), None without one."""
        return None if self.stated_age is None else _age_group(self.stated_age)

    @property
    def place(self) -> Place | None:
        return self.resolution.place if self.resolution and self.resolution.found else None

    @property
    def location_problem(self) -> str | None:
        """The resolution status when a place was given but cannot be used."""
        if self.resolution is None or self.resolution.found:
            return None
        return self.resolution.status

    @property
    def nothing_near(self) -> bool:
        """No service near the place at all (none that matches the words closely, and no
        other one either)."""
        # (ninth walk-through F2.5) those it lists for other areas are not near
        near_more = any(not item.other_area for item in self.more_local)
        return self.place is not None and self.local.total == 0 and not near_more

    @property
    def help_not_local(self) -> bool:
        """Someone worried about their own sexual thoughts or behaviour, with nothing near for
        them: their help (Stop It Now) is by phone and online, so the page says nothing about
        local services (a sentence that none near matched, and one advising fewer words, came
        above Stop It Now's card on a phone; the victims' centres are never near them)."""
        return (
            self.nothing_near
            and self.asker.persona == "own-behaviour"
            and not self.wider
            and not self.unmatched_near
        )


def _items(index: SearchIndex, hits: Sequence[Hit], place: Place | None) -> list[ResultItem]:
    return [_item(index, hit, place) for hit in hits]


def _item(index: SearchIndex, hit: Hit, place: Place | None) -> ResultItem:
    service = index.services[hit.id]
    distance = None
    near = place is not None and place.kind != "country" and (hit.venue_near or hit.covers)
    if near and place is not None and (points := service.points):
        # the distance shown is geopy's; a venue beyond the radius is shown when the
        # service's area covers yours
        origin = (place.latitude, place.longitude)
        distance = round(min(miles(origin, p) for p in points), 1)
    return ResultItem(
        service,
        distance_miles=distance,
        covers=hit.covers,
        score=hit.score,
        other_area=hit.other_area,
        moved=hit.moved,
        # (w43place) "England" typed: a service for Cleveland covers part of it, not "your area"
        in_part=place is not None and place.kind == "country" and hit.covers != "country",
    )


def _with_place_from_words(
    gazetteer: Gazetteer, request: FindRequest
) -> tuple[FindRequest, bool] | None:
    """The request with the place its words say (``where_in_words``) moved into Where, when
    Where is empty, and whether that place is certain; None when the words hold no place."""
    if request.location.strip() or not request.q.strip():
        return None
    found = where_in_words(gazetteer, request.q)
    return found and (replace(request, q=found[0], location=found[1]), found[2])


def find(index: SearchIndex, gazetteer: Gazetteer, request: FindRequest) -> FindResults:
    """Search the directory. Raises FindError for parameters outside what is allowed.

    With Where empty and a place at the start or end of the words, the place is used as Where
    when the rest of the words still find listings (or there are none: the words were only a
    place, or the place was said as where someone lives); otherwise the words are searched as
    typed."""
    age = stated_age(request)
    found = _with_place_from_words(gazetteer, request)
    if found is not None:
        moved, certain = found
        results = _find(index, gazetteer, moved, age)
        # (fifteenth Welsh review F2, P8) a place said for certain is kept ("dw i'n byw yn …")
        if not moved.q.strip() or not results.fallback or certain:
            results.place_from_words = True
            return _worth_correcting(index, gazetteer, results)
    return _worth_correcting(index, gazetteer, _find(index, gazetteer, request, age))


def _worth_correcting(index: SearchIndex, gazetteer: Gazetteer, found: FindResults) -> FindResults:
    """The results, their spelling correction kept only when it would change the first screen
    (``correcting.py``)."""
    return worth_correcting(
        found, lambda again: _find(index, gazetteer, again, stated_age(again), log_it=False)
    )


def stated_age(request: FindRequest) -> int | None:
    """The age of the person the help is for, when the words state it ("im 13", "my daughter
    is 9", "for a 9 year old") and no age filter is chosen (nor "Show all ages")."""
    if request.all_ages or request.filters.get("age") or not request.q.strip():
        return None
    return request.understood.asker.for_age


def age_range(request: FindRequest, age: int | None) -> tuple[int, int] | None:
    """The ages the help can be for, for dropping services whose stated ages or audiences
    leave them all out: the age stated in the words (``age``); or, with an age filter chosen,
    the span of the groups chosen, narrowed to the age the words state when it lies inside
    them ("my daughter is 10" with "10 to 12": 10). A chosen filter is never looser than the
    words: it once dropped nothing the words' age had dropped (third walk-through F5)."""
    chosen = [
        AGE_GROUP_RANGES[code]
        for code in request.filters.get("age", ())
        if code in AGE_GROUP_RANGES
    ]
    if not chosen:
        return None if age is None else (age, age)
    low, high = min(a for a, _ in chosen), max(b for _, b in chosen)
    said = None if request.all_ages or not request.q.strip() else request.understood.asker.for_age
    if said is not None and any(a <= said <= b for a, b in chosen):
        return (said, said)
    return (low, high)


def _age_group(age: int) -> str:
    """The age filter's group an age is in ("5-9" for 9)."""
    return next(
        (code for code, (low, high) in AGE_GROUP_RANGES.items() if low <= age <= high),
        list(AGE_GROUP_RANGES)[-1],
    )


def _age_counts(
    index: SearchIndex,
    request: FindRequest,
    ranking: Ranking,
    scope: tuple[Where | None, str | None],
    age: int | None,
) -> dict[str, dict[str, int]]:
    """(eleventh walk-through F9) The age filter's counts, with none of its groups chosen: each
    group's count is what ticking it alone shows (the services stating that age), counted by
    a search for a child's ages and one for an adult's, as ticking one searches (the services
    for a child added near the place, those for adults left out). Counted within the age the
    words state, the other groups were wrong ("Under 5 (2)" for a child of 12). The group of
    the age stated (``age``) keeps the page's count: ticking it shows the same page."""
    filters = {name: codes for name, codes in request.filters.items() if name != "age"}
    where, only = scope
    stated = None if age is None else _age_group(age)
    counts = dict(ranking.facets["age"])
    for spans in (
        [span for span in AGE_GROUP_RANGES.values() if span[1] < ADULT_FROM],
        [span for span in AGE_GROUP_RANGES.values() if span[1] >= ADULT_FROM],
    ):
        ages = (min(low for low, _ in spans), max(high for _, high in spans))
        wide = rank(
            index, request.q, filters, where, only=only, ages=ages, understood=request.understood
        )
        for code, span in AGE_GROUP_RANGES.items():
            if span in spans and code != stated:
                counts[code] = wide.facets["age"][code]
    return {**ranking.facets, "age": counts}


def _sort_and_only(request: FindRequest, resolution: Resolution | None) -> tuple[str, str | None]:
    """The order of the local list, and which services alone to search ("everywhere" or
    "uk-wide") when a place was given that cannot be used (None otherwise)."""
    found = resolution is not None and resolution.found
    sort = request.effective_sort
    if sort == "distance" and not found:
        sort = "relevance"
    # a place that cannot be used: only what helps wherever you live (the UK-wide ones when
    # the place is outside England and Wales)
    only = None
    if resolution is not None and not found:
        only = "uk-wide" if resolution.status in OUTSIDE else "everywhere"
    return sort, only


def _log(
    request: FindRequest, resolution: Resolution | None, results: FindResults, started: float
) -> None:
    """One line per search: never the words or the place searched, only their shape and the
    outcome."""
    log.info(
        "search text=%s place=%s filters=%d radius=%d local=%d national=%d ms=%.1f",
        "yes" if request.q.strip() else "no",
        resolution.status if resolution else "none",
        sum(len(v) for v in request.filters.values()),
        request.radius,
        results.local.total,
        results.national_total,
        (time.perf_counter() - started) * 1000,
    )


def _find(
    index: SearchIndex,
    gazetteer: Gazetteer,
    request: FindRequest,
    age: int | None = None,
    log_it: bool = True,
) -> FindResults:
    started = time.perf_counter()
    resolution = gazetteer.resolve(request.location) if request.location.strip() else None
    place = resolution.place if resolution is not None and resolution.found else None
    sort, only = _sort_and_only(request, resolution)
    where = where_around(place, request.radius) if place is not None else None
    # an age stated in the words filters as the age filter does; ``request`` keeps the filters
    # chosen, so that the page never offers to remove one nobody chose
    filters = dict(request.filters)
    if age is not None:
        filters["age"] = (_age_group(age),)
    ages = age_range(request, age)
    try:
        ranking = rank(
            index, request.q, filters, where, sort, only, ages=ages, understood=request.understood
        )
    except BadFilter as exc:
        raise FindError(exc.field_name, str(exc)) from exc

    hits: Sequence[Hit] = ranking.local
    if place is None and request.wales_first:
        hits = wales_first(index, hits)
    local = paginate(hits, request.page, request.per_page)
    local = replace(local, items=_items(index, local.items, place))
    wider, unmatched = none_near(index, request, (filters, place, ages), ranking, local.total)

    results = FindResults(
        request=request,
        resolution=resolution,
        local=local,
        national=joined(index, _items(index, ranking.everywhere[:NATIONAL_SHOWN], None)),
        national_total=len(ranking.everywhere),
        facets=_age_counts(index, request, ranking, (where, only), age)
        if (age is not None or request.all_ages) and not request.filters.get("age")
        else ranking.facets,
        suggestion=ranking.suggestion,
        partial=ranking.partial,
        wider=wider,
        sort=sort,
        more_local=_items(index, ranking.weaker_local[:NATIONAL_SHOWN], place),
        other_areas=_items(index, ranking.other_areas[:NATIONAL_SHOWN], place),
        fallback=ranking.fallback,
        asker=ranking.asker,
        stated_age=age,
        unmatched_near=unmatched,
        near_matched=ranking.near_matched[0],
        near_adults=ranking.near_matched[1],
        unasked=unasked(index, request, filters),
        for_others=ranking.made_for_others,
    )
    results = marked_for_child(marked_for_parent(results))
    if log_it:  # (one line per search: not the corrected words searched to compare)
        _log(request, resolution, results, started)
    return results
