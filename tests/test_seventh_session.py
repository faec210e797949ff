"""Issue 25, seventeenth walk-through (seventh session): the Welsh "did it again" with a recent
time gets the last-few-days warning, and a teenager who says first who they are ("teen girl 14
here", "lad 16,") is read at that age when worried about their own thoughts. Other words and
towns than the report's."""

from __future__ import annotations

import pytest

from directory.search.understand import understand

WARNING_CY = "dyddiau diwethaf"


def _page(client, q: str, location: str, welsh: bool = False) -> str:
    prefix = "/cy" if welsh else ""
    response = client.get(
        f"{prefix}/search", query_string={"q": q, "location": location}, follow_redirects=True
    )
    assert response.status_code == 200
    return response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("mae fy nghefnder wedi neud hi eto heddiw, dwin 14", "Y Bala"),
        ("wnaeth fy ewythr ei wneud o eto nos sadwrn, dwi'n 12", "Dolgellau"),
        ("nath fy nhad ei neud o eto heno, dwi'n 13", "Bangor"),
    ],
)
def test_welsh_did_it_again_lately_gets_the_warning(bundled_client, q, location):
    assert WARNING_CY in _page(bundled_client, q, location, welsh=True)


@pytest.mark.parametrize(
    ("q", "location"),
    [
        # long ago, and a time of telling, not of the act
        ("wnaeth fy ewythr ei wneud o i fi pan o'n i'n 8, dwi'n 30 rwan", "Dolgellau"),
        ("ddoe nes i ddeud wrth mam bod taid wedi neud o i fi pan o'n i'n fach", "Porthmadog"),
        # nobody named, nothing done to them
        ("dwi isio neud o eto heddiw efo fy ffrindiau", "Bangor"),
    ],
)
def test_welsh_did_it_long_ago_or_nothing_done_gets_no_warning(bundled_client, q, location):
    assert WARNING_CY not in _page(bundled_client, q, location, welsh=True)


@pytest.mark.parametrize(
    ("q", "age"),
    [
        ("teen girl 14 here, i get thoughts about younger children that scare me", 14),
        ("lad 16, worried about my urges towards little kids", 16),
    ],
)
def test_a_teenager_saying_first_who_they_are_is_read_at_that_age(q, age):
    asker = understand(q).asker
    assert asker.persona == "own-behaviour"
    assert asker.age == age


@pytest.mark.parametrize(
    "q",
    [
        # the one who did it, said first
        "lad 16 touched my son at the park",
        "teen boy 15 raped my daughter",
    ],
)
def test_someone_else_said_first_is_not_the_askers_age(q):
    asker = understand(q).asker
    assert asker.age not in (15, 16)


def test_the_teenager_worried_about_their_thoughts_sees_childline_too(bundled_client):
    html = _page(bundled_client, "lad 16, worried about my urges towards little kids", "Oswestry")
    talk = html.split("app-talk-now", 1)[1].split("</aside>", 1)[0]
    assert "Stop It Now" in talk and "Childline" in talk
