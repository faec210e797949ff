"""Places as Welsh speakers name them every day (fourth Welsh review, N3): "Sir Gâr" and "Môn"
are found as the councils they name, not "We could not find that place"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("typed", "council"),
    [("Sir Gâr", "Carmarthenshire"), ("sir gar", "Carmarthenshire"), ("Môn", "Isle of Anglesey"),
     ("Sir Fôn", "Isle of Anglesey")],
)  # fmt: skip
def test_an_everyday_welsh_name_finds_its_council(gazetteer, typed, council):
    found = gazetteer.resolve(typed)
    assert found.place is not None and found.place.name == council


def test_a_welsh_page_names_the_place_in_welsh_after_an_everyday_name(bundled_client):
    page = bundled_client.get("/cy/search?q=cwnsela&location=Sir+G%C3%A2r").get_data(as_text=True)
    assert "Sir Gaerfyrddin" in page
    assert "dod o hyd i’r lle" not in page.casefold() and "could not find" not in page
