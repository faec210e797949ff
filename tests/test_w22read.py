"""w22read (seventeenth walk-through F5, F7): whose age it is when a person is named with one,
the last-few-days warning not given for home life, and a parent who asks for herself. Other
words and towns than the reports'; each reading tested both ways."""

from __future__ import annotations

import pytest

from directory.finder import FindRequest, find
from directory.limits import MAX_ASKER_CHARS
from directory.search.order_reach import _FOR_THEMSELVES
from directory.search.recent import recent_assault
from directory.search.understand import clean_text, understand

WARNING_EN = "in the last few days"
WARNING_CY = "dyddiau diwethaf"


def _page(client, q: str, location: str, welsh: bool = False) -> str:
    prefix = "/cy" if welsh else ""
    response = client.get(
        f"{prefix}/search", query_string={"q": q, "location": location}, follow_redirects=True
    )
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _talk(html: str) -> str:
    return html.split("app-talk-now", 1)[1].split("</aside>", 1)[0]


# --- 1. whose age: the subject of the verb after it ---


@pytest.mark.parametrize(
    ("q", "age"),
    [
        # someone named with an age who does something to the asker: not the asker's age
        ("boy aged 14 keeps texting me horrible things", 14),
        ("a girl aged 16 is threatening me online", 16),
        ("lad 15 from my estate grabbed me behind the shops", 15),
        ("the 17 year old boy next door has been following me", 17),
        ("hogan 16 oed yn fy mygwth i ar y we", 16),
        ("bachgen 14 nath gyffwrdd fi ar y bws", 14),
        # ... a grown-up's, with who they are
        ("man 45 keeps sending me messages on insta", 45),
        ("dyn 50 oed wedi gyrru lluniau i fi", 50),
    ],
)
def test_an_age_of_someone_who_does_something_to_the_asker_is_not_theirs(q, age):
    asker = understand(q).asker
    assert asker.age != age
    assert asker.for_age != age


@pytest.mark.parametrize(
    ("q", "age"),
    [
        # a child named with an age who told: a grown-up asks, and the help is for that child
        ("girl 8 told me her step dad does rude things to her", 8),
        ("boy aged 12 said his football coach touched him", 12),
        ("a girl of 11 just told me her brother hurts her at night", 11),
        ("a 13 year old lad tells me his uncle abuses him", 13),
        ("a year 6 girl said her mums boyfriend touches her", 10),
    ],
)
def test_a_child_named_with_an_age_who_told_is_a_grown_ups_report(q, age):
    asker = understand(q).asker
    assert asker.persona == "parent"
    assert asker.age is None
    assert asker.for_age == age


def test_a_grown_up_named_with_an_age_who_told_is_not_the_asker():
    assert understand("woman 40 told me her grandad abused her as a girl").asker.age != 40
    assert understand("woman 40, my grandad abused me as a girl").asker.age == 40


def test_a_welsh_child_named_with_an_age_who_told_is_a_grown_ups_report():
    asker = understand("hogyn 13 wedi dweud wrtha i bod ei ewythr yn ei gyffwrdd").asker
    assert asker.persona == "parent" and asker.age is None


@pytest.mark.parametrize(
    ("q", "age"),
    [
        # (the other way) the asker names who they are, then someone else does it
        ("girl 13, my step brother keeps touching me", 13),
        ("boy 14 here my uncle does stuff to me", 14),
        ("lad 15 older cousin made me do things", 15),
        ("merch 13 dwi, mae ewythr fi'n cyffwrdd fi", 13),
        # ... or worried about their own thoughts
        ("boy aged 16, scared of my thoughts about little kids", 16),
        ("teen girl 15 worried im attracted to younger children", 15),
    ],
)
def test_the_askers_own_age_said_with_who_they_are_is_still_read(q, age):
    assert understand(q).asker.age == age


def test_the_worker_told_by_a_child_sees_the_nspcc_first_not_childline(bundled_client):
    html = _page(bundled_client, "girl 8 told me her step dad does rude things to her", "Kendal")
    talk = _talk(html)
    assert "NSPCC" in talk
    assert "Childline" not in talk or talk.index("NSPCC") < talk.index("Childline")


def test_the_child_bullied_by_an_older_boy_gets_no_age_notice_of_his_age(bundled_client):
    html = _page(bundled_client, "a boy aged 16 keeps messaging me and scares me", "Penrith")
    assert "for age 16" not in html


# --- 2. the last-few-days warning: home life is not the act ---


def _recent(q: str) -> bool:
    return recent_assault(understand(q), clean_text(q, MAX_ASKER_CHARS))


@pytest.mark.parametrize(
    "q",
    [
        "dad did the thing again this evening and forgot to pick me up from football",
        "my mum did that thing again tonight and burnt my dinner",
        "step mum did the same thing again today and never made my packed lunch",
        "nath dad neud o eto heddiw ac anghofio fy nghinio",
    ],
)
def test_a_vague_thing_said_with_everyday_care_left_undone_gets_no_warning(q):
    assert not _recent(q)


@pytest.mark.parametrize(
    "q",
    [
        # (the other way) the vague act with nothing of home life, and the body telling of harm
        "my stepdad did the thing again last night, im 11",
        "uncle did it again this morning before school",
        "my step dad did the thing again tonight and forgot my tea and now im bleeding",
        "nath fy nghefnder neud o eto neithiwr, dwi'n 13",
        "nath mam neud o eto heno",
        # ... and what an abuser does after it is no home life ("took my phone")
        "my stepdad did the thing again last night and took my phone so i cant tell anyone",
        "nath llystad neud o eto neithiwr a cymryd fy ffon",
    ],
)
def test_the_vague_act_with_a_recent_time_still_gets_the_warning(q):
    assert _recent(q)


def test_home_life_page_has_no_warning_but_the_act_has(bundled_client):
    calm = _page(
        bundled_client, "mum did the thing again tonight and forgot my packed lunch", "Kendal"
    )
    assert WARNING_EN not in calm
    urgent = _page(bundled_client, "grandad did the thing again this evening, im 9", "Kendal")
    assert WARNING_EN in urgent


def test_welsh_home_life_page_has_no_warning_but_the_act_has(bundled_client):
    calm = _page(bundled_client, "nath mam neud o eto heno ac anghofio fy swper", "Bala", True)
    assert WARNING_CY not in calm
    urgent = _page(bundled_client, "nath fy nain neud o eto heno, dwi'n 10", "Bala", True)
    assert WARNING_CY in urgent


# --- 3. a parent who asks for herself ---


@pytest.mark.parametrize(
    "q",
    [
        "my grandson was abused by his step dad, i need someone to help him and me",
        "my boy was touched by a neighbour, is there support for me too",
        "mae fy merch wedi cael ei cham-drin, oes help iddi hi ac i fi",
        "cafodd fy mab ei gam-drin gan ei ewythr, dwi angen cefnogaeth i fi hefyd",
    ],
)
def test_a_parent_naming_herself_beside_the_child_asks_for_herself(q):
    assert _FOR_THEMSELVES.search(clean_text(q, MAX_ASKER_CHARS))


@pytest.mark.parametrize(
    "q",
    [
        # (the other way) help for the child alone; a child's own "i fi"
        "my grandson was abused by his step dad, i need someone to help him",
        "mae fy merch wedi cael ei cham-drin, oes help iddi hi",
        "nath o neud petha i fi a fi yn 12",
    ],
)
def test_help_for_the_child_alone_is_not_asking_for_herself(q):
    assert not _FOR_THEMSELVES.search(clean_text(q, MAX_ASKER_CHARS))


def _national(bundled_index, gazetteer, q: str, location: str) -> list[str]:
    found = find(bundled_index, gazetteer, FindRequest(q=q, location=location)).shown_ids()
    return [i for i in found if bundled_index.services[i].service_area.national]


def test_the_parent_asking_for_herself_sees_lines_that_talk_before_a_website(
    bundled_index, gazetteer
):
    child = "my girl is 7, her uncle touches her, i need someone to help her"
    alone = _national(bundled_index, gazetteer, child, "Blandford Forum")
    herself = _national(bundled_index, gazetteer, child + " and me", "Blandford Forum")
    # Parents Protect (information, a website) among the first three for the child alone;
    # below them when she asks for herself too; the NSPCC first both times
    assert "parents-protect" in alone[:3]
    assert "parents-protect" not in herself[:3]
    assert alone[0] == herself[0] == "nspcc-helpline"
