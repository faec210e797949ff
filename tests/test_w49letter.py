"""(w49letter; noticed by lane w49cy) A letter written to someone about the abuse ("i wrote a
letter to my nan about what my stepdad did") is a disclosure, not a goodbye: the page no
longer says "If your life is at risk now, call 999 or go to A&E." A goodbye or suicide note,
or a note left for the family, still does."""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

LIFE = "If your life is at risk now"


@pytest.mark.parametrize(
    "words",
    [
        "i wrote a letter to my nan about what my stepdad did",
        "i am writing a letter to my head of year to tell her about my cousin",
    ],
)
def test_a_letter_telling_someone_brings_no_life_at_risk_warning(bundled_client, words):
    assert not warned(searched(bundled_client, words, "Kendal"), LIFE), words


@pytest.mark.parametrize(
    "words", ["ive left a note for my husband and kids", "i wrote my goodbye letters tonight"]
)
def test_a_goodbye_note_still_brings_it(bundled_client, words):
    # guard: passes before and after the change
    assert warned(searched(bundled_client, words, "Kendal"), LIFE), words
