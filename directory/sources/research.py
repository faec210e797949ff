"""The team's researched records -> the app's bundled listings, every record accounted for.

A research folder (``bundled_data/research/``) holds the researched records (``*.jsonl``: facts,
each with the page it was seen on) and ``curation/*.json``: what a person decided while reading
them (taxonomy, areas, a plain summary, merge or leave out; see ``curation/README.md``). This
module joins the two. It never adds a fact the record does not hold; what it derives (a venue's
point from its postcode or town, the councils of a police force area, the age and kind of the
source page) is derived from bundled files and said so.

Text written by researchers for maintainers (where a fact was seen, doubts, disagreements) goes
to ``verify`` and is never public. A researcher's text that is otherwise shown (opening hours,
who a service is for) is shown only when it reads as plain facts (``public_text``); otherwise it
is withheld, and the report says so.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..geo import Gazetteer, PoliceForceAreas
from ..model import RecordError, Service, to_records, validate_records

NATIONAL_FILES = (
    "national-services.jsonl",
    "national-services-more.jsonl",
    "specialist-services-seen.jsonl",
)
LOCAL_FILES = ("local-services-seen.jsonl", "regional-services-seen.jsonl")
#: contact routes found later, each with its page and date: a line with ``listing_id`` adds to
#: that listing, a line with ``left_out_record`` and ``name`` to the regional record so named
CONTACT_FILES = ("contacts-2026-12.jsonl", "contacts-2026-12-more.jsonl")
NHS_SARC_FINDER = "https://www.nhs.uk/sarcs"
#: the services' own Welsh (name and description) by listing id, each with the page it was
#: read on and when (``curation/welsh.json``, kept apart from the other curation files)
WELSH_FILE = "welsh.json"
SARC_KINDS = {"sarc", "paediatric-sarc"}

#: words that mark researchers' text for maintainers: never shown to the public
MAINTAINER_TEXT = re.compile(
    r"\(|\bseen\b|\bper\b|\bpage\b|wikipedia|\bsource|\breported\b(?! to\b)|unconfirmed"
    r"|not confirmed|\bcheck\b|\bolder\b|\barticle|\bnews\b|\bblog\b|\bCQC\b|\binferred\b"
    r"|\bconflict"
    r"|\bverify\b|\bleaflet\b|\bcopy\b|\bc\.\s?\d|same page",
    re.IGNORECASE,
)

_OFFICIAL_HOSTS = (
    ".gov.uk",
    ".nhs.uk",
    "nhs.uk",
    ".nhs.wales",
    ".police.uk",
    "cqc.org.uk",
    ".gov.wales",
    "gov.wales",
    ".llyw.cymru",
    ".parliament.uk",
    "nhs.wales",
)
#: blog platforms: a site on one is someone's blog, whatever its name ("wordpress" holds
#: "press"), never a newspaper
_BLOG_HOSTS = (
    "wordpress.com",
    "blogspot.com",
    "blogspot.co.uk",
    "medium.com",
    "tumblr.com",
    "wixsite.com",
    "weebly.com",
    "substack.com",
)
#: copies of CQC inspection pages on its development and test hosts and its web developer's
#: (axis12.com): inspection reports, the same kind of page as www.cqc.org.uk's
_CQC_COPY = re.compile(r"^(dev|test)\.cqc\.org\.uk$|^[a-z0-9-]*cqc[a-z0-9-]*\.axis12\.com$")
_NEWS_WORDS = re.compile(
    r"news|bbc|echo|gazette|advertiser|post|times|herald|press|chronicle|mirror|telegraph"
    r"|examiner|today|express|journal|observer|mercury|star|guardian|independent|itv|radio"
    r"|argus|standard|sentinel|mail|live\.|reporter|weekly|courier",
    re.IGNORECASE,
)
_MONTHS = {
    m: n
    for n, m in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}
_MONTHS_BY_ABBR = {m[:3]: n for m, n in _MONTHS.items()}
_DATE = re.compile(
    r"(?:(\d{1,2})(?:-\d{1,2})?\s+)?"
    r"(?:(" + "|".join(_MONTHS) + r"|" + "|".join(m[:3] for m in _MONTHS) + r")\.?\s+)?"
    r"((?:19|20)\d{2})\b",
    re.IGNORECASE,
)


#: what says a service is for adults only (or sends children elsewhere): an age limit, "adult",
#: "men"/"women" without "boys"/"girls", a service for those abused in the past "as children"
_ADULTS_ONLY = re.compile(
    r"\badults?\b|\bover[- ]?1[6-8]s?\b|\b1[6-8] ?\+|\baged? 1[6-8]\b|\b1[6-8] and over\b"
    r"|\bchildhood\b|\babused as children\b|\bchildren\b[^.;]*\b(?:served by|go to|seen by)\b",
    re.IGNORECASE,
)
_MEN_OR_WOMEN = re.compile(r"\b(?:wo)?men\b", re.IGNORECASE)
_BOYS_OR_GIRLS = re.compile(r"\b(?:boys?|girls?|young people|children)\b", re.IGNORECASE)


def states_adults_only(raw: dict[str, Any], cur: dict[str, Any]) -> bool:
    """Whether a researched record says its service is not for children: a minimum age, or
    its ``who_for`` (or note) naming adults, an age of 16 or more, or children going
    elsewhere. Nothing said means nothing excluded."""
    if raw.get("min_age") is not None or cur.get("minimum_age") is not None:
        return True
    if cur.get("adults_only"):
        # a curator's reading of every source as speaking only of adults ("The Blue Door":
        # a Safeguarding Adults Board entry, "for adults experiencing domestic abuse")
        return True
    if re.search(r"\badults?\b", str(raw.get("name") or ""), re.IGNORECASE):
        # "RASA Merseyside (adult services)": its children's service is listed on its own
        # (fourth data check, finding 3)
        return True
    who = str(raw.get("who_for") or raw.get("serves") or "")
    if _ADULTS_ONLY.search(who):
        return True
    if _MEN_OR_WOMEN.search(who) and not _BOYS_OR_GIRLS.search(who):
        return True
    note = str(raw.get("note") or "")
    return bool(re.search(r"\bover[- ]?18s?\b|\b18 ?\+|\bchildren go to\b", note, re.I))


#: what in a record or contacts line says its number must not be offered to call yet: pages that
#: disagree on the number, or the researcher asking for it to be confirmed before it is shown
_PHONE_DOUBT = re.compile(
    r"confirm the current public number|different numbers|numbers? conflict"
    r"|confirm[^.;]{0,40}before (?:listing|showing)|before showing as current",
    re.IGNORECASE,
)
_CONFIRM_FIRST_NOTE = (
    "Phone number seen on a page that is not the service's own or an official one: "
)
#: a researcher doubting that the operator a record names still runs the service
_OPERATOR_DOUBT = re.compile(r"\b(?:provider|operator)\b[^.;]{0,30}\bmay have changed", re.I)
#: the generic NHS sentence about all SARCs ("regardless of age"), wrong on a children's centre
#: a researcher's note that the page states no age policy ("Self-referral and age policy not
#: stated on this page.")
_AGES_NOT_STATED = re.compile(
    r"\bage policy not stated|\bages? (?:policy )?not (?:stated|given)", re.IGNORECASE
)
_ANY_AGE = re.compile(r"regardless of age|\bany age\b|whatever (?:their )?age", re.IGNORECASE)


def phone_in_doubt(*texts: str) -> bool:
    """Whether a researcher's notes say the number is not to be offered to call yet."""
    return any(_PHONE_DOUBT.search(str(t or "")) for t in texts)


class ResearchError(Exception):
    """The research folder cannot be read as a whole (missing files, broken JSON)."""


_PHONE = re.compile(r"\+?[0-9][0-9 ()-]{5,22}[0-9]")


def first_phone(text: str) -> str:
    """The first phone number in a researcher's phone field ("0808 169 8112 (public); …")."""
    found = _PHONE.search(str(text or ""))
    if not found:
        return ""
    number = found.group(0).strip()
    # "(0116) 273 3330" is read from its first digit: drop the bracket left without its pair
    if number.count(")") != number.count("("):
        number = number.replace(")", "").replace("(", "")
    return " ".join(number.split())


def public_text(text: str) -> str:
    """``text`` if it reads as plain facts for the public, else "" (kept for maintainers)."""
    text = " ".join(str(text or "").split())
    return "" if MAINTAINER_TEXT.search(text) else text


#: a researcher's aside inside a name or organisation: a year ("(2017)", "(since 2018)"), or
#: where the fact came from or what happened to it ("transferred from Savana", "listed by")
_NOTE_ASIDE = re.compile(
    r"\b(?:19|20)\d\d\b|\btransferred\b|\bsince\b|\bas of\b|\blisted\b|\bseen\b|\bper\b"
    r"|\bsource|\baccording\b|\bnotes?\b|unconfirmed|not confirmed|\bcheck\b|\binferred\b",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\s*\(([^()]*)\)")


def without_notes(text: str) -> tuple[str, list[str]]:
    """``text`` (a name or an organisation) without a researcher's asides, and the asides.

    "Staffordshire Women's Aid - ISVA service (transferred from Savana)" reads as the name
    the service uses; "(Telford adult service, 2020)" and a clause after ";" such as
    "CISVA listed by Barnsley Council" are notes for maintainers, not part of a name."""
    text = " ".join(str(text or "").split())
    notes: list[str] = []

    def aside(found: re.Match[str]) -> str:
        if _NOTE_ASIDE.search(found.group(1)):
            notes.append(found.group(1))
            return ""
        return found.group(0)

    kept = _BRACKETED.sub(aside, text)
    clauses = [c.strip() for c in kept.split(";")]
    public = [clauses[0]] + [c for c in clauses[1:] if not _NOTE_ASIDE.search(c)]
    notes += [c for c in clauses[1:] if _NOTE_ASIDE.search(c)]
    return "; ".join(c for c in public if c).strip(" -;,"), notes


def host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


_PCC_HOST = re.compile(r"(^|[.-])o?p?f?cc[.-]")


def source_kind(url: str, own_site: str = "", organisation: str = "") -> str:
    """What kind of page ``url`` is: the service's own website (or its organisation's, as
    nspcc.org.uk is Childline's), official, news or other."""
    where = host(url)
    if own_site and where == host(own_site):
        return "own-website"
    name = re.sub(r"[^a-z0-9]", "", organisation.casefold())
    if name and where.split(".")[0] == name:
        return "own-website"
    # NHS, councils, police, police and crime commissioners ("durham-pcc.gov.uk"), inspections;
    # "pcc" inside a word (nspcc.org.uk) is not a commissioner
    if where.endswith(_OFFICIAL_HOSTS) or _PCC_HOST.search(where) or is_cqc_copy(url):
        return "official"
    if any(where == blog or where.endswith("." + blog) for blog in _BLOG_HOSTS):
        return "other"
    if _NEWS_WORDS.search(where):
        return "news"
    return "other"


def is_cqc_page(url: str) -> bool:
    """Whether ``url`` is a CQC page (www.cqc.org.uk or a copy on its development hosts)."""
    where = host(url)
    return where == "cqc.org.uk" or where.endswith(".cqc.org.uk") or is_cqc_copy(url)


def is_cqc_copy(url: str) -> bool:
    """Whether ``url`` is a CQC page on a development or test host (dev.cqc.org.uk,
    gl-dpcqc.axis12.com), not the public www.cqc.org.uk."""
    return bool(_CQC_COPY.match(host(url)))


def public_cqc_page(url: str, others: Iterable[str]) -> str:
    """The public cqc.org.uk page among ``others`` for the same location as the CQC copy
    ``url`` ("/location/1-123/reports"), else the same path on www.cqc.org.uk; "" when
    ``url`` is not a CQC copy."""
    location = re.search(r"/location/([^/?#]+)", urlsplit(url).path)
    if not is_cqc_copy(url) or not location:
        return ""
    for other in others:
        if host(other) == "cqc.org.uk" and f"/location/{location.group(1)}" in other:
            return other
    # the same page at its public address (the hosts copy cqc.org.uk's paths)
    return urlunsplit(("https", "www.cqc.org.uk", urlsplit(url).path, "", ""))


#: a year that dates something other than the page: a founding, an anniversary, an inspection
#: the page reports (inside brackets, the researcher's aside)
_ASIDE = re.compile(r"\([^)]*\)")


def dated_in_record(raw: dict[str, Any], source_url: str) -> str:
    """The cited page's date where a national record keeps it outside ``source_date``: in
    ``sources[].date_seen_on_page`` for that page, or in its notes ("Source date: FAQ page
    last updated 4 November 2024"), when the page cited is still the one researched (fourth
    data check, finding 8)."""
    for seen in raw.get("sources") or []:
        if seen.get("url") == source_url and seen.get("date_seen_on_page"):
            return str(seen["date_seen_on_page"])
    if source_url != raw.get("source_url"):
        return ""
    found = re.search(r"\bSource dates?: ([^.]*)", str(raw.get("notes") or ""))
    text = found.group(1).split(";")[0] if found else ""
    # "own news 2019-2020": a span of several pages' dates, not the cited page's
    return "" if re.search(r"\d{4}\s*-\s*\d{4}", text) else text


def read_source_date(text: str) -> tuple[str, bool]:
    """The date the cited page shows, from a researcher's ``source_date`` text, as "YYYY",
    "YYYY-MM" or "YYYY-MM-DD", and whether it is approximate ("c.2019").

    Only the text's first part (before ";") is about the cited page: the rest dates other
    pages ("criteria page undated; BBC item c.September 2023"). A page the text calls
    undated has no date, whatever year an aside gives ("undated blog (founded 2006)");
    years in brackets are asides, not the page's date; two different years with nothing to
    say which is the page's ("2017 and 2025 news items") give no date."""
    text = str(text or "").split(";")[0]
    if re.search(r"\bundated\b|\bno date\b", text, re.IGNORECASE):
        return "", False
    text = _ASIDE.sub(" ", text)
    found = _DATE.search(text)
    if not found:
        return "", False
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", text))
    if len(years) > 1 and not re.search(r"\d{4}\s*-\s*\d{4}", text):
        return "", False
    day, month, year = found.groups()
    value = year
    if month:
        value += f"-{_MONTHS.get(month.lower()) or _MONTHS_BY_ABBR[month.lower()[:3]]:02d}"
        if day:
            value += f"-{int(day):02d}"
    before = text[: found.start()].lower()
    approximate = bool(re.search(r"\bc\.\s*$|\babout\s*$|undated|probably", before))
    return value, approximate


@dataclass
class Outcome:
    """What happened to one researched record."""

    source: str
    name: str
    decision: str  # imported | merged | left out | not curated
    target: str = ""  # the listing id (imported, merged)
    reason: str = ""
    problems: list[str] = field(default_factory=list)


@dataclass
class ResearchImport:
    national: list[Service]
    local: list[Service]
    outcomes: list[Outcome]
    errors: list[RecordError]

    @property
    def services(self) -> list[Service]:
        return self.national + self.local

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for outcome in self.outcomes:
            counts[outcome.decision] = counts.get(outcome.decision, 0) + 1
        return counts

    def report(self) -> str:
        """The maintainers' report: every researched record and what became of it."""
        counts = ", ".join(f"{n} {what}" for what, n in sorted(self.counts().items()))
        served = [s for s in self.services if s.listed]
        routed = sum(1 for s in served if s.contact.has_route)
        lines = [
            "# Research import report",
            "",
            "Made by `directory import-research`; do not edit by hand.",
            "",
            f"- researched records: {len(self.outcomes)} ({counts})",
            f"- listings: {len(self.services)} ({len(self.national)} national or country-wide,"
            f" {len(self.local)} local); {len(served)} listed (not closed)",
            f"- listed with a way to reach the service: {routed} of {len(served)}",
            "",
            "| file | researched record | outcome | listing | reason or problems |",
            "|---|---|---|---|---|",
        ]
        for o in self.outcomes:
            notes = "; ".join(filter(None, [o.reason, *o.problems])).replace("|", "/")
            lines.append(f"| {o.source} | {o.name} | {o.decision} | {o.target} | {notes} |")
        return "\n".join(lines) + "\n"


def _jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        with open(path, encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise ResearchError(f"{path}: {exc}") from exc


def read_curation(folder: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """Curation entries by (researched file, record name)."""
    entries: dict[tuple[str, str], dict[str, Any]] = {}
    for path in sorted((folder / "curation").glob("*.json")):
        if path.name in ("national-numbers.json", "hours.json", WELSH_FILE):
            continue
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ResearchError(f"{path}: {exc}") from exc
        for entry in document["records"]:
            key = (entry["source"], entry["name"])
            if key in entries:
                raise ResearchError(f"{path}: {key[1]!r} of {key[0]} is curated twice")
            entries[key] = entry
    return entries


def _optional_json(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ResearchError(f"{path}: {exc}") from exc


class _Builder:
    def __init__(self, folder: Path, gazetteer: Gazetteer, forces: PoliceForceAreas) -> None:
        self.folder = folder
        self.gazetteer = gazetteer
        self.forces = forces
        self.curation = read_curation(folder)
        numbers = _optional_json(folder / "curation" / "national-numbers.json")
        self.confirmed: dict[str, dict[str, str]] = numbers.get("confirmed", {})
        self.unconfirmed: dict[str, str] = numbers.get("unconfirmed", {})
        self.hours: dict[str, str] = _optional_json(folder / "curation" / "hours.json")
        self.welsh: dict[str, dict[str, str]] = _optional_json(
            folder / "curation" / WELSH_FILE
        ).get("services", {})
        self.outcomes: list[Outcome] = []
        self.contacts: list[tuple[str, dict[str, Any]]] = [
            (name, line)
            for name in CONTACT_FILES
            if (folder / name).exists()
            for line in _jsonl(folder / name)
        ]

    # --- areas and venues ------------------------------------------------------------------
    def area(self, cur: dict[str, Any], problems: list[str]) -> dict[str, Any]:
        given = cur.get("area") or {}
        codes: list[str] = []
        forces: list[str] = []
        for force in given.get("police_force_areas") or []:
            councils = self.forces.councils_in(force)
            if councils:
                forces.append(force)
                codes.extend(councils)
            else:
                problems.append(f"unknown police force area {force!r}")
        named: list[str] = []
        for name in given.get("councils") or []:
            found = self.gazetteer.council_codes_named(name)
            if found:
                codes.extend(found)
                named.append(self.gazetteer.councils[found[0]].name)
            else:
                problems.append(f"council {name!r} not in the gazetteer")
        area = {
            "national": bool(given.get("national")),
            "uk_wide": bool(given.get("uk_wide")),
            "countries": list(given.get("countries") or []),
            "regions": list(given.get("regions") or []),
            "local_authorities": list(dict.fromkeys(codes)),
            "police_force_areas": forces,
        }
        area["description"] = describe_area(area, named)
        return area

    def _place(self, town: str, area_codes: set[str]):
        """A town's point: the namesake inside the service's area, or the only one."""
        for name in dict.fromkeys([town, *reversed(town.split(","))]):
            found = self.gazetteer.resolve(name.strip())
            candidates = [found.place] if found.found and found.place else list(found.candidates)
            fitting = [
                c
                for c in candidates
                if c.local_authority_code in area_codes or c.county_code in area_codes
            ]
            chosen = fitting or (candidates if found.found else [])
            if chosen:
                return chosen[0]
        return None

    def venues(self, raw: dict[str, Any], area_codes: set[str], problems: list[str]):
        """Venues from the record's postcode, else its town(s) ("Exeter; Plymouth"), each with
        its point and how precisely it is known."""
        postcode = (raw.get("postcode") or "").strip()
        address = (raw.get("address") or "").strip()
        towns = [
            re.sub(r"\(.*?\)", "", part).strip(" .") for part in (raw.get("town") or "").split(";")
        ]
        towns = [t for t in towns if t]
        if not (postcode or towns or address):
            return []
        if postcode:
            found = self.gazetteer.resolve(postcode)
            if found.found and found.place:
                return [
                    dict(
                        address=address,
                        postcode=postcode,
                        latitude=round(found.place.latitude, 5),
                        longitude=round(found.place.longitude, 5),
                        precision="postcode-district",
                    )
                ]
            problems.append(f"venue postcode {postcode!r} not placed ({found.status})")
        venues = []
        for town in towns:
            place = self._place(town, area_codes)
            if place is None:
                continue
            venues.append(
                dict(
                    address=address if len(towns) == 1 and address else town,
                    latitude=round(place.latitude, 5),
                    longitude=round(place.longitude, 5),
                    precision="town",
                )
            )
        if not venues:
            problems.append(f"venue {raw.get('town') or address!r} not placed")
            if address:
                venues.append(dict(address=address, postcode=postcode))
        return venues

    # --- records ---------------------------------------------------------------------------
    def taxonomy(self, cur: dict[str, Any]) -> dict[str, Any]:
        keys = (
            "support_types",
            "audiences",
            "abuse_types",
            "genders",
            "delivery_modes",
            "referral_routes",
            "minimum_age",
            "maximum_age",
            "languages",
            "communities",
        )
        out = {k: cur[k] for k in keys if cur.get(k) not in (None, [], "")}
        out.setdefault("genders", ["any"])
        return out

    def national(self, source: str, raw: dict[str, Any], cur: dict[str, Any]) -> dict[str, Any]:
        problems: list[str] = []
        sid = cur.get("id") or raw["id"]
        confirmed = self.confirmed.get(raw["id"])
        verify = [f"Research notes: {raw['notes']}"] if raw.get("notes") else []
        if raw.get("serves"):
            verify.append(f"Who it serves, as researched: {raw['serves']}")
        unconfirmed = self.unconfirmed.get(raw["id"], "")
        phone = raw.get("phone", "")
        if phone and not confirmed and re.search(r"printed on no\b", unconfirmed):
            # a number research found on no page at all is not shown, even as "being confirmed"
            verify.append(f"Phone number not shown: {unconfirmed}")
            phone = ""
        if raw.get("phone") and not confirmed:
            verify.append(
                "Phone number not printed on the organisation's own or an official page: "
                "confirm it with the organisation before it is offered as a number to call."
                + (f" ({raw['phone_notes']})" if raw.get("phone_notes") else "")
            )
        # a curator's plain words (hours.json), else the record's own when it reads as plain
        # facts ("24 hours a day, every day of the year")
        hours = self.hours.get(sid, "") or public_text(raw.get("hours", ""))
        if re.match(r"not stated|unknown", hours, re.IGNORECASE):
            hours = ""
        if raw.get("hours") and not hours:
            verify.append(f"Opening hours, as researched (not shown): {raw['hours']}")
        # the page that confirms the number to call is the listing's source; the page the
        # research started from stays with the other sources
        source_url = raw["source_url"]
        other = list(raw.get("other_sources") or [])
        if confirmed and confirmed.get("page") and confirmed["page"] != source_url:
            other.insert(0, source_url)
            source_url = confirmed["page"]
        # the date the cited page shows, as for local listings (nhs-sarcs: 2 February 2026)
        date, approximate = read_source_date(
            cur.get("source_date") or raw.get("source_date", "") or dated_in_record(raw, source_url)
        )
        record = dict(
            id=sid,
            name=raw["name"],
            organisation=raw.get("organisation", ""),
            description=cur.get("summary", ""),
            **self.status(raw, cur),
            **self.taxonomy(cur),
            service_area=self.area(cur, problems),
            contact=dict(
                phone=phone,
                phone_verified=bool(confirmed) or not phone,
                phone_notes=cur.get("contact_note", ""),
                email=raw.get("email", ""),
                website=raw.get("website") or None,
                finder=NHS_SARC_FINDER if sid == "nhs-sarcs" else None,
                text=self.text_number(raw, cur, problems, verify),
            ),
            opening_hours=hours,
            source_url=source_url,
            source_kind=source_kind(
                source_url, raw.get("website", ""), raw.get("organisation", "")
            ),
            other_sources=list(dict.fromkeys(other)),
            source_date=date,
            source_date_approximate=approximate,
            last_checked=raw["recorded_on"],
            verify=verify,
            name_cy=cur.get("welsh_name", ""),
        )
        return record | {"_problems": problems}

    def local(self, source: str, raw: dict[str, Any], cur: dict[str, Any]) -> dict[str, Any]:
        problems: list[str] = []
        area = self.area(cur, problems)
        website = raw.get("website") or ""
        if is_finder(website):
            # the national NHS finder is not the centre's own website (it stays as ``finder``)
            verify_finder = f"Website as researched was the national NHS finder: {website}"
            website = ""
        else:
            verify_finder = ""
        if not website and cur.get("website_from_source"):
            parts = urlsplit(raw["source_url"])
            website = f"{parts.scheme}://{parts.netloc}/"
        kind = source_kind(raw["source_url"], website)
        # a number counts as confirmed only when printed on the service's own or an NHS, police
        # or council page: a CQC page is a regulator's inspection report (labelled "official")
        # whose location header may carry a provider's central number, so a number seen only
        # there stays unconfirmed (sixth data check: Hazlehurst shown, Topaz withheld)
        phone_ok = kind in ("own-website", "official") and not is_cqc_page(raw["source_url"])
        verify = [f"Research notes: {raw['note']}"] if raw.get("note") else []
        # a record whose pages disagree on the number, or which asks for it to be confirmed
        # first, never offers it to call (third data check, finding 1)
        if raw.get("phone") and (
            phone_in_doubt(raw.get("note", ""), raw.get("phone", ""), raw.get("status_reason", ""))
            or cur.get("phone_confirm_first")
        ):
            phone_ok = False
            verify.append(
                "Phone number not offered to call: the record asks for it to be confirmed first "
                "or its pages give different numbers."
            )
        if raw.get("status_reason"):
            verify.append(f"Status, as researched: {raw['status_reason']}")
        phone = first_phone(raw.get("phone", ""))
        if phone != (raw.get("phone") or "").strip():
            verify.append(f"Phone field, as researched: {raw['phone']}")
        if raw.get("phone") and not phone_ok:
            verify.append(
                _CONFIRM_FIRST_NOTE + "confirm it before it is offered as a number to call."
            )
        if raw.get("source_date"):
            verify.append(f"Source dated, as researched: {raw['source_date']}")
        if verify_finder:
            verify.append(verify_finder)
        eligibility = public_text(raw.get("who_for", ""))
        if raw.get("who_for") and not eligibility:
            verify.append(f"Who it is for, as researched (not shown): {raw['who_for']}")
        curated = cur.get("audiences") or []
        aged = cur.get("minimum_age") is not None or cur.get("maximum_age") is not None
        if (
            eligibility
            and _ANY_AGE.search(eligibility)
            and (aged or ("children-young-people" in curated and "adult-survivors" not in curated))
        ):
            # the NHS sentence about all SARCs, on a centre for children or one with an age
            # limit (fifth data check, finding 1): not shown
            verify.append(f"Who it is for, as researched (not shown: any age): {eligibility}")
            eligibility = ""
        # a curator's plain words for the record's hours (hours.json) when its own text is
        # not plain ("24 hours (SARC Support Coordinator)")
        hours = self.hours.get(cur["id"], "") or public_text(raw.get("phone_hours", ""))
        if raw.get("phone_hours") and not hours:
            verify.append(f"Hours, as researched (not shown): {raw['phone_hours']}")
        # the date the cited page shows, where a curator read it there because the record's
        # text names several ("2017 and 2025 news items")
        date, approximate = read_source_date(cur.get("source_date") or raw.get("source_date", ""))
        if cur.get("source_date"):
            verify.append(f"Source date as the cited page shows it: {cur['source_date']}")
        sarc = raw.get("kind") in SARC_KINDS or "sarc" in (cur.get("support_types") or [])
        in_england = any(c.startswith("E") for c in area["local_authorities"]) or (
            "England" in area["countries"]
        )
        locations = self.venues(raw, set(area["local_authorities"]), problems)
        taxonomy = self.taxonomy(cur)
        if cur.get("ages_not_stated"):
            taxonomy["ages_not_stated"] = True
        if (
            _AGES_NOT_STATED.search(str(raw.get("note") or ""))
            and "children-young-people" in (taxonomy.get("audiences") or [])
            and not aged
        ):
            # children named by curation while the record says no age policy was seen
            # (fifth data check, finding 2): the listing says so rather than naming children
            taxonomy["ages_not_stated"] = True
        audiences = taxonomy.get("audiences") or []
        if (
            "adult-survivors" in audiences
            and "children-young-people" not in audiences
            and not states_adults_only(raw, cur)
        ):
            # the record sets no age limit: a children's filter must not drop the service, and
            # the listing says its age policy is not stated rather than naming children
            taxonomy["audiences"] = [*audiences, "children-young-people"]
            taxonomy["ages_not_stated"] = True
            problems.append(
                "audience 'children and young people' added: the record states no age limit"
            )
        if taxonomy.get("ages_not_stated") and eligibility and _ANY_AGE.search(eligibility):
            # "regardless of age" from the NHS page's sentence about all its SARCs together,
            # beside "age policy not stated": the sentence is not about this centre (fifth
            # data check, pattern a)
            verify.append(f"Who it is for, as researched (not shown: any age): {eligibility}")
            eligibility = ""
        source_url = raw["source_url"]
        public = public_cqc_page(source_url, raw.get("other_sources") or [])
        if public:
            # the public CQC page for the same location, not a copy on a development host
            verify.append(
                f"Source as researched was a copy on a CQC development host: {source_url}"
            )
            source_url = public
        if raw.get("self_referral") is True and "self-referral" not in taxonomy.get(
            "referral_routes", []
        ):
            taxonomy["referral_routes"] = ["self-referral", *taxonomy.get("referral_routes", [])]
        organisation = raw.get("organisation", "")
        if organisation and _OPERATOR_DOUBT.search(str(raw.get("note") or "")):
            # the record doubts the operator still runs it: not shown as the current one
            verify.append(
                f"Organisation, as researched (not shown: may have changed): {organisation}"
            )
            organisation = ""
        record = dict(
            id=cur["id"],
            name=raw["name"],
            organisation=organisation,
            description=cur.get("summary", ""),
            **self.status(raw, cur),
            **taxonomy,
            service_area=area,
            locations=locations,
            contact=dict(
                phone=phone,
                phone_verified=phone_ok or not phone,
                phone_notes=cur.get("contact_note", ""),
                email=raw.get("email", ""),
                website=website or None,
                finder=NHS_SARC_FINDER if sarc and in_england else None,
            ),
            opening_hours=hours,
            eligibility=eligibility,
            source_url=source_url,
            source_kind=source_kind(source_url, website) if public else kind,
            source_date=date,
            source_date_approximate=approximate,
            other_sources=[
                url
                for url in dict.fromkeys([raw["source_url"], *(raw.get("other_sources") or [])])
                if url != source_url
            ],
            last_checked=raw["recorded_on"],
            verify=verify,
            name_cy=cur.get("welsh_name", ""),
        )
        return record | {"_problems": problems}

    def add_contact(self, target: dict[str, Any], source: str, line: dict[str, Any]) -> list[str]:
        """Add the contact routes a later search found (never overwriting one the listing has,
        except a number not yet confirmed by a confirmed one); returns what was added."""
        added: list[str] = []
        # a correction the later research supports with its page (a service's new name)
        if (line.get("correct") or {}).get("name"):
            target["name"] = line["correct"]["name"]
            added.append("name")
        contact = target["contact"]
        corrected = (line.get("correct") or {}).get("website") or ""
        if corrected and not is_finder(corrected):
            # the service's own current site replaces a former one (a renamed charity)
            target["verify"].append(f"Website replaced: was {contact.get('website')}")
            contact["website"] = corrected
            added.append("website (corrected)")
        if line.get("self_referral") is True and "self-referral" not in target.get(
            "referral_routes", []
        ):
            target["referral_routes"] = ["self-referral", *target.get("referral_routes", [])]
            added.append("self-referral")
        website = line.get("website") or ""
        if website and not is_finder(website) and not contact.get("website"):
            contact["website"] = website
            added.append("website")
        phone = first_phone(line.get("phone") or "")
        confirmed = bool(line.get("phone_confirmed")) and not phone_in_doubt(
            line.get("note") or "", line.get("phone") or ""
        )
        if phone and (not contact.get("phone") or (confirmed and not contact["phone_verified"])):
            if confirmed:
                # the number is now confirmed on an own or official page: the note asking to
                # confirm it is no longer true (fourth data check, editor's flags)
                target["verify"] = [
                    v for v in target["verify"] if not v.startswith(_CONFIRM_FIRST_NOTE)
                ]
            contact["phone"], contact["phone_verified"] = phone, confirmed
            added.append("phone" if confirmed else "phone (not confirmed: not offered to call)")
        if line.get("email") and not contact.get("email"):
            contact["email"] = line["email"]
            added.append("email")
        if line.get("text") and not contact.get("text") and first_phone(line["text"]):
            contact["text"] = first_phone(line["text"])
            added.append("text")
        pages = [s["url"] for s in line.get("sources") or [] if s.get("url")]
        target["other_sources"] = [
            url
            for url in dict.fromkeys([*target["other_sources"], *pages])
            if url != target["source_url"]
        ]
        seen = "; ".join(
            f"{s.get('url')} ({s.get('date_seen_on_page') or 'no date'})"
            for s in line.get("sources") or []
        )
        target["verify"].append(
            f"Contact routes from {source} ({', '.join(added) or 'nothing new'}): "
            f"{line.get('phone') or ''} {line.get('note') or ''} Seen on: {seen}".strip()
        )
        return added

    def add_welsh(self, record: dict[str, Any]) -> None:
        """The service's own Welsh, where a page of its own (or an official one) shows it:
        its Welsh name and description, with that page among its sources and where and when
        the text was read for maintainers. Never a translation of ours."""
        welsh = self.welsh.get(record["id"])
        if not welsh:
            return
        for key in ("name_cy", "description_cy"):
            if welsh.get(key):
                record[key] = " ".join(str(welsh[key]).split())
        page = welsh["source_url"]
        record["other_sources"] = list(dict.fromkeys([*record["other_sources"], page]))
        taken = " and ".join(f for f in ("name_cy", "description_cy") if welsh.get(f))
        record["verify"].append(
            f"Welsh ({taken}) word for word as this page shows it: {page}"
            f" (read {welsh['seen_on']}"
            + (f"; page dated {welsh['source_date']}" if welsh.get("source_date") else "")
            + ")"
        )

    def helpline_needs_number(self, record: dict[str, Any]) -> None:
        """A local listing is called a helpline only when it has a number to ring or text: with
        none, "Helpline" would send people to a line they cannot reach (the report says so).
        (National records carry their lines' numbers, or their text and chat routes, in
        fields of their own: their curators' types stand.)"""
        contact = record["contact"]
        if "helpline" not in record.get("support_types", []) or contact.get("phone"):
            return
        if contact.get("text"):
            return
        record["support_types"] = [t for t in record["support_types"] if t != "helpline"]
        note = "support type 'helpline' not shown: no number for it in the record"
        record["verify"].append("Helpline, as curated, not shown: no number in the record")
        for outcome in self.outcomes:
            if outcome.target == record["id"] and outcome.decision == "imported":
                outcome.problems.append(note)

    @staticmethod
    def text_number(
        raw: dict[str, Any], cur: dict[str, Any], problems: list[str], verify: list[str]
    ) -> str:
        """The number to text (curation's ``text``, "85258" for Shout), only when the
        researched record states it, in its fields or notes: curation never adds a fact."""
        number = str(cur.get("text") or "").strip()
        if not number:
            return ""
        said = " ".join(str(raw.get(k) or "") for k in ("text", "phone", "phone_notes", "notes"))
        if number not in said:
            problems.append(f"text number {number!r} is not in the researched record: left out")
            return ""
        verify.append(
            f"Text number {number}, as researched from {raw['source_url']}: "
            + (raw.get("phone_notes") or raw.get("notes") or "")
        )
        return number

    @staticmethod
    def status(raw: dict[str, Any], cur: dict[str, Any]) -> dict[str, Any]:
        status = cur.get("status") or "active"
        if raw.get("status_seen") == "closed":
            status = "closed"
        elif raw.get("status_seen") == "unverified" and status == "active":
            status = "unconfirmed"
        note = public_text(cur.get("status_note", "")) if status != "active" else ""
        return {"status": status, "status_note": note}

    def merge(
        self, target: dict[str, Any], source: str, raw: dict[str, Any], cur: dict[str, Any]
    ) -> list[str]:
        """Add what a same-service record holds that the target lacks (never overwrite): its
        contact routes and sources, and the audiences and abuse types its curation gives."""
        added: list[str] = []
        for key, what in (("audiences", "audiences"), ("abuse_types", "abuse types")):
            extra = [c for c in cur.get(key) or [] if c not in (target.get(key) or [])]
            if extra:
                target[key] = [*(target.get(key) or []), *extra]
                added.append(f"{what} {', '.join(extra)}")
        contact = target["contact"]
        if raw.get("website") and not contact.get("website"):
            if is_finder(raw["website"]):  # the national NHS finder, not the centre's site
                target["verify"].append(
                    f"Merged record's website was the NHS finder: {raw['website']}"
                )
            else:
                contact["website"] = raw["website"]
                added.append("website")
        if raw.get("email") and not contact.get("email"):
            contact["email"] = raw["email"]
            added.append("email")
        if raw.get("phone") and not contact.get("phone"):
            kind = source_kind(raw["source_url"], raw.get("website", ""))
            contact["phone"] = raw["phone"]
            contact["phone_verified"] = kind in ("own-website", "official")
            added.append("phone")
        sources = [raw["source_url"], *(raw.get("other_sources") or [])]
        target["other_sources"] = list(dict.fromkeys([*target["other_sources"], *sources]))
        target["verify"].append(
            f"Merged from {source} record {raw['name']!r}"
            + (
                f"; its notes: {raw.get('note') or raw.get('notes')}"
                if raw.get("note") or raw.get("notes")
                else ""
            )
        )
        return added

    def run(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        national: dict[str, dict[str, Any]] = {}
        local: dict[str, dict[str, Any]] = {}
        merges: list[tuple[str, dict[str, Any], dict[str, Any], Outcome]] = []
        for files, into, make in (
            (NATIONAL_FILES, national, self.national),
            (LOCAL_FILES, local, self.local),
        ):
            for name in files:
                path = self.folder / name
                if not path.exists():
                    raise ResearchError(f"{path}: missing")
                for raw in _jsonl(path):
                    outcome = Outcome(name, raw["name"], "not curated")
                    self.outcomes.append(outcome)
                    cur = self.curation.get((name, raw["name"]))
                    if cur is None:
                        outcome.reason = "no curation entry: add one to curation/"
                        continue
                    decision = cur.get("decision")
                    if decision == "leave-out":
                        outcome.decision, outcome.reason = "left out", cur.get("reason", "")
                    elif decision == "merge":
                        outcome.decision, outcome.target = "merged", cur.get("merge_into", "")
                        merges.append((name, raw, cur, outcome))
                    elif decision == "import":
                        record = make(name, raw, cur)
                        outcome.problems = record.pop("_problems")
                        outcome.decision, outcome.target = "imported", record["id"]
                        if record["status"] == "closed":
                            outcome.reason = "kept as closed: never listed"
                        into[record["id"]] = record
                    else:
                        outcome.reason = f"unknown decision {decision!r}"
        for name, raw, cur, outcome in merges:
            target = local.get(outcome.target) or national.get(outcome.target)
            if target is None:
                outcome.decision = "not curated"
                outcome.reason = f"merge target {outcome.target!r} is not imported"
                continue
            added = self.merge(target, name, raw, cur)
            outcome.reason = "same service" + (f"; added {', '.join(added)}" if added else "")
        # contact routes found later: to a listing by id, or to a regional record by name
        imported = {
            (o.source, o.name): o for o in self.outcomes if o.source in LOCAL_FILES + NATIONAL_FILES
        }
        for name, line in self.contacts:
            outcome = Outcome(name, line.get("name", ""), "contact added")
            self.outcomes.append(outcome)
            sid = line.get("listing_id") or ""
            if line.get("left_out_record"):
                found = imported.get(("regional-services-seen.jsonl", line.get("name", "")))
                if found is None:
                    outcome.decision, outcome.reason = "not curated", "no such regional record"
                    continue
                if found.decision != "imported":
                    outcome.decision = "contact not used"
                    outcome.reason = f"its record is {found.decision}: {found.reason}"
                    continue
                sid = found.target
            target = local.get(sid) or national.get(sid)
            if target is None:
                outcome.decision, outcome.reason = "not curated", f"no listing {sid!r}"
                continue
            outcome.target = sid
            added = self.add_contact(target, name, line)
            outcome.reason = f"added {', '.join(added)}" if added else "nothing new for it"
        for record in local.values():
            self.helpline_needs_number(record)
        unknown = sorted(set(self.welsh) - set(national) - set(local))
        if unknown:
            raise ResearchError(f"curation/{WELSH_FILE}: not listings: {', '.join(unknown)}")
        for record in [*national.values(), *local.values()]:
            for key in ("name", "organisation"):
                public, notes = without_notes(record.get(key) or "")
                dated = key == "organisation" and any(
                    re.search(r"\b(?:19|20)\d\d\b", n) and not re.search(r"\bsince\b", n, re.I)
                    for n in notes
                )
                if dated:
                    # an operator the record dates ("(2017)") is not shown as the current one
                    public = ""
                if notes:
                    record[key] = public
                    record["verify"].append(
                        f"{key.capitalize()}, as researched: {'; '.join(notes)} (not shown)"
                    )
            self.add_welsh(record)
        return list(national.values()), list(local.values())


def is_finder(url: str) -> bool:
    """Whether ``url`` is the national NHS finder of sexual assault referral centres."""
    parts = urlsplit(url or "")
    return host(url) == "nhs.uk" and parts.path.rstrip("/") == "/sarcs"


def describe_area(area: dict[str, Any], councils: Iterable[str] = ()) -> str:
    """Plain words for a service area, from its structured parts."""
    if area.get("national"):
        return "Anywhere in the UK" if area.get("uk_wide") else "Anywhere in England and Wales"
    parts = [f"{force} police area" for force in area.get("police_force_areas") or []]
    parts += list(councils)
    parts += list(area.get("regions") or [])
    parts += [f"All of {country}" for country in area.get("countries") or []]
    return ", ".join(parts)


def import_research(folder: Path, gazetteer: Gazetteer, forces: PoliceForceAreas) -> ResearchImport:
    """Join the researched records with their curation and validate the listings."""
    builder = _Builder(Path(folder), gazetteer, forces)
    national_raw, local_raw = builder.run()
    national, errors = validate_records(national_raw, "research: national")
    local, local_errors = validate_records(local_raw, "research: local")
    return ResearchImport(national, local, builder.outcomes, errors + local_errors)


# --- the generated listing files ----------------------------------------------------------


def records_digest(services: list[Service]) -> str:
    canonical = json.dumps(to_records(services), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hand_edited(path: Path) -> bool:
    """Whether a generated listings file was changed since ``directory import-research`` wrote
    it (its records no longer match the digest written with them)."""
    if not path.exists():
        return False
    document = json.loads(path.read_text(encoding="utf-8"))
    digest = document.get("generated_sha256")
    if not digest:
        return True  # not written by this command: treat as someone's work
    canonical = json.dumps(document.get("records", []), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest() != digest


def write_generated(path: Path, services: list[Service], about: str) -> None:
    document = {
        "about": about,
        "generated_by": "directory import-research: edit bundled_data/research/curation/, "
        "not this file",
        "generated_sha256": records_digest(services),
        "records": to_records(services),
    }
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


__all__ = [
    "ResearchError",
    "ResearchImport",
    "hand_edited",
    "import_research",
    "public_text",
    "read_source_date",
    "source_kind",
    "write_generated",
]
