"""(w63cy2, twenty-fifth Welsh review F13) "Y Gelli", the everyday Welsh name of Hay-on-Wye.

In the place box it offered "Elli, Sir Gaerfyrddin", as "Llanbed" and "Llandod" were not found
before they were added; in the words ("…yn y Gelli") it was not read as a place. It now goes to
Hay, as "Y Gelli Gandryll" did. "Gelli" alone is still not Hay (a village in the Rhondda that
the gazetteer lacks). Other words than the review's.
"""

from __future__ import annotations

import pytest

from directory.geo.gazetteer import Gazetteer
from tests.geo.test_w19place import GAZETTEER
from tests.helpers import searched, text_of


@pytest.mark.parametrize("typed", ["Y Gelli", "y gelli"])
def test_y_gelli_in_the_place_box_is_hay(typed):
    found = Gazetteer(GAZETTEER).resolve(typed)
    assert found.status == "found" and found.place is not None, found
    assert found.place.name == "Hay", found


def test_gelli_alone_is_still_not_hay():
    # guard (passes on main too): the bare name is also a village in the Rhondda
    found = Gazetteer(GAZETTEER).resolve("Gelli")
    assert found.place is None or found.place.name != "Hay", found


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("cymorth i oroeswyr", "Y Gelli"),
        ("dw i'n byw yn y Gelli ac isio siarad efo rhywun", ""),
    ],
)
def test_a_welsh_page_for_y_gelli_shows_services_near_hay(bundled_client, words, place):
    heading = text_of(searched(bundled_client, words, place, welsh=True), "h1")
    assert heading.startswith("Gwasanaethau ger y Gelli"), heading
    assert "Powys" in heading, heading


def test_y_gelli_typed_with_the_other_article_is_hay_named_as_written():
    # as every Welsh name with an article is (tests/test_w39cy.py): "yr gelli" is "y Gelli"
    found = Gazetteer(GAZETTEER).resolve("Yr Gelli")
    assert found.place is not None and found.place.name == "Hay", found
    assert found.place.other_name == "Y Gelli", found
