"""(fourteenth walk-through F2) Towns people name that the gazetteer missed.

Three causes: a town with no row in GeoNames nor a postcode district named after it (Connah's
Quay, placed at the postcode district a cited page gives); the Welsh names of Welsh towns whose
GeoNames row has none (Caldicot's "Cil-y-coed"), now in ``town_names.csv``; and Welsh names typed
with the article ("Y Bermo") where GeoNames writes them bare. Other towns than the
walk-through's too; both ways: English names still find their towns, names shared with places
elsewhere are still a choice, and an article before an English town is no Welsh name.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from directory.geo.gazetteer import Gazetteer
from directory.geo.places import normalise
from directory.geo.tables import read_tables
from directory.geo.town_names import TOWN_NAMES, _point_in_council, named_place

from ..helpers import page, text_of

GAZETTEER = Path(__file__).resolve().parents[2] / "bundled_data" / "gazetteer"


@pytest.mark.parametrize(
    ("typed", "town", "council", "shown"),
    [
        # each was "We could not find that place"
        ("Cil-y-coed", "Caldicot", "Monmouthshire", "Cil-y-coed"),
        ("cil y coed", "Caldicot", "Monmouthshire", "Cil-y-coed"),
        ("Magwyr", "Magor", "Monmouthshire", "Magwyr"),
        ("Rhisga", "Risca", "Caerphilly", "Rhisga"),
        ("Trecelyn", "Newbridge", "Caerphilly", "Trecelyn"),
        ("Brychdyn", "Broughton", "Flintshire", "Brychdyn"),
        ("Gresffordd", "Gresford", "Wrexham", "Gresffordd"),
        ("Y Pîl", "Pyle", "Bridgend", "Y Pîl"),
        ("y pil", "Pyle", "Bridgend", "Y Pîl"),
        ("Y Rhws", "Rhoose", "Vale of Glamorgan", "Y Rhws"),
        ("Yr Eglwys Newydd", "Whitchurch", "Cardiff", "Yr Eglwys Newydd"),
        ("Glynrhedynog", "Ferndale", "Rhondda Cynon Taf", "Glynrhedynog"),
        ("Llanusyllt", "Saundersfoot", "Pembrokeshire", "Llanusyllt"),
        ("Y Gelli Gandryll", "Hay", "Powys", "Y Gelli Gandryll"),
        ("Cei Connah", "Connah's Quay", "Flintshire", "Cei Connah"),
        ("Hen Golwyn", "Old Colwyn", "Conwy", "Hen Golwyn"),
        ("Maes-glas", "Greenfield", "Flintshire", "Maes-glas"),  # Greenfield: two in England
    ],
)
def test_a_welsh_towns_welsh_name_finds_it(gazetteer, typed, town, council, shown):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert (found.place.name, found.place.local_authority) == (town, council)
    assert found.place.other_name == shown  # the Welsh page names it as it was typed
    assert not found.corrected


@pytest.mark.parametrize("typed", ["Connah's Quay", "connahs quay", "CONNAHS QUAY"])
def test_a_town_with_no_row_of_its_own_is_found_at_its_postcode_district(gazetteer, typed):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert found.place.name == "Connah's Quay"
    assert found.place.local_authority == "Flintshire"
    district = gazetteer.districts["CH5"]  # Wikipedia: "Postcode District: CH5"
    assert (found.place.latitude, found.place.longitude) == (district.latitude, district.longitude)


@pytest.mark.parametrize(
    ("typed", "town", "council", "outcode"),
    [
        ("the mumbles", "Mumbles", "Swansea", "SA3"),
        ("Y Mwmbwls", "Mumbles", "Swansea", "SA3"),
        ("gowerton", "Gowerton", "Swansea", "SA4"),
        ("Tregwyr", "Gowerton", "Swansea", "SA4"),
        ("skewen", "Skewen", "Neath Port Talbot", "SA10"),
        ("Trefforest", "Treforest", "Rhondda Cynon Taf", "CF37"),
        ("pen y graig", "Penygraig", "Rhondda Cynon Taf", "CF40"),
        ("cefn mawr", "Cefn Mawr", "Wrexham", "LL14"),
    ],
)
def test_other_towns_with_no_row_are_found_at_their_cited_district(
    gazetteer, typed, town, council, outcode
):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert (found.place.name, found.place.local_authority) == (town, council)
    district = gazetteer.districts[outcode]
    assert (found.place.latitude, found.place.longitude) == (district.latitude, district.longitude)


@pytest.mark.parametrize(
    ("typed", "town", "council"),
    [
        ("cei connah sir y fflint", "Connah's Quay", "Flintshire"),
        ("connahs quay flintshire", "Connah's Quay", "Flintshire"),
        ("magwyr sir fynwy", "Magor", "Monmouthshire"),
    ],
)
def test_a_town_typed_with_its_county_is_found(gazetteer, typed, town, council):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert (found.place.name, found.place.local_authority) == (town, council)


@pytest.mark.parametrize(
    ("typed", "town", "council"),
    [
        ("Y Bermo", "Barmouth", "Gwynedd"),  # GeoNames: "Bermo"
        ("y rhos", "Rhosllannerchrugog", "Wrexham"),  # GeoNames: "Rhos"
    ],
)
def test_a_welsh_name_typed_with_its_article_is_found(gazetteer, typed, town, council):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert (found.place.name, found.place.local_authority) == (town, council)
    assert found.place.other_name.lower() == typed.lower()  # named as it was typed


def test_an_article_before_an_english_town_makes_no_welsh_name(gazetteer):
    # "y" before a town in England is no Welsh article: never silently taken as Leeds
    assert gazetteer.resolve("y leeds").status != "found"


@pytest.mark.parametrize(
    ("typed", "town"),
    [("Caldicot", "Caldicot"), ("Magor", "Magor"), ("Risca", "Risca"), ("Pyle", "Pyle")],
)
def test_the_english_name_still_finds_the_town_and_is_shown_so(gazetteer, typed, town):
    found = gazetteer.resolve(typed)
    assert found.status == "found"
    assert found.place.name == town and found.place.other_name == ""


@pytest.mark.parametrize(
    ("typed", "councils"),
    [
        ("Whitchurch", {"Cardiff", "Shropshire"}),
        ("Ely", {"Cardiff", "East Cambridgeshire"}),
        ("Hope", {"High Peak"}),
        ("Shotton", {"Flintshire", "County Durham"}),
    ],
)
def test_an_english_name_shared_with_a_town_elsewhere_is_still_a_choice(gazetteer, typed, councils):
    # giving the Welsh towns their Welsh names takes nothing from their English namesakes
    found = gazetteer.resolve(typed)
    assert found.status == "ambiguous", found
    assert councils <= {c.local_authority for c in found.candidates}


def test_a_welsh_name_shared_with_a_place_elsewhere_is_a_choice(tmp_path):
    # were a Welsh name also an English town's, both are offered: a copy of the files in
    # which Risca's other name is "Bedford"
    folder = tmp_path / "gazetteer"
    shutil.copytree(GAZETTEER, folder)
    with open(folder / TOWN_NAMES, "a", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerow(["Bedford", "Risca", "W06000018", "", "test", "test"])
    found = Gazetteer(folder).resolve("Bedford")
    assert found.status == "ambiguous", found
    assert {"Bedford", "Caerphilly"} <= {c.local_authority for c in found.candidates}


def test_the_bare_name_of_a_short_welsh_name_is_not_another_town():
    # "Gelli" is a village in the Rhondda: Hay-on-Wye's "Y Gelli" is not written in bare
    tables = read_tables(GAZETTEER)
    assert all(p.name != "Hay" for p in tables.alt_places.get("gelli", ()))


def test_every_row_of_the_town_names_file_names_a_place_there():
    tables = read_tables(GAZETTEER)
    with open(GAZETTEER / TOWN_NAMES, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert row["source"] and row["note"], row
        assert row["council_code"] in tables.councils, row
        if row["place"]:
            place = named_place(tables, row["place"], row["council_code"])
            assert place is not None, row
            assert place in tables.alt_places[normalise(row["name"])], row
        else:  # a town of its own: at a real postcode district with a part in its council
            district = tables.districts[row["outcode"]]  # (w35place: St Dogmaels' SA43 3)
            assert _point_in_council(tables, district, row["council_code"]), row


def test_the_pages_name_the_town_as_it_was_typed(bundled_client):
    english = page(bundled_client.get("/search?q=support&location=connahs+quay"))
    assert text_of(english, "h1") == "Services near Connah's Quay, Flintshire"
    welsh = page(bundled_client.get("/cy/search?q=cwnsela&location=Cil-y-coed"))
    assert text_of(welsh, "h1") == "Gwasanaethau ger Cil-y-coed, Sir Fynwy"
    welsh = page(bundled_client.get("/cy/search?q=cwnsela&location=Cei+Connah"))
    assert text_of(welsh, "h1") == "Gwasanaethau ger Cei Connah, Sir y Fflint"
    assert "dod o hyd i'r lle hwnnw" not in welsh.get_text().replace("’", "'")


@pytest.mark.parametrize(
    ("typed", "council"),
    [
        # a GeoNames town with no population there, and postcode districts named after it,
        # was silently outweighed by a village of the same name elsewhere
        ("kensington", "Kensington and Chelsea"),  # was Kensington, Liverpool
        ("cottingham", "East Riding of Yorkshire"),  # was the Northamptonshire village
        ("madeley", "Telford and Wrekin"),  # was Madeley, Staffordshire
        ("appleton", "Warrington"),  # was Appleton, Oxfordshire
        ("mayfield", "Wealden"),  # was "not covered": a Mayfield in Scotland is bigger
    ],
)
def test_a_town_named_by_its_postcode_districts_is_offered_beside_its_namesake(
    gazetteer, typed, council
):
    found = gazetteer.resolve(typed)
    assert found.status == "ambiguous", found
    assert council in {c.local_authority for c in found.candidates}


@pytest.mark.parametrize(
    ("typed", "council"),
    [
        ("queensferry", "Flintshire"),  # was "not covered": South Queensferry, Scotland
        ("deri", "Caerphilly"),  # was "not covered": Derry, Northern Ireland
    ],
)
def test_the_one_place_of_a_name_in_england_or_wales_is_meant(gazetteer, typed, council):
    # as for Bangor: the directory covers England and Wales
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert found.place.local_authority == council


@pytest.mark.parametrize(
    ("typed", "council"),
    [
        ("leeds", "Leeds"),  # not Leeds in Kent (ME17)
        ("aston", "Birmingham"),  # not Aston near Sheffield (S33)
        ("gosforth", "Newcastle upon Tyne"),  # not Gosforth in Cumbria (CA20)
        ("stroud", "Stroud"),  # not Stroud in Hampshire (GU32)
        ("bangor", "Gwynedd"),
    ],
)
def test_a_big_town_is_not_made_a_choice_by_a_small_namesake(gazetteer, typed, council):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert found.place.local_authority == council


@pytest.mark.parametrize("typed", ["perth", "glasgow", "inverness", "paisley"])
def test_a_place_only_outside_england_and_wales_is_still_not_covered(gazetteer, typed):
    assert gazetteer.resolve(typed).status == "not_covered"


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        # a town we do not know, with the area the person typed after it: were offered nothing
        # (w59places: Kinmel Bay, Talbot Green and Abersychan, the first examples, are wards'
        # places now and found; these villages are in wards of other names)
        ("cerrigydrudion conwy", "Conwy"),
        ("talgarreg ceredigion", "Ceredigion"),
        ("ffarmers carmarthenshire", "Carmarthenshire"),
        ("blorp n yorks", "North Yorkshire"),
    ],
)
def test_an_unknown_town_typed_with_its_area_offers_the_area(gazetteer, typed, offered):
    found = gazetteer.resolve(typed)
    assert found.status == "unknown"  # never taken silently: the town itself was not found
    assert offered in found.suggestions


def test_the_area_offered_is_named_as_it_was_typed(gazetteer):
    assert gazetteer._area_typed("ewloe sir y fflint") == ("Sir y Fflint",)
    assert gazetteer._area_typed("ewloe flintshire") == ("Flintshire",)


@pytest.mark.parametrize("typed", ["cerrigydrudion", "xyzzy plugh", "qwerty uk"])
def test_no_area_is_offered_when_none_was_typed(gazetteer, typed):
    found = gazetteer.resolve(typed)
    assert found.status == "unknown" and found.suggestions == ()


def test_the_page_offers_the_area_typed_after_an_unknown_town(bundled_client):
    soup = page(bundled_client.get("/search?q=support&location=cerrigydrudion+conwy"))
    links = [a.get_text(strip=True) for a in soup.select(".app-place-choices a")]
    assert links == ["Conwy"]
