"""(thirteenth walk-through F2) A town the gazetteer did not know now gets its results page,
named with its council, in English and Welsh, and local services that cover it; a name several
towns share still asks which. Other towns than the walk-through's own."""

from __future__ import annotations

from .helpers import page, text_of


def test_a_town_that_was_not_found_gets_its_page_and_a_local_service(bundled_client):
    soup = page(bundled_client.get("/search?q=counselling&location=great+baddow"))
    assert text_of(soup, "h1") == "Services near Great Baddow, Chelmsford, Essex"
    # Essex's rape crisis centre covers Chelmsford
    assert "South Essex Rape and Incest Crisis Centre" in soup.get_text()


def test_a_welsh_town_that_was_not_found_is_named_in_welsh(bundled_client):
    soup = page(bundled_client.get("/cy/search?q=cwnsela&location=baglan"))
    assert text_of(soup, "h1") == "Gwasanaethau ger Baglan, Castell-nedd Port Talbot"
    assert "New Pathways" in soup.get_text()


def test_a_place_with_the_town_beside_it_gets_its_page(bundled_client):
    soup = page(bundled_client.get("/search?q=support&location=crosby+liverpool"))
    assert text_of(soup, "h1").startswith("Services near Crosby, Sefton")


def test_a_name_several_towns_share_still_asks_which(bundled_client):
    soup = page(bundled_client.get("/search?q=support&location=cheadle"))
    text = soup.get_text(" ")
    assert "Cheadle, Stockport" in text and "Cheadle, Staffordshire Moorlands" in text
    assert not text_of(soup, "h1").startswith("Services near Cheadle")
