"""(w60life, check61 finding 9) Everyday sentences read as a life at risk.

"wanna die laughing at this video", "im on the roof fixing the aerial", "i dont want to wake up
early tomorrow its saturday" and Welsh "dwi'n sefyll ar y bont yn tynnu lluniau" got "If your
life is at risk now, call 999 or go to A&E". Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

LIFE_EN = "If your life is at risk now, call 999 or go to A&E."
LIFE_CY = "Perygl i’ch bywyd nawr? Ffoniwch 999 neu ewch i’r adran frys."


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i want to die of embarrassment after what i said in class", "Luton"),
        ("sitting on the roof cleaning the gutters", "Reading"),
        ("i am on the bridge taking photos of the river", "Durham"),
        ("dont want to wake up at 6 for work tomorrow", "Oxford"),
    ],
)
def test_everyday_words_get_no_life_at_risk_box(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), LIFE_EN), words


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("dw i'n eistedd ar y to yn trwsio'r teils", "Caerffili"),
        ("dwi ar y bont efo dad yn tynnu llun", "Conwy"),
    ],
)
def test_welsh_everyday_words_get_no_life_at_risk_box(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place, welsh=True), LIFE_CY), words


@pytest.mark.parametrize(
    ("words", "place", "welsh"),
    [
        # guards (pass on integrate too): the same words with nothing everyday after them
        ("i want to die", "Luton", False),
        ("im sitting on the roof", "Reading", False),
        ("i dont want to wake up tomorrow", "Oxford", False),
        ("dwi ar y bont", "Conwy", True),
    ],
)
def test_the_words_alone_still_warn(bundled_client, words, place, welsh):
    assert warned(
        searched(bundled_client, words, place, welsh=welsh), LIFE_CY if welsh else LIFE_EN
    )
