"""The tenth probe's own-thoughts patterns (probe 20), tested in other words than the probe's,
both ways, English and Welsh: own behaviour said of people in general, being caught or on bail
for talking to a child online, a teenager's thoughts about a much younger sibling, and thoughts,
urges or attraction about a named child of the family, never someone else's nor what was done
to the asker; the relative's age is never the asker's."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from directory.search.asker import who_is_asking
from directory.search.understand import clean_text
from tests.test_asker_probe import _first_screen


def _asker(words: str):
    return who_is_asking(clean_text(words))


def _page(client, words: str, place: str, welsh: bool = False) -> tuple[list[str], str, str]:
    """The lines of "Talk to someone now" in order, the first card's title, and the page text."""
    path = "/cy/search" if welsh else "/search"
    page = client.get(path, query_string={"q": words, "location": place})
    assert page.status_code == 200
    talk, card, _ = _first_screen(page.data)
    return talk, card, BeautifulSoup(page.data, "html.parser").get_text(" ", strip=True)


# --- pattern 1: own behaviour said without "urges" or "thoughts about children" --------------


@pytest.mark.parametrize(
    "words",
    [
        "is there a confidential line for men concerned about their own behaviour around kids",
        "support for someone struggling with their own sexual thoughts towards young people",
        "i got arrested last month for messaging a kid online and want to change",
        "was cautioned after chatting with a 13 year old online, what help is there",
        "im 17 and cant stop thinking about doing things to my little brother, he is 8",
        "lad 15 here, thoughts of doing sexual stuff to my younger cousin who is 6",
    ],
)
def test_own_behaviour_in_general_words_is_own(words: str) -> None:
    assert _asker(words).persona == "own-behaviour"


@pytest.mark.parametrize(
    ("words", "persona"),
    [
        # someone named as theirs: the asker is worried about them
        ("my dad is worried about his own behaviour towards children", None),
        ("my boyfriend got arrested for messaging a kid online", None),
        # what was done to a child, or a young person about someone near their age
        ("my big brother keeps doing things to me and hes 17", "child"),
        ("im 12 and keep thinking about doing stuff to my little sister, shes 11", "child"),
    ],
)
def test_someone_elses_behaviour_or_a_childs_words_are_not_own(
    words: str, persona: str | None
) -> None:
    asker = _asker(words)
    assert asker.persona != "own-behaviour"
    assert persona is None or asker.persona == persona


def test_people_worried_about_their_own_behaviour_get_stop_it_now_not_childline(
    bundled_client,
) -> None:
    talk, card, _ = _page(
        bundled_client, "a number for adults worried about their own behaviour with kids", "Luton"
    )
    assert talk[0] == "Stop It Now helpline"
    assert "Childline" not in talk[:1] and "SARC" not in card


# --- pattern 2: own thoughts or urges about a named child of the family ----------------------


@pytest.mark.parametrize(
    "words",
    [
        "terrified my thoughts about my step son could lead to something",
        "how can i control my urges towards my granddaughter",
        "grandpa here, attracted to my grandson who is 10",
        "i keep creeping into my nieces bedroom at night, i know its wrong",
        # Welsh
        "mae gen i feddyliau drwg am fy llysferch",
        "dw i'n cael fy nenu at fy nai 12 oed",
        "mae ofn arna i y gallwn i gyffwrdd fy wyres yn rhywiol",
    ],
)
def test_own_thoughts_about_a_named_relative_are_own(words: str) -> None:
    asker = _asker(words)
    assert asker.persona == "own-behaviour"
    assert asker.age is None and asker.for_age is None  # (the relative's age is not theirs)


@pytest.mark.parametrize(
    "words",
    [
        "my partner has thoughts about my step son",
        "worried my wifes urges towards my granddaughter",
        "my stepdad is attracted to my sister",
        "my husband keeps going into my nieces bedroom at night, i want it to stop",
        # Welsh
        "mae gan fy mhartner feddyliau drwg am fy llysferch",
        "mae fy mrawd yn cael ei ddenu at fy nai",
    ],
)
def test_someone_elses_thoughts_about_a_relative_are_a_worried_parents(words: str) -> None:
    assert _asker(words).persona != "own-behaviour"


def test_an_uncles_page_says_no_childs_age_and_puts_stop_it_now_first(bundled_client) -> None:
    talk, card, text = _page(bundled_client, "uncle here, attracted to my nephew who is 9", "Hull")
    assert talk[0] == "Stop It Now helpline"
    assert "age 9" not in text


def test_welsh_fear_of_hurting_a_relative_gets_stop_it_now_not_a_survivors_service(
    bundled_client,
) -> None:
    talk, card, _ = _page(
        bundled_client, "dwi'n ofni y gallwn i frifo fy nith yn rhywiol", "Bangor", welsh=True
    )
    assert "Stop It Now" in talk[0]
    assert "RASASC" not in card


# --- released after offences against children, said without "sex offences" ------------------


@pytest.mark.parametrize(
    "words",
    [
        "freed from prison last month after offences against a child, how do i stay safe",
        "convicted of crimes against minors years ago and need support now",
    ],
)
def test_offences_against_children_said_of_oneself_are_own(words: str) -> None:
    assert _asker(words).persona == "own-behaviour"


def test_someone_elses_release_after_offences_against_children_is_not_own() -> None:
    words = "the man over the road got out of jail for offences against kids, are mine safe"
    assert _asker(words).persona != "own-behaviour"


def test_going_into_a_relatives_room_and_touching_them_is_own_only_when_said_of_oneself() -> None:
    assert _asker("i keep slipping into my nephews room at night and touching him").persona == (
        "own-behaviour"
    )
    words = "my partner keeps slipping into my nephews room at night and touching him"
    assert _asker(words).persona != "own-behaviour"


def test_a_parents_fear_for_their_child_is_not_own_thoughts() -> None:
    words = "dad here, scared my thoughts about my daughter being groomed will come true"
    assert _asker(words).persona != "own-behaviour"
