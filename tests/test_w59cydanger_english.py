"""(twenty-fourth Welsh review, notes for the English) Two English wordings got no 999 box where
their Welsh twins did: "dad is hitting mum now and im scared" (kin said without "my") and
"hes coming home in a minute and im shaking" (shaking not read as fear, as Welsh "crynu" is).
Other words and towns than the review's.
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
        # each fails on main (checked with ``danger_now.in_danger_now`` on /work/main)
        ("stepdad is punching my sister right now", "Wigan"),
        ("dad is kicking mum rn", "Hereford"),
        ("my stepdad is coming back soon and im trembling", "Crewe"),
        ("hes on his way back and im shaking", "Swindon"),
    ],
)
def test_kin_hit_now_or_shaking_gets_the_999_box(bundled_client, words, place):
    assert DANGER in _page(bundled_client, words, place)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): a game, the past, excitement, the cold
        ("dad is beating mum at chess now", "Wigan"),
        ("dad was hitting mum years ago", "Hereford"),
        ("my nan is coming round later and im shaking with excitement", "Crewe"),
        ("im shaking with the cold waiting for the bus now", "Swindon"),
    ],
)
def test_a_game_the_past_or_excitement_gets_no_999_box(bundled_client, words, place):
    assert DANGER not in _page(bundled_client, words, place)
