"""The whole directory as Open Referral UK 3.0 JSON (services.json, conformant to the
standard's compiled service schema), as the listings' own JSON and
as CSV; the last two are what `directory import` reads back, losing nothing."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from ..model import Service, to_records
from ..oruk.mapping import page, service_full
from . import table


def to_json_document(services: list[Service]) -> dict[str, Any]:
    """Every service, fully nested, in one page of the standard's ``Page`` (what
    ``/oruk/services`` answers, with whole services), so an ORUK reader can take it as a feed."""
    ordered = [service_full(s) for s in sorted(services, key=lambda s: s.id)]
    return page(ordered, 1, max(1, len(ordered)))


def to_listings_document(services: list[Service]) -> dict[str, Any]:
    """Every field of every listing, in the model's own shape: what `directory import` reads
    back without losing anything (the Open Referral UK document leaves fields out)."""
    ordered = sorted(services, key=lambda s: s.id)
    # origin always stated: a record without one is read as a curated addition
    records = zip(ordered, to_records(ordered), strict=True)
    return {"records": [{**record, "origin": s.origin} for s, record in records]}


def to_csv(services: list[Service]) -> str:
    """One row a listing, every field (see ``table.COLUMNS``): an export can be edited in a
    spreadsheet and imported again."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=table.NAMES, lineterminator="\r\n")
    writer.writeheader()
    for service in sorted(services, key=lambda s: s.id):
        writer.writerow({k: table.neutralise(v) for k, v in table.to_row(service).items()})
    return out.getvalue()


def write_export(services: list[Service], folder: Path) -> list[Path]:
    """The three export files in ``folder``: services.json (Open Referral UK), listings.json
    (every field, for import) and services.csv."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "services.json": _json(to_json_document(services)),
        "listings.json": _json(to_listings_document(services)),
        "services.csv": to_csv(services),
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8", newline="")
    return [folder / name for name in files]


def _json(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False)
