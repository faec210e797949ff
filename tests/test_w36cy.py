"""(w36cy) Welsh villages and old county names as people write them (thirtieth walk-through
F4, F9; eleventh Welsh review F1): Penrhyn-coch and Llangeitho were not found (Llangeitho was
offered Langho, Lancashire), "Sir Aberteifi" after a town was read as the town Aberteifi
(Cardigan), the Welsh names of the old counties after "Sir" were not known mutated or plain, a
name that shortens longer names ("Llanddewi", "Mersea") was put right to another place or
offered names unlike it. The rules are tested with other places than the ones reported."""

from __future__ import annotations

import pytest

from tests.helpers import page, text_of, texts_of


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("Penrhyn-coch", "Penrhyn-coch"),
        ("Penrhyn coch", "Penrhyn-coch"),
        ("penrhyncoch", "Penrhyn-coch"),
        ("Llangeitho", "Llangeitho"),
    ],
)
def test_a_ceredigion_village_is_found_at_its_cited_postcode_district(gazetteer, typed, town):
    found = gazetteer.resolve(typed)
    assert found.place is not None, (typed, found)
    assert (found.place.name, found.place.local_authority) == (town, "Ceredigion")
    assert not found.corrected


@pytest.mark.parametrize("path", ["/search", "/cy/search"])
def test_the_villages_get_a_local_page_in_english_and_welsh(bundled_client, path):
    for typed in ("Penrhyn-coch", "Llangeitho"):
        soup = page(bundled_client.get(path, query_string={"q": "help", "location": typed}))
        assert typed in text_of(soup, "h1"), text_of(soup, "h1")
        assert "Ceredigion" in text_of(soup, "h1")
        assert not soup.select(".app-place-problem")


@pytest.mark.parametrize(
    ("typed", "unlike"),
    [
        ("Llanbister", "Lancaster"),  # a Radnorshire village we lack; Lancaster is not it
        ("Llanbistr", "Lancaster"),
    ],
)
def test_a_welsh_looking_name_is_not_offered_an_english_name_without_its_first_word(
    gazetteer, typed, unlike
):
    found = gazetteer.resolve(typed)
    assert found.place is None or found.place.country == "Wales", found
    offered = [name.split(",")[0] for name in found.suggestions]
    assert unlike not in offered, offered


def test_a_slip_in_a_welsh_name_is_still_put_right(gazetteer):
    for typed, meant in (
        ("Aberystwith", "Aberystwyth"),
        ("cwmbrann", "Cwmbran"),
        ("Rhyll", "Rhyl"),
    ):
        found = gazetteer.resolve(typed)
        assert found.place is not None and found.place.name == meant, (typed, found)


@pytest.mark.parametrize(
    ("typed", "first", "not_taken"),
    [
        ("Llanfihangel", "Llanfihangel", ""),  # the start of many names: they are offered
        ("Grinstead", "East Grinstead", ""),
        ("Bridgford", "West Bridgford", ""),
        ("Malling", "West Malling", ""),
    ],
)
def test_a_shortened_name_is_offered_the_longer_names_first(gazetteer, typed, first, not_taken):
    found = gazetteer.resolve(typed)
    assert found.place is None, found
    assert found.suggestions and found.suggestions[0].startswith(first), found.suggestions


def test_the_start_of_longer_names_is_not_put_right_silently_to_a_near_name(gazetteer):
    # "Llanddewi" starts Llanddewi Brefi: it was taken for Llanddew, Powys, without asking
    found = gazetteer.resolve("Llanddewi")
    assert found.place is None, found
    assert found.suggestions[0] == "Llanddewi Brefi, Ceredigion", found.suggestions


def test_a_shortened_name_page_offers_the_longer_name(bundled_client):
    soup = page(bundled_client.get("/search", query_string={"q": "help", "location": "Grinstead"}))
    choices = texts_of(soup, ".app-place-problem a")
    assert choices and choices[0].startswith("East Grinstead"), choices
    assert not any("Ringstead" in choice for choice in choices), choices  # unlike it


@pytest.mark.parametrize(
    ("typed", "council"),
    [
        ("Sir Faesyfed", "Powys"),
        ("Sir Maesyfed", "Powys"),
        ("Sir Feirionnydd", "Gwynedd"),
        ("Sir Meirionnydd", "Gwynedd"),
        ("Sir Aberteifi", "Ceredigion"),
        ("Sir Geredigion", "Ceredigion"),
        ("Sir Penfro", "Pembrokeshire"),  # plain; "Sir Benfro" is the council's Welsh name
        ("Sir Mynwy", "Monmouthshire"),
        ("Sir Caerfyrddin", "Carmarthenshire"),
    ],
)
def test_an_old_county_in_welsh_after_sir_is_its_council(gazetteer, typed, council):
    found = gazetteer.resolve(typed)
    assert found.place is not None, (typed, found)
    assert found.place.name == council, found.place


@pytest.mark.parametrize("typed", ["Sir Forgannwg", "Sir Morgannwg"])
def test_glamorgan_in_welsh_after_sir_is_the_area_of_its_councils(gazetteer, typed):
    found = gazetteer.resolve(typed)
    assert found.place is not None and found.place.country == "Wales", found
    assert found.place.name == "Sir Forgannwg"


@pytest.mark.parametrize(
    ("typed", "town"),
    [("Borth, Sir Aberteifi", "Borth"), ("New Quay, Sir Aberteifi", "New Quay")],
)
def test_a_town_in_sir_aberteifi_is_found_far_from_cardigan_town(bundled_client, typed, town):
    for path in ("/search", "/cy/search"):
        soup = page(bundled_client.get(path, query_string={"q": "help", "location": typed}))
        heading = text_of(soup, "h1")
        assert "Ceredigion" in heading, heading
        assert not soup.select(".app-place-problem"), text_of(soup, ".app-place-problem")


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        ("Trallwng", "Gwasanaethau ger y Trallwng, Powys"),
        ("Barri", "Gwasanaethau ger y Barri, Bro Morgannwg"),
        ("Wyddgrug", "Gwasanaethau ger yr Wyddgrug, Sir y Fflint"),
        ("Drenewydd, Sir Drefaldwyn", "Gwasanaethau ger y Drenewydd, Powys"),
    ],
)
def test_a_welsh_town_typed_without_its_article_is_named_with_it(bundled_client, typed, heading):
    soup = page(bundled_client.get("/cy/search", query_string={"q": "help", "location": typed}))
    assert text_of(soup, "h1") == heading


def test_the_english_page_still_names_the_town_in_english(bundled_client):
    soup = page(bundled_client.get("/search", query_string={"q": "help", "location": "Trallwng"}))
    assert text_of(soup, "h1") == "Services near Welshpool, Powys"


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("Penrhyncoch", "Penrhyn-coch"),  # run together: named as its page writes it
        ("Cricieth", "Cricieth"),  # the Welsh spelling of Criccieth: kept as typed
    ],
)
def test_a_village_is_named_in_its_own_spelling_on_the_welsh_page(bundled_client, typed, named):
    soup = page(bundled_client.get("/cy/search", query_string={"q": "help", "location": typed}))
    assert text_of(soup, "h1").startswith(f"Gwasanaethau ger {named},"), text_of(soup, "h1")
