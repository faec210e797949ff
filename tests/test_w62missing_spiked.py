"""(w62missing, check62 finding 6) Spiking told without the word "spiked".

"someone put something in my drink tonight and i feel weird" had no "If it happened in the last
few days…" box, where "my drink was spiked tonight" had it. Other words and towns than the
report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

RECENT = "If it happened in the last few days"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("i think a lad slipped something in my drink at the club earlier, feel dizzy", "Hull"),
        ("someone put something in my drink at the party last night and i feel sick", "Bristol"),
        ("some guy put a pill in my drink tonight and i feel really off", "Sheffield"),
    ],
)
def test_a_drink_drugged_lately_gets_the_recent_box(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place), RECENT)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): long ago, and an ordinary drink
        ("someone slipped something in my drink at uni years ago", "Hull"),
        ("my mum put sugar in my drink today and i feel weird", "Bristol"),
    ],
)
def test_long_ago_or_an_ordinary_drink_gets_no_recent_box(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), RECENT)
