"""(fifth walk-through F4) Every council split from a ceremonial county, and every Welsh
principal area, is mapped to the police force that actually covers it, and a town typed in
Where lands in a council of that force: Stockton-on-Tees is policed by Cleveland, not Durham,
although it is (partly) in ceremonial County Durham.

The expected forces are the Home Office's list of the 43 territorial forces and the areas they
police (written out here, not read from the bundled table under test)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from directory.geo import load_police_force_areas

FOLDER = Path(__file__).parents[2] / "bundled_data" / "gazetteer"

#: council (as councils_today.csv names it) -> the force that polices it
OFFICIAL = {
    # split from ceremonial counties whose own force is another
    "Hartlepool": "Cleveland",
    "Middlesbrough": "Cleveland",
    "Redcar and Cleveland": "Cleveland",
    "Stockton-on-Tees": "Cleveland",
    "Darlington": "Durham",
    "County Durham": "Durham",
    "Bournemouth, Christchurch and Poole": "Dorset",
    "Torbay": "Devon and Cornwall",
    "City of Plymouth": "Devon and Cornwall",
    "Thurrock": "Essex",
    "Southend-on-Sea": "Essex",
    "Medway": "Kent",
    "Milton Keynes": "Thames Valley",
    "City of Peterborough": "Cambridgeshire",
    "Luton": "Bedfordshire",
    "Halton": "Cheshire",
    "Warrington": "Cheshire",
    "Blackburn with Darwen": "Lancashire",
    "Blackpool": "Lancashire",
    "Kingston upon Hull": "Humberside",
    "East Riding of Yorkshire": "Humberside",
    "York": "North Yorkshire",
    "Bristol": "Avon and Somerset",
    "North Somerset": "Avon and Somerset",
    "Bath and North East Somerset": "Avon and Somerset",
    "Somerset": "Avon and Somerset",
    "Herefordshire": "West Mercia",
    "Cumberland": "Cumbria",
    "Westmorland and Furness": "Cumbria",
    "North Northamptonshire": "Northamptonshire",
    "West Northamptonshire": "Northamptonshire",
    "Solihull": "West Midlands",
}

#: the 22 Welsh principal areas by their GSS codes -> force
WALES = {
    "W06000001": "North Wales",  # Isle of Anglesey
    "W06000002": "North Wales",  # Gwynedd
    "W06000003": "North Wales",  # Conwy
    "W06000004": "North Wales",  # Denbighshire
    "W06000005": "North Wales",  # Flintshire
    "W06000006": "North Wales",  # Wrexham
    "W06000008": "Dyfed-Powys",  # Ceredigion
    "W06000009": "Dyfed-Powys",  # Pembrokeshire
    "W06000010": "Dyfed-Powys",  # Carmarthenshire
    "W06000023": "Dyfed-Powys",  # Powys
    "W06000011": "South Wales",  # Swansea
    "W06000012": "South Wales",  # Neath Port Talbot
    "W06000013": "South Wales",  # Bridgend
    "W06000014": "South Wales",  # Vale of Glamorgan
    "W06000015": "South Wales",  # Cardiff
    "W06000016": "South Wales",  # Rhondda Cynon Taf
    "W06000024": "South Wales",  # Merthyr Tydfil
    "W06000018": "Gwent",  # Caerphilly
    "W06000019": "Gwent",  # Blaenau Gwent
    "W06000020": "Gwent",  # Torfaen
    "W06000021": "Gwent",  # Monmouthshire
    "W06000022": "Gwent",  # Newport
}


@pytest.fixture(scope="module")
def code_of() -> dict[str, str]:
    with open(FOLDER / "councils_today.csv", newline="", encoding="utf-8") as handle:
        return {row["name"]: row["code"] for row in csv.DictReader(handle)}


def test_every_split_council_has_its_own_force(code_of):
    forces = load_police_force_areas(FOLDER)
    wrong = {
        name: forces.force_of(code_of[name])
        for name, force in OFFICIAL.items()
        if forces.force_of(code_of[name]) != force
    }
    assert not wrong, f"councils mapped to the wrong force: {wrong}"


def test_every_welsh_principal_area_has_its_force():
    forces = load_police_force_areas(FOLDER)
    assert {code: forces.force_of(code) for code in WALES} == WALES
    # and nothing else in Wales: the four forces cover the 22 areas exactly
    welsh = {c for f in set(WALES.values()) for c in forces.councils_in(f)}
    assert welsh == set(WALES)


@pytest.mark.parametrize(
    "typed, force",
    [
        ("Thornaby", "Cleveland"),
        ("Billingham", "Cleveland"),
        ("Redcar", "Cleveland"),
        ("Darlington", "Durham"),
        ("Poole", "Dorset"),
        ("Grays", "Essex"),
        ("Chatham", "Kent"),
        ("Widnes", "Cheshire"),
    ],
)
def test_a_town_lands_in_a_council_of_its_force(gazetteer, typed, force):
    forces = load_police_force_areas(FOLDER)
    place = gazetteer.resolve(typed).place
    assert place is not None, typed
    assert forces.force_of(place.local_authority_code) == force
