"""One researched record and its curation -> one listing record (before validation).

``ListingMaker`` places a record's area and venues with the bundled gazetteer and applies the
import rules of ``docs/data.md``, each a small named step below; researchers' text for
maintainers goes to ``verify``, what is not shown is said there and in the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from ..geo import Gazetteer, PoliceForceAreas
from .research_text import (
    _AGES_NOT_STATED,
    _ANY_AGE,
    _OPERATOR_DOUBT,
    dated_in_record,
    first_phone,
    is_cqc_page,
    is_finder,
    phone_in_doubt,
    public_cqc_page,
    public_text,
    read_source_date,
    self_referral_age,
    source_kind,
    states_adults_only,
)

NHS_SARC_FINDER = "https://www.nhs.uk/sarcs"
SARC_KINDS = {"sarc", "paediatric-sarc"}
_CONFIRM_FIRST_NOTE = (
    "Phone number seen on a page that is not the service's own or an official one: "
)
_TAXONOMY = (
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


def describe_area(area: dict[str, Any], councils: Iterable[str] = ()) -> str:
    """Plain words for a service area, from its structured parts."""
    if area.get("national"):
        return "Anywhere in the UK" if area.get("uk_wide") else "Anywhere in England and Wales"
    parts = [f"{force} police area" for force in area.get("police_force_areas") or []]
    parts += list(councils)
    parts += list(area.get("regions") or [])
    parts += [f"All of {country}" for country in area.get("countries") or []]
    return ", ".join(parts)


def taxonomy(cur: dict[str, Any]) -> dict[str, Any]:
    """The curated codes a listing takes (genders "any" when none is given)."""
    out = {k: cur[k] for k in _TAXONOMY if cur.get(k) not in (None, [], "")}
    out.setdefault("genders", ["any"])
    return out


def status(raw: dict[str, Any], cur: dict[str, Any]) -> dict[str, Any]:
    """Curation's status, unless the record saw the service closed or could not confirm it."""
    status = cur.get("status") or "active"
    if raw.get("status_seen") == "closed":
        status = "closed"
    elif raw.get("status_seen") == "unverified" and status == "active":
        status = "unconfirmed"
    note = public_text(cur.get("status_note", "")) if status != "active" else ""
    return {"status": status, "status_note": note}


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


def national_phone(
    raw: dict[str, Any], confirmed: bool, unconfirmed: str, verify: list[str]
) -> str:
    """A national line's number: shown when printed on its own or an official page
    (``curation/national-numbers.json``), else shown as "being confirmed"; never when research
    found it printed on no page at all."""
    phone = raw.get("phone", "")
    if phone and not confirmed and re.search(r"printed on no\b", unconfirmed):
        verify.append(f"Phone number not shown: {unconfirmed}")
        phone = ""
    if raw.get("phone") and not confirmed:
        verify.append(
            "Phone number not printed on the organisation's own or an official page: "
            "confirm it with the organisation before it is offered as a number to call."
            + (f" ({raw['phone_notes']})" if raw.get("phone_notes") else "")
        )
    return str(phone)


def national_hours(raw: dict[str, Any], curated: str, verify: list[str]) -> str:
    """A curator's plain words (hours.json), else the record's own when it reads as plain
    facts ("24 hours a day, every day of the year"); "Not stated" is not hours."""
    hours = curated or public_text(raw.get("hours", ""))
    if re.match(r"not stated|unknown", hours, re.IGNORECASE):
        hours = ""
    if raw.get("hours") and not hours:
        verify.append(f"Opening hours, as researched (not shown): {raw['hours']}")
    return hours


def local_website(raw: dict[str, Any], cur: dict[str, Any]) -> tuple[str, str]:
    """A local listing's own website and, when the record gave the national NHS finder as its
    website (it is not the centre's own: it stays as ``finder``), the note saying so."""
    website = raw.get("website") or ""
    note = ""
    if is_finder(website):
        note = f"Website as researched was the national NHS finder: {website}"
        website = ""
    if not website and cur.get("website_from_source"):
        parts = urlsplit(raw["source_url"])
        website = f"{parts.scheme}://{parts.netloc}/"
    return website, note


def local_phone(
    raw: dict[str, Any], kind: str, finder_note: str, verify: list[str]
) -> tuple[str, bool]:
    """A local listing's number and whether it is offered to call: only when printed on the
    service's own or an NHS, police or council page. A CQC page is a regulator's inspection
    report (labelled "official") whose location header may carry a provider's central number,
    so a number seen only there stays unconfirmed (sixth data check: Hazlehurst shown, Topaz
    withheld). A record whose pages disagree on the number, or which asks for it to be
    confirmed first, never offers it (third data check, finding 1). The record's own words on
    its status, phone field and date go to ``verify``, in the order maintainers read them."""
    phone_ok = kind in ("own-website", "official") and not is_cqc_page(raw["source_url"])
    if raw.get("phone") and phone_in_doubt(
        raw.get("note", ""), raw.get("phone", ""), raw.get("status_reason", "")
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
        verify.append(_CONFIRM_FIRST_NOTE + "confirm it before it is offered as a number to call.")
    if raw.get("source_date"):
        verify.append(f"Source dated, as researched: {raw['source_date']}")
    if finder_note:
        verify.append(finder_note)
    return phone, phone_ok


def local_eligibility(raw: dict[str, Any], cur: dict[str, Any], verify: list[str]) -> str:
    """Who the service is for, when the record's words are plain facts; the NHS sentence about
    all SARCs ("regardless of age") is not shown on a centre for children or one with an age
    limit (fifth data check, finding 1)."""
    eligibility = public_text(raw.get("who_for", ""))
    if raw.get("who_for") and not eligibility:
        verify.append(f"Who it is for, as researched (not shown): {raw['who_for']}")
    curated = cur.get("audiences") or []
    children_only = "children-young-people" in curated and "adult-survivors" not in curated
    if eligibility and _ANY_AGE.search(eligibility) and (_aged(cur) or children_only):
        verify.append(f"Who it is for, as researched (not shown: any age): {eligibility}")
        eligibility = ""
    return eligibility


def _aged(cur: dict[str, Any]) -> bool:
    return cur.get("minimum_age") is not None or cur.get("maximum_age") is not None


def local_ages(
    raw: dict[str, Any], cur: dict[str, Any], codes: dict[str, Any], problems: list[str]
) -> None:
    """Mark ``codes`` (the listing's taxonomy) "age policy not stated" where curation says so,
    or names children while the record says no age policy was seen (fifth data check, finding
    2); a listing for adults whose record sets no age limit also gets the children's audience,
    so a children's filter does not drop it, and says its age policy is not stated."""
    if cur.get("ages_not_stated"):
        codes["ages_not_stated"] = True
    if (
        _AGES_NOT_STATED.search(str(raw.get("note") or ""))
        and "children-young-people" in (codes.get("audiences") or [])
        and not _aged(cur)
    ):
        codes["ages_not_stated"] = True
    audiences = codes.get("audiences") or []
    if (
        "adult-survivors" in audiences
        and "children-young-people" not in audiences
        and not states_adults_only(raw, cur)
    ):
        codes["audiences"] = [*audiences, "children-young-people"]
        codes["ages_not_stated"] = True
        problems.append(
            "audience 'children and young people' added: the record states no age limit"
        )
    if raw.get("self_referral") is True:
        add_self_referral(codes)


def add_self_referral(codes: dict[str, Any]) -> bool:
    """Add self-referral to a listing's referral routes (first); whether it was new."""
    routes = codes.get("referral_routes", [])
    if "self-referral" in routes:
        return False
    codes["referral_routes"] = ["self-referral", *routes]
    return True


def local_hours(raw: dict[str, Any], curated: str, verify: list[str]) -> str:
    """A curator's plain words for the record's hours (hours.json) when its own text is not
    plain ("24 hours (SARC Support Coordinator)")."""
    hours = curated or public_text(raw.get("phone_hours", ""))
    if raw.get("phone_hours") and not hours:
        verify.append(f"Hours, as researched (not shown): {raw['phone_hours']}")
    return hours


def local_source(
    raw: dict[str, Any], website: str, kind: str, verify: list[str]
) -> tuple[str, str]:
    """The page a local listing cites and its kind: the public CQC page for the same location
    rather than a copy on a development host."""
    public = public_cqc_page(raw["source_url"], raw.get("other_sources") or [])
    if not public:
        return raw["source_url"], kind
    verify.append(f"Source as researched was a copy on a CQC development host: {raw['source_url']}")
    return public, source_kind(public, website)


def local_operator(raw: dict[str, Any], verify: list[str]) -> str:
    """The organisation running the service, unless the record doubts it still does."""
    organisation = str(raw.get("organisation", ""))
    if organisation and _OPERATOR_DOUBT.search(str(raw.get("note") or "")):
        verify.append(f"Organisation, as researched (not shown: may have changed): {organisation}")
        organisation = ""
    return organisation


class ListingMaker:
    """Makes listing records from researched records and their curation entries."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        forces: PoliceForceAreas,
        numbers: dict[str, Any],
        hours: dict[str, str],
    ) -> None:
        self.gazetteer = gazetteer
        self.forces = forces
        #: national lines' numbers as checked (``curation/national-numbers.json``)
        self.confirmed: dict[str, dict[str, str]] = numbers.get("confirmed", {})
        self.unconfirmed: dict[str, str] = numbers.get("unconfirmed", {})
        #: a curator's plain words for a listing's hours (``curation/hours.json``)
        self.hours = hours

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
    def national(self, source: str, raw: dict[str, Any], cur: dict[str, Any]) -> dict[str, Any]:
        problems: list[str] = []
        sid = cur.get("id") or raw["id"]
        confirmed = self.confirmed.get(raw["id"])
        verify = [f"Research notes: {raw['notes']}"] if raw.get("notes") else []
        if raw.get("serves"):
            verify.append(f"Who it serves, as researched: {raw['serves']}")
        phone = national_phone(raw, bool(confirmed), self.unconfirmed.get(raw["id"], ""), verify)
        hours = national_hours(raw, self.hours.get(sid, ""), verify)
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
            **status(raw, cur),
            **taxonomy(cur),
            service_area=self.area(cur, problems),
            contact=dict(
                phone=phone,
                phone_verified=bool(confirmed) or not phone,
                phone_notes=cur.get("contact_note", ""),
                email=raw.get("email", ""),
                website=raw.get("website") or None,
                finder=NHS_SARC_FINDER if cur.get("finder") else None,
                text=text_number(raw, cur, problems, verify),
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
        website, finder_note = local_website(raw, cur)
        kind = source_kind(raw["source_url"], website)
        verify = [f"Research notes: {raw['note']}"] if raw.get("note") else []
        phone, phone_ok = local_phone(raw, kind, finder_note, verify)
        eligibility = local_eligibility(raw, cur, verify)
        hours = local_hours(raw, self.hours.get(cur["id"], ""), verify)
        # the date the cited page shows, where a curator read it there because the record's
        # text names several ("2017 and 2025 news items")
        date, approximate = read_source_date(cur.get("source_date") or raw.get("source_date", ""))
        if cur.get("source_date"):
            verify.append(f"Source date as the cited page shows it: {cur['source_date']}")
        locations = self.venues(raw, set(area["local_authorities"]), problems)
        codes = taxonomy(cur)
        local_ages(raw, cur, codes, problems)
        if codes.get("ages_not_stated") and eligibility and _ANY_AGE.search(eligibility):
            # "regardless of age" from the NHS page's sentence about all its SARCs together,
            # beside "age policy not stated": not about this centre (fifth data check, pattern a)
            verify.append(f"Who it is for, as researched (not shown: any age): {eligibility}")
            eligibility = ""
        source_url, kind = local_source(raw, website, kind, verify)
        record = dict(
            id=cur["id"],
            name=raw["name"],
            organisation=local_operator(raw, verify),
            description=cur.get("summary", ""),
            **status(raw, cur),
            **codes,
            service_area=area,
            locations=locations,
            contact=dict(
                phone=phone,
                phone_verified=phone_ok or not phone,
                phone_notes=cur.get("contact_note", ""),
                email=raw.get("email", ""),
                website=website or None,
                finder=NHS_SARC_FINDER if self.in_sarc_finder(raw, cur, area) else None,
            ),
            opening_hours=hours,
            eligibility=eligibility,
            self_referral_from_age=self_referral_age(raw, cur, problems, verify),
            source_url=source_url,
            source_kind=kind,
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

    @staticmethod
    def in_sarc_finder(raw: dict[str, Any], cur: dict[str, Any], area: dict[str, Any]) -> bool:
        """Whether the NHS finder of SARCs (England's) lists the service: a SARC in England."""
        sarc = raw.get("kind") in SARC_KINDS or "sarc" in (cur.get("support_types") or [])
        in_england = any(c.startswith("E") for c in area["local_authorities"]) or (
            "England" in area["countries"]
        )
        return sarc and in_england
