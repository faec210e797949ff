"""(lane w51acts, check54 findings 2, 3 and 7) On a phone's first screen (390×844, real
Chromium, the bundled listings): an overdose of someone else's pills, and someone else cut and
bleeding, show the warning to call 999 or go to A&E first and the whole "Talk to someone now"
box, Samaritans in it; a friend's wish to die with no time said, and crisis said of oneself,
show the whole box, Samaritans first, with no warning worded for the reader's own life."""

from __future__ import annotations

import pytest

from ..helpers import search_with_the_form
from .conftest import SCREEN, Language
from .test_w47crisis_first_screen import _FOUND, _warning_and_box_first

TAKEN = [
    ("i swallowed a load of my stepdads sleeping pills", "Scarborough", ".app-act-taken"),
    # (w64life, check63 F1) someone else cut and bleeding: "Someone's life at risk now?", not
    # the warning worded for the reader's own injury (as test_w51acts says)
    ("my boyfriend has slit his wrists and is bleeding", "", ".app-others-at-risk"),
]


@pytest.mark.parametrize(("words", "where", "warning"), TAKEN)
def test_the_overdose_warning_and_samaritans_are_on_the_first_screen(
    phone, real_server, words: str, where: str, warning: str
):
    phone.goto(real_server + "/")
    search_with_the_form(phone, words, where, Language("en"))
    found = _warning_and_box_first(phone, warning)
    assert any(line.startswith("Samaritans") for line in found["lines"]), found


SOMEONE_ELSE = [
    # (a friend's plan said as tonight has had its own warning since w52suicide:
    # tests/browser/test_w47crisis_first_screen.py; a wish with no time has none)
    ("my best friend keeps saying she wants to kill herself", "Scarborough"),
    ("im at breaking point, the memories of my uncle are too much", "Scarborough"),
]


@pytest.mark.parametrize(("words", "where"), SOMEONE_ELSE)
def test_samaritans_lead_the_box_on_the_first_screen(phone, real_server, words: str, where: str):
    phone.goto(real_server + "/")
    search_with_the_form(phone, words, where, Language("en"))
    phone.evaluate("window.scrollTo(0, 0)")
    found = phone.evaluate(_FOUND, ".govuk-warning-text")
    assert found["warning"] is None, found
    assert found["box"] is not None and found["box"] <= SCREEN["height"], found
    assert found["lines"][0].startswith("Samaritans"), found
