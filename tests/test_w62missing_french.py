"""(w62missing, check62 finding 6) A rape told in French, and when.

"mon copain m'a violée hier soir" (my boyfriend raped me last night) had the interpreter line
but no "If it happened in the last few days…" box, and Aurora (adults abused in childhood) first.
Other words and towns than the report's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

RECENT = "If it happened in the last few days"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("j'ai été violée hier soir par un inconnu", "Croydon"),
        ("mon ex m'a violée ce matin", "Brent"),
        ("mon fils a été violé aujourd'hui", "Ealing"),
    ],
)
def test_a_rape_in_french_in_the_last_days_gets_the_recent_box(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place), RECENT)


@pytest.mark.parametrize(
    ("words", "place"),
    [
        # guards (pass on main too): long ago, in French
        ("j'ai été violée quand j'étais petite", "Croydon"),
        ("il m'a violée il y a 10 ans", "Brent"),
    ],
)
def test_a_rape_long_ago_in_french_gets_no_recent_box(bundled_client, words, place):
    assert not warned(searched(bundled_client, words, place), RECENT)
