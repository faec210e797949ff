"""(issue 24) A child asked to meet, or asked along, by someone met online or much older: the
danger-now reader (``danger_said``) and the reader choosing the reporting lines
(``met_online``) combined the same patterns each in its own copy; they now ask the same small
readers (``danger_said.meeting_said``, ``met_where``; ``met_soon.online_or_older``,
``asked_along``). What each reads does not change (the judged set and every test phrase read
the same before and after)."""

from __future__ import annotations

import pytest

from directory.search.danger_said import meeting_said, met_where
from directory.search.met_soon import asked_along, online_or_older


@pytest.mark.parametrize(
    "words",
    ["a lad from roblox keeps asking me to meet up", "were meeting up after tea"],
)
def test_a_meeting_said(words):
    assert meeting_said(words)


@pytest.mark.parametrize(
    ("words", "met"),
    [("someone i play fortnite with on discord", True), ("my friend from school", False)],
)
def test_where_the_one_met_was_met(words, met):
    assert met_where(words) is met


def test_online_or_older_is_the_narrower_reading():
    # "older" alone is where one was met (MET_WHERE), not an adult's age or online
    assert met_where("an older boy") and not online_or_older("an older boy")


@pytest.mark.parametrize(
    ("part", "text", "asked"),
    [
        ("he wants me to get in his car", "a man off insta, he wants me to get in his car", True),
        ("my uncle is picking me up", "my uncle is picking me up after school", False),
        ("we had chips", "we had chips", False),
    ],
)
def test_asked_along(part, text, asked):
    assert asked_along(part, text) is asked
