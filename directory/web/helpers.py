"""Small helpers for templates: URLs that keep the search, labels, dates."""

from __future__ import annotations

import datetime as dt

from flask import request, url_for
from flask_babel import gettext

from ..finder import RADII
from ..geo import Gazetteer
from ..model import FILTER_FIELDS, Service
from ..search import SearchIndex

#: national services shown as "helplines" on every page, in this order when present
HELPLINE_ORDER = (
    "childline",
    "nspcc-helpline",
    "rape-crisis-247",
    "napac",
    "samaritans",
    "stop-it-now",
)


def url_with(endpoint: str = "web.results", drop: tuple[str, ...] = (), **changes) -> str:
    """The current search's URL with some parameters changed (None removes one)."""
    args = request.args.to_dict(flat=False)
    for name in drop:
        args.pop(name, None)
    for name, value in changes.items():
        if value is None:
            args.pop(name, None)
        else:
            args[name] = value if isinstance(value, list) else [str(value)]
    return url_for(endpoint, **args)


def without_filter(field: str, value: str) -> str:
    """The current search's URL with one filter value removed (and back to page 1)."""
    args = request.args.to_dict(flat=False)
    args[field] = [v for v in args.get(field, []) if v != value]
    args.pop("page", None)
    return url_for("web.results", **args)


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


def label(code: str, field: str) -> str:
    return gettext(FILTER_FIELDS[field][1].get(code, code))


def audiences_text(service: Service) -> str:
    """ "Children and young people (Ages 5 to 17)"."""
    text = ", ".join(label(code, "audience") for code in service.audiences)
    ages = age_range(service)
    if ages:
        return f"{text} ({ages})" if text else ages
    return text or gettext("Not stated")


def long_date(value: dt.date | str | None) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return f"{value.day} {value:%B %Y}"


def age_range(service: Service) -> str:
    low, high = service.minimum_age, service.maximum_age
    if low is not None and high is not None:
        return gettext("Ages %(low)d to %(high)d", low=low, high=high)
    if low is not None:
        return gettext("Ages %(low)d and over", low=low)
    if high is not None:
        return gettext("Up to age %(high)d", high=high)
    return ""


def helplines(index: SearchIndex) -> list[Service]:
    services = [index.services[i] for i in HELPLINE_ORDER if i in index.services]
    return [s for s in services if s.contact.phone and s.status == "active"]


def area_names(gazetteer: Gazetteer, service: Service) -> list[str]:
    """The councils a service covers, by name."""
    names = []
    for code in service.service_area.local_authorities:
        place = gazetteer.council(code)
        names.append(place.name if place else code)
    return names
