"""(w65stop, check63 finding 7) A recent assault told as texted.

"u ok hun? no. he touchd me agen 2nite" had no recent-assault warning, no service for its
words and a spelling offered ("touch"); "he touched me again tonight" had the warning and the
SARC. A past tense texted without its "e" ("touchd", "rapd") and "agen", "2nite", "lst nite"
are now read as written out. Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from directory.search.spoken import texted_read
from tests.helpers import cards_and_words, searched, warned

RECENT = "If it happened in the last few days"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my stepdad touchd me agin tonite", "Doncaster"),
        ("he grabbd me and touchd me lst nite", "Barnsley"),
        ("he rapd me agn 2night", "Wath upon Dearne"),
    ],
)
def test_a_recent_assault_texted_gets_the_recent_warning(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert warned(soup, RECENT)
    assert "spelling corrected" not in soup.get_text(" ")
    assert cards_and_words(soup), "no card"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my nan hugged me agen 2day", "Doncaster"),
        ("we went to the park lst nite", "Barnsley"),
    ],
)
def test_guard_calm_texted_words_get_no_warning(bundled_client, words, place):
    """Guard (passes on both trees): calm words texted get no warning."""
    assert not warned(searched(bundled_client, words, place), RECENT)


def test_words_that_end_in_d_are_kept():
    """Only a past tense far more common written out is restored: "hand", "world", "old",
    "friend", "stepdad", "boyfriend" stay."""
    kept = "my hand my world old friend stepdad boyfriend and the board"
    assert texted_read(kept) == kept
    assert texted_read("he touchd me agen 2nite") == "he touched me again tonight"
