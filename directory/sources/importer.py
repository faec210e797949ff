"""Maintainers' curated additions from CSV or JSON, validated row by row.

JSON: a list of records in the model's shape, or an object with a ``records`` list (what
`directory export` writes to ``listings.json``). CSV: one row a service, with the columns of
``table.COLUMNS`` (see ``sources/table.py``; only id, name, source_url and last_checked are
required). Row numbers in errors are the file's line numbers.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..geo import Gazetteer
from ..model import RecordError, Service, validate_record
from ..textsafety import hidden_warnings, listing_warnings
from . import table

#: the longest CSV cell read (Python's csv reads 131,072 characters by default): far above
#: any cell a valid listing exports, its lists being capped (``model.MAX_ITEMS``)
MAX_CELL = 4 * 1024 * 1024


class ImportFailed(Exception):
    def __init__(self, errors: list[RecordError | str]) -> None:
        self.errors = errors
        super().__init__("\n".join(map(str, errors)))


def _json_records(text: str, source: str) -> list[tuple[int, dict]]:
    """The records of a JSON import (a list, or ``{"records": [...]}``), each with its
    position; a record that names no origin is curated."""
    raws: list[tuple[int, dict]] = []
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed([f"{source}: broken JSON at line {exc.lineno}: {exc.msg}"]) from exc
    except RecursionError as exc:
        raise ImportFailed([f"{source}: lists or objects nested too deeply to read"]) from exc
    except ValueError as exc:  # a number of thousands of digits
        raise ImportFailed([f"{source}: not JSON that can be read ({exc})"]) from exc
    if isinstance(document, dict) and "contents" in document and "records" not in document:
        raise ImportFailed(
            [
                f"{source}: this is the Open Referral UK document (services.json); import "
                "listings.json from the same export, which holds every field"
            ]
        )
    records = document.get("records") if isinstance(document, dict) else document
    if not isinstance(records, list):
        raise ImportFailed([f"{source}: expected a list of records"])
    for position, record in enumerate(records, start=1):
        if isinstance(record, dict):
            record = {"origin": "curated", **record}
            if not record.get("csa_centre_url"):  # no per-service page known: none
                record["csa_centre_url"] = None
        raws.append((position, record))
    return raws


def read_import(
    path: Path, gazetteer: Gazetteer, warnings: list[str] | None = None
) -> list[Service]:
    """Every record of the file as a Service, exactly as the file states it (a record that
    names no origin is curated), or ImportFailed with every error. ``merge_import`` decides
    what an import may change. ``warnings``, when given, gets what a maintainer should look
    at though it is not an error: hidden characters (removed), names that mix scripts."""
    source = str(path)
    errors: list[RecordError | str] = []
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed([f"{source}: not UTF-8 text (byte {exc.start})"]) from exc
    except OSError as exc:
        raise ImportFailed([f"{source}: cannot be read ({exc.strerror or exc})"]) from exc
    if path.suffix.lower() == ".csv":
        raws = _csv_records(text, source, gazetteer, errors)
    else:
        raws = _json_records(text, source)
    services: list[Service] = []
    seen: set[str] = set()
    for position, record in raws:
        service, record_errors = validate_record(record, source, position)
        errors.extend(record_errors)
        if warnings is not None:
            label = f"{source}: record #{position}"
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                label += f" ({record['id']})"
            warnings.extend(f"{label}: {w}" for w in hidden_warnings(record))
            if service is not None:
                warnings.extend(f"{label}: {w}" for w in listing_warnings(service))
        if service is not None:
            if service.id in seen:
                errors.append(
                    RecordError(
                        source, f"#{position} ({service.id})", "id", "duplicate id in this file"
                    )
                )
            seen.add(service.id)
            services.append(service)
    if errors:
        raise ImportFailed(errors)
    return services


def _csv_records(
    text: str, source: str, gazetteer: Gazetteer, errors: list[RecordError | str]
) -> list[tuple[int, dict]]:
    """The raw records of a CSV import, by line; cells that cannot be read go to ``errors``."""
    raws: list[tuple[int, dict]] = []
    limit = csv.field_size_limit()
    reader = csv.DictReader(io.StringIO(text, newline=""))
    line = 1  # where the record being read starts
    try:
        csv.field_size_limit(MAX_CELL)
        missing = set(table.REQUIRED) - set(reader.fieldnames or [])
        if missing:
            raise ImportFailed([f"{source}: missing columns {', '.join(sorted(missing))}"])
        line = reader.line_num + 1
        for row in reader:
            row = {key: table.unneutralise(value or "") for key, value in row.items() if key}
            record, cell_errors = table.from_row(row, gazetteer)
            label = f"#{line} ({row.get('id') or '?'})"
            errors.extend(RecordError(source, label, e.column, str(e)) for e in cell_errors)
            record.setdefault("origin", "curated")
            raws.append((line, record))
            line = reader.line_num + 1
    except csv.Error as exc:
        too_long = "field larger than field limit" in str(exc)
        problem = (
            f"a cell is longer than {MAX_CELL:,} characters, more than any listing holds"
            if too_long
            else f"not CSV that can be read ({exc})"
        )
        raise ImportFailed([f"{source}: line {line}: {problem}"]) from exc
    finally:
        csv.field_size_limit(limit)
    return raws


def merge_import(current: list[Service], imported: list[Service]) -> list[Service]:
    """Curated listings replace curated ones with the same id; they never change a bundled
    or refreshed listing (one given exactly as it is, as in an edited export, is passed
    over)."""
    by_id = {s.id: s for s in current}
    kept = {
        s.id
        for s in imported
        if s.id in by_id and s.model_copy(update={"origin": by_id[s.id].origin}) == by_id[s.id]
    }
    clashes = [
        s.id
        for s in imported
        if s.id not in kept and s.id in by_id and by_id[s.id].origin != "curated"
    ]
    if clashes:
        raise ImportFailed(
            [
                f"id {sid!r} belongs to a {by_id[sid].origin} listing: choose another id"
                for sid in clashes
            ]
        )
    # whatever a file says, what a maintainer imports is a curated listing
    by_id.update(
        {s.id: s.model_copy(update={"origin": "curated"}) for s in imported if s.id not in kept}
    )
    return list(by_id.values())
