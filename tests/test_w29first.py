"""(eleventh session, issue 25) The first "Available wherever you live" cards never hold a line
for anyone struggling to cope that the words give no reason for, even when few other cards fit
the asker: ranked just after the cards that fit, Shout was the second card for an adult worried
about his thoughts (one line, Stop It Now, and the card joining it fitted him); it waits on
"More services available wherever you live". A line the words do ask for stays. Parsed pages."""

from __future__ import annotations

import pytest

from tests.helpers import page, texts_of

#: the lines for anyone struggling to cope, by the names a reader sees (English and Welsh)
STRUGGLING = ("Samaritans", "Samariaid", "Shout 85258")


def _first_cards(client, q: str, location: str, welsh: bool = False) -> list[str]:
    path = "/cy/search" if welsh else "/search"
    soup = page(client.get(path, query_string={"q": q, "location": location}))
    return texts_of(soup, "section.app-national li.app-result h3")


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("i get thoughts about kids i do not want, age 47", "Frome", False),
        ("worried about my urges towards children", "Selby", False),
        ("i keep getting thoughts about kids i dont want, im 39", "Bude", False),
        ("mae gen i feddyliau am blant dwi ddim eisiau", "Llanidloes", True),
    ],
)
def test_an_adult_worried_about_his_thoughts_meets_no_line_for_anyone_struggling_first(
    bundled_client, q, location, welsh
):
    cards = _first_cards(bundled_client, q, location, welsh)
    assert cards and not any(card.startswith(STRUGGLING) for card in cards), cards


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("i have thoughts about kids and i want to end my life", "Frome"),
        ("cant cope with the thoughts i have about children, feel suicidal", "Thetford"),
    ],
)
def test_words_of_crisis_keep_a_line_for_it_among_the_first_cards(bundled_client, q, location):
    cards = _first_cards(bundled_client, q, location)
    assert any(card.startswith(STRUGGLING) or "Suicide" in card for card in cards), cards


@pytest.mark.parametrize(
    ("q", "location"),
    [
        # said with no "i", as search words often are
        ("having thoughts about young teens i shouldnt have, age 36", "Thetford"),
        ("thoughts about children keep coming into my head and i hate them", "Bridport"),
        ("unwanted urges towards little girls, need to talk", "Crewe"),
        ("getting sexual thoughts about kids, 50 year old", ""),
    ],
)
def test_thoughts_about_children_said_without_i_are_read_as_the_askers_own(
    bundled_client, q, location
):
    cards = _first_cards(bundled_client, q, location)
    assert cards[0] == "Stop It Now helpline", cards
