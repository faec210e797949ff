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

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..geo import Gazetteer, PoliceForceAreas
from ..model import RecordError, Service, validate_records
from .research_files import (
    CONTACT_FILES,
    LOCAL_FILES,
    NATIONAL_FILES,
    OUR_WELSH_FILE,
    WELSH_FILE,
    ResearchError,
    read_curation,
    read_jsonl,
    read_optional_json,
    write_listings,
)
from .research_listing import _CONFIRM_FIRST_NOTE, ListingMaker, add_self_referral
from .research_text import first_phone, is_finder, phone_in_doubt, source_kind, without_notes


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
        return dict(Counter(outcome.decision for outcome in self.outcomes))

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


class _Builder(ListingMaker):
    def __init__(self, folder: Path, gazetteer: Gazetteer, forces: PoliceForceAreas) -> None:
        super().__init__(
            gazetteer,
            forces,
            read_optional_json(folder / "curation" / "national-numbers.json"),
            read_optional_json(folder / "curation" / "hours.json"),
        )
        self.folder = folder
        self.curation = read_curation(folder)
        self.welsh: dict[str, dict[str, str]] = read_optional_json(
            folder / "curation" / WELSH_FILE
        ).get("services", {})
        self.our_welsh: dict[str, dict[str, dict[str, str]]] = read_optional_json(
            folder / "curation" / OUR_WELSH_FILE
        ).get("services", {})
        self.outcomes: list[Outcome] = []
        self.contacts: list[tuple[str, dict[str, Any]]] = [
            (name, line)
            for name in CONTACT_FILES
            if (folder / name).exists()
            for line in read_jsonl(folder / name)
        ]

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
        if line.get("self_referral") is True and add_self_referral(target):
            added.append("self-referral")
        added += add_ages(target, line.get("ages") or {})
        website = line.get("website") or ""
        _fill(contact, "website", "" if is_finder(website) else website, added)
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
        _fill(contact, "email", line.get("email"), added)
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

    def add_our_welsh(self, record: dict[str, Any]) -> None:
        """(sixth walk-through F7) The site's own notes in Welsh (a status note, a contact note,
        a curator's hours; never a service's words), each only while the English it translates
        is still the listing's: a note changed since is shown in English, and maintainers are
        told (the Welsh must say what the English says)."""
        for note, text in self.our_welsh.get(record["id"], {}).items():
            holder = record["contact"] if note == "phone_notes" else record
            if note not in _OUR_NOTES:
                raise ResearchError(f"curation/{OUR_WELSH_FILE}: {record['id']}: no note {note}")
            english = " ".join(str(holder.get(note) or "").split())
            if english and english == " ".join(text["en"].split()):
                holder[f"{note}_cy"] = " ".join(text["cy"].split())
            else:
                record["verify"].append(
                    f"Welsh of our {note} not shown: the English has changed since it was"
                    f" translated ({text['en']!r})"
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
        _fill(contact, "email", raw.get("email"), added)
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
        merges: list[_Merge] = []
        for files, into, make in (
            (NATIONAL_FILES, national, self.national),
            (LOCAL_FILES, local, self.local),
        ):
            for name in files:
                path = self.folder / name
                if not path.exists():
                    raise ResearchError(f"{path}: missing")
                for raw in read_jsonl(path):
                    record = self.decide(name, raw, make, merges)
                    if record is not None:
                        into[record["id"]] = record
        listings = {**national, **local}
        self.apply_merges(merges, listings)
        self.apply_contacts(listings)
        for record in local.values():
            self.helpline_needs_number(record)
        unknown = sorted(set(self.welsh) - set(listings))
        if unknown:
            raise ResearchError(f"curation/{WELSH_FILE}: not listings: {', '.join(unknown)}")
        unknown = sorted(set(self.our_welsh) - set(listings))
        if unknown:
            raise ResearchError(f"curation/{OUR_WELSH_FILE}: not listings: {', '.join(unknown)}")
        for record in [*national.values(), *local.values()]:
            hide_name_notes(record)
            self.add_welsh(record)
            self.add_our_welsh(record)
        return list(national.values()), list(local.values())

    def decide(
        self, name: str, raw: dict[str, Any], make: _Make, merges: list[_Merge]
    ) -> dict[str, Any] | None:
        """What curation decided for one researched record: its listing when imported."""
        outcome = Outcome(name, raw["name"], "not curated")
        self.outcomes.append(outcome)
        cur = self.curation.get((name, raw["name"]))
        if cur is None:
            outcome.reason = "no curation entry: add one to curation/"
            return None
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
            return record
        else:
            outcome.reason = f"unknown decision {decision!r}"
        return None

    def apply_merges(self, merges: list[_Merge], listings: dict[str, dict[str, Any]]) -> None:
        for name, raw, cur, outcome in merges:
            target = listings.get(outcome.target)
            if target is None:
                outcome.decision = "not curated"
                outcome.reason = f"merge target {outcome.target!r} is not imported"
                continue
            added = self.merge(target, name, raw, cur)
            outcome.reason = "same service" + (f"; added {', '.join(added)}" if added else "")

    def apply_contacts(self, listings: dict[str, dict[str, Any]]) -> None:
        """Contact routes found later: to a listing by id, or to a regional record by name."""
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
            target = listings.get(sid)
            if target is None:
                outcome.decision, outcome.reason = "not curated", f"no listing {sid!r}"
                continue
            outcome.target = sid
            added = self.add_contact(target, name, line)
            outcome.reason = f"added {', '.join(added)}" if added else "nothing new for it"


_Make = Callable[[str, dict[str, Any], dict[str, Any]], dict[str, Any]]
_Merge = tuple[str, dict[str, Any], dict[str, Any], Outcome]


def add_ages(target: dict[str, Any], ages: dict[str, Any]) -> list[str]:
    """Who a listing sees, where a later search found a page that says (``ages`` of a line in
    ``ages-2026-12.jsonl``): ``children`` true -> the children's audience, and its age policy
    is no longer "not stated"; ``self_referral_from_age`` -> younger children come through
    someone else. Returns what was added."""
    added: list[str] = []
    if ages.get("children") is True:
        audiences = target.get("audiences") or []
        if "children-young-people" not in audiences:
            target["audiences"] = [*audiences, "children-young-people"]
        if target.get("ages_not_stated") or len(target["audiences"]) > len(audiences):
            target["ages_not_stated"] = False
            added.append("ages (children seen)")
    age = ages.get("self_referral_from_age")
    if isinstance(age, int) and target.get("self_referral_from_age") is None:
        target["self_referral_from_age"] = age
        added.append(f"self-referral from age {age}")
    return added


def _fill(contact: dict[str, Any], key: str, value: str | None, added: list[str]) -> None:
    """A contact route the listing lacks (never overwriting one it has)."""
    if value and not contact.get(key):
        contact[key] = value
        added.append(key)


#: the notes of ours that curation/our-welsh.json may give in Welsh
_OUR_NOTES = ("status_note", "phone_notes", "opening_hours")


def hide_name_notes(record: dict[str, Any]) -> None:
    """A name or organisation without a researcher's asides (kept in ``verify``); an operator
    the record dates ("(2017)") is not shown as the current one."""
    for key in ("name", "organisation"):
        public, notes = without_notes(record.get(key) or "")
        dated = key == "organisation" and any(
            re.search(r"\b(?:19|20)\d\d\b", n) and not re.search(r"\bsince\b", n, re.I)
            for n in notes
        )
        if dated:
            public = ""
        if notes:
            record[key] = public
            record["verify"].append(
                f"{key.capitalize()}, as researched: {'; '.join(notes)} (not shown)"
            )


def import_research(folder: Path, gazetteer: Gazetteer, forces: PoliceForceAreas) -> ResearchImport:
    """Join the researched records with their curation and validate the listings."""
    builder = _Builder(Path(folder), gazetteer, forces)
    national_raw, local_raw = builder.run()
    national, errors = validate_records(national_raw, "research: national")
    local, local_errors = validate_records(local_raw, "research: local")
    return ResearchImport(national, local, builder.outcomes, errors + local_errors)


def import_research_into(
    folder: Path,
    out: Path,
    gazetteer: Gazetteer,
    forces: PoliceForceAreas,
    *,
    dry_run: bool = False,
    force: bool = False,
    echo: Callable[..., Any] = print,
) -> None:
    """`directory import-research`: the research in ``folder`` -> the listings files in ``out``
    and ``folder``'s import-report.md, telling ``echo`` what happened; ResearchError (nothing
    written) when the research does not import cleanly or a listings file was edited by hand."""
    try:
        result = import_research(folder, gazetteer, forces)
    except ResearchError as exc:
        raise ResearchError(f"{exc}\nNothing was written.") from exc
    for error in result.errors:
        echo(f"error: {error}", err=True)
    counts = ", ".join(f"{n} {what}" for what, n in sorted(result.counts().items()))
    echo(f"{len(result.outcomes)} researched records: {counts}")
    for outcome in result.outcomes:
        for problem in outcome.problems:
            echo(f"problem: {outcome.target or outcome.name}: {problem}")
        if outcome.decision == "not curated":
            echo(f"not curated: {outcome.source}: {outcome.name}: {outcome.reason}")
    if result.errors or result.counts().get("not curated"):
        raise ResearchError("the research does not import cleanly: nothing was written")
    if dry_run:
        echo(result.report())
        return
    write_listings(out, result.national, result.local, folder, force)
    (folder / "import-report.md").write_text(result.report(), encoding="utf-8")
    echo(
        f"wrote {len(result.national)} + {len(result.local)} listings to {out}; report in "
        f"{folder / 'import-report.md'}. Now run: directory build-index"
    )
