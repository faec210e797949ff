"""(w53cymore, the twenty-first Welsh review F11) An island is said with "on" or "ar": "ar Ynys
Môn", "on Anglesey", typed as where, or "i live on …" amid the words, was not found ("We do not
know a place by that name"), where "ym Môn", "yn Sir Fôn" and "in Anglesey" were."""

from __future__ import annotations

import pytest

from tests.helpers import searched, text_of


@pytest.mark.parametrize(
    ("words", "town", "welsh", "heading"),
    [
        ("cwnsela", "ar Fôn", True, "Gwasanaethau ger Ynys Môn"),
        ("cymorth", "ar Ynys Mon", True, "Gwasanaethau ger Ynys Môn"),
        ("support", "on Canvey Island", False, "Services near Canvey Island"),
        ("counselling", "on the Isle of Wight", False, "Services near Isle of Wight"),
    ],
)
def test_an_island_typed_with_on_or_ar_is_found(bundled_client, words, town, welsh, heading):
    page = searched(bundled_client, words, town, welsh=welsh)
    assert text_of(page, "h1").startswith(heading), text_of(page, "h1")


@pytest.mark.parametrize(
    ("words", "welsh", "heading"),
    [
        ("dan ni'n byw ar Fôn ac mae angen help ar fy merch", True, "Gwasanaethau ger Ynys Môn"),
        ("we live on hayling island and my son needs help", False, "Services near Hayling Island"),
    ],
)
def test_living_on_an_island_said_amid_the_words_is_found(bundled_client, words, welsh, heading):
    page = searched(bundled_client, words, "", welsh=welsh)
    assert text_of(page, "h1").startswith(heading), text_of(page, "h1")


@pytest.mark.parametrize(
    ("words", "welsh"),
    [
        ("i live on my own and need counselling", False),
        ("dw i'n byw ar ben fy hun ac angen help", True),
    ],
)
def test_living_on_ones_own_is_no_place(bundled_client, words, welsh):
    """Guard (passes on main and here): "on my own", "ar ben fy hun" name no place."""
    page = searched(bundled_client, words, "", welsh=welsh)
    assert text_of(page, "h1") in ("Search results", "Canlyniadau chwilio"), text_of(page, "h1")
