"""(w27child) A child's first cards are ones a child can use now, and a grown man is read from
how men talk. From an independent phone walk-through: for a Welsh child the lines made for
children and young people (Meic, Childline) come before a line for all ages (Byw Heb Ofn) in
the cards as in the talk box; for a child, a local service made for children comes before one
for adults and children alike, a service taking children only once the abuse is reported to
the police comes after the rest (unless the words speak of the police), and a service that may
be closing after the open ones; "fella here, fifty three", "chap, sixty seven", "geezer here"
are a man's words and his age. Other words and other towns than the walk-through's; parsed
pages, English and Welsh."""

from __future__ import annotations

import pytest

from directory.search import build_index
from tests.helpers import BUNDLED_SERVICES, new_app, page, talk_box, text_of


def _soup(client, q: str, location: str, path: str = "/search"):
    return page(client.get(path, query_string={"q": q, "location": location}))


def _cards(soup, section: str) -> list[str]:
    titles = soup.select(f"section[aria-labelledby={section}-title] h3")
    return [" ".join(h.get_text(" ").split()) for h in titles]


def _talk(soup) -> list[str]:
    return [line.split(":")[0].strip() for line in talk_box(soup)]


# --- a grown man, read from how men talk ---------------------------------------------------


@pytest.mark.parametrize(
    ("q", "location", "age"),
    [
        (
            "fella here, fifty three, my uncle abused me as a nipper, cant sleep, need someone "
            "to talk to",
            "Matlock",
            53,
        ),
        (
            "chap, sixty seven, was interfered with by a neighbour when i was a kid, never "
            "told a soul",
            "Bakewell",
            67,
        ),
        ("geezer here, thirty eight, my stepdad abused me as a lad, doing my head in", "Grays", 38),
        ("im a fella of forty four, abused by my cousin as a youngster", "Chesterfield", 44),
        ("lady here, fifty one, my grandad abused me as a little girl", "Ripley", 51),
    ],
)
def test_a_grown_ups_age_said_after_who_they_are_is_read(bundled_client, q, location, age):
    soup = _soup(bundled_client, q, location)
    assert f"Showing services for age {age}" in text_of(soup, "main")
    assert _talk(soup)[0] != "Childline", _talk(soup)


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("bloke here, my step dad abused me for years, need to talk to someone", "Belper"),
        ("fella here, my uncle did things to me, struggling", "Buxton"),
        ("hi, old geezer here, my brother abused me, never told anyone", "Swanley"),
    ],
)
def test_a_man_saying_who_is_writing_is_not_read_as_a_child(bundled_client, q, location):
    soup = _soup(bundled_client, q, location)
    talk = _talk(soup)
    assert talk and talk[0] != "Childline", talk
    assert "Childline" not in _cards(soup, "national")[:1]


def test_her_fella_is_still_her_partner_who_did_it(bundled_client):
    # (a partner named so is who did it: the asker is the child's parent)
    soup = _soup(bundled_client, "my fella has been touching my daughter, shes 8", "Belper")
    assert _talk(soup)[0] == "NSPCC Helpline", _talk(soup)


# --- a Welsh child: their own lines first, in the cards as in the box -----------------------

CHILDRENS_LINES = {"Llinell gymorth Meic", "Childline"}
ALL_AGES_LINE = "Llinell Gymorth Byw Heb Ofn"


@pytest.mark.parametrize(
    ("q", "location"),
    [
        (
            "mae fy llystad yn dod i fy ystafell gyda'r nos ac yn cyffwrdd fi, dwi'n ddeuddeg",
            "Llandudno",
        ),
        (
            "mae ewythr fi yn gwneud pethau drwg i fi pan dwi'n aros yno. dwi'n naw oed",
            "Aberteifi",
        ),
        ("mae cefnder fi yn cyffwrdd fi yn y gwely. dwi'n ddeg", "Y Fenni"),
    ],
)
def test_a_welsh_childs_own_lines_come_before_a_line_for_all_ages(bundled_client, q, location):
    soup = _soup(bundled_client, q, location, "/cy/search")
    national = _cards(soup, "national")
    assert set(national[:2]) == CHILDRENS_LINES, national[:4]
    # (w29lines) the box holds the children's lines only; the cards begin with them too
    assert _talk(soup) == national[:2], (national[:3], _talk(soup))
    assert ALL_AGES_LINE not in _talk(soup), _talk(soup)


# --- local cards a child can use now --------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my stepbrother keeps touching me when mum is at work. im 11", "Melton Mowbray"),
        ("my grandad touches me when i stay over at his house im 10", "Great Yarmouth"),
    ],
)
def test_a_service_that_needs_a_police_report_follows_one_a_child_can_reach(
    bundled_client, q, location
):
    local = _cards(_soup(bundled_client, q, location), "local")
    assert len(local) >= 2, local
    assert not any(word in local[0] for word in ("Pre-trial", "Brave Futures")), local


def test_a_child_who_speaks_of_the_police_keeps_the_pre_trial_service(bundled_client):
    q = "my uncle touched me and the police are talking to him now, there might be a trial, im 12"
    local = _cards(_soup(bundled_client, q, "Loughborough"), "local")
    assert any("Pre-trial" in title for title in local), local


@pytest.mark.parametrize(
    ("q", "location", "first"),
    [
        (
            "my step brother gets in my bed at night and does stuff to me, im 12",
            "Crawley",
            "Sussex Children's Sexual Assault Referral Centre (CSARC)",
        ),
        (
            "my mums partner keeps touching me when shes at work, im 14",
            "Nuneaton",
            "Horizon SARC - West Midlands Children and Young Person Sexual Assault Service",
        ),
    ],
)
def test_a_local_service_made_for_children_comes_before_one_for_all_ages(
    bundled_client, q, location, first
):
    local = _cards(_soup(bundled_client, q, location), "local")
    assert local and local[0] == first, local


@pytest.fixture(scope="module")
def with_an_open_service_beside_one_closing(tmp_path_factory, bundled):
    """The bundled listings and one fictional open counselling service for all ages covering
    Lancashire, where Trust House Lancashire's listing says it may be closing."""
    by_id = {s.id: s for s in bundled}
    closing = by_id["trust-house-lancashire"]
    assert closing.status == "may-be-closing"
    open_one = by_id["survivors-network-sussex"].model_copy(
        update={
            "id": "fictional-lancashire-counselling",
            "name": "Fictional Lancashire Counselling",
            "description": "Counselling in Lancashire for people affected by sexual violence.",
            "service_area": closing.service_area,
            "locations": closing.locations,
            "contact": closing.contact.model_copy(update={"phone": "01772 000000"}),
        }
    )
    root = tmp_path_factory.mktemp("w27child-index")
    build_index([*bundled, open_one], root)
    return new_app(DIRECTORY_INDEX_PATH=root, DIRECTORY_DATA_PATH=BUNDLED_SERVICES).test_client()


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("i was abused as a child by my grandad and need counselling, im 45", "Chorley"),
        ("my stepdad comes in my room at night, im 13", "Burnley"),
    ],
)
def test_a_service_that_may_be_closing_follows_an_open_one(
    with_an_open_service_beside_one_closing, q, location
):
    local = _cards(_soup(with_an_open_service_beside_one_closing, q, location), "local")
    assert "Trust House Lancashire" in local, local
    assert local[0] == "Fictional Lancashire Counselling", local
