"""(w25lines) The lines and cards offered fit what the words are about: no suicide line among
the first cards of someone who did not speak of it, and a young person's own line among a young
person's cards (F10); a local children's service first for a parent telling of something
sexual done to their child (F5); one "Talk to someone now" on the page of an ended search (4).
What a person sees: the pages, parsed."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.data import load_valid_listings
from directory.lines import is_suicide_line

from .helpers import BUNDLED_SERVICES

FIRST_CARDS = 3


def _cards(client, query: str, location: str, prefix: str = "") -> list[str]:
    page = client.get(f"{prefix}/search", query_string={"q": query, "location": location})
    assert page.status_code == 200
    soup = BeautifulSoup(page.data, "html.parser")
    return [h.get_text(" ", strip=True) for h in soup.select("li.app-result h3")]


def _suicide_lines() -> set[str]:
    """The names of the listings for thoughts of suicide, read from their own words (their
    names and summaries), not a list of ours."""
    return {s.name for s in load_valid_listings(BUNDLED_SERVICES) if is_suicide_line(s)}


@pytest.mark.parametrize(
    ("query", "location", "prefix"),
    [
        ("im 13 and i keep having thoughts about touching little kids", "Matlock", ""),
        ("im 14 and i get sexual thoughts about small children that scare me", "Kendal", ""),
        ("rwy'n 14 oed ac yn cael meddyliau rhywiol am blant iau", "Aberystwyth", "/cy"),
    ],
)
def test_a_young_person_worried_about_their_thoughts_gets_no_suicide_line_but_their_own(
    bundled_client, query, location, prefix
):
    cards = _cards(bundled_client, query, location, prefix)
    assert cards, query
    # a line for thoughts of suicide is not among the first cards when the words say nothing
    # of suicide or self-harm ("thoughts" in its summary is about suicide)
    assert not _suicide_lines() & set(cards[:FIRST_CARDS]), cards[:5]
    # ... and the line for children and young people (the talk box's) is among the cards
    assert "Childline" in cards[: FIRST_CARDS + 1], cards[:5]
    # the line made for the worry still comes first
    assert cards[0].startswith(("Stop It Now", "Lucy Faithfull Foundation Wales")), cards[:3]


def test_a_suicide_line_is_still_offered_when_the_words_speak_of_it(bundled_client):
    cards = _cards(
        bundled_client, "im 16, i have thoughts about young kids and i want to end my life", "Derby"
    )
    assert _suicide_lines() & set(cards), cards


@pytest.mark.parametrize(
    ("query", "location", "first"),
    [
        (
            "my daughter is 7, her uncle did something sexual to her, what should we do",
            "Launceston",
            "Devon & Cornwall SARC children's service",
        ),
        (
            "my boy is 10 and his stepdad did sexual stuff to him, how do i help him",
            "Walsall",
            "Horizon SARC - West Midlands Children",
        ),
        (
            "our 11 year old daughter says her cousin did sexual things to her",
            "Penzance",
            "Devon & Cornwall SARC children's service",
        ),
        (
            "my grandson is 6 and i think his dad did something sexual to him, what can i do",
            "Dudley",
            "Horizon SARC - West Midlands Children",
        ),
    ],
)
def test_a_parent_telling_of_something_sexual_done_gets_the_local_childrens_service_first(
    bundled_client, query, location, first
):
    cards = _cards(bundled_client, query, location)
    assert cards and cards[0].startswith(first), cards[:4]


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_an_ended_search_shows_one_talk_to_someone_now(bundled_client, prefix):
    page = bundled_client.get(f"{prefix}/search-ended")
    soup = BeautifulSoup(page.data, "html.parser")
    titles = {"Talk to someone now", "Siarad â rhywun nawr"}
    headings = [h for h in soup.find_all("h2") if h.get_text(strip=True) in titles]
    assert len(headings) == 1, [h.get_text(strip=True) for h in headings]
    # ... and its lines are there, each once
    links = [a["href"] for a in soup.select("main a[href^='tel:']")]
    assert links and len(links) == len(set(links)), links


@pytest.mark.parametrize(
    ("query", "location", "prefix"),
    [
        ("dwi angen help gyda fy ysfa rywiol tuag at blant", "Llandudno", "/cy"),
        (
            "out of prison after offences against children, how do i keep my grandchildren "
            "safe from me",
            "Grimsby",
            "",
        ),
    ],
)
def test_of_two_cards_reaching_one_line_the_line_itself_comes_first(
    bundled_client, query, location, prefix
):
    # Lucy Faithfull Foundation Wales shows only Stop It Now's website, and The Lucy Faithfull
    # Foundation its number: neither comes before the helpline it reaches (F11)
    cards = _cards(bundled_client, query, location, prefix)
    line = cards.index("Stop It Now helpline")
    for other in ("Lucy Faithfull Foundation Wales", "The Lucy Faithfull Foundation"):
        assert all(n > line for n, card in enumerate(cards) if card.startswith(other)), cards[:4]
