"""(forty-fifth walk-through F5; w59tonight) Danger said to be absent now brings no danger box.

"I want to report my brother-in-law to the police for what he did to my son last year, nobody
is in danger now" showed "In danger now? Call 999…" first. Danger denied ("nobody is in danger
now", "we are safe now", "he's not here now", "no one is at risk right now", Welsh "does neb
mewn perygl nawr") no longer brings it; the 101 line stays. Guards: danger said, "not safe",
a question, danger after "but". Other words and towns than the walk-through's.
"""

from __future__ import annotations

import pytest

from tests.helpers import searched, texts_of

DANGER = "In danger now? Call 999"
DANGER_CY = "999"


def _danger(soup) -> str:
    return " ".join(texts_of(soup, ".app-danger-now"))


def _police_line(soup) -> str:
    return " ".join(texts_of(soup, ".app-police-line"))


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (
            "i want to report my ex to the police for what he did to my girl, "
            "no one is at risk right now",
            "Kendal",
        ),
        ("i want to go to the police, my cousin hurt my son, we are safe now", "Ulverston"),
        ("report my uncle to the police. no one is in danger right now", "Penrith"),
        # guards (pass on main too): safe said other ways, with a report
        (
            "i want to go to the police about my stepdad from years ago, we are all safe now",
            "Kendal",
        ),
        (
            "how do i report my uncle to the police, he's not here now and the kids are safe",
            "Penrith",
        ),
    ],
)
def test_danger_denied_brings_no_danger_box_and_keeps_101(bundled_client, words, place):
    soup = searched(bundled_client, words, place)
    assert DANGER not in _danger(soup), words
    assert "101" in _police_line(soup), words


def test_danger_denied_in_welsh_brings_no_danger_box_and_keeps_101(bundled_client):
    soup = searched(
        bundled_client,
        "dwi isio mynd at yr heddlu am be wnaeth fy nhad i fy mab, does neb mewn perygl rwan",
        "Llandudno",
        welsh=True,
    )
    assert DANGER_CY not in _danger(soup)
    assert "101" in _police_line(soup)


@pytest.mark.parametrize(
    "words",
    [
        # guards (pass on main too): danger said, not safe, a question, danger after "but"
        "we are not safe now he is drunk",
        "im not safe at home right now",
        "we are safe now but he is banging on the door",
        "i am in danger right now",
    ],
)
def test_guard_danger_said_keeps_the_danger_box(bundled_client, words):
    assert DANGER in _danger(searched(bundled_client, words, "Kendal")), words
