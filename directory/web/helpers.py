"""Helpers for the pages that show a search: the directory being served, URLs that keep the
search, and the results page's form (its error messages, distances and filter choices)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from flask import Blueprint, current_app, g, url_for

from ..facade import Directory
from ..finder import MAX_LOCATION_CHARS, RADII, FindError
from ..model import FILTER_FIELDS
from ..params import link_args
from ..search.order import FIRST_FEW
from ..search_token import SearchState
from .i18n import gettext

bp = Blueprint("helpers", __name__)

#: services available everywhere shown at first on a results page (those that fit the search
#: best): the ranking's FIRST_FEW, so the page shows what the order was made for; the others
#: are one tap away ("More services available wherever you live (N)"), so that local services
#: and the other services near the place come soon after
NATIONAL_FIRST_SHOWN = FIRST_FEW


def served() -> Directory:
    """The directory for the build being served, found once per request: a page never mixes
    two builds, and finding it (a ``readlink`` and a comparison) is not repeated by each part
    of the page (raises IndexMissing/IndexCorrupt: 503)."""
    found = g.get("directory")
    if found is None:
        found = g.directory = current_app.extensions["directory"].get()
    return found


@dataclass
class SearchPage:
    """What a page that shows a search stands for, made by its view and passed to its template
    as ``page``: the search (a full postcode already cut to its district) and whether its links
    are results addresses that reveal nothing (``opaque``: a page reached through the form)."""

    state: SearchState
    opaque: bool = False

    def _url(self, args: dict[str, Any], endpoint: str = "web.results") -> str:
        """A link to a search: on a page reached through the form, a results address that
        reveals nothing (and keeps a professional's pack); otherwise the query string."""
        if endpoint == "web.results" and self.opaque:
            state = replace(self.state, args={k: tuple(v) for k, v in args.items() if v})
            token = current_app.extensions["search_tokens"].encode(state)
            return url_for("web.results_token", token=token)
        return url_for(endpoint, **args)

    def url_with(
        self, endpoint: str = "web.results", drop: tuple[str, ...] = (), **changes: Any
    ) -> str:
        """The search's URL with some parameters changed (None removes one)."""
        args = link_args(self.state.query_args())
        for name in drop:
            args.pop(name, None)
        for name, value in changes.items():
            if value is None:
                args.pop(name, None)
            else:
                args[name] = value if isinstance(value, list) else [str(value)]
        return self._url(args, endpoint)

    def without_filter(self, field: str, value: str) -> str:
        """The search's URL with one filter value removed (and back to page 1)."""
        args = link_args(self.state.query_args())
        args[field] = [v for v in args.get(field, []) if v != value]
        args.pop("page", None)
        return self._url(args)

    def lasting_link(self) -> str:
        """A link to the search that shows its words and does not expire, for a professional
        to keep or share on purpose (page 1; a full postcode is already cut)."""
        args: dict[str, Any] = self.state.query_args()
        args.pop("page", None)
        if self.words_key:
            # not written into a results address's page (it may be reopened from the
            # history): the tab that typed the words adds them (assets/js/app.mjs)
            args.pop("q", None)
            args.pop("location", None)
        return public_url(url_for("web.results", **args))

    @cached_property
    def token(self) -> str:
        """The search as a fresh results token (for the forms that carry it on), made once for
        the page (its forms carry the same search)."""
        return str(current_app.extensions["search_tokens"].encode(self.state))

    @cached_property
    def words_key(self) -> str:
        """On a page reached through a results address, a keyed digest of its search's words
        and place (search_token.SearchTokens.words_key) that stands for them in the page; ""
        elsewhere (an address that shows the words, /search?q=…, may show them in its form
        too)."""
        if not self.opaque or not (self.state.args.get("q") or self.state.args.get("location")):
            return ""
        return str(current_app.extensions["search_tokens"].words_key(self.state))


@bp.app_template_global()
def public_url(path: str) -> str:
    """A path on this site written out in full from the configured public address
    (DIRECTORY_PUBLIC_URL), never from the Host a request claims."""
    return current_app.config["DIRECTORY_PUBLIC_URL"] + path


def error_text(error: FindError) -> str:
    """What is wrong with a search's parameter, in the page's language (the finder's own
    message names the parameter for the API and the command line)."""
    texts = {
        "location": gettext(
            "Enter a place of %(count)d characters or fewer", count=MAX_LOCATION_CHARS
        ),
        "radius": gettext("Choose a distance from the list"),
        "sort": gettext("Choose how to sort the results from the list"),
        "page": gettext("That page of results does not exist"),
        "per_page": gettext("That number of results on a page cannot be shown"),
    }
    if error.param in FILTER_FIELDS:
        return gettext("That filter is not available: choose one from the list")
    return texts.get(error.param, gettext("Check your search and try again"))


@bp.app_template_global()
def radius_items(chosen: int) -> list[dict]:
    """Options for the distance select."""
    return [
        {
            "value": str(r),
            "text": gettext("Within %(miles)d miles", miles=r),
            "selected": r == chosen,
        }
        for r in RADII
    ]


@bp.app_template_global()
def filter_choices(results, field: str) -> tuple[tuple[str, int, bool], ...]:
    """The values of one filter to offer: those with results, and those ticked; every age
    group when anything was found (its count is only the services stating that age: those
    stating none are in every group, sixth walk-through F6)."""
    chosen = results.request.filters.get(field, ())
    found = field == "age" and bool(results.national_total or results.local.total)
    return tuple(
        (code, count, code in chosen)
        for code, count in results.facets[field].items()
        if count or code in chosen or found
    )
