"""Every controlled vocabulary of a listing, in one place: each maps a stable code (used in
URLs, the index, the API, the CLI and exports) to a plain label, and the tables below say which
listing field uses which, so the model's validation, the search parameters, the web filters, the
API's OpenAPI document, the CLI's options and the exports are all read from here.

Imports nothing of ours. (Where a typed place stands, ``geo.LocationStatus``, lives with the
gazetteer, which may not import this.)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

AUDIENCES: dict[str, str] = {
    "children-young-people": "Children and young people",
    "adult-survivors": "Adults",  # the code is kept: URLs, the API and the judged set use it
    "parents-carers": "Parents and carers",
    "family-friends": "Family and friends",
    "professionals": "Professionals",
    "people-worried-about-own-behaviour": "People worried about their own thoughts or behaviour",
}

SUPPORT_TYPES: dict[str, str] = {
    "helpline": "Helpline",
    "counselling-therapy": "Counselling and therapy",
    "advocacy-isva": "Advocacy and ISVA",
    "support-groups": "Support groups",
    "family-support": "Family support",
    "practical-legal": "Practical and legal help",
    "sarc": "Sexual assault referral centre",
    "information-advice": "Information and advice",
}

DELIVERY_MODES: dict[str, str] = {
    "phone": "Phone",
    "online-chat": "Online chat",
    "email": "Email",
    "text": "Text message",
    "video": "Video call",
    "face-to-face": "Face to face",
}

REFERRAL_ROUTES: dict[str, str] = {
    "self-referral": "You can contact them yourself",
    "professional-referral": "A professional can refer you",
}

ABUSE_TYPES: dict[str, str] = {
    "child-sexual-abuse": "Child sexual abuse",
    "abuse-in-the-family": "Abuse within the family",
    "sexual-violence": "Rape and sexual violence",
    "online-abuse": "Online abuse",
    "any-crime": "Any crime",
    "emotional-distress": "Emotional distress",
    "honour-based-abuse": "Honour-based abuse and forced marriage",
}

#: the languages a service can be filtered by: only Welsh, where its sources say it helps in
#: Welsh (``Service.languages``); nothing is assumed from where a service is
LANGUAGE_FILTER: dict[str, str] = {
    "welsh": "Welsh-speaking service",
}
#: how sources write Welsh in a listing's ``languages``
WELSH_NAMES = frozenset({"welsh", "cymraeg", "welsh language", "welsh-language"})

#: the age filter: how old the person the help is for is, in groups (code -> label). A service
#: is in a group when its stated ages (minimum_age, maximum_age) take in any age of the group, and
#: in every group when it states none: a child of 9 ("5-9") drops a service for ages 10 to 18
AGE_GROUPS: dict[str, str] = {
    "0-4": "Under 5",
    "5-9": "5 to 9",
    "10-12": "10 to 12",
    "13-15": "13 to 15",
    "16-17": "16 or 17",
    "18-24": "18 to 24",
    "25-plus": "25 or over",
}
#: each age group's youngest and oldest age
AGE_GROUP_RANGES: dict[str, tuple[int, int]] = {
    "0-4": (0, 4),
    "5-9": (5, 9),
    "10-12": (10, 12),
    "13-15": (13, 15),
    "16-17": (16, 17),
    "18-24": (18, 24),
    "25-plus": (25, 120),
}

#: --- who a service is for beyond age and role (issue 26) ---------------------------------
#: People a service says it is for, or works with in their own language or faith, as its
#: sources state (``Service.communities``; never guessed from a name or an area). LGBT+ and
#: boys and men are read from ``genders`` too (``Service.community_terms``).
COMMUNITIES: dict[str, str] = {
    "deaf-bsl": "Deaf people and BSL users",
    "disabled": "Disabled people",
    "learning-disability": "People with learning disabilities or autism",
    "black-minoritised": "Black and minoritised communities",
    "muslim": "Muslim communities",
    "jewish": "Jewish communities",
    "lgbt": "LGBT+ people",
    "boys-men": "Boys and men",
}

GENDERS: dict[str, str] = {
    "any": "Any gender",
    "female": "Women and girls",
    "male": "Men and boys",
    "lgbt": "LGBT+ people",
}

#: where a record came from: the data shipped with the app, a refresh from the authoritative
#: directory, or a maintainer's curated addition (`directory import`)
ORIGINS: dict[str, str] = {
    "bundled": "Shipped with the app",
    "source": "Refreshed from the CSA Centre directory",
    "curated": "Added by a maintainer",
    "oruk": "Imported from an Open Referral UK feed",
}


#: Open Referral UK / HSDS-style service statuses, with the two states the research found
#: most often: a closed waiting list and a service at risk of closing. Closed services are
#: kept (an old link still says what happened) but never listed in searches.
class ListingStatus(StrEnum):
    ACTIVE = "active"
    WAITING_LIST_CLOSED = "waiting-list-closed"
    MAY_BE_CLOSING = "may-be-closing"
    UNCONFIRMED = "unconfirmed"
    TEMPORARILY_CLOSED = "temporarily-closed"
    CLOSED = "closed"


STATUSES: dict[str, str] = {
    ListingStatus.ACTIVE: "Open",
    ListingStatus.WAITING_LIST_CLOSED: "Waiting list closed",
    ListingStatus.MAY_BE_CLOSING: "May be closing",
    ListingStatus.UNCONFIRMED: "Details not confirmed",
    ListingStatus.TEMPORARILY_CLOSED: "Temporarily closed",
    ListingStatus.CLOSED: "Closed",
}

#: Open Referral UK's service status for each of ours: a closed waiting list, a service that
#: may be closing and one whose details are not confirmed are all still running
ORUK_STATUSES: dict[str, str] = {
    ListingStatus.ACTIVE: "active",
    ListingStatus.WAITING_LIST_CLOSED: "active",
    ListingStatus.MAY_BE_CLOSING: "active",
    ListingStatus.UNCONFIRMED: "active",
    ListingStatus.TEMPORARILY_CLOSED: "inactive",
    ListingStatus.CLOSED: "defunct",
}

#: What kind of page a listing's facts were read from (shown to people as one plain line).
SOURCE_KINDS: dict[str, str] = {
    "own-website": "the service's own website",
    "official": "an official page (NHS, council, police or inspection report)",
    "news": "a news report",
    "csa-centre": "the CSA Centre directory",
    "other": "another website",
}

#: How exactly a venue's point is known.
PRECISIONS: dict[str, str] = {
    "postcode-district": "the centre of its postcode district",
    "town": "the centre of its town",
}

#: England's nine regions and Wales, as the gazetteer names them.
REGIONS: tuple[str, ...] = (
    "North East",
    "North West",
    "Yorkshire and the Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
)

COUNTRIES: tuple[str, ...] = ("England", "Wales")


@dataclass(frozen=True)
class Filter:
    """A field people can filter searches by."""

    #: the name in URLs, the index, the API and the CLI (``--audience``)
    name: str
    #: the listing's field that holds the codes
    attribute: str
    #: the filter's question, as the search form asks it
    label: str
    terms: dict[str, str]


FILTERS: tuple[Filter, ...] = (
    Filter("audience", "audiences", "Who is this for", AUDIENCES),
    Filter("support", "support_types", "Type of support", SUPPORT_TYPES),
    Filter("delivery", "delivery_modes", "How it is delivered", DELIVERY_MODES),
    Filter("referral", "referral_routes", "How to get access", REFERRAL_ROUTES),
    # not a stored field: read from ``languages`` (Service.language_terms)
    Filter("language", "language_terms", "Language", LANGUAGE_FILTER),
    # not a stored field: read from ``minimum_age`` and ``maximum_age`` (Service.age_terms)
    Filter("age", "age_terms", "Age of the person the help is for", AGE_GROUPS),
    # not only a stored field: ``communities`` and what ``genders`` says (community_terms)
    Filter("community", "community_terms", "Communities", COMMUNITIES),
)

#: The filterable fields: name in URLs and the index -> (label, vocabulary).
FILTER_FIELDS: dict[str, tuple[str, dict[str, str]]] = {f.name: (f.label, f.terms) for f in FILTERS}
#: filter name -> the listing field holding its codes
FILTER_ATTRIBUTES: dict[str, str] = {f.name: f.attribute for f in FILTERS}

#: A listing's fields that hold codes of a vocabulary -> (vocabulary, what one code is called
#: in an error message). Lists and single codes alike; the model validates all of them.
TERM_FIELDS: dict[str, tuple[dict[str, str], str]] = {
    "support_types": (SUPPORT_TYPES, "support type"),
    "audiences": (AUDIENCES, "audience"),
    "abuse_types": (ABUSE_TYPES, "abuse type"),
    "genders": (GENDERS, "gender"),
    "delivery_modes": (DELIVERY_MODES, "delivery mode"),
    "referral_routes": (REFERRAL_ROUTES, "referral route"),
    "status": (STATUSES, "status"),
    "origin": (ORIGINS, "origin"),
    "source_kind": (SOURCE_KINDS, "source kind"),
    "communities": (COMMUNITIES, "community"),
}
