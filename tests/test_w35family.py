"""(w35family) A parent asking about their child, or a child asking, sees first among the local
cards a service made for children whose stated ages take in the child's and that can be
contacted, before a service for all ages that fits no better (the twenty-ninth independent
phone walk-through, person 2, F4: Devon & Cornwall's SARC for all ages, "Phone number being
confirmed", came above its own children's service, with a number, for a mother of a
13-year-old who also asked for help for herself; tested here in other words and other towns).

- Parents in general (mums, dads; an age given or not; asking for themselves too or not;
  Welsh on /cy): the children's service is the first local card.
- A parent of an adult (19) is not moved to a children's service whose ages leave theirs out.
- A parent asking for therapy or support, with their local centre among the first local
  cards, does not get the NHS finder of centres among the first three national cards; a recent
  assault or an examination asked for keeps it there (F4 too).
- A child who can ring or text none of the local cards by themselves (person 1, F3) is told
  so under them, after the lines to talk to now, and who can contact them for them; the cards
  stay. Not when a card can be rung, nor for a parent or an adult.
"""

from __future__ import annotations

import pytest

from tests.helpers import page

CHILDRENS = "devon-cornwall-sarc-childrens-service"
ALL_AGES = "devon-cornwall-sarc"


def _cards(client, q: str, location: str, welsh: bool = False) -> list[str]:
    """The ids of the result cards on the page, in order (local first, then national)."""
    path = "/cy/search" if welsh else "/search"
    soup = page(client.get(path, query_string={"q": q, "location": location}))
    return [
        a["href"].rsplit("/", 1)[1]
        for a in soup.select("li.app-result h3 a[href]")
        if "/service/" in a["href"]
    ]


PARENTS = [
    (
        "my stepdad has been touching my 9 year old son, how do i help him and get support for "
        "myself",
        "Bodmin",
        False,
    ),
    ("mum here, my little girl told me her uncle did sexual things to her", "Launceston", False),
    (
        "dad here, my lad told me his step grandad did sexual things to him, what now",
        "Newquay",
        False,
    ),
    (
        "my 11 yr old son was abused by his older cousin, help for him and for me please",
        "Camborne",
        False,
    ),
    (
        "mae fy mab 9 oed wedi cael ei gam-drin gan ei ewythr, sut alla i ei helpu a chael "
        "cymorth i fi fy hun",
        "Bude",
        True,
    ),
]


@pytest.mark.parametrize(("q", "location", "welsh"), PARENTS)
def test_a_parents_first_local_card_is_the_one_made_for_the_child(
    bundled_client, q, location, welsh
):
    cards = _cards(bundled_client, q, location, welsh)
    assert CHILDRENS in cards and ALL_AGES in cards, cards
    assert cards[0] == CHILDRENS, cards


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("im 12 n my stepbrother makes me do stuff", "Redruth"),
        ("my 7 year old daughter was abused by my father, how do i help her and cope", "Tavistock"),
    ],
)
def test_a_child_and_a_parent_of_a_young_child_keep_the_childrens_service_first(
    bundled_client, q, location
):
    cards = _cards(bundled_client, q, location)
    assert cards[0] == CHILDRENS, cards


def test_a_parent_of_an_adult_is_not_sent_to_a_childrens_service(bundled_client):
    cards = _cards(
        bundled_client,
        "my 19 year old daughter was abused by her uncle as a child, support for her and me",
        "Bodmin",
    )
    assert cards[0] == ALL_AGES, cards
    assert CHILDRENS not in cards[:2], cards


# (twenty-ninth walk-through F3) a child none of whose local cards they can ring or text by
# themselves is told so under them, after the lines to talk to now, and who can contact them;
# the cards stay
NONE_TO_RING = [
    ("my cousin keeps touching me and im 10", "Workington", False),
    ("im 13 and my stepdad does stuff to me at night", "Penrith", False),
    ("my grandad does rude things to me, i am twelve", "Bishop Auckland", False),
    ("mae fy llystad yn cyffwrdd fi dwi'n 12", "Whitehaven", True),
]


def _lead_in(soup):
    """The sentence above the local cards saying none can be rung by the child, or None."""
    found = soup.select_one("p.app-none-alone")
    return None if found is None else " ".join(found.get_text(" ").split())


@pytest.mark.parametrize(("q", "location", "welsh"), NONE_TO_RING)
def test_a_child_who_can_ring_no_local_card_is_told_so_and_who_can_help(
    bundled_client, q, location, welsh
):
    path = "/cy/search" if welsh else "/search"
    soup = page(bundled_client.get(path, query_string={"q": q, "location": location}))
    said = _lead_in(soup)
    assert said is not None
    # (w49note) the lines above, always; a grown-up only where a card says the service does not
    # take the child alone (test_w49note)
    lines = "siaradwch â’r bobl uchod" if welsh else "talk to the people above"
    assert lines in said, said
    # after the talk box and after the local cards it is about, which are still shown
    # (forty-seventh walk-through F7: it stood before them)
    markup = str(soup)
    talk = markup.index("app-talk-now")
    first_card = markup.index('class="app-result"', talk)
    lead = markup.index("app-none-alone")
    assert talk < first_card < lead


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my uncle touches me im 11", "Middlesbrough"),  # a children's service to ring
        ("my 10 year old was abused by her uncle", "Workington"),  # a parent asks
        ("abused by my uncle as a child, im 40 now", "Penrith"),  # an adult asks
    ],
)
def test_no_such_sentence_when_a_child_can_ring_one_or_a_grown_up_asks(bundled_client, q, location):
    soup = page(bundled_client.get("/search", query_string={"q": q, "location": location}))
    assert _lead_in(soup) is None


# (twenty-ninth walk-through F4) a parent asking for therapy or support, with their local
# centre among the first local cards: the national finder of centres is not among the first
# cards available wherever they live; it is when the words tell of an assault in the last
# few days or ask for an examination
FINDER = "nhs-sarcs"


def _national(client, q: str, location: str) -> list[str]:
    """The ids of the cards under "Available wherever you live", in order."""
    soup = page(client.get("/search", query_string={"q": q, "location": location}))
    section = soup.select_one("#national-title").find_parent("section")
    return [
        a["href"].rsplit("/", 1)[1]
        for a in section.select("li.app-result h3 a[href]")
        if "/service/" in a["href"]
    ]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        (
            "police are dealing with it, my ex abused our daughter aged 11, looking for "
            "counselling for her and me",
            "Exmouth",
        ),
        (
            "police are dealing with it, my ex abused our daughter aged 11, looking for "
            "counselling for her and me",
            "Barnstaple",
        ),
    ],
)
def test_a_parent_asking_for_therapy_beside_a_local_centre_gets_no_finder_first(
    bundled_client, q, location
):
    cards = _cards(bundled_client, q, location)
    assert any("sarc" in c for c in cards[:2]), cards
    assert FINDER not in _national(bundled_client, q, location)[:3]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my daughter was raped last night, police involved, she is 15", "Swanage"),
        (
            "police involved, my son 10 needs a forensic examination after his uncle abused him",
            "Exmouth",
        ),
    ],
)
def test_a_recent_assault_or_an_examination_keeps_the_finder_first(bundled_client, q, location):
    assert FINDER in _national(bundled_client, q, location)[:3]
