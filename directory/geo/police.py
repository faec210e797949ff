"""Police force areas: which of the 43 territorial forces of England and Wales covers a council.

Loaded from ``police_force_areas.csv`` in the gazetteer folder (see
``bundled_data/gazetteer/PROVENANCE.md``), which maps every council and shire county of
``councils_today.csv`` (the councils in force today) to its force; a former council's code
(``council_changes.csv``) answers with its successor's force. Scottish councils have no force
here (Scotland has a single force, outside the 43).
This module knows nothing of Flask or of listings.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from .places import normalise

FILE = "police_force_areas.csv"
COUNCILS_FILE = "councils_today.csv"
CHANGES_FILE = "council_changes.csv"

# other spellings of force names, as the ONS and police.uk write them (normalised)
_ALIASES = {
    "metropolitan police": "Metropolitan",
    "metropolitan police service": "Metropolitan",
    "london city of": "City of London",
}


#: the Welsh names of the four Welsh forces, as they name themselves ("Heddlu Gogledd Cymru");
#: the English forces have no established Welsh name and keep their own (shown marked as
#: English on Welsh pages)
WELSH_NAMES = {
    "North Wales": "Heddlu Gogledd Cymru",
    "South Wales": "Heddlu De Cymru",
    "Dyfed-Powys": "Heddlu Dyfed-Powys",
    "Gwent": "Heddlu Gwent",
}


def welsh_name(force: str) -> str:
    """A Welsh force's name in Welsh ("Heddlu Gogledd Cymru" for "North Wales"), or "" for a force
    with no established Welsh name."""
    return WELSH_NAMES.get(str(force).strip(), "")


class PoliceForceAreas:
    """The council-to-force table for a gazetteer folder; read-only once loaded (thread-safe)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._force_of: dict[str, str] = {}
        self._councils: dict[str, list[str]] = {}
        self._names: dict[str, str] = {}  # normalised name or alias -> the force's own name
        counties = self._county_codes()
        with open(self.folder / FILE, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                code, force = row["code"].strip(), row["police_force_area"].strip()
                if code in self._force_of:
                    raise ValueError(f"{FILE}: council {code} is listed twice")
                if not force:  # a council outside England and Wales
                    continue
                self._force_of[code] = force
                councils = self._councils.setdefault(force, [])
                if code not in counties:
                    councils.append(code)
        for code, current in self._former().items():
            if current in self._force_of:
                self._force_of.setdefault(code, self._force_of[current])
        for force in self._councils:
            self._names[normalise(force)] = force
        for alias, force in _ALIASES.items():
            if force in self._councils:
                self._names.setdefault(alias, force)

    def _county_codes(self) -> set[str]:
        """Codes of the shire counties (``codelist_sheet`` CTY), which sit above districts."""
        with open(self.folder / COUNCILS_FILE, newline="", encoding="utf-8") as handle:
            return {row["code"] for row in csv.DictReader(handle) if row["kind"] == "county"}

    def _former(self) -> dict[str, str]:
        """A former council's code -> the code of the council in force today."""
        path = self.folder / CHANGES_FILE
        if not path.exists():
            return {}
        with open(path, newline="", encoding="utf-8") as handle:
            successor = {r["code"]: r["successor_code"] for r in csv.DictReader(handle)}
        for code in successor:
            seen = {code}
            while successor.get(successor[code], code) not in seen:
                seen.add(successor[code])
                successor[code] = successor[successor[code]]
        return successor

    def force_of(self, code: str) -> str | None:
        """The force covering a council or shire county, by GSS code (a former council's too);
        None if unknown or not in England and Wales."""
        return self._force_of.get(str(code).strip().upper())

    def councils_in(self, force: str) -> list[str]:
        """Codes of the district-level councils (not shire counties) a force covers, in code
        order. The name is matched ignoring case and punctuation ("devon & cornwall" works);
        an unknown force gives an empty list."""
        name = self._names.get(normalise(str(force)))
        return sorted(self._councils[name]) if name else []

    def names(self) -> list[str]:
        """The forces' names, alphabetically (43 for England and Wales)."""
        return sorted(self._councils)


@functools.lru_cache(maxsize=4)
def load_police_force_areas(folder: Path) -> PoliceForceAreas:
    """The police force areas for a gazetteer folder, loaded once per process (read-only)."""
    return PoliceForceAreas(Path(folder))
