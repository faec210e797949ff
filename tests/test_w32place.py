"""(twenty-sixth walk-through F2; lane w32place) Place names never go wrong without the page
saying so: a council typed with its kind ("... borough", "... district", "sir ...", "dinas
...") is that council, never a misspelt area; a name one change from a town that makes another
name is asked about ("Did you mean ...?"), while a slip that keeps the town's sound is still
corrected; and a name we know only outside the area typed with it names the area first and the
place elsewhere with its county. Other places than the walk-through's own."""

from __future__ import annotations

import pytest

from .helpers import page, text_of, texts_of


def _results(client, location: str, welsh: bool = False):
    prefix = "/cy" if welsh else ""
    response = client.get(
        f"{prefix}/search",
        query_string={"q": "someone in my family hurt me", "location": location},
        follow_redirects=True,
    )
    return page(response)


@pytest.mark.parametrize(
    ("location", "place"),
    [
        ("luton borough", "Luton"),
        ("stockport borough", "Stockport"),
        ("dacorum district", "Dacorum"),
        ("ripon city", "Ripon"),
        ("borough of telford", "Telford"),
    ],
)
def test_a_council_or_town_typed_with_its_kind_is_that_place(bundled_client, location, place):
    soup = _results(bundled_client, location)
    assert soup.select_one("#place-problem") is None
    assert place in text_of(soup, "h1")
    assert "Harborough" not in soup.get_text()


@pytest.mark.parametrize(
    ("location", "place"), [("dinas casnewydd", "Casnewydd"), ("sir powys", "Powys")]
)
def test_a_welsh_council_typed_with_its_kind_is_that_council(bundled_client, location, place):
    soup = _results(bundled_client, location, welsh=True)
    assert soup.select_one("#place-problem") is None
    assert place in text_of(soup, "h1")


@pytest.mark.parametrize("typed", ["luton borough", "stockport district", "wigan town"])
def test_a_kind_word_is_never_read_as_an_area(gazetteer, typed):
    found = gazetteer.resolve(typed)
    assert found.not_in is None and found.typed_with is None
    assert found.found


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("darby", "Derby, Derbyshire"), ("wikingham", "Wokingham, Berkshire")],
)
def test_a_name_one_change_from_a_town_is_asked_about_not_swapped(bundled_client, typed, meant):
    soup = _results(bundled_client, typed)
    problem = text_of(soup, "#place-problem")
    assert "Did you mean this one?" in problem
    assert texts_of(soup, "#place-problem .app-place-choices a") == [meant]
    assert not texts_of(soup, "p[role=status]")  # no "Showing results for"
    assert "Services near" not in text_of(soup, "h1")
    link = soup.select_one("#place-problem .app-place-choices a")
    followed = page(bundled_client.get(link["href"]))
    assert followed.select_one("#place-problem") is None


def test_the_welsh_page_asks_in_welsh(bundled_client):
    soup = _results(bundled_client, "darby", welsh=True)
    assert "Oeddech chi’n golygu hwn?" in text_of(soup, "#place-problem")


@pytest.mark.parametrize(
    ("typed", "town"),
    [("winchestor", "Winchester"), ("mansfeild", "Mansfield"), ("skegnes", "Skegness")],
)
def test_a_slip_that_keeps_the_towns_sound_is_still_corrected(gazetteer, typed, town):
    found = gazetteer.resolve(typed)
    assert found.found and found.corrected and found.place.name == town


def test_a_place_known_only_elsewhere_comes_after_the_area_typed(bundled_client):
    soup = _results(bundled_client, "Sandbach norfolk")
    problem = text_of(soup, "#place-problem")
    assert "We know a place of that name only elsewhere, not in or near Norfolk" in problem
    links = texts_of(soup, "#place-problem .app-place-choices a")
    assert links == ["Norfolk", "Sandbach, Cheshire East, Cheshire"]
    assert "elsewhere:" in problem


@pytest.mark.parametrize("typed", ["borough"])
def test_a_kind_word_alone_is_never_corrected_to_a_place(gazetteer, typed):
    found = gazetteer.resolve(typed)
    assert not found.corrected
