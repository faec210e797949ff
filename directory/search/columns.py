"""One index build's listings as arrays, so that filters, facets and ordering are a few vector
operations instead of a Python loop over every match.

Services sit at fixed positions in name order (case-folded name, then id): a position is the
tie-break rank, and a set of services is a boolean array over positions. Built in memory when
a build is opened (``store.py``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from ..model import Service
from ..vocabulary import FILTER_FIELDS
from .communities import within_named
from .open_to_all import open_to_everyone_affected
from .schema import KEYWORD_FIELDS
from .weights import NO_ROUTE_WEIGHT, STATUS_WEIGHT, UNCONFIRMED_PHONE_WEIGHT

#: statuses that say a listing may not answer today (one that may be closing, or whose
#: waiting list is closed, still answers)
UNSURE_OPEN = frozenset({"unconfirmed", "temporarily-closed"})
#: (eleventh walk-through F4) a listing whose own description says it works to prevent abuse
#: ("works to prevent child sexual abuse", "how to keep children safe from sexual abuse"):
#: Parents Protect and the Lucy Faithfull Foundation, not the services answering abuse done
PREVENTION_WORDS = re.compile(
    r"\bprevent(?:s|ing|ion)? (?:child |children |the )?(?:sexual )?(?:abuse|harm)\b"
    r"|\bkeep(?:s|ing)? (?:children|a child|kids) safe from\b"
    r"|\bprotect(?:s|ing)? (?:children|a child|kids) from\b",
    re.IGNORECASE,
)
#: the filter fields that are taxonomies of the index as they are (``Columns.taxonomy``)
TAXONOMY_FIELDS = ("support", "audience", "delivery", "referral", "community")
#: (w27child) a listing's own words saying it takes people only once the abuse has been
#: reported or is being investigated ("once the abuse has been reported to police", "abuse that
#: is being investigated by police or social care", "for people going through the police and
#: court process", a "Pre-trial Support Service"); never "whether or not it was reported"
AFTER_A_REPORT = re.compile(
    r"\bpre-?trial\b"
    r"|\b(?:once|after|when|that|which) (?:the |sexual )?(?:abuse |harm |it )?"
    r"(?:has been|have been|is being|was|is) (?:reported to|investigated by) (?:the )?police\b"
    r"|\bgoing through the police and court process\b",
    re.IGNORECASE,
)
#: (w37adult) a listing's own words giving a report to children's services or social care as
#: the other way in ("reported to police or children's services", "investigated by police or
#: social care"): most abuse a professional or a parent asks about has been, so such a
#: service is not held back for them as one waiting on the police or a court is
#: (``Columns.police_only``)
OR_SOCIAL_CARE = re.compile(
    r"\bpolice,? (?:and/or|or) (?:by )?(?:children'?s services|social care|social services)\b"
    r"|\b(?:children'?s services|social care|social services),? (?:and/or|or) (?:the )?police\b",
    re.IGNORECASE,
)
#: (w36pro) a listing's own words saying it helps after past abuse, not only a recent assault
#: ("after recent or past sexual assault or abuse", "recent or non-recent", "recent or historic")
PAST_TOO = re.compile(
    r"\bnon-? ?recent\b|\brecent (?:or|and) (?:past|historic(?:al)?)\b"
    r"|\b(?:past|historic(?:al)?) (?:or|and) recent\b",
    re.IGNORECASE,
)
#: (w27child) statuses saying a service cannot take someone now: it may close, or takes nobody new
NOT_TAKING_NOW = frozenset({"may-be-closing", "waiting-list-closed", "temporarily-closed"})
#: a line for thoughts of suicide: its name, organisation or summary says so
SUICIDE_WORDS = re.compile(r"suicid", re.IGNORECASE)
#: (twelfth walk-through F3) a listing whose own description says it is for abuse in one
#: setting ("sexual abuse or harassment at school, college or another place of learning"):
#: the setting -> the words of a description saying so (the words of a search naming the
#: setting: ``aside.SETTING_NAMED``)
SETTING_WORDS = {
    "education": re.compile(
        r"\b(?:abuse|harassment|assault)\b[^.]*?\b(?:at|in) (?:a |your )?"
        r"(?:school|college|university|another place of learning)\b",
        re.IGNORECASE,
    ),
}

#: for each pattern above, groups of words every match of it holds one of (in lower case): an
#: ASCII text missing a group cannot match and is not searched (``_says``; what it saves in
#: opening a build: docs/performance.md)
NEEDED: dict[re.Pattern[str], tuple[tuple[str, ...], ...]] = {
    PREVENTION_WORDS: (("prevent", "safe from", "protect"),),
    SETTING_WORDS["education"]: (
        ("abuse", "harassment", "assault"),
        ("school", "college", "university", "place of learning"),
    ),
    SUICIDE_WORDS: (("suicid",),),
    PAST_TOO: (("recent",),),
}


@dataclass(frozen=True, eq=False)
class Columns:
    ids: tuple[str, ...]  # position -> service id
    positions: dict[str, int]  # service id -> position
    open: np.ndarray  # not closed
    national: np.ndarray  # helps wherever you live in England and Wales
    uk_wide: np.ndarray  # helps in Scotland and Northern Ireland too
    #: country -> services that help anywhere in that country (and name no smaller area)
    country_wide: dict[str, np.ndarray]
    #: filter field -> vocabulary code -> the services carrying it
    values: dict[str, dict[str, np.ndarray]]
    #: every taxonomy a query concept can name (the filter fields under the thesaurus's names,
    #: plus abuse types, genders and languages) -> code -> the services carrying it
    taxonomy: dict[str, dict[str, np.ndarray]]
    minimum_age: np.ndarray  # float, nan when not stated
    maximum_age: np.ndarray
    #: the same with no stated age read as no limit: 0 and 200 (every page compares them, so
    #: once per build rather than ``np.nan_to_num`` on each page)
    youngest: np.ndarray
    oldest: np.ndarray
    reachable: np.ndarray  # shows at least one way to reach the service
    #: the age from which it takes people by themselves (its listing's own
    #: ``self_referral_from_age``), 0 when it states none
    alone_from: np.ndarray
    #: shows a phone number not yet confirmed ("Phone number being confirmed")
    phone_unconfirmed: np.ndarray
    own_route: np.ndarray  # ... and one of the service's own (not only the NHS finder)
    phoned: np.ndarray  # (fourteenth walk-through F3) shows a confirmed number to call
    #: how far a status lets a listing be trusted to answer today (1 open ... 0.5)
    status_weight: np.ndarray
    #: where each listing came from (bundled, source, import...) -> the services from there
    origin: dict[str, np.ndarray]
    #: (fifth walk-through F3) whose status says the directory could not confirm it is open
    #: today ("We could not confirm that this line is still open", temporarily closed)
    unsure_open: np.ndarray
    #: (twelfth walk-through F3) whose status doubts that it answers today: may be closing,
    #: closed for now or to new people, or not confirmed with a note saying what is in doubt
    #: ("We could not confirm that this line is still open"); not one whose details alone
    #: could not be confirmed
    doubted: np.ndarray
    #: (issue 25, "lines that answer now first") open with nothing said against it (status
    #: active), and not showing only a phone number the directory could not confirm
    answers_now: np.ndarray
    #: (fourteenth walk-through F4) open, with a confirmed number, a text number or live chat:
    #: someone can be reached now (not only a website, nor a number still being confirmed)
    reach_now: np.ndarray
    #: (eighth walk-through F4) whose sources state no age policy (``Service.ages_not_stated``)
    ages_unstated: np.ndarray
    #: (twenty-ninth walk-through F1) stating no audience, open by its own words to everyone
    #: affected by sexual abuse (``open_to_all.open_to_everyone_affected``)
    open_to_all: np.ndarray
    #: (eleventh walk-through F4) whose own description says it works to prevent abuse
    #: (``PREVENTION_WORDS``)
    prevention: np.ndarray
    #: (twelfth walk-through F3) setting -> the services for abuse in it (``SETTING_WORDS``)
    settings: dict[str, np.ndarray]
    #: (w25lines, F10) a line for thoughts of suicide (``about_suicide``)
    suicide: np.ndarray
    #: (w25lines, F11) position -> the ways its card offers to reach it (``routes``)
    routes: tuple[tuple[str, ...], ...]
    #: position -> the ways to talk to someone its card shows (``talk_ways``)
    talk: tuple[frozenset[str], ...]
    #: (w27child) whose own words say it takes people only once the abuse has been reported to
    #: the police (``AFTER_A_REPORT``), and whose status says it takes nobody new now
    after_a_report: np.ndarray
    #: (w37adult) of those, the ones whose words give no report to children's services or
    #: social care as the other way in (``OR_SOCIAL_CARE``): a pre-trial service
    police_only: np.ndarray
    not_taking_now: np.ndarray
    #: (w36pro) whose own words say it helps after past abuse too (``PAST_TOO``)
    past_too: np.ndarray
    #: whose card says how to reach it could not be confirmed (``contact_unconfirmed``), and
    #: whose card shows a confirmed way, open as usual (``contactable``)
    contact_unsure: np.ndarray
    contactable: np.ndarray

    @classmethod
    def of(
        cls, services: Mapping[str, Service], having: Callable[[str, str], Iterable[str]]
    ) -> Columns:
        """Arrays over ``services``; ``having(index_field, term)``: the ids it holds (postings)."""
        ids = tuple(sorted(services, key=lambda sid: (services[sid].name.casefold(), sid)))
        positions = {sid: n for n, sid in enumerate(ids)}
        ordered = [services[sid] for sid in ids]

        mask = functools.partial(_mask, positions, having)
        values = {
            name: {code: mask(KEYWORD_FIELDS[name], code) for code in vocabulary}
            for name, (_, vocabulary) in FILTER_FIELDS.items()
        }

        having_terms = functools.partial(_having_terms, ordered)
        ages = functools.partial(_ages, ordered)
        flags = functools.partial(_flags, ordered)
        return cls(
            ids=ids,
            positions=positions,
            open=~mask("status", "closed"),
            national=flags(lambda s: s.is_national),
            uk_wide=flags(lambda s: s.service_area.uk_wide),
            country_wide=having_terms(_whole_countries),
            values=values,
            taxonomy=_taxonomy(values, having_terms),
            minimum_age=ages(lambda s: s.minimum_age),
            maximum_age=ages(lambda s: s.maximum_age),
            youngest=np.nan_to_num(ages(lambda s: s.minimum_age), nan=0),
            oldest=np.nan_to_num(ages(lambda s: s.maximum_age), nan=200),
            reachable=flags(lambda s: s.contact.has_route),
            alone_from=np.nan_to_num(ages(_alone_from), nan=0),
            phone_unconfirmed=flags(_unconfirmed_phone),
            own_route=flags(lambda s: s.contact.has_own_route),
            phoned=flags(lambda s: bool(s.contact.callable_phone)),
            status_weight=np.array([_status_weight(s) for s in ordered]),
            origin=having_terms(lambda s: (s.origin,)),
            unsure_open=flags(lambda s: s.status in UNSURE_OPEN),
            doubted=flags(_doubted),
            answers_now=flags(_answers_now),
            reach_now=flags(_reach_now),
            ages_unstated=flags(lambda s: s.ages_not_stated),
            open_to_all=flags(open_to_everyone_affected),
            prevention=flags(_describes(PREVENTION_WORDS)),
            settings={name: flags(_describes(words)) for name, words in SETTING_WORDS.items()},
            suicide=flags(about_suicide),
            routes=tuple(routes(s) for s in ordered),
            talk=tuple(frozenset(talk_ways(s)) for s in ordered),
            after_a_report=flags(_after_a_report),
            police_only=flags(_police_only),
            not_taking_now=flags(lambda s: s.status in NOT_TAKING_NOW),
            past_too=flags(lambda s: _says(PAST_TOO, f"{s.description} {s.eligibility}")),
            contact_unsure=flags(contact_unconfirmed),
            contactable=flags(contactable),
        )

    def __len__(self) -> int:
        return len(self.ids)

    def prior(self) -> np.ndarray:
        """What a listing is worth before any words: one that shows no way to reach the
        service, or whose status says it may not answer, ranks below one that can."""
        prior: np.ndarray = np.where(self.reachable, 1.0, NO_ROUTE_WEIGHT) * self.status_weight
        prior *= np.where(self.phone_unconfirmed, UNCONFIRMED_PHONE_WEIGHT, 1.0)
        return prior

    def any_of(self, taxonomy: Iterable[tuple[str, Iterable[str]]]) -> np.ndarray:
        """Services carrying any of the (field, codes) given."""
        found = self.none()
        for name, codes in taxonomy:
            for code in codes:
                mask = self.taxonomy.get(name, {}).get(code)
                if mask is not None:
                    found |= mask
        return found

    def having(self, name: str, *codes: str) -> np.ndarray:
        """Services carrying any of ``codes`` of one taxonomy (a new array)."""
        return self.any_of([(name, codes)])

    def everywhere(self, country: str | None = None) -> np.ndarray:
        """Services available wherever you live: national ones, and those covering the whole
        of ``country`` (of any country when none is given)."""
        found = self.national.copy()
        for name, services in self.country_wide.items():
            if country is None or name == country:
                found |= services
        return found

    def none(self) -> np.ndarray:
        return np.zeros(len(self.ids), dtype=bool)

    def meeting(
        self, filters: Mapping[str, tuple[str, ...]], skip: str | None = None
    ) -> np.ndarray:
        """Services meeting every filter field but ``skip`` (values of one field OR, fields
        AND)."""
        chosen = np.ones(len(self.ids), dtype=bool)
        for name, codes in filters.items():
            if name != skip and codes:
                chosen &= np.logical_or.reduce([self.values[name][code] for code in codes])
        return chosen


def _having_terms(
    ordered: list[Service], terms_of: Callable[[Service], Iterable[str]]
) -> dict[str, np.ndarray]:
    """Each code ``terms_of`` gives -> the services (over positions) giving it."""
    found: dict[str, np.ndarray] = {}
    for position, service in enumerate(ordered):
        for code in terms_of(service):
            found.setdefault(code, np.zeros(len(ordered), dtype=bool))[position] = True
    return found


def _ages(ordered: list[Service], value: Callable[[Service], int | None]) -> np.ndarray:
    return np.array([np.nan if (v := value(s)) is None else float(v) for s in ordered], dtype=float)


def _whole_countries(service: Service) -> Iterable[str]:
    """The countries a service covers whole (and names no smaller area in)."""
    area = service.service_area
    if service.is_national or area.local_authorities or area.regions:
        return ()
    return area.countries


def _answers_now(service: Service) -> bool:
    """Open with nothing said against it (status active), and not showing only a phone number
    the directory could not confirm: a confirmed number, a text number or live chat answers
    now. (A listing that shows no phone at all is not held back here: the judged sets grade
    NAPAC, whose listing shows only its website, as the first answer for adult survivors;
    docs/search.md.)"""
    contact = service.contact
    other_way = bool(contact.text or "online-chat" in service.delivery_modes)
    unconfirmed_only = bool(contact.phone) and not contact.phone_verified and not other_way
    return service.status == "active" and not unconfirmed_only


def _reach_now(service: Service) -> bool:
    """Whether the listing shows a way to reach someone now (``Columns.reach_now``)."""
    contact = service.contact
    way = contact.callable_phone or contact.text or "online-chat" in service.delivery_modes
    return service.status == "active" and bool(way)


def _unconfirmed_phone(service: Service) -> bool:
    """Whether the listing shows a number not yet confirmed ("Phone number being confirmed")."""
    return bool(service.contact.phone) and not service.contact.phone_verified


def about_suicide(service: Service) -> bool:
    """A line for thoughts of suicide (its name, organisation or summary says so)."""
    return _says(SUICIDE_WORDS, f"{service.name} {service.organisation} {service.description}")


def talk_ways(service: Service) -> set[str]:
    """The ways to talk to someone a listing shows: its number, its text number, live chat."""
    contact = service.contact
    ways = {"tel:" + re.sub(r"\D", "", contact.phone)} if contact.phone else set()
    if contact.text:
        ways.add("sms:" + re.sub(r"\D", "", contact.text))
    if "online-chat" in service.delivery_modes:
        ways.add("chat")
    return ways


def routes(service: Service) -> tuple[str, ...]:
    """The ways a card offers to reach the service, the first first: its number to call (digits
    only), then its website (without scheme, "www." or a last "/"). Two cards where one's first
    is among the other's reach the same line (Stop It Now and the Lucy Faithfull Foundation,
    which runs it, share a number; Lucy Faithfull Foundation Wales shows only Stop It Now's
    website)."""
    contact = service.contact
    found = []
    if contact.phone:
        found.append("tel:" + re.sub(r"\D", "", contact.phone))
    if contact.website:
        site = re.sub(r"^https?://(?:www\.)?", "", str(contact.website).casefold())
        found.append("web:" + site.rstrip("/"))
    return tuple(found)


def _describes(words: re.Pattern[str]) -> Callable[[Service], bool]:
    """Whether a listing's own description says ``words``."""
    return lambda service: _says(words, service.description)


def _says(words: re.Pattern[str], text: str) -> bool:
    """Whether ``words`` (one of ``NEEDED``'s patterns, or any) is found in ``text``; the same
    as ``words.search``, but an ASCII text missing one of the words ``NEEDED`` gives the
    pattern is not searched. (Only ASCII: ``re.IGNORECASE`` also takes a few other letters for
    ASCII ones, the Kelvin sign for "k", which ``str.lower`` does not.)"""
    if text.isascii():
        lower = text.lower()
        if not all(any(word in lower for word in group) for group in NEEDED.get(words, ())):
            return False
    return bool(words.search(text))


def _mask(
    positions: Mapping[str, int], having: Callable[[str, str], Iterable[str]], field: str, term: str
) -> np.ndarray:
    """The services ``having(field, term)`` holds, as an array over ``positions``."""
    found = np.zeros(len(positions), dtype=bool)
    found[[positions[sid] for sid in having(field, term)]] = True
    return found


def _taxonomy(
    values: dict[str, dict[str, np.ndarray]],
    having_terms: Callable[[Callable[[Service], Iterable[str]]], dict[str, np.ndarray]],
) -> dict[str, dict[str, np.ndarray]]:
    """``Columns.taxonomy``: the filter fields under the thesaurus's names (a community within
    a wider one met only when named: ``communities.within_named``), abuse types, genders and
    languages."""
    return {
        **{name: values[name] for name in TAXONOMY_FIELDS},
        "community": within_named(values["community"]),
        "abuse": having_terms(lambda s: s.abuse_types),
        "gender": having_terms(lambda s: s.genders),
        "language": having_terms(lambda s: s.languages),
    }


def contact_unconfirmed(service: Service) -> bool:
    """Whether a card says the directory could not confirm how to reach the service: the
    listing is not confirmed, or it is a line to phone that shows no confirmed number or text
    number (nor the NHS finder, a confirmed route of its own)."""
    if service.status == "unconfirmed":
        return True
    contact = service.contact
    line = "helpline" in service.support_types or "phone" in service.delivery_modes
    return line and not (contact.callable_phone or contact.text or contact.finder)


def contactable(service: Service) -> bool:
    """Whether a card shows a confirmed way to reach the service, open as usual."""
    return (
        service.status == "active"
        and service.contact.has_route
        and not contact_unconfirmed(service)
    )


def _flags(ordered: list[Service], flag: Callable[[Service], bool]) -> np.ndarray:
    """``flag`` of each service of ``ordered``, as an array over positions."""
    return np.array([flag(s) for s in ordered], dtype=bool)


def _police_only(service: Service) -> bool:
    """Taking people only after a report to the police (not one to social care either)."""
    words = f"{service.description} {service.eligibility}"
    return _after_a_report(service) and not _says(OR_SOCIAL_CARE, words)


def _alone_from(service: Service) -> int | None:
    """The age from which ``service`` takes people by themselves, when its listing says."""
    return service.self_referral_from_age if service.self_referral else None


def _after_a_report(service: Service) -> bool:
    """Its own words say it takes people only after a report to the police (``AFTER_A_REPORT``)."""
    return bool(
        AFTER_A_REPORT.search(f"{service.name} {service.description} {service.eligibility}")
    )


def _doubted(service: Service) -> bool:
    """Whether a listing's status doubts that it answers today (``Columns.doubted``)."""
    if service.status == "unconfirmed":
        return bool(service.status_note)
    return service.status != "active"


def _status_weight(service: Service) -> float:
    """How far a listing's status lets it be trusted to answer today. (One reached only
    through a finder, the NHS one, is not ranked lower: the finder is a route, and ×0.9 sent
    the only local SARC from first to after every national line; docs/search.md.)"""
    return STATUS_WEIGHT.get(service.status, 1.0)
