"""Maintainers' curated additions from CSV or JSON, validated row by row.

JSON: a list of records in the model's shape, or an object with a ``records`` list.
CSV: one row a service, with the columns in ``CSV_COLUMNS``; several values in one cell are
separated by ``;``. Councils may be named ("Leeds", "Kent County Council") or given as codes;
a venue postcode is placed with the gazetteer. Row numbers in errors are the file's line numbers.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ..geo import Gazetteer
from ..model import RecordError, Service, validate_record

CSV_COLUMNS = (
    "id",
    "name",
    "organisation",
    "description",
    "support_types",
    "audiences",
    "delivery_modes",
    "referral_routes",
    "minimum_age",
    "maximum_age",
    "phone",
    "email",
    "website",
    "national",
    "councils",
    "regions",
    "area_description",
    "address",
    "postcode",
    "opening_hours",
    "eligibility",
    "how_to_access",
    "languages",
    "source_url",
    "csa_centre_url",
    "last_checked",
)
LISTS = ("support_types", "audiences", "delivery_modes", "referral_routes", "languages")


class ImportFailed(Exception):
    def __init__(self, errors: list[RecordError | str]) -> None:
        self.errors = errors
        super().__init__("\n".join(map(str, errors)))


def _unneutralise(cell: str | None) -> str:
    """Undo the apostrophe `directory export` puts before formula-like cells."""
    cell = cell or ""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@") else cell


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split(";") if part.strip()]


def _row_to_record(
    row: dict[str, str], gazetteer: Gazetteer, source: str, line: int
) -> tuple[dict, list[RecordError]]:
    label = f"#{line} ({row.get('id') or '?'})"
    errors: list[RecordError] = []
    councils = []
    for name in _split(row.get("councils", "")):
        codes = [name] if gazetteer.council(name) else gazetteer.council_codes_named(name)
        if codes:
            councils.extend(codes)
        else:
            errors.append(RecordError(source, label, "councils", f"unknown council {name!r}"))
    record: dict = {
        key: (row.get(key) or "").strip()
        for key in (
            "id",
            "name",
            "organisation",
            "description",
            "opening_hours",
            "eligibility",
            "how_to_access",
            "source_url",
            "csa_centre_url",
            "last_checked",
        )
    }
    for key in LISTS:
        record[key] = _split(row.get(key, ""))
    for key in ("minimum_age", "maximum_age"):
        if (row.get(key) or "").strip():
            record[key] = row[key].strip()
    record["contact"] = {
        "phone": (row.get("phone") or "").strip(),
        "email": (row.get("email") or "").strip(),
        "website": (row.get("website") or "").strip() or None,
    }
    record["service_area"] = {
        "national": (row.get("national") or "").strip().lower() in ("yes", "true", "1"),
        "local_authorities": councils,
        "regions": _split(row.get("regions", "")),
        "description": (row.get("area_description") or "").strip(),
    }
    postcode = (row.get("postcode") or "").strip()
    if postcode or (row.get("address") or "").strip():
        location: dict = {"address": (row.get("address") or "").strip(), "postcode": postcode}
        if postcode:
            found = gazetteer.resolve(postcode)
            if found.found and found.place is not None:
                location["latitude"] = round(found.place.latitude, 5)
                location["longitude"] = round(found.place.longitude, 5)
            else:
                errors.append(
                    RecordError(
                        source, label, "postcode", "the gazetteer cannot place this postcode"
                    )
                )
        record["locations"] = [location]
    return record, errors


def read_import(path: Path, gazetteer: Gazetteer) -> list[Service]:
    """Every record of the file as a curated Service, or ImportFailed with every error."""
    source = str(path)
    errors: list[RecordError | str] = []
    raws: list[tuple[int, dict]] = []
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFailed([f"{source}: cannot be read ({exc})"]) from exc
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        missing = {"id", "name", "source_url", "last_checked"} - set(reader.fieldnames or [])
        if missing:
            raise ImportFailed([f"{source}: missing columns {', '.join(sorted(missing))}"])
        for line, row in enumerate(reader, start=2):
            row = {key: _unneutralise(value) for key, value in row.items() if key}
            record, row_errors = _row_to_record(row, gazetteer, source, line)
            errors.extend(row_errors)
            raws.append((line, record))
    else:
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ImportFailed([f"{source}: broken JSON at line {exc.lineno}: {exc.msg}"]) from exc
        records = document.get("records") if isinstance(document, dict) else document
        if not isinstance(records, list):
            raise ImportFailed([f"{source}: expected a list of records"])
        raws = list(enumerate(records, start=1))
    services: list[Service] = []
    seen: set[str] = set()
    for position, record in raws:
        if isinstance(record, dict):
            record = {**record, "origin": "curated"}
            if not record.get("csa_centre_url"):  # no per-service page known: none
                record["csa_centre_url"] = None
        service, record_errors = validate_record(record, source, position)
        errors.extend(record_errors)
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


def merge_import(current: list[Service], imported: list[Service]) -> list[Service]:
    """Curated listings replace curated ones with the same id; they never replace a bundled
    or refreshed listing."""
    by_id = {s.id: s for s in current}
    clashes = [s.id for s in imported if s.id in by_id and by_id[s.id].origin != "curated"]
    if clashes:
        raise ImportFailed(
            [
                f"id {sid!r} belongs to a {by_id[sid].origin} listing: choose another id"
                for sid in clashes
            ]
        )
    by_id.update({s.id: s for s in imported})
    return list(by_id.values())
