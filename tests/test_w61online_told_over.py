"""(w61online) The forty-seventh walk-through's F5 through the page, in other words and other
towns than the report's: how a child told (a video call, FaceTime, a text) is not the abuse
being online. A parent told of contact abuse over a video call saw the Marie Collins Foundation
and the Internet Watch Foundation's image reporting among the first cards; the same words "on
the phone" gave the NSPCC and Parents Protect.

Each "new" test fails on main before the change; each guard passes on both trees and says so.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched

ONLINE_CARDS = {"marie-collins-foundation", "iwf-report", "ceop-safety-centre", "report-remove"}


def _first_cards(soup, count: int = 4) -> list[str]:
    return [card for card, _ in cards_and_words(soup)[:count]]


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my granddaughter told me on a video call that her stepdad touches her", "Kendal"),
        (
            "on a video call last night my 9 year old said his uncle hurts his private parts",
            "Truro",
        ),
        ("i work away and my son told me over video chat his mums boyfriend abuses him", "Hexham"),
    ],
)
def test_a_telling_over_a_video_call_brings_no_online_abuse_cards(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    first = _first_cards(soup)
    assert not set(first) & ONLINE_CARDS, first
    assert "nspcc-helpline" in first, first


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): the abuse itself online, told over a message or not
        ("my son told me on snapchat that a man keeps sending him videos", "Kendal"),
        ("my daughter told me a man from instagram made her do things on a video call", "Truro"),
    ],
)
def test_abuse_online_told_of_still_brings_the_online_cards(bundled_client, words, place):
    first = _first_cards(searched(bundled_client, words, place), 5)
    assert set(first) & ONLINE_CARDS, first
