"""(issue 24) Results cards are kept whole per build, listing, language and mount
(web/cards.py): what a search adds to a card (how far away, a report about the listing, a
professional's pack button) is in its place in every card, and a kept card never carries one
search's additions into another's page."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup, Tag

from directory.feedback import reports

from .helpers import run
from .test_reported_everywhere import LEEDS, NUMBER_LINE, say, state

pytestmark = pytest.mark.app_config(DIRECTORY_PAGE_CACHE_SECONDS=0)
SEARCH = "/search?q=counselling&location=Leeds"


def cards(client, path: str) -> dict[str, Tag]:
    """The page's cards by listing id."""
    answer = client.get(path, follow_redirects=True)
    assert answer.status_code == 200, path
    page = BeautifulSoup(answer.get_data(as_text=True), "html.parser")
    found = {}
    for card in page.select("li.app-result"):
        link = card.select_one("h3 a")
        found[link["href"].rsplit("/", 1)[1]] = card
    assert found, path
    return found


def at(card: Tag, name: str) -> int:
    """Where the card's first part with the class ``name`` comes among its parts (-1: none)."""
    children = card.find_all(recursive=False)
    return next((n for n, c in enumerate(children) if name in c.get("class", [])), -1)


def professional_page(client, words: str = "counselling", place: str = "Leeds") -> str:
    answer = client.post("/search", data={"q": words, "location": place, "as_professional": "1"})
    assert answer.status_code in (302, 303), answer.status_code
    return answer.headers["Location"]


def test_the_distance_line_and_a_report_come_between_a_cards_heading_and_its_body(app, client):
    say(app, LEEDS, "number")
    card = cards(client, SEARCH)[LEEDS]
    assert at(card, "app-result__title") == 0
    assert 0 < at(card, "app-where") < at(card, "app-reported") < at(card, "app-result__contact")
    assert NUMBER_LINE in card.select_one(".app-reported").get_text()
    assert "Less than a mile away" in card.select_one(".app-where").get_text()
    # the next page without the report: the kept card did not keep it
    for r in reports.listed(state(app)):
        assert run(app, "reports", "resolve", str(r.id)).exit_code == 0
    assert not cards(client, SEARCH)[LEEDS].select(".app-reported")


def test_a_professionals_cards_end_with_the_pack_button_and_others_have_none(client):
    ordinary = cards(client, SEARCH)
    assert not any(c.select(".app-pack-control") for c in ordinary.values())
    pro = cards(client, professional_page(client))
    assert set(pro) == set(ordinary)
    for service_id, card in pro.items():
        assert at(card, "app-pack-control") == len(card.find_all(recursive=False)) - 1
        assert card.select_one(".app-pack-control button")["value"] == service_id
    # and an ordinary search after it shows none again
    assert not any(c.select(".app-pack-control") for c in cards(client, SEARCH).values())


def test_a_services_card_is_the_same_on_every_search_but_its_distance(client):
    leeds = cards(client, SEARCH)
    elsewhere = cards(client, "/search?q=counselling&location=Bradford&radius=50")
    national = [i for i, c in leeds.items() if not c.select(".app-where")]
    assert national
    for service_id in national:
        if service_id in elsewhere and not elsewhere[service_id].select(".app-where"):
            assert str(elsewhere[service_id]) == str(leeds[service_id])
    near = [i for i, c in leeds.items() if c.select(".app-where") and i in elsewhere]
    for service_id in near:
        a, b = leeds[service_id], elsewhere[service_id]
        for line in (a.select_one(".app-where"), b.select_one(".app-where")):
            line.decompose()
        assert str(a) == str(b)


def test_welsh_and_english_cards_are_kept_apart(client):
    english = cards(client, SEARCH)
    welsh = cards(client, "/cy" + SEARCH)
    again = cards(client, SEARCH)
    assert set(english) == set(welsh)
    for service_id, card in english.items():
        assert str(again[service_id]) == str(card)
        assert str(welsh[service_id]) != str(card)
        assert welsh[service_id].select_one("h3 a")["href"].startswith("/cy/service/")
