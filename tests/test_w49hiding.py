"""(thirty-seventh walk-through F1, w49hiding) Someone hiding now, or hiding from the person who
harms them ("im locked in the toilet hiding from my mums boyfriend", "hiding in my wardrobe
right now"), is in danger now: the page says first to call 999, and how without speaking. A
threat in another clause ("he says he'll hurt me if i tell") no longer hides it. Hiding long ago,
or hiding a secret, brings no such warning."""

from __future__ import annotations

import pytest

from tests.helpers import searched, warned

DANGER = "In danger now? Call 999"


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("im locked in the toilet hiding from my mums boyfriend", "Telford"),
        (
            "hes been drinking, says hell hit me if i tell, im hiding in my wardrobe right now",
            "Rotherham",
        ),
        ("im 13 and hiding behind the sofa from my uncle", ""),
    ],
)
def test_hiding_now_brings_the_999_warning(bundled_client, words, place):
    assert warned(searched(bundled_client, words, place), DANGER), words


@pytest.mark.parametrize(
    "words",
    ["i used to hide from my stepfather when i was a child", "ive been hiding it from my wife"],
)
def test_hiding_long_ago_or_a_secret_brings_none(bundled_client, words):
    # guard: passes before and after the change
    assert not warned(searched(bundled_client, words, "Rotherham"), DANGER), words
