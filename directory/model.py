"""The listing model: one support service, its controlled vocabularies, and validation.

Field names follow Open Referral UK 3.0 / HSDS where they exist (``name``, ``description``,
``status``, ``minimum_age``, ``maximum_age``, ``service_areas``, ``locations``, ``contacts``,
``languages``), with audiences, support types and abuse types recorded as taxonomy terms on the
service. The vocabularies themselves, and which field uses which, are in ``vocabulary.py``
(re-exported here); what text may hold is checked with ``textsafety.py``, a postcode's shape with
``geo/places.py``'s patterns. Nothing else of ours is imported.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Annotated, Any

from pydantic import (
    AnyHttpUrl,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .geo.places import FULL_POSTCODE, OUTWARD
from .textsafety import name_text, one_line, plain_text
from .vocabulary import (  # noqa: F401 - the model's vocabularies, importable from here too
    ABUSE_TYPES,
    AGE_GROUP_RANGES,
    AUDIENCES,
    COUNTRIES,
    DELIVERY_MODES,
    FILTER_ATTRIBUTES,
    FILTER_FIELDS,
    FILTERS,
    GENDERS,
    PRECISIONS,
    REFERRAL_ROUTES,
    REGIONS,
    SOURCE_KINDS,
    STATUSES,
    SUPPORT_TYPES,
    TERM_FIELDS,
    WELSH_NAMES,
    ListingStatus,
)

#: an England or Wales council's GSS code (ONS): E or W and eight digits
GSS_CODE = re.compile(r"^[EW][0-9]{8}$")
#: an address and nothing else: no scheme, brackets, spaces or quotes, an ASCII domain
PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)

#: the most items a list of a listing may hold (languages, venues, notes, sources, areas):
#: far above any real service, low enough that an export's cell stays readable
MAX_ITEMS = 200

Text = Annotated[
    str, BeforeValidator(plain_text), StringConstraints(strip_whitespace=True, max_length=5000)
]
ShortText = Annotated[
    str, BeforeValidator(one_line), StringConstraints(strip_whitespace=True, max_length=300)
]
#: one of a listing's names (the service's, its organisation's, a venue's)
ShortName = Annotated[
    str, BeforeValidator(name_text), StringConstraints(strip_whitespace=True, max_length=300)
]
#: a maintainers' note: one line (an export writes one note a line)
Note = Annotated[
    str, BeforeValidator(one_line), StringConstraints(strip_whitespace=True, max_length=5000)
]
#: a listing's id: lower-case letters, digits and hyphens, 2 to 100 of them
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,99}$")
Slug = Annotated[str, StringConstraints(pattern=SLUG.pattern)]


def _no_userinfo(url: AnyHttpUrl | None) -> AnyHttpUrl | None:
    """A link that names a user or password (``https://childline.org.uk@evil.example/``)
    hides where it leads: refused."""
    if url is not None and (url.username or url.password):
        raise ValueError(
            f"a link may not hold a user name or password before {url.host!r}: it hides where "
            "it leads"
        )
    return url


def _list_items(values: list[str], separator: str) -> list[str]:
    """A list of short texts that an export writes in one cell, ``separator`` between them:
    an item holding the separator is the items it separates ("English;Welsh" is two), and
    empty items are dropped, so an import reads back the same list."""
    items = (part.strip() for value in values for part in value.split(separator))
    return list(dict.fromkeys(item for item in items if item))


def _check_terms(values: list[str], vocabulary: dict[str, str], what: str) -> list[str]:
    unknown = [v for v in values if v not in vocabulary]
    if unknown:
        raise ValueError(
            f"unknown {what} {', '.join(map(repr, unknown))}; expected one of "
            + ", ".join(vocabulary)
        )
    return list(dict.fromkeys(values))  # in order, without repeats


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Contact(Strict):
    """How to reach the service. ``phone_verified`` is False when the number was seen only on
    third-party pages: maintainers confirm it before the interface leans on it."""

    phone: ShortText = ""
    #: False unless the number is printed on the organisation's own or an official page: an
    #: unconfirmed number is never offered as a number to call
    phone_verified: bool = True
    phone_notes: Text = ""
    #: ``phone_notes`` in Welsh, where the note is the site's own words (never a service's):
    #: shown on Welsh pages (curation/our-welsh.json)
    phone_notes_cy: Text = ""
    text: ShortText = ""
    email: ShortText = ""
    website: AnyHttpUrl | None = None
    #: where people find the service's current contact details when the listing has none of
    #: its own (for an NHS sexual assault referral centre, the NHS finder)
    finder: AnyHttpUrl | None = None

    @field_validator("phone", "text")
    @classmethod
    def _plausible_number(cls, value: str) -> str:
        if value and not re.fullmatch(r"[0-9 +()-]{3,25}", value):
            raise ValueError("a phone number may hold only digits, spaces, +, ( ) and -")
        return value

    @field_validator("email")
    @classmethod
    def _plausible_email(cls, value: str) -> str:
        if value and not PLAIN_EMAIL.fullmatch(value):
            raise ValueError("not a plain email address (for example help@example.org)")
        return value

    @field_validator("website", "finder")
    @classmethod
    def _plain_links(cls, value: AnyHttpUrl | None) -> AnyHttpUrl | None:
        return _no_userinfo(value)

    @property
    def callable_phone(self) -> str:
        """The number to offer as a number to call: only a confirmed one."""
        return self.phone if self.phone_verified else ""

    @property
    def has_route(self) -> bool:
        """Whether the listing shows at least one way to reach the service."""
        return bool(self.has_own_route or self.finder)

    @property
    def has_own_route(self) -> bool:
        """Whether the listing shows a confirmed number, a text number, an email or a website
        of the service's own (not only a finder such as the NHS one)."""
        return bool(self.callable_phone or self.text or self.email or self.website)

    @property
    def phone_href(self) -> str:
        """The number as a ``tel:`` URI (digits and a leading + only)."""
        digits = re.sub(r"[^0-9+]", "", self.phone)
        return f"tel:{digits}" if digits else ""


class Location(Strict):
    """A venue people can visit."""

    name: ShortName = ""
    address: ShortText = ""
    postcode: ShortText = ""
    latitude: float | None = Field(default=None, ge=49.0, le=61.5)
    longitude: float | None = Field(default=None, ge=-8.7, le=2.1)
    #: how exactly the point is known (see PRECISIONS); empty when given exactly
    precision: str = ""

    @field_validator("precision")
    @classmethod
    def _precision(cls, value: str) -> str:
        return _check_terms([value], PRECISIONS, "precision")[0] if value else value

    @field_validator("postcode")
    @classmethod
    def _postcode_shape(cls, value: str) -> str:
        value = " ".join(value.upper().split())
        if value and not (FULL_POSTCODE.match(value) or OUTWARD.match(value)):
            raise ValueError("not a UK postcode (for example LS1 4AP)")
        return value

    @model_validator(mode="after")
    def _both_or_neither(self) -> Location:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude come together")
        return self

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class ServiceArea(Strict):
    """Where a service helps people. ``national`` means anywhere in England and Wales (by phone,
    online, or with venues everywhere), ``uk_wide`` anywhere in the UK; otherwise the
    countries, regions and councils (GSS codes, including shire counties) it covers."""

    national: bool = False
    #: the service also helps people in Scotland and Northern Ireland (its sources say UK-wide)
    uk_wide: bool = False
    countries: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    local_authorities: list[str] = Field(default_factory=list, max_length=500)
    #: the police force areas the service covers, by name (their councils are in
    #: ``local_authorities`` too, so that searching needs only councils)
    police_force_areas: list[ShortText] = Field(default_factory=list, max_length=MAX_ITEMS)
    description: Text = ""

    @field_validator("countries")
    @classmethod
    def _countries(cls, values: list[str]) -> list[str]:
        return _check_terms(values, dict.fromkeys(COUNTRIES, ""), "country")

    @field_validator("regions")
    @classmethod
    def _regions(cls, values: list[str]) -> list[str]:
        return _check_terms(values, dict.fromkeys(REGIONS, ""), "region")

    @field_validator("police_force_areas")
    @classmethod
    def _force_names(cls, values: list[str]) -> list[str]:
        return _list_items(values, ";")

    @field_validator("local_authorities")
    @classmethod
    def _codes(cls, values: list[str]) -> list[str]:
        bad = [v for v in values if not GSS_CODE.match(v)]
        if bad:
            raise ValueError(f"not an England or Wales council code (E…/W… + 8 digits): {bad}")
        return list(dict.fromkeys(values))

    @model_validator(mode="after")
    def _says_where(self) -> ServiceArea:
        # a description alone is allowed (an area the gazetteer could not place is kept and
        # flagged for maintainers, never dropped); nothing at all is not
        where = (self.national, self.countries, self.regions, self.local_authorities)
        if not any(where) and not self.description:
            raise ValueError("a service area names a country, region or council, or describes it")
        return self


class Service(Strict):
    """One support service, as listed in the directory."""

    id: Slug
    name: Annotated[
        str,
        BeforeValidator(name_text),
        StringConstraints(strip_whitespace=True, min_length=2, max_length=200),
    ]
    #: the service's Welsh name, where its sources state one
    name_cy: ShortName = ""
    organisation: ShortName = ""
    #: plain words for the public: what the service offers and who it is for (searched)
    description: Text = ""
    #: what the service offers in Welsh, in the service's own words where it publishes them
    #: (shown on Welsh pages, searched); never a translation of ours
    description_cy: Text = ""
    status: str = "active"
    #: one plain line for the public about a status other than active
    status_note: Text = ""
    #: ``status_note`` in Welsh (the site's own words, curation/our-welsh.json)
    status_note_cy: Text = ""
    # taxonomy terms (Open Referral UK records these as service taxonomies)
    support_types: list[str] = Field(default_factory=list)
    audiences: list[str] = Field(default_factory=list)
    abuse_types: list[str] = Field(default_factory=list)
    genders: list[str] = Field(default_factory=lambda: ["any"])
    minimum_age: int | None = Field(default=None, ge=0, le=120)
    maximum_age: int | None = Field(default=None, ge=0, le=120)
    #: its sources state no age policy: listed for children and adults so that no search
    #: drops it, but shown as "age policy not stated" rather than as a children's service
    ages_not_stated: bool = False
    delivery_modes: list[str] = Field(default_factory=list)
    referral_routes: list[str] = Field(default_factory=list)
    #: the age from which people can contact it themselves, where its sources state one
    #: (younger children are referred by a professional: eighth walk-through F7.5)
    self_referral_from_age: int | None = Field(default=None, ge=0, le=120)
    police_report_required: bool | None = None
    service_area: ServiceArea
    locations: list[Location] = Field(default_factory=list, max_length=MAX_ITEMS)
    contact: Contact = Field(default_factory=Contact)
    opening_hours: Text = ""
    #: ``opening_hours`` in Welsh, where they are a curator's plain words (curation/our-welsh.json)
    opening_hours_cy: Text = ""
    languages: list[ShortText] = Field(default_factory=list, max_length=MAX_ITEMS)
    accessibility: Text = ""
    eligibility: Text = ""
    how_to_access: Text = ""
    #: this service's own page in the CSA Centre directory, when known (refreshed listings);
    #: never the directory's search page
    csa_centre_url: AnyHttpUrl | None = None
    source_url: AnyHttpUrl
    other_sources: list[AnyHttpUrl] = Field(default_factory=list, max_length=MAX_ITEMS)
    #: what kind of page ``source_url`` is (see SOURCE_KINDS)
    source_kind: str = "other"
    #: the date the source page shows: "2023-06-07", "2021-11" or "2016"; empty when the page
    #: shows none. ``source_date_approximate`` when only an approximate date could be read.
    source_date: Annotated[str, StringConstraints(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")] = ""
    source_date_approximate: bool = False
    #: when this record was last compared with its source (maintainers' bookkeeping; people
    #: are shown ``source_date``, the age of the facts)
    last_checked: dt.date
    #: Maintainers' notes: what to confirm, where facts were seen, disagreements between pages.
    #: Never searched, never shown to the public, never exported in public descriptions.
    verify: list[Note] = Field(default_factory=list, max_length=MAX_ITEMS)
    #: Set by the refresh pipeline when the source stopped listing the service.
    not_seen_since: dt.date | None = None
    origin: str = "bundled"
    #: who the service says it is for beyond age and role (COMMUNITIES codes), as its sources
    #: state: Deaf and BSL users, disabled people, faith and minoritised communities...
    communities: list[str] = Field(default_factory=list)

    @field_validator(*TERM_FIELDS)
    @classmethod
    def _known_terms(cls, value: str | list[str], info: ValidationInfo) -> str | list[str]:
        """Every code is one of its vocabulary's (see ``vocabulary.TERM_FIELDS``); a list
        keeps its order and drops repeats."""
        vocabulary, what = TERM_FIELDS[str(info.field_name)]
        if isinstance(value, str):
            return _check_terms([value], vocabulary, what)[0]
        return _check_terms(value, vocabulary, what)

    @field_validator("languages")
    @classmethod
    def _language_names(cls, values: list[str]) -> list[str]:
        return _list_items(values, ";")

    @field_validator("verify")
    @classmethod
    def _notes(cls, values: list[str]) -> list[str]:
        return [v for v in values if v]

    @field_validator("source_url", "csa_centre_url")
    @classmethod
    def _plain_link(cls, value: AnyHttpUrl | None) -> AnyHttpUrl | None:
        return _no_userinfo(value)

    @field_validator("other_sources")
    @classmethod
    def _plain_links(cls, values: list[AnyHttpUrl]) -> list[AnyHttpUrl]:
        return [url for url in values if _no_userinfo(url)]

    @field_validator("last_checked")
    @classmethod
    def _not_in_future(cls, value: dt.date) -> dt.date:
        if value > dt.date.today() + dt.timedelta(days=1):
            raise ValueError("last_checked is in the future")
        return value

    @model_validator(mode="after")
    def _ages_in_order(self) -> Service:
        low, high = self.minimum_age, self.maximum_age
        if low is not None and high is not None and low > high:
            raise ValueError("minimum_age is above maximum_age")
        return self

    # --- conveniences used by search and pages ---------------------------------------------
    def terms(self, field: str) -> list[str]:
        """The taxonomy codes of one filter field (see ``FILTER_FIELDS``)."""
        return getattr(self, FILTER_ATTRIBUTES[field])

    @property
    def offers_welsh(self) -> bool:
        """Helps people in Welsh, as its sources state (never guessed from its area)."""
        return any(name.casefold() in WELSH_NAMES for name in self.languages)

    @property
    def language_terms(self) -> list[str]:
        """The codes of the language filter this service meets (``LANGUAGE_FILTER``)."""
        return ["welsh"] if self.offers_welsh else []

    @property
    def community_terms(self) -> list[str]:
        """The codes of the community filter this service meets: its ``communities``, and
        LGBT+ or boys and men where its ``genders`` say so."""
        terms = list(self.communities)
        if "lgbt" in self.genders:
            terms.append("lgbt")
        if "male" in self.genders:
            terms.append("boys-men")
        return list(dict.fromkeys(terms))

    @property
    def age_terms(self) -> list[str]:
        """The codes of the age filter this service meets (``AGE_GROUPS``): the groups its
        stated ages take in, every group when it states none."""
        low = 0 if self.minimum_age is None else self.minimum_age
        high = 120 if self.maximum_age is None else self.maximum_age
        return [code for code, (a, b) in AGE_GROUP_RANGES.items() if a <= high and low <= b]

    @property
    def is_national(self) -> bool:
        return self.service_area.national

    @property
    def points(self) -> list[tuple[float, float]]:
        return [(loc.latitude, loc.longitude) for loc in self.locations if loc.has_point]  # type: ignore[misc]

    @property
    def self_referral(self) -> bool:
        return "self-referral" in self.referral_routes

    @property
    def listed(self) -> bool:
        """Shown in searches: every status but closed."""
        return self.status != ListingStatus.CLOSED

    @property
    def source_year(self) -> int | None:
        return int(self.source_date[:4]) if self.source_date else None


# --- validation with errors a maintainer can act on ---------------------------------------


class RecordError(Exception):
    """A record that failed validation: names the file, the record and the field."""

    def __init__(self, source: str, record: str, field: str, message: str) -> None:
        self.source, self.record, self.field, self.message = source, record, field, message
        super().__init__(f"{source}: record {record}: field {field}: {message}")


def validate_record(
    raw: Any, source: str, position: int
) -> tuple[Service | None, list[RecordError]]:
    """Validate one raw record; return the service or every error found in it."""
    label = f"#{position}"
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        label = f"#{position} ({raw['id']})"
    if not isinstance(raw, dict):
        return None, [RecordError(source, label, "(record)", "a record must be a JSON object")]
    try:
        return Service.model_validate(raw), []
    except ValidationError as exc:
        return None, [
            RecordError(source, label, ".".join(map(str, err["loc"])) or "(record)", err["msg"])
            for err in exc.errors()
        ]


def validate_records(raws: Iterable[Any], source: str) -> tuple[list[Service], list[RecordError]]:
    """Validate many records; duplicate ids are errors too. Never drops a record silently."""
    services: list[Service] = []
    errors: list[RecordError] = []
    seen: set[str] = set()
    for position, raw in enumerate(raws, start=1):
        service, errs = validate_record(raw, source, position)
        errors.extend(errs)
        if service is None:
            continue
        if service.id in seen:
            errors.append(RecordError(source, f"#{position} ({service.id})", "id", "duplicate id"))
            continue
        seen.add(service.id)
        services.append(service)
    return services, errors


def to_records(services: Iterable[Service]) -> list[dict[str, Any]]:
    """Services as JSON-ready records (defaults left out, so files stay short and diffable)."""
    return [s.model_dump(mode="json", exclude_defaults=True) for s in services]
