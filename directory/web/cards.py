"""A results card's parts that depend only on the listing: its heading and its body
(templates/_result.html), rendered once per listing, language and mount and kept by the
directory of the build that holds the listing. The card around them (how far away, whether it
covers the area searched, the referral pack's button) is the ``result_card`` macro, rendered
for each search: the component macros in the body cost about 0.2 ms a card, a results page
shows up to ~30 cards."""

from __future__ import annotations

import threading
import weakref

from cachetools import LRUCache
from flask import Blueprint, get_template_attribute, request
from markupsafe import Markup

from ..facade import Directory
from ..model import Service
from . import i18n, reported
from .helpers import served

bp = Blueprint("cards", __name__)

#: parts kept per build (a listing's, in each language and mount, about 3 KB)
MAX_CARDS = 20_000

_BY_BUILD: weakref.WeakKeyDictionary[Directory, LRUCache] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


@bp.app_template_global()
def card_parts(listing: Service) -> tuple[Service, Markup, Markup]:
    """The listing as the public is shown it (web/reported.py: its number may be unlinked
    after reports), and its heading and body as its card shows them."""
    service = reported.as_reported(listing)
    key = (service.id, service.contact.phone_verified, i18n.language(), request.script_root)
    with _LOCK:
        cache = _BY_BUILD.setdefault(served(), LRUCache(MAX_CARDS))
        found = cache.get(key)
    if found is None:
        found = (
            Markup(get_template_attribute("_result.html", "result_head")(service)),
            Markup(get_template_attribute("_result.html", "result_body")(service)),
        )
        with _LOCK:
            cache[key] = found
    return service, *found


def kept(directory: Directory) -> int:
    """How many listings' parts are kept for a build, in every language and mount."""
    with _LOCK:
        return len(_BY_BUILD.get(directory, ()))


def warm_card(service: Service) -> None:
    """Render a listing's card parts for the current request's language now (warm-up)."""
    card_parts(service)


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
