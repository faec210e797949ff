"""Places as Welsh speakers name them every day (fourth Welsh review, N3): "Sir Gâr" and "Môn"
are found as the councils they name, not "We could not find that place"."""

from __future__ import annotations

import pytest

from directory.geo import place_in_words


@pytest.mark.parametrize(
    ("typed", "council"),
    [("Sir Gâr", "Carmarthenshire"), ("sir gar", "Carmarthenshire"), ("Môn", "Isle of Anglesey"),
     ("Sir Fôn", "Isle of Anglesey")],
)  # fmt: skip
def test_an_everyday_welsh_name_finds_its_council(gazetteer, typed, council):
    found = gazetteer.resolve(typed)
    assert found.place is not None and found.place.name == council


@pytest.mark.parametrize("typed", ["Anglesey", "anglesey", "Holyhead, Anglesey"])
def test_anglesey_is_the_isle_of_anglesey(gazetteer, typed):
    """(twenty-seventh walk-through F2) "Newborough, Anglesey" went to Newborough near
    Peterborough: "Anglesey", the island's everyday English name, was not known as its area."""
    found = gazetteer.resolve(typed)
    assert found.place is not None and found.place.local_authority_code == "W06000001"


def test_a_village_typed_with_anglesey_is_not_taken_elsewhere(bundled_client):
    # (w44cy) Newborough in Anglesey is in the gazetteer now (fourteenth Welsh review F5):
    # the page finds it there, never the Newborough near Peterborough
    page = bundled_client.get("/search?q=help&location=Newborough%2C+Anglesey").get_data(True)
    assert "Services near Newborough, Isle of Anglesey" in page and "Peterborough" not in page


def test_a_welsh_page_names_the_place_in_welsh_after_an_everyday_name(bundled_client):
    page = bundled_client.get("/cy/search?q=cwnsela&location=Sir+G%C3%A2r").get_data(as_text=True)
    assert "Sir Gaerfyrddin" in page
    assert "dod o hyd i’r lle" not in page.casefold() and "could not find" not in page


@pytest.mark.parametrize(
    ("words", "place", "rest"),
    [
        ("cwnsela yng Nghaerdydd", "Cardiff", "cwnsela"),
        ("help ym Mangor", "Bangor", "help"),
        # (w44cy) "Tywyn" is two places now (Tywyn, Gwynedd; Towyn, Conwy): Tregaron here
        ("siarad â rhywun yn Nhregaron", "Tregaron", "siarad â rhywun"),
        ("cwnsela ym Mhontypridd", "Pontypridd", "cwnsela"),
        ("cymorth o Gaerdydd", "Cardiff", "cymorth"),
    ],
)
def test_a_mutated_welsh_place_in_the_words_is_found(gazetteer, words, place, rest):
    """Fifth Welsh review, O1: "cwnsela yng Nghaerdydd" gave national services only."""
    found = place_in_words(gazetteer, words)
    assert found is not None and found.resolution.place.name == place and found.rest == rest


@pytest.mark.parametrize(
    "words", ["things i read", "who can i tell", "help i blant", "i was little"]
)
def test_english_words_after_i_are_not_taken_for_a_mutated_place(gazetteer, words):
    assert place_in_words(gazetteer, words) is None


@pytest.mark.parametrize(
    ("typed", "place"),
    [("ym Mangor", "Bangor"), ("yng Nghaernarfon", "Caernarfon"), ("ym Mhorthmadog", "Porthmadog"),
     ("yn Wrecsam", "Wrexham"), ("in leeds", "Leeds"), ("near York", "York")],
)  # fmt: skip
def test_where_may_begin_with_in_near_or_a_welsh_preposition(gazetteer, typed, place):
    """Sixth Welsh review, O1-O2: "ym Mangor" gave Magor, "yng Nghaernarfon" nothing."""
    found = gazetteer.resolve(typed)
    assert found.place is not None and found.place.name == place


def test_a_mutated_place_in_the_words_is_not_taken_for_a_near_spelling(bundled_client):
    page = bundled_client.get("/cy/search?q=cwnsela+ym+Mangor").get_data(as_text=True)
    assert "Bangor" in page and "Magor" not in page


def test_merthyr_alone_is_merthyr_tydfil(gazetteer):
    """Fifth walk-through F2: "merthyr" offered only Merthyr Mawr, a village."""
    assert gazetteer.resolve("merthyr").place.name == "Merthyr Tydfil"
    assert gazetteer.resolve("merthyr mawr").place.name == "Merthyr Mawr"
