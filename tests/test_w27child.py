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

from tests.helpers import page, talk_box, text_of


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
    assert national[:3] == _talk(soup)[:3], (national[:3], _talk(soup))
