"""(issue 24) Work a results page did twice, now done once; the page is the same.

The words were read for "danger now" once for the page's 999 box and again for a parent's
"Talk to someone now" box: now once a page (``lexicon.read_once``). What the page shows does
not change (``tests/test_w62missing*.py`` and the judged set guard that).
"""

from __future__ import annotations

from collections import Counter

import pytest

import directory.talk_parents_danger as parents_danger
import directory.web.talk as web_talk
from directory.search.danger_now import in_danger_now
from tests.helpers import searched, talk_box

DANGER = "In danger now? Call 999"


@pytest.fixture
def counted(monkeypatch):
    """How often the danger-now reader runs, wherever the page's code asks it."""
    calls: Counter[str] = Counter()

    def danger(text: str) -> bool:
        calls["danger"] += 1
        return in_danger_now(text)

    monkeypatch.setattr(web_talk, "in_danger_now", danger)
    monkeypatch.setattr(parents_danger, "in_danger_now", danger)
    return calls


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("my partner is hitting our daughter right now", "Wrexham"),
        ("my 9 year old is locked in a room with my brother and he wont let me in", ""),
    ],
)
def test_a_parents_danger_now_is_read_once_a_page(bundled_client, counted, words, place):
    soup = searched(bundled_client, words, place)
    assert DANGER in soup.get_text(" ")
    assert talk_box(soup)
    assert counted["danger"] == 1


def test_read_once_outside_a_page_reads_each_time():
    # (new with read_once, so not on main) outside a request nothing is kept: each ask reads
    from directory.search.lexicon import read_once

    asked: list[str] = []

    def reader(text: str) -> bool:
        asked.append(text)
        return "now" in text

    assert read_once(reader, "come now") and read_once(reader, "come now")
    assert asked == ["come now", "come now"]
