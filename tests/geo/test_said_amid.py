"""(check45) Where someone lives, said amid the words with the place box left empty ("i live in
Tenby and i want to talk to someone now"), is where the page looks: the words "live" and the
town's name were searched instead, and Stop It Now came second for someone who wanted to talk.
Other towns and words than the check's."""

from __future__ import annotations

import pytest

from ..helpers import searched, text_of


@pytest.mark.parametrize(
    ("words", "welsh", "heading"),
    [
        ("i live in Barnsley and my uncle keeps hurting me", False, "Services near Barnsley"),
        ("im from Swindon, my stepdad touches me at night", False, "Services near Swindon"),
        ("we are near Truro and our daughter told us her grandad abused her", False,
         "Services near Truro"),
        ("dw i'n byw yng Nghaerdydd ac mae fy llystad yn fy mrifo", True,
         "Gwasanaethau ger Caerdydd"),
        # (welsh20 F13) where they come from, the name mutated after "o"
        ("dw i'n dod o Gaernarfon a mae fy nhad yn fy mrifo", True,
         "Gwasanaethau ger Caernarfon"),
        ("dwi'n dŵad o Borthmadog, mae fy ewythr yn cyffwrdd fi", True,
         "Gwasanaethau ger Porthmadog"),
    ],
)  # fmt: skip
def test_where_someone_lives_said_amid_the_words_is_searched_near(
    bundled_client, words, welsh, heading
):
    soup = searched(bundled_client, words, "", welsh=welsh)
    assert text_of(soup, "h1").startswith(heading), text_of(soup, "h1")


def test_living_in_a_feeling_is_no_place(bundled_client):
    """Guard: not every "live in" names a place."""
    soup = searched(bundled_client, "i live in fear of my uncle", "")
    assert not text_of(soup, "h1").startswith("Services near"), text_of(soup, "h1")


def test_the_place_box_is_never_overruled_by_the_words(bundled_client):
    """Guard: a place typed in the place box is the one searched near."""
    soup = searched(bundled_client, "i live in Barnsley and my uncle keeps hurting me", "Leeds")
    assert text_of(soup, "h1").startswith("Services near Leeds"), text_of(soup, "h1")
