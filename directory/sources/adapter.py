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
    modified: str


def _text(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("name", "")
    return str(value).strip() if value is not None else ""


def _texts(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return [t for t in (_text(v) for v in items) if t]


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
                return RawListing(
                    url=url,
                    name=_text(item.get("name")),
                    description_html=_text(item.get("description")),
                    organisation=_text(item.get("provider")),
                    website=_text(item.get("url")),
                    phone=_text(item.get("telephone")),
                    email=_text(item.get("email")),
                    areas=_texts(item.get("areaServed")),
                    service_types=_texts(item.get("serviceType")),
                    audiences=[
                        _text(a.get("audienceType"))
                        for a in audiences
                        if isinstance(a, dict) and a.get("audienceType")
                    ],
                    hours=_text(item.get("hoursAvailable")),
                    languages=_texts(item.get("availableLanguage")),
                    street=_text(address.get("streetAddress")),
                    locality=_text(address.get("addressLocality")),
                    postcode=_text(address.get("postalCode")),
                    modified=_text(item.get("dateModified")),
                )
    raise ShapeChanged(f"{url}: no schema.org Service in the page's structured data")
