"""(issue 24) The services a search's words name are read once a search: ``query.match_text``
reads them to score and keeps them (``TextMatch.named``) for ``made_for.national_order``,
which read them again. What the page shows does not change (the judged set guards it).
"""

from __future__ import annotations

from collections import Counter

import pytest

import directory.search.made_for as made_for
import directory.search.query as query
from directory.search.names import named_services
from tests.helpers import searched


@pytest.fixture
def counted(monkeypatch):
    """How often the names reader runs, wherever the search's code asks it."""
    calls: Counter[str] = Counter()

    def names(index, text: str):  # noqa: ANN001, ANN202
        calls["names"] += 1
        return named_services(index, text)

    monkeypatch.setattr(query, "named_services", names)
    monkeypatch.setattr(made_for, "named_services", names)
    return calls


@pytest.mark.parametrize(
    ("words", "place"),
    [
        ("is the nspcc line open on sundays", ""),
        ("counselling for men abused as boys", "Norwich"),
    ],
)
def test_the_services_named_are_read_once_a_search(bundled_client, counted, words, place):
    searched(bundled_client, words, place)
    assert counted["names"] == 1
