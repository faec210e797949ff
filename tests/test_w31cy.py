"""(twenty-fifth walk-through F5, F6; lane w31cy) Places as people name them, and Welsh read as
Welsh: a name we do not know typed with a town or area we do offers that one, saying why,
never a similar name far away; a name whose only places are outside the area
typed after it is asked about, saying so; a similar name offered on a Welsh page by its Welsh
name; and everyday spoken Welsh on the English page gets the Welsh line, while English with
"ma" or "Di" in it does not."""

from __future__ import annotations

import pytest

from .helpers import page, talk_box, text_of, texts_of


def _results(client, q: str, location: str, welsh: bool = False):
    prefix = "/cy" if welsh else ""
    response = client.get(
        f"{prefix}/search", query_string={"q": q, "location": location}, follow_redirects=True
    )
    return page(response)


@pytest.mark.parametrize(
    ("location", "offered"),
    [
        ("Bryn-y-maen, Llandudno", "Llandudno, Conwy"),
        ("Tanyfron near Wrexham", "Wrexham"),
        ("Fiddlers Green near Truro", "Truro, Cornwall"),
        ("Penmaenan, Conwy", "Conwy"),
        ("glynogwr, bridgend", "Bridgend"),  # (w44cy) with no comma nor "near": one name?
    ],
)
def test_an_unknown_name_with_a_known_town_offers_the_town_and_says_why(
    bundled_client, location, offered
):
    soup = _results(bundled_client, "someone in my family hurt me", location)
    problem = text_of(soup, "#place-problem")
    assert "We could not find the first place you wrote" in problem
    assert "Places with a similar name" not in problem  # no far village offered as the place
    links = soup.select("#place-problem .app-place-choices a")
    assert [a.get_text(strip=True) for a in links] == [offered]
    followed = page(bundled_client.get(links[0]["href"]))
    assert followed.select_one("#place-problem") is None  # the offer, followed, is found


def test_the_welsh_page_says_it_in_welsh_and_offers_the_town_as_typed(bundled_client):
    soup = _results(bundled_client, "help", "Tanyfron, Wrecsam", welsh=True)
    assert "Doedden ni ddim yn gallu dod o hyd i’r lle cyntaf" in text_of(soup, "#place-problem")
    assert texts_of(soup, "#place-problem .app-place-choices a") == ["Wrecsam"]


@pytest.mark.parametrize(
    ("location", "area", "elsewhere"),
    [
        ("Sandbach devon", "Devon", "Sandbach, Cheshire East"),
        ("Clitheroe, Kent", "Kent", "Clitheroe, Ribble Valley"),
    ],
)
def test_a_name_known_only_outside_the_area_typed_is_not_taken_silently(
    bundled_client, location, area, elsewhere
):
    soup = _results(bundled_client, "counselling", location)
    problem = text_of(soup, "#place-problem")
    assert f"We know a place of that name only elsewhere, not in or near {area}" in problem
    # (w32place) the area typed first: the place elsewhere is not the likely one
    assert texts_of(soup, "#place-problem .app-place-choices a")[0] == area
    assert texts_of(soup, "#place-problem .app-place-choices a")[1].startswith(elsewhere)
    assert not texts_of(soup, "p[role=status]")  # no "Showing results for" the other one


@pytest.mark.parametrize(
    ("location", "town", "elsewhere"),
    [
        ("Sandbach, Exmouth", "Exmouth", "Sandbach, Cheshire East"),
        ("clitheroe ramsgate", "Ramsgate", "Clitheroe, Ribble Valley"),
    ],
)
def test_a_name_known_only_far_from_the_town_typed_is_not_taken_silently(
    bundled_client, location, town, elsewhere
):
    soup = _results(bundled_client, "i need to talk to someone", location)
    problem = text_of(soup, "#place-problem")
    assert f"We know a place of that name only elsewhere, not in or near {town}" in problem
    offered = texts_of(soup, "#place-problem .app-place-choices a")  # (w32place) town first
    assert offered[0].startswith(town) and offered[-1].startswith(elsewhere)


@pytest.mark.parametrize(
    ("location", "close", "far"),
    [
        ("Ystalyfra, Neath", "Ystalyfera, Neath Port Talbot", "Neath"),
        ("Crickhowel near Abergavenny", "Crickhowell, Powys", "Abergavenny"),
    ],
)
def test_a_close_spelling_near_the_town_typed_is_offered_before_the_town(
    bundled_client, location, close, far
):
    soup = _results(bundled_client, "help", location)
    offered = texts_of(soup, "#place-problem .app-place-choices a")
    assert offered[0] == close and offered[-1].startswith(far)


def test_the_welsh_page_names_the_area_in_welsh(bundled_client):
    soup = _results(bundled_client, "help", "Clitheroe, Sir Benfro", welsh=True)
    problem = text_of(soup, "#place-problem")
    assert "yn ardal Sir Benfro nac yn agos ati" in problem
    assert texts_of(soup, "#place-problem .app-place-choices a")[0] == "Sir Benfro"  # w32place


def test_a_similar_name_is_offered_by_its_welsh_name_on_a_welsh_page(bundled_client):
    welsh = _results(bundled_client, "help", "swansae bay", welsh=True)
    assert texts_of(welsh, "#place-problem .app-place-choices a") == ["Abertawe"]
    english = _results(bundled_client, "help", "swansae bay")
    assert texts_of(english, "#place-problem .app-place-choices a") == ["Swansea"]


@pytest.mark.parametrize(
    "q",
    [
        "12 oed, ma nhaid fi di neud petha drwg",
        "ma fo di frifo fi, 13 oed",
        "wncwl fi di neud petha drwg i fi, 14 oed",
        "ma nhw di gorfodi fi. im 12",
    ],
)
def test_spoken_welsh_on_the_english_page_gets_the_welsh_line(bundled_client, q):
    lines = " ".join(talk_box(_results(bundled_client, q, "")))
    assert "Meic" in lines


@pytest.mark.parametrize(
    "q",
    [
        "my ma doesnt believe me that my uncle touched me, im 12",
        "Di my friend says her stepdad touches her, we are 13",
        "me and di are scared of my brother, im 11",
    ],
)
def test_english_with_a_short_welsh_looking_word_stays_english(bundled_client, q):
    lines = " ".join(talk_box(_results(bundled_client, q, "")))
    assert "Childline" in lines and "Meic" not in lines


@pytest.mark.parametrize(
    ("location", "welsh", "english"),
    [
        ("Rhymney", "Rhymni", "Rhymney"),
        ("sketty", "Sgeti", "Sketty"),
        ("Gresford", "Gresffordd", "Gresford"),
    ],
)
def test_a_welsh_town_is_named_in_welsh_on_a_welsh_page_where_the_data_has_it(
    bundled_client, location, welsh, english
):
    cy = _results(bundled_client, "", location, welsh=True)
    assert text_of(cy, "h1").startswith(f"Gwasanaethau ger {welsh}")
    en = _results(bundled_client, "", location)
    assert text_of(en, "h1").startswith(f"Services near {english}")
