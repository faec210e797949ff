"""The assumed shape of the authoritative directory's pages, in one place.

Everything that depends on the source's markup is here: the selectors for list pages and the
structured-data paths of a listing's page (see README.md beside this file). Change this module,
and only this module, when the real pages differ.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup

LISTING_LINK = "article.service-card a.service-card__link[href]"
NEXT_PAGE = 'a[rel~="next"][href]'
STRUCTURED_DATA = 'script[type="application/ld+json"]'
SERVICE_TYPES = {"Service"}


class ShapeChanged(Exception):
    """The page does not look as assumed: nothing may be applied."""


@dataclass(frozen=True)
class ListPage:
    listing_urls: list[str]
    next_url: str | None


def read_list_page(html: str, url: str) -> ListPage:
    soup = BeautifulSoup(html, "html.parser")
    links = [urljoin(url, str(a["href"])) for a in soup.select(LISTING_LINK)]
    nxt = soup.select_one(NEXT_PAGE)
    return ListPage(
        listing_urls=list(dict.fromkeys(links)),
        next_url=urljoin(url, str(nxt["href"])) if nxt else None,
    )


def _candidates(data: Any):
    if isinstance(data, list):
        for item in data:
            yield from _candidates(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _candidates(data["@graph"])


def _is_service(item: dict) -> bool:
    kind = item.get("@type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    return bool(kinds & SERVICE_TYPES)


@dataclass(frozen=True)
class RawListing:
    """A listing as the source states it, before mapping to our model."""

    url: str
    name: str
    description_html: str
    organisation: str
    website: str
    phone: str
    email: str
    areas: list[str]
    service_types: list[str]
    audiences: list[str]
    hours: str
    languages: list[str]
    street: str
    locality: str
    postcode: str


def _text(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("name", "")
    return str(value).strip() if value is not None else ""


def _texts(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return [t for t in (_text(v) for v in items) if t]


# RawListing's fields from the schema.org Service's properties (ours -> theirs)
_TEXTS = {
    "name": "name",
    "description_html": "description",
    "organisation": "provider",
    "website": "url",
    "phone": "telephone",
    "email": "email",
    "hours": "hoursAvailable",
}
_LISTS = {"areas": "areaServed", "service_types": "serviceType", "languages": "availableLanguage"}
_ADDRESS = {"street": "streetAddress", "locality": "addressLocality", "postcode": "postalCode"}


def read_listing_page(html: str, url: str) -> RawListing:
    """The listing on one page; raises ShapeChanged when its structured data is missing."""
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.select(STRUCTURED_DATA):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for item in _candidates(data):
            if _is_service(item) and _text(item.get("name")):
                address = item.get("address") if isinstance(item.get("address"), dict) else {}
                audiences = item.get("audience")
                audiences = audiences if isinstance(audiences, list) else [audiences]
                fields: dict[str, Any] = {
                    **{ours: _text(item.get(theirs)) for ours, theirs in _TEXTS.items()},
                    **{ours: _texts(item.get(theirs)) for ours, theirs in _LISTS.items()},
                    **{ours: _text(address.get(theirs)) for ours, theirs in _ADDRESS.items()},
                }
                fields["audiences"] = [
                    _text(a.get("audienceType"))
                    for a in audiences
                    if isinstance(a, dict) and a.get("audienceType")
                ]
                return RawListing(url=url, **fields)
    raise ShapeChanged(f"{url}: no schema.org Service in the page's structured data")
