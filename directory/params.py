"""Query parameters, read and validated in one place for the pages, the API and the CLI.

``request_from_args`` turns query parameters (each name -> its list of values) into the
finder's ``FindRequest`` through one pydantic model, or raises ``FindError`` naming the
parameter. Numbers are ASCII digits only (``str.isdigit`` also accepts ``²`` and ``①``, which
``int`` refuses). ``link_args`` keeps only the parameters this site knows, as short strings, for
building links: nothing a visitor adds (``endpoint``, ``_external``, ``_anchor``, ``_method``,
``_scheme``, or anything else) ever reaches ``url_for``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from .finder import (
    DEFAULT_PER_PAGE,
    DEFAULT_RADIUS,
    RADII,
    SORTS,
    FindError,
    FindRequest,
)
from .limits import (
    MAX_ID_CHARS,
    MAX_LOCATION_CHARS,
    MAX_PAGE,
    MAX_PER_PAGE,
    MAX_QUERY_CHARS,
    MAX_VALUES,
)
from .search import BadFilter
from .vocabulary import FILTER_FIELDS

#: the parameters a search understands; a shortlist adds ``id``
SEARCH_PARAMS = ("q", "location", "radius", "sort", "page", "per_page", *FILTER_FIELDS, "all_ages")
LINK_PARAMS = (*SEARCH_PARAMS, "id")
_DIGITS = re.compile(r"[0-9]{1,9}")


def _whole_number(value: str, low: int, high: int, what: str) -> int:
    if not _DIGITS.fullmatch(value) or not low <= int(value) <= high:
        raise ValueError(f"{what} must be a whole number from {low} to {high}")
    return int(value)


def _one_of(allowed: Sequence[str], message: str) -> Callable[[str], None]:
    def check(value: str) -> None:
        if value not in allowed:
            raise ValueError(message)

    return check


def _between(low: int, high: int, what: str) -> Callable[[str], None]:
    def check(value: str) -> None:
        _whole_number(value, low, high, what)

    return check


#: the rule of each single-valued parameter with a fixed form
_RULES: dict[str, Callable[[str], None]] = {
    "radius": _one_of(
        [str(r) for r in RADII], f"radius must be one of {', '.join(map(str, RADII))} (miles)"
    ),
    "sort": _one_of(SORTS, f"sort must be one of {', '.join(SORTS)}"),
    "page": _between(1, MAX_PAGE, "page"),
    "per_page": _between(1, MAX_PER_PAGE, "per_page"),
    # "Show all ages": an age stated in the words does not filter (finder.stated_age)
    "all_ages": _one_of(("1",), "all_ages must be 1 (show all ages) or left out"),
}


class SearchParams(BaseModel):
    """A search as typed: one value per single parameter (the last one given), filters as
    lists. Validation errors name the parameter."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    q: str = ""
    location: str = ""
    radius: str = ""
    sort: str = ""
    page: str = ""
    per_page: str = ""
    all_ages: str = ""
    filters: dict[str, tuple[str, ...]] = Field(default_factory=dict)

    @field_validator("q")
    @classmethod
    def _q(cls, value: str) -> str:
        return value.strip()[:MAX_QUERY_CHARS]

    @field_validator("location")
    @classmethod
    def _location(cls, value: str) -> str:
        value = value.strip()
        if len(value) > MAX_LOCATION_CHARS:
            raise ValueError(f"location must be at most {MAX_LOCATION_CHARS} characters")
        return value

    @field_validator("radius", "sort", "page", "per_page", "all_ages")
    @classmethod
    def _checked(cls, value: str, info: ValidationInfo) -> str:
        """An empty value means the default; any other must pass its field's rule."""
        value = value.strip()
        if value:
            _RULES[str(info.field_name)](value)
        return value

    @field_validator("filters")
    @classmethod
    def _filters(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for name, codes in value.items():
            vocabulary = FILTER_FIELDS[name][1]
            for code in codes:
                if code not in vocabulary:
                    raise PydanticCustomError(
                        "unknown_filter",
                        "{message}",
                        {"param": name, "message": str(BadFilter(name, code))},
                    )
        return value

    def to_find_request(self) -> FindRequest:
        return FindRequest(
            q=self.q,
            location=self.location,
            radius=int(self.radius) if self.radius else DEFAULT_RADIUS,
            filters={name: codes for name, codes in self.filters.items() if codes},
            page=int(self.page) if self.page else 1,
            per_page=int(self.per_page) if self.per_page else DEFAULT_PER_PAGE,
            sort=self.sort or None,
            all_ages=self.all_ages == "1",
        )


def _one(args: Mapping[str, Sequence[str]], name: str) -> str:
    values = args.get(name) or []
    return str(values[-1]) if values else ""


def request_from_args(args: Mapping[str, Sequence[str]]) -> FindRequest:
    """Read a FindRequest from query parameters (each name -> its list of values).

    The filters take one parameter per field (``audience``, ``support``, ``delivery``,
    ``referral``), repeated for several values. Unknown parameters are ignored.
    """
    raw: dict[str, Any] = {
        name: _one(args, name)
        for name in ("q", "location", "radius", "sort", "page", "per_page", "all_ages")
    }
    raw["filters"] = {
        name: tuple(
            dict.fromkeys(str(v).strip() for v in (args.get(name) or [])[:MAX_VALUES] if v.strip())
        )
        for name in FILTER_FIELDS
    }
    try:
        return SearchParams.model_validate(raw).to_find_request()
    except ValidationError as exc:
        first = exc.errors()[0]
        context = first.get("ctx") or {}
        param = str(context.get("param") or first["loc"][0])
        message = str(context.get("message") or context.get("error") or first["msg"])
        raise FindError(param, message) from None


def shortlist_ids(args: Mapping[str, Sequence[str]]) -> list[str]:
    """The service ids of a shortlist (``id``, repeated), at most ``MAX_VALUES``."""
    return [str(v)[:MAX_ID_CHARS] for v in (args.get("id") or [])[:MAX_VALUES]]


def link_args(args: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """The known parameters of a request, for links that keep the search: nothing else a
    visitor sends is passed on, and each value is cut to a sane length."""
    kept: dict[str, list[str]] = {}
    for name in LINK_PARAMS:
        values = [str(v)[:MAX_QUERY_CHARS] for v in (args.get(name) or [])[:MAX_VALUES]]
        if values:
            kept[name] = values
    return kept
