"""Results cards (templates/_result.html, ``result_card``): each listing's whole card rendered
once per language and mount and kept by the directory of the build that holds the listing,
with two stand-ins for what a search adds to it: the line saying how far away it is or that
it covers the area searched and any report about it (``where``), and a professional's referral
pack button (``pack``). Most cards on a page (the services available everywhere) add nothing
and are the kept card as it is; the others are the kept card's three parts around what they
add (docs/performance.md, issue 24)."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable
from typing import Any

from cachetools import LRUCache
from flask import Blueprint, get_template_attribute, request
from markupsafe import Markup

from ..facade import Directory
from ..model import Service
from ..search.survivor_more import more_groups
from . import i18n, reported
from .helpers import NATIONAL_FIRST_SHOWN, served

bp = Blueprint("cards", __name__)

#: cards kept per build (a listing's, in each language and mount, about 3 KB)
MAX_CARDS = 20_000

#: where a kept card takes what a search adds to it: HTML comments, which a listing's text,
#: always escaped, can never hold
_WHERE = Markup("<!--app-card-where-->")
_PACK = Markup("<!--app-card-pack-->")

_BY_BUILD: weakref.WeakKeyDictionary[Directory, LRUCache] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _cards() -> LRUCache:
    """The cards kept for the build this request is served from."""
    with _LOCK:
        return _BY_BUILD.setdefault(served(), LRUCache(MAX_CARDS))


def _kept_card(cards: LRUCache, service: Service, language: str, mount: str) -> tuple[str, ...]:
    """A listing's card (as the public is shown it) cut at the two stand-ins."""
    key = (service.id, service.contact.phone_verified, language, mount)
    with _LOCK:
        found = cards.get(key)
    if found is None:
        card = str(get_template_attribute("_result.html", "result_card")(service, _WHERE, _PACK))
        before, _, rest = card.partition(_WHERE)
        middle, _, after = rest.partition(_PACK)
        found = (before, middle, after)
        with _LOCK:
            cards[key] = found
    return found


@bp.app_template_global()
def result_cards(items: Iterable[Any], radius: int | None, state: Any) -> Markup:
    """The cards of ``items`` (finder result items) for this search: each kept card with how
    far away it is or whether it covers the area searched (``radius``: the miles searched),
    any report about it, the listings after it that join it (``ResultItem.joins``: named in
    it, not cards of their own), a line saying its listing supports parents and carers for a
    parent asking for themselves (``ResultItem.supports``), and, for a professional
    (``state``), the referral pack's button."""
    cards, language, mount = _cards(), i18n.language(), request.script_root
    where_line = get_template_attribute("_result.html", "where_line")
    same_line = get_template_attribute("_result.html", "same_line")
    supports_line = get_template_attribute("_result.html", "supports_line")
    alone_line = get_template_attribute("_result.html", "alone_line")
    pack_control = get_template_attribute("_professional.html", "pack_control")
    professional = bool(state and state.professional)
    noticed = reported.notices()
    html: list[str] = []
    for item, joined in _with_joined(items):
        service = reported.as_reported(item.service) if noticed else item.service
        before, middle, after = _kept_card(cards, service, language, mount)
        html.append(before)
        if item.distance_miles is not None or item.covers:
            html.append(where_line(item, service, radius))
        if getattr(item, "supports", ""):  # (w33parent) a parent asking for themselves
            html.append(supports_line(item.supports))
        if getattr(item, "alone_from", 0) and not professional:  # (w34child) a young child
            html.append(alone_line(item.alone_from))
        if service.id in noticed:
            html.append(reported.reported_line(service))
        shown = shown_joined(service, joined, professional)
        if shown:
            html.append(same_line(service, shown))
        html.append(middle)
        if professional:
            html.append(pack_control(service, service.id in state.pack))
        html.append(after)
    return Markup("".join(html))


def shown_joined(service: Service, joined: list[Service], professional: bool) -> list[Service]:
    """(w38card, thirty-first walk-through F8) The listings joining ``service``'s card that its
    line names for this reader. A professional is told of each, so that two listings of one
    line are not rung, or referred to, twice. Anyone else is told only of those run by someone
    other than the organisation the card already names: "Same helpline: The Lucy Faithfull
    Foundation" under a Stop It Now card that reads "The Lucy Faithfull Foundation" puzzled a
    woman afraid of her own thoughts and gave her nothing to do."""
    if professional:
        return joined
    return [j for j in joined if not (j.organisation and j.organisation == service.organisation)]


@bp.app_template_global()
def card_count(items: Iterable[Any]) -> int:
    """How many cards ``items`` make (``result_cards``): a listing that joins the card above it
    is named in it, not counted again (twenty-fourth walk-through F6: "3 services" over two
    cards)."""
    return len(_with_joined(items))


def _with_joined(items: Iterable[Any]) -> list[tuple[Any, list[Service]]]:
    """Each card of ``items`` with the listings after it that join it (``joins``: its id);
    one whose card is not among them is a card of its own."""
    found: list[tuple[Any, list[Service]]] = []
    for item in items:
        joins = getattr(item, "joins", "")
        if joins and found and found[-1][0].service.id == joins:
            found[-1][1].append(item.service)
        else:
            found.append((item, []))
    return found


def kept(directory: Directory) -> int:
    """How many listings' cards are kept for a build, in every language and mount."""
    with _LOCK:
        return len(_BY_BUILD.get(directory, ()))


def warm_card(service: Service) -> None:
    """Render a listing's card for the current request's language now (warm-up)."""
    _kept_card(_cards(), reported.as_reported(service), i18n.language(), request.script_root)


@bp.app_template_global()
def covers_elsewhere(item, service: Service) -> bool:  # noqa: ANN001 (a finder result item)
    """Whether a local service listed because a venue is near the place searched has an area,
    a list of councils, that leaves that place out: its card must not be taken for local help
    (fourth walk-through F5: Barnsley's and Sheffield's for Kirklees)."""
    area = service.service_area
    return not (
        item.covers
        or item.distance_miles is None  # no place searched near
        or service.is_national
        or not area.local_authorities
        or not area.description
    )


@bp.app_template_global()
def beyond_radius(results) -> bool:  # noqa: ANN001 (a finder result)
    """Whether the page lists a local service further away than the radius searched (one whose
    area covers the place): then the page must not say only "within 25 miles"."""
    radius = results.request.radius
    return any(
        i.distance_miles is not None and i.distance_miles > radius
        for i in (*results.local.items, *results.more_local)
    )


def moved_matches(results) -> dict[str, list]:  # noqa: ANN001 (a finder result)
    """(twenty-fifth walk-through F1) The local services the words match that follow the
    national answers, by why (``near_order.moved_matches``: "other", "adults", "closing",
    "contact"),
    each reason's in their order: listed under headings that say so, and the sentence above
    the talk box points there (not to "These match fewer of your words")."""
    near = [i for i in results.more_local if not i.other_area]
    reasons = ("other", "adults", "closing", "contact")
    return {r: [i for i in near if i.moved == r] for r in reasons}


@bp.app_template_global()
def no_group_found(results) -> bool:  # noqa: ANN001 (a finder result)
    """(twenty-eighth walk-through F3) Whether the words ask for a group ("support group",
    "group support", "peer support", "others like me", "grŵp cymorth") and no card the first
    screen shows (the local ones, the first available everywhere) says it runs one: then the
    page says so, rather than offering a forensic centre as the answer to "group". Never a
    group the listings do not state; (w43ask) nor a group where pictures are shared ("a group
    chat", "a whatsapp group"), which is read as online abuse and never asks for a group."""
    request = results.request
    asked = any(concept.name == "groups" for concept in request.understood.concepts)
    if not request.q.strip() or not asked:
        return False
    if results.place is None:
        return False  # (the sentence says "near you")
    first = results.national[: results.national_shown_first(NATIONAL_FIRST_SHOWN)]
    shown = [i.service for i in (*results.local.items, *first)]
    return not any("support-groups" in s.support_types for s in shown)


@bp.app_template_global()
def national_rest(results) -> tuple[list, list, list]:  # noqa: ANN001 (a finder result)
    """(w36own, twenty-ninth walk-through F6) The services available everywhere that the
    results page does not show first, for "More services available wherever you live", in
    three groups (``survivor_more.more_groups``), each in the More page's order: those that
    may be the asker's, those made for other people, and the lines for anyone struggling to
    cope that the words give no reason for. The results page counts the first and the last
    with its own cards and names the second for what they are; the More page lists the last
    two under headings that say so."""
    first = results.national_shown_first(NATIONAL_FIRST_SHOWN)
    rest = results.national[first:]
    lines = [item.service for item in results.national[:first]]
    request = results.request
    services = [item.service for item in rest]
    groups = more_groups(services, request.understood, request.q, lines, results.apart)
    mine, others, last = ([rest[n] for n in group] for group in groups)
    return mine, others, last
