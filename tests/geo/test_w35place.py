"""(w35place; twenty-ninth walk-through, person 5 and F2) Places as people name them.

Villages a Welsh speaker named as home that the gazetteer lacked (Llanddewi Brefi, Botwnnog,
Llandudoch, which is St Dogmaels and was offered Llandudno), and others earlier walk-throughs
missed (Llangrannog, Brechfa, Ollerton), each now at the postcode district its cited page gives
and in its council; typed as people type them, on the English and the Welsh pages.
"""

from __future__ import annotations

import pytest

from ..helpers import searched, text_of


@pytest.mark.parametrize(
    ("typed", "town", "council"),
    [
        ("Llanddewi Brefi", "Llanddewi Brefi", "Ceredigion"),
        ("llanddewi-brefi", "Llanddewi Brefi", "Ceredigion"),
        ("LLANDDEWIBREFI", "Llanddewi Brefi", "Ceredigion"),
        ("Llanddewi Brefi, Ceredigion", "Llanddewi Brefi", "Ceredigion"),
        ("Botwnnog", "Botwnnog", "Gwynedd"),
        ("botwnnog, gwynedd", "Botwnnog", "Gwynedd"),
        ("Llandudoch", "St Dogmaels", "Pembrokeshire"),
        ("llandudoch pembrokeshire", "St Dogmaels", "Pembrokeshire"),
        ("St. Dogmaels", "St Dogmaels", "Pembrokeshire"),
        ("Llangranog", "Llangrannog", "Ceredigion"),
        ("Brechfa, Carmarthenshire", "Brechfa", "Carmarthenshire"),
        ("ollerton notts", "Ollerton", "Newark and Sherwood"),
    ],
)
def test_a_village_with_a_cited_district_is_found_in_its_council(gazetteer, typed, town, council):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert (found.place.name, found.place.local_authority) == (town, council)
    assert not found.corrected


def test_a_village_whose_district_is_mostly_another_councils_is_placed_in_its_own(gazetteer):
    # SA43's point is Cardigan's, in Ceredigion; St Dogmaels is across the Teifi
    dogmaels = gazetteer.resolve("St Dogmaels").place
    cardigan = gazetteer.resolve("Cardigan").place
    assert (dogmaels.latitude, dogmaels.longitude) != (cardigan.latitude, cardigan.longitude)
    assert cardigan.local_authority == "Ceredigion"


@pytest.mark.parametrize(("typed", "town"), [("Llandudno", "Llandudno"), ("Tregaron", "Tregaron")])
def test_the_towns_near_them_are_unchanged(gazetteer, typed, town):
    found = gazetteer.resolve(typed)
    assert (found.status, found.place.name) == ("found", town)


@pytest.mark.parametrize(
    ("typed", "welsh", "heading"),
    [
        ("Llandudoch", True, "Gwasanaethau ger Llandudoch, Sir Benfro"),
        ("Llanddewi-Brefi", True, "Gwasanaethau ger Llanddewi Brefi, Ceredigion"),
        ("Botwnnog", False, "Services near Botwnnog, Gwynedd"),
        ("Ollerton", False, "Services near Ollerton, Newark and Sherwood"),
    ],
)
def test_the_page_names_the_village_and_its_council(bundled_client, typed, welsh, heading):
    soup = searched(bundled_client, "", typed, welsh=welsh)
    assert text_of(soup, "h1").startswith(heading)


# (twenty-ninth walk-through z-10) Welsh names share their first word (Llan-, Aber-, Pen-,
# Tre-, Pont-, Cwm-): a guess keeping it and changing the distinctive ending sent a person to
# the other end of Wales. Made-up names here, not the walk-through's.
@pytest.mark.parametrize(
    ("typed", "not_offered"),
    [
        ("Llangolleth", "Llangollen"),
        ("Aberaeroch", "Aberaeron"),
        ("Llandeiloch", "Llandeilo"),
        ("Cwmbranach", "Cwmbran"),
    ],
)
def test_a_shared_welsh_first_word_and_another_ending_is_not_that_place(
    gazetteer, typed, not_offered
):
    found = gazetteer.resolve(typed)
    assert found.place is None or found.place.name != not_offered
    assert not any(name.startswith(not_offered) for name in found.suggestions), found


@pytest.mark.parametrize(
    ("typed", "town"), [("pontypridog", "Pontypridd"), ("Llandudog", "Llandudno")]
)
def test_another_ending_is_asked_about_at_most_never_taken(gazetteer, typed, town):
    found = gazetteer.resolve(typed)
    assert found.place is None and not found.corrected, found


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("Abergavany", "Abergavenny"),
        ("abergavenney", "Abergavenny"),
        ("cleater moor", "Cleator Moor"),
        ("Llanfylin", "Llanfyllin"),
        ("Aberystwith", "Aberystwyth"),
        ("Tregarron", "Tregaron"),
    ],
)
def test_a_misspelling_is_still_corrected(gazetteer, typed, town):
    found = gazetteer.resolve(typed)
    assert (found.status, found.place.name, found.corrected) == ("found", town, True)


@pytest.mark.parametrize(
    ("typed", "town"), [("Ruthun", "Ruthin"), ("Aberdair", "Aberdare"), ("Caerfilly", "Caerphilly")]
)
def test_a_name_that_sounds_the_same_is_still_offered(gazetteer, typed, town):
    assert any(name.startswith(town) for name in gazetteer.resolve(typed).suggestions)


def test_the_welsh_page_offers_no_far_place_for_a_shared_first_word(bundled_client):
    soup = searched(bundled_client, "", "Llangolleth", welsh=True)
    assert "Llangollen" not in soup.get_text()


# (twenty-ninth walk-through F2) old and preserved county names after a comma were "not used"
@pytest.mark.parametrize(
    ("typed", "town", "council"),
    [
        ("Lampeter, Cardiganshire", "Lampeter", "Ceredigion"),
        ("llanfyllin montgomeryshire", "Llanfyllin", "Powys"),
        ("Rhayader, Radnorshire", "Rhayader", "Powys"),
        ("Crickhowell, Breconshire", "Crickhowell", "Powys"),
        ("Crickhowell, Sir Frycheiniog", "Crickhowell", "Powys"),
        ("Harlech, Merioneth", "Harlech", "Gwynedd"),
        ("Llandudno, Caernarvonshire", "Llandudno", "Conwy"),
        ("Porthcawl, Glamorgan", "Porthcawl", "Bridgend"),
        ("Shanklin, IOW", "Shanklin", "Isle of Wight"),
        ("Sandown, I.O.W.", "Sandown", "Isle of Wight"),
        ("Hayes, Middlesex", "Hayes", "Hillingdon"),
        ("Ambleside, Westmorland", "Ambleside", "Westmorland and Furness"),
    ],
)
def test_an_old_county_after_a_town_is_read(gazetteer, typed, town, council):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert (found.place.name, found.place.local_authority) == (town, council)
    assert not found.unrecognised


def test_an_old_county_chooses_among_namesakes(gazetteer):
    # Hayes is in Hillingdon (Middlesex) and in Bromley (Kent): each county chooses its own
    assert gazetteer.resolve("Hayes, Kent").place.local_authority == "Bromley"
    assert gazetteer.resolve("Hayes, Middlesex").place.local_authority == "Hillingdon"


def test_a_town_not_in_the_old_county_is_not_taken_silently(gazetteer):
    found = gazetteer.resolve("Aberystwyth, Glamorgan")
    assert found.place is None and found.not_in is not None


@pytest.mark.parametrize(
    ("typed", "welsh"), [("Lampeter, Cardiganshire", False), ("Tywyn, Meirionnydd", True)]
)
def test_the_page_does_not_say_the_old_county_was_not_used(bundled_client, typed, welsh):
    words = searched(bundled_client, "", typed, welsh=welsh).get_text().replace("’", "'")
    assert "did not recognise" not in words
    assert "Doedden ni ddim yn adnabod" not in words


# (twenty-ninth walk-through) "Thornbury, BS35" asked which Thornbury: a postcode district or
# postcode typed with a name chooses among its namesakes. Other names and postcodes here.
@pytest.mark.parametrize(
    ("typed", "town", "council"),
    [
        ("Newport, TF10", "Newport", "Telford and Wrekin"),
        ("newport po30", "Newport", "Isle of Wight"),
        ("Newport, NP20 4AB", "Newport", "Newport"),
        ("Richmond, DL10", "Richmond", "North Yorkshire"),
        ("Hayes UB3 4AB", "Hayes", "Hillingdon"),
        ("hayes, br2", "Hayes", "Bromley"),
    ],
)
def test_a_postcode_after_a_name_chooses_among_its_namesakes(gazetteer, typed, town, council):
    found = gazetteer.resolve(typed)
    assert found.status == "found", found
    assert (found.place.name, found.place.local_authority) == (town, council)


def test_a_postcode_after_a_name_we_lack_is_where_to_search(gazetteer):
    found = gazetteer.resolve("Penparc, SA43")  # a village with no row: its postcode district
    assert found.status == "found" and found.place.local_authority == "Ceredigion"


def test_no_postcode_after_a_comma_still_asks(gazetteer):
    assert gazetteer.resolve("Richmond, ZZ99").status == "ambiguous"
    assert gazetteer.resolve("Richmond, Narnia").unrecognised


def test_the_page_names_the_town_the_postcode_chose(bundled_client):
    soup = searched(bundled_client, "", "Newport, TF10")
    assert text_of(soup, "h1").startswith("Services near Newport, Telford and Wrekin")
