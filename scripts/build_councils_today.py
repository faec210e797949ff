"""Write bundled_data/gazetteer/councils_today.csv and police_force_areas.csv: the councils in
force today (England and Wales, plus Scotland's for recognising places outside), from the 2014
council file, the hand-written council_changes.csv (each abolished or recoded council and its
successor, with the order that made the change) and the tables below (ceremonial counties of the
unitary councils, Welsh names as the councils write them, Wales's preserved counties).

Run from the repository root: ``.venv/bin/python scripts/build_councils_today.py``. It checks
the police force table as it goes (a new council's predecessors must all be in one force) and
stops on any disagreement. See bundled_data/gazetteer/PROVENANCE.md.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "bundled_data" / "gazetteer"

# unitary councils (E06) -> ceremonial county (Lieutenancies Act 1997, Schedule 1, as amended)
UNITARY_CEREMONIAL = {
    "E06000001": "Durham",
    "E06000002": "North Yorkshire",
    "E06000003": "North Yorkshire",
    "E06000004": "Durham",
    "E06000005": "Durham",
    "E06000006": "Cheshire",
    "E06000007": "Cheshire",
    "E06000008": "Lancashire",
    "E06000009": "Lancashire",
    "E06000010": "East Riding of Yorkshire",
    "E06000011": "East Riding of Yorkshire",
    "E06000012": "Lincolnshire",
    "E06000013": "Lincolnshire",
    "E06000014": "North Yorkshire",
    "E06000015": "Derbyshire",
    "E06000016": "Leicestershire",
    "E06000017": "Rutland",
    "E06000018": "Nottinghamshire",
    "E06000019": "Herefordshire",
    "E06000020": "Shropshire",
    "E06000021": "Staffordshire",
    "E06000022": "Somerset",
    "E06000023": "Bristol",
    "E06000024": "Somerset",
    "E06000025": "Gloucestershire",
    "E06000026": "Devon",
    "E06000027": "Devon",
    "E06000030": "Wiltshire",
    "E06000031": "Cambridgeshire",
    "E06000032": "Bedfordshire",
    "E06000033": "Essex",
    "E06000034": "Essex",
    "E06000035": "Kent",
    "E06000036": "Berkshire",
    "E06000037": "Berkshire",
    "E06000038": "Berkshire",
    "E06000039": "Berkshire",
    "E06000040": "Berkshire",
    "E06000041": "Berkshire",
    "E06000042": "Buckinghamshire",
    "E06000043": "East Sussex",
    "E06000044": "Hampshire",
    "E06000045": "Hampshire",
    "E06000046": "Isle of Wight",
    "E06000047": "Durham",
    "E06000049": "Cheshire",
    "E06000050": "Cheshire",
    "E06000051": "Shropshire",
    "E06000052": "Cornwall",
    "E06000053": "Cornwall",
    "E06000054": "Wiltshire",
    "E06000055": "Bedfordshire",
    "E06000056": "Bedfordshire",
    "E06000057": "Northumberland",
    "E06000058": "Dorset",
    "E06000059": "Dorset",
    "E06000060": "Buckinghamshire",
    "E06000061": "Northamptonshire",
    "E06000062": "Northamptonshire",
    "E06000063": "Cumbria",
    "E06000064": "Cumbria",
    "E06000065": "North Yorkshire",
    "E06000066": "Somerset",
}
# metropolitan boroughs by code block
METROPOLITAN = [
    (range(1, 11), "Greater Manchester"),
    (range(11, 16), "Merseyside"),
    (range(16, 20), "South Yorkshire"),
    (range(38, 40), "South Yorkshire"),
    (range(21, 25), "Tyne and Wear"),
    (range(37, 38), "Tyne and Wear"),
    (range(25, 32), "West Midlands"),
    (range(32, 37), "West Yorkshire"),
]
# Welsh principal areas: the Welsh name as the council writes it, and the preserved county
# (the lieutenancy area) it lies in since the Preserved Counties (Amendment to Boundaries)
# (Wales) Order 2003
WALES = {
    "W06000001": ("Isle of Anglesey", "Ynys Môn", "Gwynedd"),
    "W06000002": ("Gwynedd", "Gwynedd", "Gwynedd"),
    "W06000003": ("Conwy", "Conwy", "Clwyd"),
    "W06000004": ("Denbighshire", "Sir Ddinbych", "Clwyd"),
    "W06000005": ("Flintshire", "Sir y Fflint", "Clwyd"),
    "W06000006": ("Wrexham", "Wrecsam", "Clwyd"),
    "W06000008": ("Ceredigion", "Ceredigion", "Dyfed"),
    "W06000009": ("Pembrokeshire", "Sir Benfro", "Dyfed"),
    "W06000010": ("Carmarthenshire", "Sir Gaerfyrddin", "Dyfed"),
    "W06000011": ("Swansea", "Abertawe", "West Glamorgan"),
    "W06000012": ("Neath Port Talbot", "Castell-nedd Port Talbot", "West Glamorgan"),
    "W06000013": ("Bridgend", "Pen-y-bont ar Ogwr", "Mid Glamorgan"),
    "W06000014": ("Vale of Glamorgan", "Bro Morgannwg", "South Glamorgan"),
    "W06000015": ("Cardiff", "Caerdydd", "South Glamorgan"),
    "W06000016": ("Rhondda Cynon Taf", "Rhondda Cynon Taf", "Mid Glamorgan"),
    "W06000018": ("Caerphilly", "Caerffili", "Gwent"),
    "W06000019": ("Blaenau Gwent", "Blaenau Gwent", "Gwent"),
    "W06000020": ("Torfaen", "Tor-faen", "Gwent"),
    "W06000021": ("Monmouthshire", "Sir Fynwy", "Gwent"),
    "W06000022": ("Newport", "Casnewydd", "Gwent"),
    "W06000023": ("Powys", "Powys", "Powys"),
    "W06000024": ("Merthyr Tydfil", "Merthyr Tudful", "Mid Glamorgan"),
}
# the names the councils use today, where the 2014 file writes them otherwise
NAMES = {
    "E06000010": "Kingston upon Hull",
    "E06000019": "Herefordshire",
    "E06000023": "Bristol",
    "E09000001": "City of London",
    "E07000112": "Folkestone and Hythe",
}
KIND = {
    "UTA": "unitary",
    "DIS": "district",
    "MTD": "metropolitan borough",
    "LBO": "London borough",
    "CTY": "county",
}
COLUMNS = [
    "code",
    "name",
    "name_cy",
    "kind",
    "county_code",
    "ceremonial_county",
    "police_force_area",
    "country",
    "latitude",
    "longitude",
    "postcode_units",
    "replaces",
]


def rows(name: str) -> list[dict[str, str]]:
    with open(FOLDER / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def main() -> None:
    old = {r["code"]: r for r in rows("local_authority_centroids.csv")}
    # the hand-compiled 2014 table (see PROVENANCE); police_force_areas.csv is written below
    force_of = {r["code"]: r["police_force_area"] for r in rows("police_force_areas_2014.csv")}
    changes = rows("council_changes.csv")
    successor = {c["code"]: c["successor_code"] for c in changes}
    new_names = {c["successor_code"]: c["successor_name"] for c in changes if c["successor_code"]}

    # each shire district's county: the postal county of most of its postcode districts,
    # corrected to the county of its own police force where the two disagree (Bolsover is
    # in Derbyshire, Harborough in Leicestershire, though their post goes via Nottingham
    # and Northampton)
    counties = {r["name"]: code for code, r in old.items() if r["codelist_sheet"] == "CTY"}
    la_of = {r["outcode"]: r["main_local_authority_code"] for r in rows("outcode_centroids.csv")}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows("gibbs-uk-postcodes-outcodes.csv"):
        la = la_of.get(r["postcode"])
        if la and r["region"] in counties:
            votes[la][counties[r["region"]]] += 1
    county_of: dict[str, str] = {}
    for code, r in old.items():
        if r["codelist_sheet"] != "DIS":
            continue
        voted = votes[code].most_common(1)[0][0] if votes[code] else ""
        if not voted or force_of[voted] != force_of[code]:
            same_force = [c for c in counties.values() if force_of[c] == force_of[code]]
            if len(same_force) != 1:
                raise SystemExit(f"cannot place district {code} {r['name']} in a county")
            print(
                f"{code} {r['name']}: county {old[voted]['name'] if voted else '?'} (post) "
                f"-> {old[same_force[0]]['name']} (its police force)"
            )
            voted = same_force[0]
        county_of[code] = voted

    # the new councils: names from the changes, points weighted by postcode units
    def final(code: str) -> str:  # Taunton Deane -> Somerset West and Taunton -> Somerset
        while successor.get(code) and successor[code] != code:
            code = successor[code]
        return code

    members: dict[str, list[str]] = defaultdict(list)
    for code in successor:
        new = final(code)
        if new != code and code in old and old[code]["codelist_sheet"] != "CTY":
            members[new].append(code)
    today: dict[str, dict[str, str]] = {}
    for code, r in old.items():
        if code in successor and successor[code] != code:
            continue  # abolished or recoded
        today[code] = dict(r)
    for new, parts in members.items():
        units = [int(old[p]["postcode_units"]) for p in parts]
        total = sum(units)
        forces = {force_of[p] for p in parts}
        if len(forces) != 1:
            raise SystemExit(f"{new}: predecessors in several police forces: {forces}")
        first = old[parts[0]]
        lat = sum(float(old[p]["latitude"]) * u for p, u in zip(parts, units, strict=True))
        lon = sum(float(old[p]["longitude"]) * u for p, u in zip(parts, units, strict=True))
        today[new] = {
            "code": new,
            "name": new_names[new],
            "name_cy": "",
            "codelist_sheet": "UTA" if new.startswith("E06") else first["codelist_sheet"],
            "latitude": f"{lat / total:.5f}",
            "longitude": f"{lon / total:.5f}",
            "postcode_units": str(total),
            "country": first["country"],
        }
        force_of[new] = forces.pop()
        if today[new]["codelist_sheet"] == "DIS":
            county_of[new] = county_of[parts[0]]
    for code, r in today.items():
        r["name"] = NAMES.get(code, r["name"])
        r["replaces"] = " ".join(sorted(p for p in successor if p != code and final(p) == code))
    out = []
    for code in sorted(today):
        r = today[code]
        sheet, country = r["codelist_sheet"], r["country"]
        county_code = county_of.get(code, "")
        if country == "Wales":
            name, name_cy, ceremonial = WALES[code]
            r["name"], r["name_cy"] = name, name_cy
        elif sheet == "CTY":
            ceremonial = r["name"]
        elif sheet == "DIS":
            ceremonial = today[county_code]["name"]
        elif sheet == "UTA" and country == "England":
            ceremonial = UNITARY_CEREMONIAL[code]
        elif sheet == "MTD":
            number = int(code[3:])
            ceremonial = next(name for block, name in METROPOLITAN if number in block)
        elif sheet == "LBO":
            ceremonial = "City of London" if code == "E09000001" else "Greater London"
        else:
            ceremonial = ""  # Scotland
        out.append(
            {
                "code": code,
                "name": r["name"],
                "name_cy": r["name_cy"],
                "kind": "principal area"
                if country == "Wales"
                else KIND[sheet]
                if country == "England"
                else "council area",
                "county_code": county_code,
                "ceremonial_county": ceremonial,
                "police_force_area": force_of.get(code, ""),
                "country": country,
                "latitude": r["latitude"],
                "longitude": r["longitude"],
                "postcode_units": r["postcode_units"],
                "replaces": r["replaces"],
            }
        )
    with open(FOLDER / "councils_today.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    with open(FOLDER / "police_force_areas.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "name", "police_force_area"])
        writer.writerows([r["code"], r["name"], r["police_force_area"]] for r in out)
    kinds = Counter((r["country"], r["kind"]) for r in out)
    print(
        f"{len(out)} councils: " + ", ".join(f"{k[0]} {k[1]} {n}" for k, n in sorted(kinds.items()))
    )
    print(
        f"{len({r['ceremonial_county'] for r in out if r['country'] == 'England'})} "
        "English ceremonial counties, "
        f"{len({r['police_force_area'] for r in out if r['police_force_area']})} police force areas"
    )


if __name__ == "__main__":
    main()
