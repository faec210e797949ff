"""(the eighteenth session's words check, 111) Misspelt English was read as another language,
and offered an interpreter: "my dauter sed her granda touchd her privits". Two words only
English has make a sentence English however its other words are spelt.

The tests use other words and towns.
"""

from __future__ import annotations

import pytest

from .helpers import searched

INTERPRETER = "You can ask a service whether it can arrange an interpreter."


@pytest.mark.parametrize(
    "words",
    [
        "my neice sed her stepdadd fiddld wiv her privates",
        "my sun sez his grandad fiddld wiv his privits",
    ],
)
def test_misspelt_english_is_not_offered_an_interpreter(bundled_client, words):
    text = " ".join(searched(bundled_client, words, "Hartlepool").get_text(" ").split())
    assert INTERPRETER not in text


@pytest.mark.parametrize("words", ["minha filha disse que o tio dela a tocou no quarto"])
def test_another_language_still_is(bundled_client, words):
    # guard (passes on main too): Portuguese still gets the line
    assert INTERPRETER in " ".join(searched(bundled_client, words, "Luton").get_text(" ").split())
