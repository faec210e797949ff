"""(w29cards, twenty-third walk-through F5, F7) The first cards are ones a person can use and
that add something.

- A card available everywhere whose way to reach it is the card's just above it (the same
  number, or only that card's website) is not a card of its own: the card above names it,
  "Same helpline: ..." with a link to its page (The Lucy Faithfull Foundation runs the Stop It
  Now line; Lucy Faithfull Foundation Wales shows only Stop It Now's website), by the
  listings' contact details, English and Welsh.
- A professional reporting a child's abuse and asking for care for the child (counselling,
  therapy, an ISVA) sees the services for the child and the family before the line for
  people worried about their own thoughts on the "More services available wherever you live"
  page; the words about someone's harmful behaviour keep that line first.

Parsed pages on the bundled listings, in words and towns other than the report's."""

from __future__ import annotations

import re

import pytest

from directory.finder import FindRequest
from directory.search.same_line import same_line_hosts
from tests.helpers import BUNDLED_SERVICES, new_app, page, posted_results

#: adults worried about their own sexual thoughts about children, and their towns
WORRIED = [
    (
        "i keep getting sexual thoughts about kids, never done anything, want to stop. im 44",
        "Kendal",
    ),
    ("worried that im attracted to children, 29, how do i get help to stop", "Loughborough"),
    ("man in my fifties, urges towards young girls, scared of myself", "Barnstaple"),
]
WORRIED_CY = [
    ("dwi'n poeni am fy meddyliau rhywiol am blant, dwi eisiau help i stopio", "Porthcawl"),
    ("mae gen i deimladau rhywiol tuag at blant a dwi ofn", "Aberdâr"),
]
#: professionals reporting what a child told, asking for care for the child
PROFESSIONALS = [
    (
        "school nurse: a 10 year old girl told me her stepdad touches her, "
        "looking for therapy for her",
        "Kettering",
    ),
    (
        "social worker, 13yo boy disclosed abuse by his uncle, need counselling referral",
        "Scarborough",
    ),
    (
        "head of year, pupil aged 11 disclosed sexual abuse by her mum's partner, "
        "specialist counselling?",
        "Chelmsford",
    ),
]


@pytest.fixture(scope="module")
def client(bundled_root):
    app = new_app(DIRECTORY_INDEX_PATH=bundled_root, DIRECTORY_DATA_PATH=BUNDLED_SERVICES)
    return app.test_client()


def _cards(soup, selector: str = "section.app-national ul.app-results"):
    """The cards under ``selector``, each (its listing's id, the card)."""
    return [
        (li.select_one("h3.app-result__title a")["href"].rsplit("/service/", 1)[1], li)
        for ul in soup.select(selector)
        for li in ul.select("li.app-result")
    ]


def _numbers(card) -> set[str]:
    return {
        re.sub(r"\D", "", a["href"]) for a in card.select(".app-result__contact a[href^='tel:']")
    }


def _more(client, soup):
    """The "More services available wherever you live" page, None when there is none."""
    links = [a for a in soup.select("main a") if a.get("href", "").endswith("/more")]
    assert len(links) <= 1
    return page(client.get(links[0]["href"])) if links else None


@pytest.mark.parametrize(("q", "location"), WORRIED)
def test_one_line_is_one_card_for_an_adult_worried_about_their_thoughts(client, q, location):
    soup = posted_results(client, q, location)
    cards = _cards(soup)
    ids = [sid for sid, _ in cards]
    assert ids[0] == "stop-it-now", ids
    # The Lucy Faithfull Foundation (the same number) is no card of its own ...
    assert "lucy-faithfull-foundation" not in ids, ids
    # ... and (w38card) not named in the Stop It Now card either, which names its organisation
    assert cards[0][1].select_one(".app-same-line") is None
    # no two of the first cards give the same number to call
    seen: set[str] = set()
    for _sid, card in cards:
        assert not (_numbers(card) & seen), _numbers(card)
        seen |= _numbers(card)
    # and it is on no other page either: every listing is counted once
    more = _more(client, soup)
    if more is not None:
        assert "lucy-faithfull-foundation" not in [sid for sid, _ in _cards(more, "ul.app-results")]


@pytest.mark.parametrize(("q", "location"), WORRIED_CY)
def test_the_welsh_page_makes_no_card_of_either_lucy_faithfull_listing(client, q, location):
    soup = posted_results(client, q, location, "cy")
    cards = _cards(soup)
    ids = [sid for sid, _ in cards]
    assert ids[0] == "stop-it-now", ids
    assert not {"stop-it-now-wales", "lucy-faithfull-foundation"} & set(ids), ids
    # (w38card) nor named in it: both are the organisation the card names (a professional is
    # told of both: tests/test_w38card.py)
    assert cards[0][1].select_one(".app-same-line") is None


def test_the_rule_is_the_contact_details_not_the_names(directory):
    columns = directory.index.columns
    stop, lucy, nspcc = (
        columns.positions[s] for s in ("stop-it-now", "lucy-faithfull-foundation", "nspcc-helpline")
    )
    # the card just below with the same number and no other way to talk joins it
    assert same_line_hosts(columns, [stop, lucy, nspcc]) == [0, 0, 2]
    # a card between them: each stays a card (nothing moves above the cards between)
    assert same_line_hosts(columns, [stop, nspcc, lucy]) == [0, 1, 2]
    # the line itself below the organisation's card adds live chat: its own card
    assert same_line_hosts(columns, [lucy, stop]) == [0, 1]


@pytest.mark.parametrize(("q", "location"), PROFESSIONALS)
def test_a_professional_asking_care_for_a_child_sees_the_childs_services_first_on_the_more_page(
    client, q, location
):
    soup = posted_results(client, q, location, professional=True)
    more = _more(client, soup)
    assert more is not None
    ids = [sid for sid, _ in _cards(more, "ul.app-results")]
    assert ids and ids[0] != "stop-it-now", ids
    if "stop-it-now" in ids:
        # after every service there for children, parents or the family
        first_line = ids.index("stop-it-now")
        assert {"nhs-sarcs", "family-lives"} & set(ids[:first_line]), ids


@pytest.mark.parametrize(
    "q",
    [
        "social worker, 12 year old boy showing harmful sexual behaviour towards his little sister",
        "teacher here, worried about a colleague's behaviour with pupils, who do i call",
    ],
)
def test_words_about_who_harmed_keep_the_line_for_them_first(directory, q):
    found = directory.search(FindRequest(q=q))
    assert [i.service.id for i in found.national][:2].count("stop-it-now") == 1


#: parents asking for support for themselves, in towns of Leeds, where the one centre near is
#: a forensic one and Leeds's counselling takes adults
FOR_THEMSELVES = [
    ("as her dad i am falling apart, my daughter was abused by her step brother", "Wetherby"),
    ("i need support for myself, my 7 year old was sexually abused by my husband's dad", "Otley"),
    ("mum here, my son was abused by our neighbour, who can i talk to for me", "Garforth"),
]


def _page_order(soup) -> list[str]:
    return [sid for sid, _ in _cards(soup, "ul.app-results")]


@pytest.mark.parametrize(("q", "location"), FOR_THEMSELVES)
def test_a_parent_asking_for_themselves_meets_adults_counselling_before_a_forensic_centre(
    client, q, location
):
    ids = _page_order(posted_results(client, q, location))
    assert "sarsvl-leeds" in ids and "hazlehurst-centre-sarc" in ids, ids
    assert ids.index("sarsvl-leeds") < ids.index("hazlehurst-centre-sarc"), ids


def test_an_assault_in_the_last_few_days_keeps_the_centre_first(client):
    q = "my daughter was raped by my brother last night, i need help for me too"
    ids = _page_order(posted_results(client, q, "Otley"))
    assert ids[0] == "hazlehurst-centre-sarc", ids
