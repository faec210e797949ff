"""(nineteenth Welsh review, w49cy3) Welsh said the ways the review found still unread: harm
under way now ("mae o'n fy mrifo i rŵan") brings the danger warning; "cymryd fy mywyd", "dwi'm
isio byw", "sai moyn byw" and "mi wna i ladd fy hun" bring the life-at-risk warning and
Samariaid first; "riportio", "datganiad" and "cwyn i'r heddlu" bring the 101 line; and an
everyday Welsh sentence with no marker word is read as Welsh, not as a language the search
cannot read. Other words and towns than the review's."""

from __future__ import annotations

import pytest

from tests.helpers import searched, talk_box, talk_names, texts_of, warned

DANGER = "Mewn perygl nawr?"
LIFE = "Perygl i’ch bywyd nawr?"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae fy nhad yn fy nharo i nawr", "Hwlffordd"),
        ("mae hi'n fy nghyffwrdd i ar hyn o bryd", "Rhuthun"),
    ],
)
def test_harm_under_way_said_in_welsh_brings_the_danger_warning(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place, welsh=True), DANGER), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dwi am gymryd fy mywyd fy hun", "Llanbedr Pont Steffan"),
        ("dwi'm isio byw ddim mwy ar ôl be nath o", "Pwllheli"),
        ("sai moyn byw", "Llanymddyfri"),
        ("mi wna i ladd fy hun", "Porthaethwy"),
    ],
)
def test_a_wish_to_die_said_the_spoken_way(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert warned(soup, LIFE), words
    assert talk_names(talk_box(soup))[0] == "Samariaid"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i isio riportio fy llystad", "Dinbych"),
        ("sut ydw i'n rhoi datganiad am beth ddigwyddodd", "Aberdaugleddau"),
    ],
)
def test_reporting_said_in_welsh_brings_101(bundled_client, words, place):
    soup = searched(bundled_client, words, place, welsh=True)
    assert any("101" in text for text in texts_of(soup, ".app-police-line")), words


def test_everyday_welsh_is_not_read_as_another_language(bundled_client):
    soup = searched(
        bundled_client, "ydy hi'n rhy hwyr i sôn am beth ddigwyddodd", "Tywyn", welsh=True
    )
    assert not texts_of(soup, ".app-language-note")
