"""Probe 11 (branch w11own): someone telling of their own acts or urges towards a child gets
the line for people worried about their own behaviour first, in English and in Welsh, whatever
the tense and whoever else's age the words give; someone harmed, and a child made to do
things, never do. Worded differently from the probe's own searches, in other towns."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.understand import understand

from .helpers import talk_box

STOP_IT_NOW = ("Stop It Now helpline", "Lucy Faithfull Foundation Wales")


@pytest.mark.parametrize(
    "q",
    [
        # an act told in the past, with the asker as who did it
        "i fondled my stepdaughter last year and i hate myself",
        "i molested my younger brother when i was a teenager",
        "i did sexual things to my niece when she was little",
        "ive been touching my nephew and i need to stop",
        "i think i abused a child years ago and it eats me up",
        # a grown-up's own age beside the child's, or the child's age said after them
        "im 45 and i search for photos of 10 yr olds",
        "cant stop looking at videos of 13 year olds",
        "ive been chatting to a boy who is 14 and i know its wrong",
        "im 40 and been texting a lad aged 15",
        "im 26 and cant stop fancying underage girls",
        "help me stop fancying little boys",
        "pedophilic thoughts help",
    ],
)
def test_own_acts_and_urges_told_in_english_are_own_behaviour(q):
    assert understand(q).asker.persona == "own-behaviour"


@pytest.mark.parametrize(
    "q",
    [
        "pedoffeil ydw i?",
        "ydw i'n bedoffeil",
        "dw i'n ofni mod i'n bedoffil",
        "mi wnes i gyffwrdd â fy nai pan o'n i wedi meddwi",
        "dw i wedi cam-drin plentyn",
        "dw i wedi bod yn tecstio'n rhywiol efo merch 13 oed",
        "poeni y gallwn i frifo fy wyres",
        "methu stopio gwylio fideos o blant",
        "dw i'n edrych ar luniau o blant bob nos",
        "mae gen i ysfa rywiol tuag at fy nai",
        "dwi'n 31 ac yn gwylio fideos o blant",
        "wedi fy arestio am ddelweddau o blant, angen cymorth",
        "mae'r heddlu wedi cymryd fy ffon",
    ],
)
def test_own_acts_and_urges_told_in_welsh_are_own_behaviour(q):
    assert understand(q).asker.persona == "own-behaviour"


@pytest.mark.parametrize(
    "q",
    [
        # someone harmed telling of it
        "my uncle touched me when i was 9",
        "i was molested by my stepbrother as a teenager",
        "i was groomed by a 30 year old when i was 14",
        "he raped my sister and i saw it",
        # a child made to do things, or doing things with another child
        "i did stuff with my cousin and now im scared",
        "my stepbrother made me touch him",
        "i had to touch my uncle when mum was out",
        "im 12 and i touched my little brother",
        "i let my cousin touch me and now i feel sick",
        # not sexual
        "i assaulted my brother in a fight and the police came",
        # a parent, or someone else's behaviour
        "i caught my son touching his little sister",
        "my partner has been messaging a girl who is 14",
        "my neighbour is paedophilic",
        # Welsh
        "cefais fy ngham-drin gan fy ewythr pan o'n i'n blentyn",
        "gwnaeth fy nghefnder i mi ei gyffwrdd",
        "wnes i bethau gyda fy nghefnder a dw i ofn",
        "roedd fy nhad yn bedoffeil",
        "mae dyn wedi bod yn sgwrsio'n rhywiol efo fy merch 13 oed",
        "ofn beth allai e ei wneud i fy chwaer",
        "cefais fy ngham-drin ac wedyn ces i fy holi gan yr heddlu am y lluniau",
        # (w59cylife, welsh24 F10) a relative arrested over pictures of children is now read as
        # its English twin "my son was arrested for child porn" is (``asker_own.kin_viewing``:
        # the family of someone whose behaviour worries them, Stop It Now first), not as a
        # parent's worry about a child: tests/test_w59cylife_asker.py checks the page
    ],
)
def test_what_was_done_to_someone_is_not_their_own_behaviour(q):
    assert understand(q).asker.persona != "own-behaviour"


@pytest.mark.parametrize(
    ("q", "own"),
    [
        # a young person's own thoughts are theirs to get help with, as "im 17 and i think
        # im a paedophile" is
        ("im 16 and i think im paedophilic", True),
        ("im 15 and cant stop fancying little kids", True),
        # ... an act with, or talk to, another child said by a child is Childline's
        ("im 14 and i touched my little sister", False),
        ("im 15 and been chatting to a girl who is 13, i know its wrong", False),
        ("dw i'n 15 ac wedi bod yn sgwrsio'n rhywiol efo plentyn 10 oed", False),
    ],
)
def test_a_young_persons_own_thoughts_are_read_but_not_their_acts(q, own):
    assert (understand(q).asker.persona == "own-behaviour") is own


def test_a_grown_up_drawn_to_a_child_is_not_read_as_a_survivor_by_their_age():
    asker = understand("im 33 and i keep looking at pictures of 11 yo girls").asker
    assert (asker.persona, asker.age) == ("own-behaviour", 33)


@pytest.mark.parametrize(
    "q",
    [
        "snapchatting someone aged 15 and i need to stop",
        "sexual fantasies about a 12 year old, i need help",
        "teimladau rhywiol am fachgen 14 oed, angen help",
    ],
)
def test_a_childs_age_said_of_whom_it_is_about_is_not_the_askers(q):
    asker = understand(q).asker
    assert (asker.persona, asker.age, asker.for_age) == ("own-behaviour", None, None)


def test_the_childs_age_in_welsh_is_not_the_askers():
    asker = understand("wedi bod yn siarad yn rhywiol gyda plentyn 12 oed").asker
    assert asker.persona == "own-behaviour"
    assert asker.for_age is None


def _page(client, q: str, location: str, welsh: bool = False) -> tuple[list[str], list[str], str]:
    path = "/cy/search" if welsh else "/search"
    html = client.get(path, query_string={"q": q, "location": location}).get_data(as_text=True)
    soup = BeautifulSoup(html, "html.parser")
    talk = talk_box(soup)
    main = soup.find("main")
    cards = [h.get_text(" ", strip=True) for h in main.select("li.app-result h3")]
    return talk, cards, main.get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        ("i fondled my stepdaughter and need help so i never do it again", "Sheffield", False),
        ("im 38 and been messaging a girl who is 14, i know its wrong", "Bristol", False),
        ("im 24 and cant stop fancying young teens", "Norwich", False),
        # a grown-up's age alone does not make a survivor
        ("im 47 and need help with my offending", "York", False),
        ("im 52, arrested for indecent images, where can i get support", "Reading", False),
        ("urges counselling", "Bristol", False),
        ("attracted to teenagers therapy", "Norwich", False),
        ("indecent images counselling", "Manchester", False),
        ("ydw i'n bedoffeil", "Wrecsam", True),
        ("dw i wedi bod yn tecstio'n rhywiol efo merch 13 oed", "Abertawe", True),
        ("poeni y gallwn i frifo fy wyres", "Casnewydd", True),
        ("methu stopio gwylio fideos o blant", "Aberystwyth", True),
    ],
)
def test_the_page_puts_the_line_for_them_first(bundled_client, q, location, welsh):
    talk, cards, _text = _page(bundled_client, q, location, welsh)
    assert talk[0].startswith("Stop It Now"), talk
    assert cards[0].startswith(STOP_IT_NOW), cards[:3]


def test_no_notice_shows_services_for_the_childs_age(bundled_client):
    _talk, _cards, text = _page(
        bundled_client, "dw i wedi bod yn tecstio'n rhywiol efo merch 13 oed", "Abertawe", True
    )
    assert "gwasanaethau i rywun 13 oed" not in text
    _talk, _cards, text = _page(bundled_client, "chatting to a girl who is 13 online", "Hull")
    assert "services for age 13" not in text


def test_helplines_for_anything_are_not_led_by_the_line_for_worried_people(bundled_client):
    """Nothing matches the words: "These helplines can help with anything" is not said over
    the line for people worried about their own behaviour (it led for a Welsh writer)."""
    _talk, cards, text = _page(bundled_client, "dw i'n meddwl fy mod i'n qwzx", "Rhyl", True)
    assert "Doedden ni ddim yn gallu dod o hyd i wasanaeth" in text
    assert not cards[0].startswith(STOP_IT_NOW), cards[:3]


def test_a_grown_ups_age_beside_a_survivors_words_stays_a_survivors(bundled_client):
    talk, _cards, _text = _page(
        bundled_client, "im 50 and still struggling with what my uncle did", "Hull"
    )
    assert not talk[0].startswith("Stop It Now"), talk
    assert understand("im 44, years ago my uncle was arrested").asker.persona == "adult"
