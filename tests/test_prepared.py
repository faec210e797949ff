"""A fresh build answers its first search of each word like a warm one, and the same: the
answers prepared with the build are exactly Whoosh's (same services, order and scores)."""

from __future__ import annotations

import numpy as np
import pytest

from directory.finder import FindRequest, find
from directory.relevance import load_judged
from directory.search import SearchIndex, current_build, search
from directory.search.schema import TEXT_FIELDS

from .helpers import writable


def fresh(root) -> SearchIndex:
    return SearchIndex.open(current_build(root))


def whoosh_only(root) -> SearchIndex:
    """The same build, every search run by Whoosh as before anything was prepared."""
    return SearchIndex.open(current_build(root), prepared=False)


def texts(index: SearchIndex) -> list[str]:
    judged = [item.query for item in load_judged()]
    words = sorted({w for name in TEXT_FIELDS for w in index.known_terms[name]})
    spelled = sorted(index.vocabulary)
    return [*judged, *words[:: max(1, len(words) // 300)], *spelled[:: max(1, len(spelled) // 300)]]


def test_a_fresh_build_answers_exactly_as_whoosh_does(bundled_root):
    prepared, plain = fresh(bundled_root), whoosh_only(bundled_root)
    assert prepared.prepared_queries > 100 and plain.prepared_queries == 0
    for text in texts(prepared):
        ours, theirs = search(prepared, text), search(plain, text)
        assert ours.ids == theirs.ids, text
        assert np.array_equal(ours.scores(), theirs.scores()), text
        assert ours.facets == theirs.facets, text


def test_pages_show_the_same_services_in_the_same_order(bundled_root, gazetteer):
    prepared, plain = fresh(bundled_root), whoosh_only(bundled_root)
    for item in load_judged():
        request = FindRequest(q=item.query, location=item.location)
        assert (
            find(prepared, gazetteer, request).shown_ids()
            == find(plain, gazetteer, request).shown_ids()
        ), item.query


def test_the_first_search_of_a_word_of_the_listings_runs_no_whoosh_scoring(
    bundled_root, monkeypatch
):
    index = fresh(bundled_root)
    ran = []
    original = SearchIndex.run
    monkeypatch.setattr(SearchIndex, "run", lambda self, q: ran.append(q) or original(self, q))
    for text in ("counselling", "someone to talk to", "my stepdad", "helpline for parents"):
        assert search(index, text).ids
    assert ran == []
    # a rollback or a recycled worker opens the build afresh: still nothing to run
    again = fresh(bundled_root)
    assert search(again, "therapy").ids and ran == []


def test_a_concepts_query_is_made_only_until_its_matches_are_known(bundled_root, monkeypatch):
    """The matches of a concept ("someone to talk to") are kept for the build: its Whoosh
    query (a clause per phrase and field) is made the first time only, not on every search."""
    from directory.search import query

    index = fresh(bundled_root)
    made = []
    original = query.concept_query
    monkeypatch.setattr(
        query, "concept_query", lambda *args: made.append(args[0].name) or original(*args)
    )
    first = search(index, "someone to talk to")
    assert made, "the first search makes the concept's query"
    made.clear()
    again = search(index, "someone to talk to")
    assert made == [] and again.ids == first.ids


@pytest.mark.parametrize("damage", ["prepared-scores.npy", "prepared-keys.json"])
def test_a_build_with_a_damaged_table_does_not_open(tmp_path, fictional, damage):
    from directory.search import build_index
    from directory.search.store import IndexCorrupt

    build = build_index(fictional, tmp_path)
    writable(build / damage).write_bytes(b"\x00garbage")
    with pytest.raises(IndexCorrupt):
        SearchIndex.open(build)


def test_a_following_worker_opens_a_new_build_before_any_request_asks(tmp_path, fictional):
    import time

    from directory.search import build_index
    from directory.serving import ServingIndex

    first = build_index(fictional, tmp_path)
    serving = ServingIndex(tmp_path)
    assert serving.get().path == first
    serving.follow(interval=0.05)
    second = build_index(fictional[:-1], tmp_path, reason="test")
    deadline = time.monotonic() + 20
    while serving.opened != second:  # no request made: the follower opened it
        assert time.monotonic() < deadline, "the new build was not opened in the background"
        time.sleep(0.05)  # polling a condition with a deadline
    assert len(serving.get().services) == len(fictional) - 1
