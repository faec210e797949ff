"""The API's answers and search parameters as types: the views build the typed dicts (mypy checks
their keys and values) and the OpenAPI document's schemas are generated from these types by
pydantic, so the document cannot drift from what the API returns."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, Literal, NotRequired

from pydantic import BaseModel, Field, GetPydanticSchema, TypeAdapter, WithJsonSchema
from pydantic.json_schema import SkipJsonSchema
from typing_extensions import TypedDict  # pydantic needs this one on Python 3.11

from ..finder import DEFAULT_PER_PAGE, DEFAULT_RADIUS, RADII, SORTS
from ..geo import UNUSABLE, LocationStatus
from ..limits import MAX_LOCATION_CHARS, MAX_PAGE, MAX_PER_PAGE, MAX_QUERY_CHARS
from ..model import Note, Service
from ..vocabulary import FILTER_FIELDS
from ..web.reported import Reported

REF = "#/components/schemas/{model}"
Date = Annotated[str, Field(json_schema_extra={"format": "date"})]


def _enum(values: Iterable[Any]) -> dict[str, Any]:
    return {"json_schema_extra": {"enum": list(values)}}


def _described_as(kind: Any) -> GetPydanticSchema:
    """For dicts built elsewhere (a model's dump, ``Change.as_json``): their schema is kind's."""
    return GetPydanticSchema(lambda _, handler: handler(kind))


class ServiceResult(Service):
    """A listing as the API returns it: the listing's fields (not the maintainers' notes) and
    where it stands from the place."""

    verify: SkipJsonSchema[list[Note]] = Field(default_factory=list, exclude=True)
    distance_miles: Annotated[float, Field(ge=0)] | None
    covers_your_area: Literal["council", "county", "region", "country"] | None
    reported: Reported | None = Field(
        description="What people told us about the listing that a maintainer has not "
        "checked yet (null when nothing): show it beside the listing."
    )


class Council(TypedDict):
    """The council in force today the place lies in."""

    name: str
    code: Annotated[str, Field(description="GSS code.")]


class County(TypedDict):
    """The ceremonial county (in Wales the preserved county) the place lies in."""

    name: str
    code: Annotated[str | None, Field(description="GSS code of its county council, if any.")]


class SearchLocation(TypedDict):
    """Where the search was made from, as the place was understood."""

    status: Annotated[str, Field(**_enum(s.value for s in LocationStatus if s not in UNUSABLE))]
    name: Annotated[str | None, Field(description="Never a full postcode.")]
    country: str | None
    message: str | None
    candidates: list[str]
    suggestions: list[str]
    council: Council | None
    county: County | None
    from_words: Annotated[
        bool, Field(description="The place was taken from the words (q), location being empty.")
    ]


class NothingNear(TypedDict):
    message: str
    wider_radius_miles: int | None
    wider_count: int


class Links(TypedDict):
    self: str
    first: str
    last: str
    prev: str | None
    next: str | None


class Pagination(TypedDict):
    page: Annotated[int, Field(ge=1)]
    per_page: Annotated[int, Field(ge=1, le=MAX_PER_PAGE)]
    total: Annotated[int, Field(ge=0)]
    pages: Annotated[int, Field(ge=1)]
    links: Links


#: each filter's counts by term, one object a filter
Facets = Annotated[
    dict[str, dict[str, int]],
    WithJsonSchema(
        {
            "type": "object",
            "required": list(FILTER_FIELDS),
            "properties": {
                name: {
                    "type": "object",
                    "additionalProperties": {"type": "integer"},
                    "propertyNames": {"enum": list(vocabulary)},
                }
                for name, (_, vocabulary) in FILTER_FIELDS.items()
            },
        }
    ),
]
#: listings as ``service_json`` makes them: described as ``ServiceResult``s
Results = Annotated[list[dict[str, Any]], _described_as(list[ServiceResult])]


class SearchResults(TypedDict):
    services: Annotated[Results, Field(description="Local services, this page.")]
    national: Annotated[
        Results, Field(description="Available wherever you live (always returned).")
    ]
    national_total: Annotated[int, Field(ge=0)]
    more_nearby: Annotated[
        Results,
        Field(
            description="Local services near the place that match fewer of the words, or may "
            "not be for who seems to be asking: shown after the national ones."
        ),
    ]
    national_first: Annotated[
        bool, Field(description="Without a place, services available everywhere come first.")
    ]
    fallback: Annotated[
        bool,
        Field(
            description="No listing matched the words: `national` holds the helplines that "
            "fit who seems to be asking."
        ),
    ]
    shown_order: Annotated[
        list[str], Field(description="Service ids in the order the results page shows them.")
    ]
    location: SearchLocation | None
    radius_miles: Annotated[int, Field(**_enum(RADII))]
    sort: Annotated[str, Field(**_enum(SORTS))]
    facets: Facets
    suggestion: str | None
    partial_match: bool
    nothing_near: NothingNear | None
    pagination: Pagination


class FieldChange(TypedDict, total=False):
    old: Any
    new: Any


class Change(TypedDict):
    id: str
    name: str
    change: Literal["added", "closed", "changed"]
    date: Date
    build: str
    national: bool
    fields: Annotated[
        dict[str, FieldChange],
        Field(description="For a change: each changed field's old and new value."),
    ]


class Changes(TypedDict):
    since: Date
    area: str | None
    changes: Annotated[list[dict[str, Any]], _described_as(list[Change])]


class Problem(TypedDict):
    status: int
    message: str
    parameter: NotRequired[str]


class PlaceProblem(Problem):
    """A refusal; one about the place lists the places it could mean."""

    candidates: NotRequired[list[str]]
    suggestions: NotRequired[list[str]]


class Error(TypedDict):
    error: PlaceProblem


class OrukError(TypedDict):
    """Open Referral UK's errors name no place candidates or suggestions."""

    error: Problem


class SearchQuery(BaseModel):
    """The parameters of ``/api/v1/services`` (read and checked by ``directory.params``)."""

    q: str = Field(max_length=MAX_QUERY_CHARS, description="What kind of help, in plain words.")
    location: str = Field(
        max_length=MAX_LOCATION_CHARS,
        description="A UK postcode (full or partial), town or council in England or Wales.",
    )
    radius: int = Field(DEFAULT_RADIUS, description="Miles from the location.", **_enum(RADII))
    sort: str = Field(
        description="distance (default with a location) or relevance.", **_enum(SORTS)
    )
    page: int = Field(1, ge=1, le=MAX_PAGE)
    per_page: int = Field(DEFAULT_PER_PAGE, ge=1, le=MAX_PER_PAGE)


def component_schemas(*types: Any) -> dict[str, Any]:
    """The JSON Schemas of ``types`` (classes) and of every type they name, by class name, with
    references as an OpenAPI document's components."""
    schemas: dict[str, Any] = {}
    for kind in types:
        schema = TypeAdapter(kind).json_schema(ref_template=REF, mode="serialization")
        schemas.update(schema.pop("$defs", {}))
        schemas[kind.__name__] = schema
    return schemas
