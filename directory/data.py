"""Loading the bundled listings from disk, validated record by record.

A listings folder holds one or more ``*.json`` files, each an object with a ``records`` array
(and free-form ``about`` text saying where the records came from). Broken files and bad records
are reported with the file, the record and the field; nothing is dropped silently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .model import RecordError, Service, validate_records


class DataError(Exception):
    """The listings cannot be loaded as a whole (missing folder, broken JSON, bad records)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class LoadResult:
    services: list[Service] = field(default_factory=list)
    errors: list[RecordError] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def read_records(path: Path) -> list[object]:
    """The raw records of one listings file; raises DataError naming the file on bad JSON."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise DataError([f"{path}: not UTF-8 text ({exc.reason})"]) from exc
    except json.JSONDecodeError as exc:
        raise DataError(
            [f"{path}: broken JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"]
        ) from exc
    except OSError as exc:
        raise DataError([f"{path}: cannot be read ({exc.strerror})"]) from exc
    if isinstance(document, dict) and isinstance(document.get("records"), list):
        return document["records"]
    raise DataError([f"{path}: expected an object with a 'records' list"])


def listing_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise DataError([f"{folder}: the listings folder does not exist"])
    files = sorted(folder.glob("*.json"))
    if not files:
        raise DataError([f"{folder}: no *.json listings files"])
    return files


def load_listings(folder: Path) -> LoadResult:
    """Validate every record in every file of ``folder``. Ids must be unique across files."""
    result = LoadResult(files=listing_files(folder))
    seen: dict[str, Path] = {}
    for path in result.files:
        services, errors = validate_records(read_records(path), str(path))
        result.errors.extend(errors)
        for service in services:
            if service.id in seen:
                result.errors.append(
                    RecordError(
                        str(path), service.id, "id", f"duplicate id, also in {seen[service.id]}"
                    )
                )
                continue
            seen[service.id] = path
            result.services.append(service)
    return result


def load_valid_listings(folder: Path) -> list[Service]:
    """All services, or DataError listing every problem when any record is bad."""
    result = load_listings(folder)
    if result.errors:
        raise DataError([str(e) for e in result.errors])
    return result.services
