"""A listing as one CSV row, both ways: ``to_row`` for `directory export`, ``from_row`` for
`directory import`. Both read the one table ``COLUMNS``, so every field an export writes is read
back by an import, and export -> import -> export gives the same bytes.

Cells: several codes or names in one cell are separated by ``;``; free-text lists (maintainers'
notes, other sources) by new lines; yes/no for true/false, an empty cell for "not stated" (the
listing's default). Venues are a JSON list in ``locations``; ``address`` and ``postcode`` repeat
the first venue so a spreadsheet shows it, and a hand-written row may give only those two (the
gazetteer places the postcode). Councils may be named ("Leeds", "Kent County Council") or given
as codes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..geo import Gazetteer
from ..model import Service
from ..referral import FORMULA_START


@dataclass(frozen=True)
class Column:
    """One CSV column: where it lives in a listing's record (``contact.phone``) and how its
    cell is written (``list``: ``;``-separated, ``lines``: one per line, ``bool``: yes/no)."""

    name: str
    path: str
    kind: str = "text"  # text | list | lines | bool | number | json


def _c(name: str, path: str | None = None, kind: str = "text") -> Column:
    return Column(name, path or name, kind)


#: Every column, in the order an export writes them: those of the first exports first, so a
#: reader that goes by position still finds them.
COLUMNS: tuple[Column, ...] = (
    _c("id"),
    _c("name"),
    _c("organisation"),
    _c("description"),
    _c("support_types", kind="list"),
    _c("audiences", kind="list"),
    _c("delivery_modes", kind="list"),
    _c("referral_routes", kind="list"),
    _c("minimum_age", kind="number"),
    _c("maximum_age", kind="number"),
    _c("phone", "contact.phone"),
    _c("email", "contact.email"),
    _c("website", "contact.website"),
    _c("national", "service_area.national", "bool"),
    _c("councils", "service_area.local_authorities", "list"),
    _c("regions", "service_area.regions", "list"),
    _c("area_description", "service_area.description"),
    _c("address"),  # the first venue's, read with ``locations``
    _c("postcode"),
    _c("opening_hours"),
    _c("eligibility"),
    _c("how_to_access"),
    _c("languages", kind="list"),
    _c("source_url"),
    _c("csa_centre_url"),
    _c("last_checked"),
    _c("status"),
    _c("not_seen_since"),
    _c("origin"),
    # every other field, so nothing is lost on the way back
    _c("name_cy"),
    _c("description_cy"),
    _c("status_note"),
    _c("abuse_types", kind="list"),
    _c("genders", kind="list"),
    _c("police_report_required", kind="bool"),
    _c("phone_verified", "contact.phone_verified", "bool"),
    _c("phone_notes", "contact.phone_notes"),
    _c("text", "contact.text"),
    _c("finder", "contact.finder"),
    _c("uk_wide", "service_area.uk_wide", "bool"),
    _c("countries", "service_area.countries", "list"),
    _c("police_force_areas", "service_area.police_force_areas", "list"),
    _c("locations", kind="json"),
    _c("accessibility"),
    _c("other_sources", kind="lines"),
    _c("source_kind"),
    _c("source_date"),
    _c("source_date_approximate", kind="bool"),
    _c("verify", kind="lines"),
    _c("communities", kind="list"),  # issue 26: who a service is for beyond age and role
    _c("ages_not_stated", kind="bool"),  # issue 26: listed for all ages, no age policy stated
    # (sixth walk-through F7) the site's own notes in Welsh
    _c("status_note_cy"),
    _c("opening_hours_cy"),
    _c("phone_notes_cy", "contact.phone_notes_cy"),
    # (eighth walk-through F7.5) the age from which people can contact it themselves
    _c("self_referral_from_age", kind="number"),
)
NAMES: tuple[str, ...] = tuple(column.name for column in COLUMNS)
#: the columns a hand-written import must have
REQUIRED = ("id", "name", "source_url", "last_checked")
_VENUE = ("address", "postcode")


def _dig(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _put(record: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        record = record.setdefault(part, {})
    record[last] = value


def _cell(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == "list":
        return ";".join(value)
    if column.kind == "lines":
        return "\n".join(value)
    if column.kind == "bool":
        return "yes" if value else "no"
    if column.kind == "json":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else ""
    return str(value)


def to_row(service: Service) -> dict[str, str]:
    """A listing as a CSV row: every field, defaults included (a reader sees them stated)."""
    record = service.model_dump(mode="json")
    record["locations"] = [
        {key: value for key, value in venue.items() if value not in ("", None)}
        for venue in record["locations"]
    ]
    row = {c.name: _cell(c, _dig(record, c.path)) for c in COLUMNS if c.name not in _VENUE}
    first = service.locations[0] if service.locations else None
    row["address"] = first.address if first else ""
    row["postcode"] = first.postcode if first else ""
    return {name: row[name] for name in NAMES}


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula: one that starts like a formula (=, +,
    -, @, tab, carriage return) or with an apostrophe gets one apostrophe in front, so that
    ``unneutralise`` gives back exactly the cell (an apostrophe of the value's own included)."""
    return "'" + cell if cell.startswith((*FORMULA_START, "'")) else cell


def unneutralise(cell: str) -> str:
    """Undo ``neutralise``: one leading apostrophe is taken away when what follows it would
    have been neutralised; any other cell (a hand-written "'quoted'" too) is kept as it is."""
    if cell[:1] == "'" and cell[1:2] and cell[1:].startswith((*FORMULA_START, "'")):
        return cell[1:]
    return cell


class CellError(ValueError):
    """A cell that cannot be read: names the column."""

    def __init__(self, column: str, message: str) -> None:
        self.column = column
        super().__init__(message)


def _split(cell: str, separator: str) -> list[str]:
    return [part.strip() for part in cell.split(separator) if part.strip()]


_TRUE, _FALSE = ("yes", "true", "1", "y"), ("no", "false", "0", "n")


def _value(column: Column, cell: str) -> Any:
    if column.kind == "list":
        return _split(cell, ";")
    if column.kind == "lines":
        return _split(cell, "\n")
    if column.kind == "bool":
        word = cell.lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise CellError(column.name, f"write yes or no, not {cell!r}")
    if column.kind == "json":
        try:
            return json.loads(cell)
        except json.JSONDecodeError as exc:
            raise CellError(column.name, f"not a JSON list of venues ({exc.msg})") from exc
        except (ValueError, RecursionError) as exc:  # a huge number, lists nested very deep
            raise CellError(column.name, "not a JSON list of venues that can be read") from exc
    return cell


def _point(gazetteer: Gazetteer, postcode: str) -> dict[str, float] | None:
    found = gazetteer.resolve(postcode)
    if not found.found or found.place is None:
        return None
    place = found.place
    return {"latitude": round(place.latitude, 5), "longitude": round(place.longitude, 5)}


def from_row(row: dict[str, str], gazetteer: Gazetteer) -> tuple[dict[str, Any], list[CellError]]:
    """A CSV row as a listing's raw record (validated later by the model), and the cells that
    could not be read."""
    record: dict[str, Any] = {}
    errors: list[CellError] = []
    for column in COLUMNS:
        cell = (row.get(column.name) or "").strip()
        if column.name in _VENUE or column.name == "councils":
            continue
        # an empty cell is "not stated": the listing's default, except that a list column
        # that is there but empty means "none"
        if not cell and column.kind not in ("list", "lines"):
            continue
        if not cell and column.name not in row:
            continue
        try:
            _put(record, column.path, _value(column, cell))
        except CellError as exc:
            errors.append(exc)
    councils: list[str] = []
    for name in _split(row.get("councils") or "", ";"):
        codes = [name] if gazetteer.council(name) else gazetteer.council_codes_named(name)
        if codes:
            councils.extend(codes)
        else:
            errors.append(CellError("councils", f"unknown council {name!r}"))
    area = record.setdefault("service_area", {})
    area["local_authorities"] = councils
    area.setdefault("national", False)
    contact = record.setdefault("contact", {})
    for key in ("website", "finder"):
        contact[key] = contact.get(key) or None
    record["csa_centre_url"] = record.get("csa_centre_url") or None  # no per-service page known
    venues = record.get("locations") or []
    if not isinstance(venues, list):
        errors.append(CellError("locations", "not a JSON list of venues"))
        venues = []
    first = venues[0] if venues and isinstance(venues[0], dict) else {}
    address = (row.get("address") or "").strip()
    postcode = (row.get("postcode") or "").strip()
    if (address, postcode) != (first.get("address", ""), first.get("postcode", "")):
        # a hand-written row, or an address or postcode edited in a spreadsheet: the first
        # venue takes them, placed by the gazetteer
        venue = {k: v for k, v in first.items() if k not in ("latitude", "longitude", "precision")}
        venue.update(address=address, postcode=postcode)
        if postcode:
            point = _point(gazetteer, postcode)
            if point is None:
                errors.append(CellError("postcode", "the gazetteer cannot place this postcode"))
            else:
                venue.update(point)
        venues = [venue, *venues[1:]]
    if venues:
        record["locations"] = venues
    return record, errors
