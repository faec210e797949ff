"""(eighteenth Welsh review F10, w49penybont) "Pen-y-bont", Bridgend's short Welsh name, finds
Bridgend, in the place box and mutated in a Welsh sentence ("ym Mhen-y-bont"). Before, the
place box said it could not find the place, and in a sentence the place was lost without a
word. "Penybont" as one word is still the Powys village."""

from __future__ import annotations

import pytest

from tests.helpers import searched, text_of


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("mae angen cwnsela arna i, ces i fy ngham-drin gan fy ewythr", "Pen-y-bont"),
        ("dwi'n 15 ac yn byw ym Mhen-y-bont, mae fy llystad yn fy mrifo", ""),
    ],
)
def test_pen_y_bont_finds_bridgend(bundled_client, words, place):
    heading = text_of(searched(bundled_client, words, place, welsh=True), "h1")
    assert "Pen-y-bont ar Ogwr" in heading, heading


def test_penybont_as_one_word_is_still_the_powys_village(bundled_client):
    # guard: passes before and after the change
    assert "Powys" in text_of(searched(bundled_client, "counselling", "Penybont"), "h1")
