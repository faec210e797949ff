"""(the eighteenth session's last words check, 86 searches on b67d067) What it found after
the crisis lane: an overdose said in the Welsh past tense ("cymerais orddos") brought no 999
warning; a Welsh "I can't phone" ("ni allaf ffonio") was not heard; an overdose with no place
given showed no "Talk to someone now" box.

The tests use other words and towns.
"""

from __future__ import annotations

import pytest

from .helpers import searched, talk_box


def said(soup) -> str:
    return " ".join(soup.get_text(" ").split())


@pytest.mark.parametrize(
    "words", ["nes i lyncu llwyth o dabledi neithiwr", "gymerais i orddos ar ôl be wnaeth o"]
)
def test_an_overdose_said_in_the_welsh_past_brings_the_warning(bundled_client, words):
    text = said(searched(bundled_client, words, "Dolgellau", welsh=True))
    assert "999" in text and "(A&E)" in text, text[:600]


@pytest.mark.parametrize("words", ["dw i'n 14, fedra i ddim ffonio neb, mae dad yn y ty"])
def test_a_welsh_child_who_cannot_phone_gets_text_and_chat_first(bundled_client, words):
    first = talk_box(searched(bundled_client, words, "Bangor", welsh=True))[0]
    assert "Tecstiwch" in first or "Sgwrsiwch" in first, first


@pytest.mark.parametrize("words", ["swallowed a whole box of my mums pills just now"])
def test_an_overdose_with_no_place_shows_the_talk_box(bundled_client, words):
    soup = searched(bundled_client, words, "")
    assert soup.find(id="talk-now-title") is not None
    assert any(line.startswith("Samaritans") for line in talk_box(soup)), talk_box(soup)


@pytest.mark.parametrize(
    ("words", "town"),
    [
        (
            "my grandad has alzheimers and i think one of the night staff is interfering with him",
            "Rhyl",
        ),
        ("my elderly mother says a man at her day centre touched her", "Taunton"),
    ],
)
def test_a_grown_up_telling_of_an_older_parent_harmed_is_not_answered_as_a_child(
    bundled_client, words, town
):
    # (the last words check, 54) "my mum has dementia…" led with Childline
    first = talk_box(searched(bundled_client, words, town))[0]
    assert not first.startswith("Childline"), first


def test_a_child_speaking_of_their_mum_is_still_a_child(bundled_client):
    # guard (passes on main too)
    first = talk_box(
        searched(bundled_client, "my mum is in a care home and her boyfriend touches me", "Rhyl")
    )[0]
    assert first.startswith("Childline"), first
