"""(w64cy, welsh26 F11) Where the writer lives said the South's way: "wi'n byw yn …", "fi'n
byw ym …", and "dwi'n byw yn …" after other words.

"wi'n byw ym Mhorth Tywyn" found the town but left "byw" (live) as a word to search, which
matched only the name "Byw Heb Ofn": the page showed that one card and "no local services
match", where "dwi'n byw ym Mhorth Tywyn" and "i live in Burry Port" show the town's list.
Other towns than the review's.
"""

from __future__ import annotations

import pytest

from tests.helpers import cards_and_words, searched, text_of


@pytest.mark.parametrize(
    ("words", "town"),
    [
        ("wi'n byw yn Llandysul", "Llandysul"),
        ("fi'n byw yng Nghaerfyrddin", "Caerfyrddin"),
        ("help plis, wi'n byw ym Mhontypridd", "Pontypridd"),
        ("angen help, dwi'n byw yn Aberteifi", "Aberteifi"),
    ],
)
def test_where_i_live_said_the_souths_way_shows_the_towns_list(bundled_client, words, town):
    soup = searched(bundled_client, words, "", welsh=True)
    assert town in text_of(soup, "h1")
    assert len(cards_and_words(soup)) > 1, cards_and_words(soup)


def test_where_i_live_at_the_start_keeps_the_towns_list(bundled_client):
    # guard (passes on main too): "dwi'n byw" at the start was read already
    soup = searched(bundled_client, "dwi'n byw yn Llandysul", "", welsh=True)
    assert "Llandysul" in text_of(soup, "h1")
    assert len(cards_and_words(soup)) > 1, cards_and_words(soup)
