"""(w26place) Welsh places as Welsh speakers name them, after an independent Welsh-speaking
tester: "Tref-y-clawdd" (Knighton's standard Welsh name; GeoNames has only "Trefyclo") was not
found, and "Llansannan" (a Conwy village GeoNames leaves out) was offered "Llanharan", at the
other end of Wales, as a similar name. Other places than the tester's: Welsh names GeoNames
lacks for towns it has, towns it has no row for at all (each at its cited postcode district and
in its council), and suggestions that share only a Welsh first word ("Llan", "Aber", "Pen")
with what was typed. Gazetteer answers, and parsed pages in English and Welsh."""

from __future__ import annotations

import pytest

from tests.helpers import page, text_of


@pytest.mark.parametrize(
    ("typed", "town", "council"),
    [
        ("Radur", "Radyr", "Cardiff"),  # was read as Adur, West Sussex
        ("Yr Orsedd", "Rossett", "Wrexham"),
        ("Coed-llai", "Leeswood", "Flintshire"),
        ("Owrtyn", "Overton", "Wrexham"),  # not Orton
        ("Resolfen", "Resolven", "Neath Port Talbot"),
        ("Senghennydd", "Senghenydd", "Caerphilly"),
        ("Cyffordd Llandudno", "Llandudno Junction", "Conwy"),
        ("Llandrillo-yn-Rhos", "Rhos-on-Sea", "Conwy"),
        ("Casllwchwr", "Loughor", "Swansea"),
        ("Llangennech", "Llangennech", "Carmarthenshire"),
        ("Loughor", "Loughor", "Swansea"),
        ("Llanuwchllyn", "Llanuwchllyn", "Gwynedd"),  # was offered Llanllyfni
        ("Aberdaron", "Aberdaron", "Gwynedd"),  # was taken for Aberaeron, Ceredigion
        ("Penmachno", "Penmachno", "Conwy"),
        ("Gwersyllt", "Gwersyllt", "Wrexham"),
        ("Llansanffraid Glan Conwy", "Glan Conwy", "Conwy"),
        ("Llanystumdwy", "Llanystumdwy", "Gwynedd"),
        ("Nant-y-glo", "Nantyglo", "Blaenau Gwent"),
        ("Tŷ-du", "Rogerstone", "Newport"),
        ("Sain Tathan", "St Athan", "Vale of Glamorgan"),
        ("Bangor Is-coed", "Bangor-on-Dee", "Wrexham"),  # not Bangor, Gwynedd
        ("Pontsenni", "Sennybridge", "Powys"),
    ],
)
def test_a_welsh_town_is_found_by_the_name_its_people_use(gazetteer, typed, town, council):
    found = gazetteer.resolve(typed)
    assert found.place is not None, (typed, found)
    assert (found.place.name, found.place.local_authority) == (town, council)
    assert not found.corrected  # found by name, not as a misspelling of another place


@pytest.mark.parametrize(
    ("typed", "far_away"),
    [
        ("Llangernyw", "Llanwern"),  # in Conwy; Llanwern is in Newport
        ("Llanelian", "Llanelli"),  # by Colwyn Bay; Llanelli is in Carmarthenshire
        ("Aberangell", "Abergele"),  # in Gwynedd's south; Abergele is on the north coast
        ("Trefeglwys", "Treflys"),
    ],
)
def test_an_unknown_welsh_village_is_not_offered_a_name_sharing_only_its_first_word(
    gazetteer, typed, far_away
):
    found = gazetteer.resolve(typed)
    assert found.place is None
    offered = [name.split(",")[0] for name in found.suggestions]
    assert far_away not in offered, offered


def test_a_welsh_village_is_not_taken_for_a_town_sharing_only_its_first_word(gazetteer):
    # Llanarthne, in the Tywi valley, was put right to Llanarth, Ceredigion
    found = gazetteer.resolve("Llanarthne")
    assert found.place is None or found.place.name != "Llanarth", found
    # while a slip in the rest of such a name is still put right
    for typed, meant in (("Llandudnno", "Llandudno"), ("Abergavveny", "Abergavenny")):
        found = gazetteer.resolve(typed)
        assert found.place is not None and found.place.name == meant, found


def test_the_welsh_page_names_knighton_as_it_was_typed(bundled_client):
    welsh = page(
        bundled_client.get("/cy/search", query_string={"q": "help", "location": "Tref-y-clawdd"})
    )
    assert text_of(welsh, "h1") == "Gwasanaethau ger Tref-y-clawdd, Powys"
    assert not welsh.select(".app-place-problem")


def test_an_unknown_village_gets_a_way_to_type_a_postcode_not_a_far_away_name(bundled_client):
    for path, postcode in (("/search", "postcode"), ("/cy/search", "god post")):
        soup = page(bundled_client.get(path, query_string={"q": "help", "location": "Llangernyw"}))
        problem = text_of(soup, ".app-place-problem")
        assert postcode in problem, problem
        assert not soup.select(".app-place-problem .app-place-choices a"), problem
