"""(w27lines, issue 25) A line for anyone struggling to cope (Samaritans, Samariaid, Shout) is in
"Talk to someone now", and among the first three "Available wherever you live" cards, only when
the words speak of distress or crisis, or name nobody and no abuse. Six phone walk-throughs read
Samaritans as the third line, and Shout among the first cards, as a suicide line offered to a
child telling of abuse, a parent, a man abused as a boy and an adult worried about his thoughts.
The lines that fit then stay (two is fine: the box is not padded with a parents' line for a
man). Other words and towns than the walk-throughs'; parsed pages."""

from __future__ import annotations

import pytest

from tests.helpers import page, talk_box, texts_of

#: the lines for anyone struggling to cope, by the names a reader sees (English and Welsh)
STRUGGLING = ("Samaritans", "Samariaid", "Shout 85258")
FIRST_CARDS = 3


def _page(client, q: str, location: str, welsh: bool = False):
    path = "/cy/search" if welsh else "/search"
    return page(client.get(path, query_string={"q": q, "location": location}))


def _talk(client, q: str, location: str, welsh: bool = False) -> list[str]:
    return [line.split(":")[0].strip() for line in talk_box(_page(client, q, location, welsh))]


def _national(client, q: str, location: str, welsh: bool = False) -> list[str]:
    soup = _page(client, q, location, welsh)
    return texts_of(soup, "section.app-national li.app-result h3")


def _struggling(names: list[str]) -> list[str]:
    return [name for name in names if name.startswith(STRUGGLING)]


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my step brother makes me do things in the night, im 10", "Grantham"),
        ("mums mate keeps touching me when she goes out im 13", "Lewes"),
        ("grandad does stuff to me wen i stay over an i dont like it, im nine", "Hexham"),
        # no place: the cards available wherever you live are the first thing on the page
        ("the man who lodges with us touches me and says its a secret", ""),
    ],
)
def test_a_child_telling_of_abuse_gets_their_lines_and_no_line_for_anyone_struggling(
    bundled_client, q, location
):
    talk = _talk(bundled_client, q, location)
    assert talk[0] == "Childline", talk
    assert not _struggling(talk), talk
    assert not _struggling(_national(bundled_client, q, location)[:FIRST_CARDS])


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("fella of 56 here, a neighbour abused me when i was a lad", "Rotherham"),
        ("im a 44 year old man, my uncle sexually abused me growing up", "Kettering"),
        ("woman, 61, my brother abused me when we were young", "Truro"),
    ],
)
def test_an_adult_abused_as_a_child_gets_adults_lines_not_padding(bundled_client, q, location):
    talk = _talk(bundled_client, q, location)
    assert talk, q
    assert not _struggling(talk), talk
    # the box is not filled up with lines not for them: a line for adults worried about a
    # child, or the line for people worried about their own thoughts
    assert "NSPCC Helpline" not in talk, talk
    assert "Stop It Now helpline" not in talk, talk


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("my son is 6 and his grandad touched him", "Stroud"),
        ("found out my stepdaughter's uncle has been abusing her, she is 12", "Grimsby"),
    ],
)
def test_a_parent_gets_the_parents_line_first_and_no_line_for_anyone_struggling(
    bundled_client, q, location
):
    talk = _talk(bundled_client, q, location)
    assert talk[0] == "NSPCC Helpline", talk
    assert not _struggling(talk), talk


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("im 45 and frightened by my sexual thoughts about children", "Barnsley"),
        ("man, 60, worried about my sexual attraction to young boys", "Chichester"),
        ("i have sexual feelings about kids and i want help before i do anything", "Bognor Regis"),
    ],
)
def test_an_adult_worried_about_their_thoughts_keeps_stop_it_now_first_and_alone(
    bundled_client, q, location
):
    talk = _talk(bundled_client, q, location)
    assert talk[0] == "Stop It Now helpline", talk
    assert not _struggling(talk), talk
    national = _national(bundled_client, q, location)
    assert national[0] == "Stop It Now helpline", national
    assert not _struggling(national[:FIRST_CARDS]), national[:5]


@pytest.mark.parametrize(
    ("q", "location", "welsh"),
    [
        # (w37adult) words of suicide or self-harm; distress alone ("cant cope", "in a bad
        # way", "methu ymdopi") no longer brings one: tests/test_w37adult.py
        ("my uncle abused me when i was young and i cant go on anymore", "Doncaster", False),
        ("im 13 my step dad touches me and i wanna die", "Loughborough", False),
        ("was abused as a kid and tonight i keep thinking of hurting myself", "Crewe", False),
        ("ces i fy ngham-drin yn blentyn, dwi'n 52 rwan a dwi isio marw", "Aberteifi", True),
    ],
)
def test_words_of_suicide_or_self_harm_keep_a_line_for_anyone_struggling(
    bundled_client, q, location, welsh
):
    talk = _talk(bundled_client, q, location, welsh)
    assert _struggling(talk), talk


@pytest.mark.parametrize(
    ("q", "location"),
    [
        ("mae fy ewythr yn cyffwrdd fi, dwi'n 11", "Caernarfon"),
        ("cefais fy ngham-drin gan gymydog pan oeddwn i'n blentyn, dwi'n 47 nawr", "Llanelli"),
    ],
)
def test_welsh_words_telling_of_abuse_get_no_samariaid(bundled_client, q, location):
    talk = _talk(bundled_client, q, location, welsh=True)
    assert talk, q
    assert not _struggling(talk), talk


def test_a_welsh_child_keeps_meic_first(bundled_client):
    talk = _talk(bundled_client, "mae fy ewythr yn cyffwrdd fi, dwi'n 11", "Caernarfon", True)
    assert talk[0] == "Llinell gymorth Meic", talk


@pytest.mark.parametrize("q", ["anyone i can talk to", "need someone to talk to please"])
def test_words_naming_nobody_and_no_abuse_keep_samaritans_among_the_first_cards(bundled_client, q):
    national = _national(bundled_client, q, "Taunton")
    assert _struggling(national[:FIRST_CARDS]), national[:5]
