"""(forty-fifth walk-through F1) Danger now texted with "n" or "nd" for "and".

"my step dad is drunk n coming up the stairs to my room rite now im 11 help" had no "In danger
now? Call 999" box: the same words with "and" had it. Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, texts_of

DANGER = "In danger now? Call 999"


def _page(client, words: str, place: str) -> str:
    return " ".join(texts_of(searched(client, words, place), ".app-danger-now"))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my mums boyfriend is angry n coming to my room ryt now", "Rochdale"),
        ("my brother is drunk n shouting n coming to my room", "Stockport"),
        ("my stepdad is off his head nd coming up the stairs", "Barnsley"),
    ],
)
def test_danger_texted_with_n_for_and_gets_the_999_box(bundled_client, words, place):
    assert DANGER in _page(bundled_client, words, place)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): writing now, and "n" in a calm sentence
        ("i want to write now about what my uncle did years ago", "Leeds"),
        ("me n my mum want counselling after what happened", "Hull"),
    ],
)
def test_writing_now_or_a_calm_n_gets_no_999_box(bundled_client, words, place):
    assert DANGER not in _page(bundled_client, words, place)
