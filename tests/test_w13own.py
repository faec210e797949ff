"""Probe 12 (branch w13own): someone telling of their own acts or fears towards a child, in
vague words ("been inappropriate with", "did something sexual to"), with a grown-up's age in
front ("im 52 and have touched…"), as a fear of harming a named relative ("terrified im going
to touch my nephew"), as intrusive thoughts of sexual harm, with "under age" in two words, or
in Welsh ("ofn fy mod i'n mynd i…", "mewn ffordd rywiol", "ysfa i…"), gets the line for people
worried about their own behaviour first; a young person who harmed a clearly younger child
gets it too, with Childline beside it; a child's age in the words is never shown as whom the
services are for. Both ways: a child or a survivor telling what was done to them, and someone
afraid of hurting themselves, never get it. Worded differently from the probe's own searches,
in other towns."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.understand import understand

from .helpers import talk_box

STOP_IT_NOW = ("Stop It Now helpline", "Lucy Faithfull Foundation Wales")


@pytest.mark.parametrize(
    "q",
    [
        # vague words for an act, with the asker as who did it
        "ive been inappropriate with my boyfriends 11 year old daughter",
        "i was sexually inappropriate with a 12 yo at a party",
        "i behaved inappropriately towards my niece and need help",
        "i did something sexual to my stepson while he was asleep",
        "did something sexual to my younger cousin years ago and cant live with it",
        "been inappropriate with my stepdaughter, need help",
        # a grown-up's age, or what they are, said before the act with "i" said once
        "im 52 and have touched my granddaughter",
        "im a grandad and abused my grandson years ago",
        # ... to "him" or "her", with the child named first
        "my girlfriends son is 6 and ive been inappropriate with him",
        "my stepdaughter, i did something sexual to her last night",
        # afraid of harming a named child of the family
        "frightened im going to abuse my nephew",
        "afraid im going to sexually hurt my stepdaughter",
        "worried ill touch my stepdaughter, the thoughts keep coming",
        "i keep getting these urges around my little cousin",
        "the urge to touch children wont go away",
        # intrusive thoughts of sexual harm
        "intrusive thoughts of sexually hurting a child",
        "sexual intrusive thoughts about hurting kids, is it ocd",
        "i keep having thoughts about young kids is this normal",
        # "under age" in two words
        "attracted to under-age boys and never acted",
    ],
)
def test_own_acts_and_fears_in_english_are_own_behaviour(q):
    assert understand(q).asker.persona == "own-behaviour"


@pytest.mark.parametrize(
    "q",
    [
        "mae gen i ofn fy mod i'n mynd i frifo fy nai",
        "poeni y bydda i'n cyffwrdd â phlentyn",
        "rwy'n meddwl am fy nith mewn ffordd rywiol",
        "dw i'n 16 ac yn meddwl am blant bach mewn ffordd rywiol",
        "angen help gyda'r ysfa i gyffwrdd plant",
        "gwnes i bethau rhywiol i fy llysferch",
        "dw i wedi gwneud rhywbeth amhriodol i blentyn",
        "dw i wedi bod yn amhriodol gyda fy nai",
        "roeddwn i'n amhriodol gyda fy llysferch",
        # a young person's act on a clearly younger child
        "dw i'n 15 a wnes i gyffwrdd fy chwaer fach 6 oed",
    ],
)
def test_own_acts_and_fears_in_welsh_are_own_behaviour(q):
    assert understand(q).asker.persona == "own-behaviour"


@pytest.mark.parametrize(
    "q",
    [
        # what was done to the asker, in the same vague words
        "he was inappropriate with me when i was 10",
        "my stepbrother did something sexual to me",
        "my grandad was inappropriate with me for years",
        "im scared he will hurt me again",
        "im 40 and my uncle abused me as a child",
        "my husband was inappropriate with our daughter",
        "touched my daughter at the pool, her instructor did",
        "my son is 5 and his babysitter touched him",
        "my daughter is 7 and i think someone touched her",
        # afraid of hurting oneself, or of something that is not harm to a child
        "im scared i might hurt myself",
        "i get urges to self harm",
        "my urges to cut are back",
        "afraid i will do something stupid",
        "scared i will hurt him if he comes near me again",
        "intrusive thoughts about hurting my baby",
        "i keep thinking about kids who are being abused",
        # Welsh: someone else's, or done to the asker
        "ofn y bydd e'n cam-drin fy merch",
        "ofn ei fod e'n mynd i gam-drin plentyn",
        "gwnaeth e rywbeth rhywiol i mi",
        "mae gan fy mrawd ysfa i edrych ar blant",
        "roedd e'n amhriodol gyda fi",
        "mae fy ewythr wedi bod yn amhriodol gyda fy merch",
        "dw i'n 15 a wnes i gyffwrdd fy chwaer fach",
    ],
)
def test_what_was_done_to_someone_or_fear_for_oneself_is_not_own_behaviour(q):
    assert understand(q).asker.persona != "own-behaviour"


@pytest.mark.parametrize(
    ("q", "own"),
    [
        # a young person's act on a clearly younger child, or with remorse said: theirs to get
        # help with (Stop It Now's helpline is for anyone worried about their own behaviour)
        ("im 15 and i touched my 7 year old cousin", True),
        ("i touched my brother when he was asleep, hes 6, im 14", True),
        ("im 14 and i touched my little sister and i feel so guilty", True),
        # ... not a child's words about another child near their age, nor a child under 13's
        ("im 14 and i touched my 12 year old cousin", False),
        ("im 12 and i touched my 6 year old brother", False),
        ("im 15 and my 9 year old cousin touched me", False),
    ],
)
def test_a_young_persons_act_on_a_clearly_younger_child_is_their_own(q, own):
    assert (understand(q).asker.persona == "own-behaviour") is own


@pytest.mark.parametrize(
    ("q", "age"),
    [
        ("im 31 and attracted to under age teens", 31),
        ("ive been inappropriate with my partners 9 year old", None),
        ("im 16 and i fondled my 10 year old neighbour", 16),
    ],
)
def test_the_askers_age_is_theirs_and_the_childs_is_not(q, age):
    asker = understand(q).asker
    assert (asker.persona, asker.age, asker.for_age) == ("own-behaviour", age, age)


def _page(client, q: str, location: str, welsh: bool = False) -> tuple[list[str], list[str], str]:
    path = "/cy/search" if welsh else "/search"
    page = client.get(path, query_string={"q": q, "location": location}, follow_redirects=True)
    soup = BeautifulSoup(page.get_data(as_text=True), "html.parser")
    talk = talk_box(soup)
    main = soup.find("main")
    cards = [h.get_text(" ", strip=True) for h in main.select("li.app-result h3")]
    return talk, cards, main.get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("ive been inappropriate with my girlfriends 10 year old", "Lincoln", False),
        ("im 61 and have abused my granddaughter, i want to stop", "Exeter", False),
        ("terrified im going to touch my nephew, the thoughts wont go away", "Lancaster", False),
        ("i get urges when im looking after my goddaughter", "Luton", False),
        ("thoughts about sexually harming kids, am i a monster", "Bath", False),
        ("man 33 attracted to under age girls", "Durham", False),
        ("mae arna i ofn y gwna i gam-drin fy nith", "Caernarfon", True),
        ("sut i reoli'r ysfa i wylio plant ar y we", "Llanelli", True),
        ("gwnes i rywbeth rhywiol i fy nghefnder bach", "Y Barri", True),
    ],
)
def test_the_page_puts_the_line_for_them_first(bundled_client, q, location, welsh):
    talk, cards, _text = _page(bundled_client, q, location, welsh)
    assert talk[0].startswith("Stop It Now"), talk
    assert cards[0].startswith(STOP_IT_NOW), cards[:3]


def test_the_childs_age_in_an_admission_is_not_shown_as_whom_services_are_for(bundled_client):
    _talk, _cards, text = _page(
        bundled_client, "ive been inappropriate with my partners 9 year old", "Lincoln"
    )
    assert "services for age 9" not in text
    _talk, _cards, text = _page(bundled_client, "im 16 and i touched my 8 year old cousin", "Derby")
    assert "services for age 8" not in text


def test_a_young_person_gets_the_line_for_their_behaviour_and_their_own_line(bundled_client):
    """Stop It Now first (its listing: anyone worried about their own sexual behaviour towards
    children), and Childline beside it (children and young people under 19); never a line for
    people who were harmed."""
    talk, cards, _text = _page(bundled_client, "im 16 and i touched my 8 year old cousin", "Derby")
    assert talk[0].startswith("Stop It Now helpline"), talk
    assert any(line.startswith("Childline") for line in talk), talk
    assert not any(line.startswith("24/7 Rape") for line in talk), talk
    assert cards[0].startswith(STOP_IT_NOW), cards[:3]
    talk, _cards, _text = _page(bundled_client, "im 45 and have abused my stepson", "Derby")
    assert talk[0].startswith("Stop It Now helpline"), talk
    assert not any(line.startswith("Childline") for line in talk), talk


@pytest.mark.parametrize(
    "q", ["wnes i rywbeth rhywiol i'm nith", "gwnes i rywbeth anweddus i'm wyres"]
)
def test_a_welsh_admission_is_not_told_no_service_was_found(bundled_client, q):
    talk, cards, text = _page(bundled_client, q, "Castell-nedd", True)
    assert "Doedden ni ddim yn gallu dod o hyd i wasanaeth" not in text
    assert talk[0].startswith("Stop It Now"), talk
    assert cards[0].startswith(STOP_IT_NOW), cards[:3]


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("my uncle was inappropriate with me and im scared to go to his house", "Luton", False),
        ("my cousin did something sexual to me last summer", "Bath", False),
        ("im scared he will do it to me again", "Durham", False),
        ("im scared i might hurt myself tonight", "Exeter", False),
        ("i keep getting urges to self harm again", "Luton", False),
        ("gwnaeth fy ewythr rywbeth rhywiol i mi", "Y Barri", True),
    ],
)
def test_someone_harmed_or_at_risk_of_self_harm_never_gets_it_first(
    bundled_client, q, location, welsh
):
    talk, cards, _text = _page(bundled_client, q, location, welsh)
    assert not talk[0].startswith("Stop It Now"), talk
    assert not cards[0].startswith(STOP_IT_NOW), cards[:3]
