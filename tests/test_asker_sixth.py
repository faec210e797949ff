"""Who is asking, after the sixth walk-through (issue 25): people worried about their own
behaviour in everyday words (watching or sharing sexual images of children, talking sexually to
a child, thoughts about a child of the family, arrested for images, the Welsh words), a parent
telling what their child told, and ages written as people describe themselves. Every phrase
here is in other words than the walk-through's. Asked of the search and the facade on the
bundled listings."""

from __future__ import annotations

import pytest

from directory.facade import Directory
from directory.finder import FindRequest, FindResults, find
from directory.search import search
from directory.search.understand import understand

ORDER = ("childline", "nspcc-helpline", "rape-crisis-247", "napac", "samaritans", "stop-it-now")
ORDER_CY = (
    "childline", "meic", "nspcc-helpline", "rape-crisis-247", "live-fear-free", "napac",
    "samaritans", "stop-it-now",
)  # fmt: skip

#: the lines for people who were harmed, never the first thing offered to someone worried
#: about their own behaviour
VICTIMS_LINES = {"childline", "nspcc-helpline", "rape-crisis-247", "meic", "live-fear-free"}
#: a parents' line, or a line for anyone affected by a crime, before which Stop It Now does
#: not come for a parent telling of abuse done to their child
PARENTS_LINES = {"nspcc-helpline", "family-lives", "parents-protect", "youngminds-parents-helpline"}


def run(directory: Directory, q: str, location: str = "") -> FindResults:
    return find(directory.index, directory.gazetteer, FindRequest(q=q, location=location))


def talk(directory: Directory, results: FindResults, welsh: bool = False) -> list[str]:
    order = ORDER_CY if welsh else ORDER
    return [s.id for s in directory.talk_lines(results, order, welsh=welsh)]


# --- F1: worried about their own behaviour, in everyday words --------------------------------

OWN_BEHAVIOUR = [
    # looking at, keeping or sharing sexual images of children
    ("been streaming cp for months and need to quit", "Portsmouth"),
    ("i keep saving indecent videos of kids and i hate myself", ""),
    ("addicted to underage porn, how do i get out of this", "Coventry"),
    ("i have been sharing child abuse images online", ""),
    # talking sexually to a child
    ("i was talking dirty to a 13 year old on snapchat", "Swindon"),
    ("been snapchatting a 15yo girl and it got sexual, i need to stop", ""),
    ("my partner saw the texts i sent to a 15yo", "Derby"),
    # thoughts about a child of the family, or one in their care
    ("im sexually attracted to my stepson and it frightens me", "Exeter"),
    ("i get aroused by my partners daughter", ""),
    # arrested or investigated
    ("released under investigation for indecent images, where can i get support", "Hull"),
    ("police seized my laptop over what i downloaded", ""),
]


@pytest.mark.parametrize(("words", "location"), OWN_BEHAVIOUR)
def test_own_behaviour_in_everyday_words_gets_stop_it_now_first(directory, words, location):
    results = run(directory, words, location)
    assert results.asker.persona == "own-behaviour", words
    box = talk(directory, results)
    assert box[0] == "stop-it-now", (words, box)
    assert not set(box) & VICTIMS_LINES, (words, box)
    assert results.shown_ids()[0] == "stop-it-now", (words, results.shown_ids()[:4])


@pytest.mark.parametrize(
    "words",
    [
        "i've been chatting with a 14yo and want to stop",
        "sexting this 15 year old girl, how do i stop",
    ],
)
def test_the_age_of_the_child_written_to_is_not_the_askers(directory, words):
    results = run(directory, words, "Leicester")
    assert results.asker.persona == "own-behaviour"
    assert results.asker.age is None and results.asker.for_age is None, results.asker
    assert "childline" not in results.shown_ids()[:3]


@pytest.mark.parametrize(
    "words",
    [
        "my stepbrother showed me child porn on his phone",
        "someone posted naked pictures of me",
        "he forced me to watch videos and i want it to stop",
        "a man sent me pictures of kids, what do i do",
        # ("my husband has been watching child porn" left this list (w46adult): a partner's
        # worry about someone's viewing reads as "child abuse images" always did, worried about
        # someone's behaviour, as test_w14own's relatives may; it puts Stop It Now first)
    ],
)
def test_images_shown_to_or_of_the_asker_are_not_their_own_behaviour(words):
    assert understand(words).asker.persona != "own-behaviour", words


@pytest.mark.parametrize(
    ("words", "location"),
    [
        ("im 15 and i think im a pedophile, need help", "Leeds"),
        ("im 17 worried im a paedo", "Salford"),
    ],
)
def test_a_young_person_worried_about_themselves_is_not_sent_to_a_victims_centre(
    directory, words, location
):
    results = run(directory, words, location)
    assert results.asker.persona == "own-behaviour" and results.asker.is_child
    assert results.shown_ids()[0] == "stop-it-now", results.shown_ids()[:3]
    assert not [i for i in results.shown_ids()[:3] if "sarc" in i], results.shown_ids()[:3]
    assert talk(directory, results)[0] == "stop-it-now"


@pytest.mark.parametrize(
    ("words", "location"),
    [
        ("mae gen i deimladau rhywiol tuag at blant", "Abertawe"),
        ("rwy'n cael fy nenu at blant ac angen help", ""),
        ("atyniad rhywiol tuag at blant ifanc", "Wrecsam"),
    ],
)
def test_welsh_words_for_sexual_thoughts_about_children_get_stop_it_now(directory, words, location):
    results = run(directory, words, location)
    assert results.asker.persona == "own-behaviour", words
    box = talk(directory, results, welsh=True)
    assert box[0] == "stop-it-now", box
    assert not set(box) & VICTIMS_LINES, box
    assert set(results.shown_ids()[:2]) <= {"stop-it-now", "stop-it-now-wales"}


def test_the_talk_box_follows_the_cards_for_words_about_someones_behaviour(directory):
    for words in ("sexual offence arrest, support", "harmful sexual behaviour in a child"):
        results = run(directory, words)
        if results.shown_ids()[0] != "stop-it-now":
            continue  # (the cards do not read it so: nor need the box)
        box = talk(directory, results)
        assert box[0] == "stop-it-now", (words, box)
    # ... but not for someone harmed, whatever the words name
    results = run(directory, "the man who abused me was arrested")
    assert talk(directory, results)[0] != "stop-it-now"


def test_a_correctly_spelt_welsh_word_is_not_offered_a_correction(bundled_index):
    for words in ("cwnsela cyfrinachol", "cymorth cyfrinachol i blant"):
        assert search(bundled_index, words).text.suggestion is None, words
    # a misspelling still is
    assert search(bundled_index, "cwnsla cyfrinachol").text.suggestion


# --- F3: a parent telling what their child told -------------------------------------------

TOLD = [
    ("my son who is 8 says his uncle has been hurting him, who do i call", "Stockport"),
    ("our girl (7) said her grandpa touched her privates, what now", ""),
    ("my stepdaughter told us her nans boyfriend did stuff to her", "Luton"),
]


@pytest.mark.parametrize(("words", "location"), TOLD)
def test_a_parent_telling_of_abuse_done_gets_no_stop_it_now_in_the_box(directory, words, location):
    results = run(directory, words, location)
    assert results.asker.persona == "parent", words
    box = talk(directory, results)
    assert box[0] == "nspcc-helpline", box
    assert "stop-it-now" not in box, (words, box)
    national = [item.service.id for item in results.national]
    if "stop-it-now" in national:
        before = national[: national.index("stop-it-now")]
        assert "nspcc-helpline" in before and len(set(before) & PARENTS_LINES) >= 2, national


def test_a_welsh_parent_telling_of_abuse_done_gets_no_stop_it_now_in_the_box(directory):
    results = run(directory, "mae taid fy merch wedi ei chyffwrdd, be dwi'n neud", "Wrecsam")
    assert results.asker.persona == "parent"
    box = talk(directory, results, welsh=True)
    assert box[0] == "nspcc-helpline" and "stop-it-now" not in box, box


def test_a_parent_worried_about_someones_behaviour_keeps_stop_it_now(directory):
    results = run(directory, "worried how my sisters husband acts around my little boy")
    assert results.asker.persona == "parent"
    assert "stop-it-now" in talk(directory, results)


# --- ages as people describe themselves ---------------------------------------------------


@pytest.mark.parametrize(
    ("words", "age", "gender"),
    [
        ("bloke 47 abused by a neighbour when i was a kid", 47, "male"),
        ("female, 38, raped as a teen and never told", 38, "female"),
        ("im a woman 52 need counselling", 52, "female"),
        ("f15 my stepdad keeps coming in my room", 15, "female"),
        ("m 14 scared to go home", 14, "male"),
    ],
)
def test_an_age_said_with_the_askers_sex_is_theirs(words, age, gender):
    asker = understand(words).asker
    assert (asker.age, asker.gender) == (age, gender), asker


@pytest.mark.parametrize(
    "words",
    [
        "m15 4fn counselling",  # a Manchester postcode
        "a 15 year old keeps messaging me",  # who does it
        "she has been seeing a 16yo",  # someone else
    ],
)
def test_an_age_that_is_not_the_askers(words):
    assert understand(words).asker.age is None, understand(words).asker


def test_a_man_of_61_said_so_gets_no_childrens_service_nationally(directory):
    results = run(directory, "male 63 was abused by my grandad as a boy, cant sleep")
    assert results.asker.is_adult and results.asker.age == 63
    assert "childline" not in talk(directory, results)
    assert "childline" not in [i.service.id for i in results.national[:5]]


@pytest.mark.parametrize(
    "words",
    [
        "the man who hurt me got charged and arrested, who can help me",
        "my abuser was arrested last week and im 14",
        "my uncle was arrested for what he did to me when i was little",
    ],
)
def test_someone_harmed_whose_abuser_was_arrested_is_not_sent_to_stop_it_now(directory, words):
    results = run(directory, words)
    assert results.asker.persona != "own-behaviour"
    assert results.shown_ids()[0] != "stop-it-now", results.shown_ids()[:3]
    assert talk(directory, results)[0] != "stop-it-now"


def test_the_welsh_page_for_own_thoughts_leads_with_stop_it_now_and_no_spelling_hint(
    bundled_client,
):
    page = bundled_client.get(
        "/cy/search", query_string={"q": "atyniad rhywiol tuag at blant, cymorth cyfrinachol"}
    )
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    start = html.index("app-talk-now")
    box = html[start : html.index("</aside>", start)]
    assert "Stop It Now" in box
    assert box.index("Stop It Now") < min(
        (box.index(name) for name in ("Meic", "Childline", "Byw Heb Ofn") if name in box),
        default=len(box),
    )
    assert "app-suggestion" not in html
