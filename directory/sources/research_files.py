"""The research folder's files, read, and the listings files ``directory import-research``
writes (each with a digest of its records, so a later hand edit is noticed, not overwritten)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..model import Service, to_records

NATIONAL_FILES = (
    "national-services.jsonl",
    "national-services-more.jsonl",
    "specialist-services-seen.jsonl",
)
LOCAL_FILES = ("local-services-seen.jsonl", "regional-services-seen.jsonl")
#: contact routes found later, each with its page and date: a line with ``listing_id`` adds to
#: that listing, a line with ``left_out_record`` and ``name`` to the regional record so named
#: (``ages-2026-12.jsonl``: the same shape, plus ``ages`` where a page says who a listing sees;
#: ``welsh-2026-12.jsonl``: the searches for listings' own Welsh, each page seen with its date)
CONTACT_FILES = (
    "contacts-2026-12.jsonl",
    "contacts-2026-12-more.jsonl",
    "ages-2026-12.jsonl",
    "welsh-2026-12.jsonl",
)
#: the services' own Welsh (name and description) by listing id, each with the page it was
#: read on and when (``curation/welsh.json``, kept apart from the other curation files)
WELSH_FILE = "welsh.json"
#: the site's own notes (a status note, a contact note, a curator's hours) in Welsh
OUR_WELSH_FILE = "our-welsh.json"


class ResearchError(Exception):
    """The research folder cannot be read as a whole (missing files, broken JSON)."""


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        with open(path, encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise ResearchError(f"{path}: {exc}") from exc


def read_curation(folder: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """Curation entries by (researched file, record name)."""
    entries: dict[tuple[str, str], dict[str, Any]] = {}
    for path in sorted((folder / "curation").glob("*.json")):
        if path.name in ("national-numbers.json", "hours.json", WELSH_FILE, OUR_WELSH_FILE):
            continue
        for entry in _json(path)["records"]:
            key = (entry["source"], entry["name"])
            if key in entries:
                raise ResearchError(f"{path}: {key[1]!r} of {key[0]} is curated twice")
            entries[key] = entry
    return entries


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ResearchError(f"{path}: {exc}") from exc


def read_optional_json(path: Path) -> dict[str, Any]:
    return _json(path) if path.exists() else {}


def _digest(records: list[dict[str, Any]]) -> str:
    canonical = json.dumps(records, sort_keys=True, ensure_ascii=False)
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
    return _digest(document.get("records", [])) != digest


def write_generated(path: Path, services: list[Service], about: str) -> None:
    records = to_records(services)
    document = {
        "about": about,
        "generated_by": "directory import-research: edit bundled_data/research/curation/, "
        "not this file",
        "generated_sha256": _digest(records),
        "records": records,
    }
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


#: the listings files, by name, and what each says it holds
LISTINGS_FILES = {
    "national-services.json": "National and country-wide services, from the team's research "
    "(bundled_data/research): facts from each record's source_url.",
    "local-services.json": "Local services, from the team's research (bundled_data/research), "
    "not taken from the CSA Centre directory: facts from each record's source_url, of the age "
    "shown.",
}


def write_listings(
    out: Path, national: list[Service], local: list[Service], folder: Path, force: bool
) -> None:
    """Both listings files in ``out``; none when one was edited by hand since it was written
    (the change belongs in ``folder``'s curation), unless ``force``."""
    files = dict(zip((out / name for name in LISTINGS_FILES), (national, local), strict=True))
    edited = [path for path in files if hand_edited(path)]
    if edited and not force:
        raise ResearchError(
            f"edited by hand since generated: {', '.join(map(str, edited))}. Put the change in "
            f"{folder / 'curation'} (or use --force to overwrite). Nothing was written."
        )
    for path, services in files.items():
        write_generated(path, services, LISTINGS_FILES[path.name])
