"""(check60, w58hurt's sports guard; w59tonight) An injury a person did stays danger with a
sport named.

"he broke my arm after the football match" had no "In danger now? Call 999" box, though "he
broke my arm" has: any sport named anywhere cancelled the injury reader. Now a sport cancels
only an injury nobody did ("i broke my arm playing football") or one done in play ("in a
tackle", "by accident"). Other words and towns than the check's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, texts_of

DANGER = "In danger now? Call 999"


def _danger(client, words: str, place: str) -> str:
    return " ".join(texts_of(searched(client, words, place), ".app-danger-now"))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my stepdad fractured my wrist when i got back from rugby", "Doncaster"),
        ("she broke my nose after netball training", "Rotherham"),
        ("my brother knocked me out after the game", "Chesterfield"),
    ],
)
def test_an_injury_a_person_did_with_a_sport_named_brings_the_999_box(bundled_client, words, place):
    assert DANGER in _danger(bundled_client, words, place), words


@pytest.mark.parametrize(
    "words",
    [
        # guards (pass on main too): nobody did it, or it happened in play
        "i broke my wrist playing rugby",
        "he broke my leg in a tackle",
        "i fell off the trampoline and my arm is broken",
        "he cracked my tooth by accident at football",
    ],
)
def test_guard_a_sports_injury_stays_calm(bundled_client, words):
    assert DANGER not in _danger(bundled_client, words, "Doncaster"), words
