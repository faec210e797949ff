"""One build artefact, opened one way (issue 24, docs/adr/0002-real-scale.md): a build is
Whoosh's segments and its validated listings; opening it reads both into memory, validates
every listing and builds the arrays there. Its scores, computed over arrays of Whoosh's
postings, are exactly the ones Whoosh gives, so no answer changes."""

from __future__ import annotations

import json

import numpy as np
import pytest
from whoosh.query import NullQuery, Phrase, Term

from directory.coverage import coverage, coverage_svg
from directory.facade import Directory
from directory.geo import load_police_force_areas
from directory.model import Service
from directory.relevance import load_judged
from directory.search import SearchIndex, build_index
from directory.search.query import _phrase_query, concept_query
from directory.search.schema import TEXT_FIELDS, to_document, words_of
from directory.search.store import SNAPSHOT, IndexCorrupt
from directory.search.understand import thesaurus

from .helpers import GAZETTEER_PATH, writable

#: every file a build holds: Whoosh's, its listings, what it is and what it was verified as
BUILD_FILES = {"meta.json", SNAPSHOT, "verified.json"}


def whoosh_scores(index: SearchIndex, query) -> tuple[np.ndarray, np.ndarray]:
    """(matched, score) over Whoosh's document numbers, as Whoosh itself scores them."""
    size = len(index.services)
    matched, scores = np.zeros(size, dtype=bool), np.zeros(size)
    with index._lock:
        for score, docnum in index._get_searcher().search(query, limit=None, scored=True).top_n:
            matched[docnum], scores[docnum] = True, score
    return matched, scores


def has_phrase(query) -> bool:
    return isinstance(query, Phrase) or any(has_phrase(q) for q in query.children())


def queries(index: SearchIndex) -> list:
    """Every concept's query, and the query of each word of the judged set and the listings."""
    known = index.known_terms
    found = [concept_query(c, known) for c in thesaurus().concepts.values() if c.search]
    words = {w for item in load_judged() for w in item.query.lower().split()}
    words |= set().union(*known.values())
    for text in sorted(words):
        query = _phrase_query(text, known)
        if query is not None and query is not NullQuery:
            found.append(query)
    return found


def phrases() -> list[Phrase]:
    """Every phrase of the thesaurus, and a few more, in every text field."""
    texts = [p for c in thesaurus().concepts.values() for p in c.search]
    texts += ["family support", "support for survivors", "young people aged", "abuse support"]
    found = []
    for text in texts:
        words = words_of(text)
        if len(words) > 1:
            found += [Phrase(field, words, boost=boost) for field, boost in TEXT_FIELDS.items()]
    return found


@pytest.mark.parametrize("which", ["fictional", "bundled"])
def test_scores_over_arrays_are_whooshs_own(which, index, bundled_index):
    built = index if which == "fictional" else bundled_index
    checked = 0
    for query in queries(built):
        ours = built._scores.evaluate(query)
        assert ours is not None, query  # every shape the search builds is known
        if has_phrase(query):
            continue  # the index holds no positions for Whoosh to match phrases with
        theirs = whoosh_scores(built, query)
        assert np.array_equal(ours[0], theirs[0]), query
        assert np.allclose(ours[1], theirs[1], rtol=1e-12, atol=0), query
        checked += 1
    assert checked > 100


@pytest.mark.parametrize("which", ["fictional", "bundled"])
def test_a_phrase_is_its_words_side_by_side_scored_as_whoosh_scores_them(
    which, index, bundled_index
):
    """Whoosh's phrase: the words next to each other in order in the field; its score the sum
    of its words' scores, times its boost."""
    built = index if which == "fictional" else bundled_index
    texts = [to_document(s) for s in built.services.values()]
    found = 0
    for phrase in phrases():
        words, size = list(phrase.words), len(phrase.words)
        expected = np.array(
            [
                any(said[at : at + size] == words for at in range(len(said) - size + 1))
                for said in (words_of(t[phrase.fieldname]) for t in texts)
            ]
        )
        matched, scores = built._scores.evaluate(phrase)
        assert np.array_equal(matched, expected), phrase
        if expected.any():
            found += 1
            total = sum(whoosh_scores(built, Term(phrase.fieldname, w))[1] for w in words)
            assert np.allclose(scores, np.where(expected, total * phrase.boost, 0.0)), phrase
    assert found > 3


def test_a_phrase_is_its_words_side_by_side_not_only_its_pairs(tmp_path, fictional):
    """ "alpha beta gamma": a listing saying "alpha beta" and, elsewhere, "beta gamma" holds
    both pairs of words but not the phrase."""
    base = fictional[0].model_dump()
    both = Service.model_validate(
        {**base, "id": "fictional-both", "description": "Alpha beta here. Then beta gamma."}
    )
    phrase = Service.model_validate(
        {**base, "id": "fictional-phrase", "description": "We say alpha beta gamma."}
    )
    index = SearchIndex.open(build_index([both, phrase, *fictional[1:]], tmp_path))
    query = _phrase_query("alpha beta gamma", index.known_terms)
    matches = index.run(query)
    assert [index.columns.ids[p] for p in matches.positions] == ["fictional-phrase"]


def test_a_build_is_whoosh_and_its_listings_and_nothing_else(index, fictional):
    names = {p.name for p in index.path.iterdir() if not p.name.endswith((".seg", ".toc"))}
    assert names - {"MAIN_WRITELOCK"} == BUILD_FILES
    # opened, it holds every listing given, validated, in the order it was given them
    assert list(index.services) == [s.id for s in fictional]
    assert all(index.services[s.id] == s for s in fictional)


def test_where_services_are_is_counted_as_from_the_listings_themselves(index, gazetteer):
    forces = load_police_force_areas(GAZETTEER_PATH)
    ours = Directory(index, gazetteer, GAZETTEER_PATH)
    listings = list(index.services.values())
    assert ours.coverage == coverage(listings, gazetteer, forces)
    assert ours.coverage.local_total and any(f.count for f in ours.coverage.forces)
    assert ours.coverage_map == coverage_svg(listings, gazetteer)


@pytest.mark.parametrize("damage", ["a listing invalid", "a listing missing", "not JSON"])
def test_a_build_whose_listings_are_damaged_does_not_open(tmp_path, fictional, damage):
    build = build_index(fictional, tmp_path)
    # as if the hashes had been recorded after the damage: opening still validates them all
    (build / "verified.json").unlink()
    listings = writable(build / SNAPSHOT)
    snapshot = json.loads(listings.read_text())
    if damage == "a listing invalid":
        snapshot["records"][2]["name"] = ""
        listings.write_text(json.dumps(snapshot))
    elif damage == "a listing missing":
        del snapshot["records"][-1]
        listings.write_text(json.dumps(snapshot))
    else:
        listings.write_text(listings.read_text()[:-40])
    with pytest.raises(IndexCorrupt):
        SearchIndex.open(build)


def test_a_concepts_query_is_made_only_until_its_matches_are_known(bundled_root, monkeypatch):
    """The matches of a concept ("someone to talk to") are kept for the build: its Whoosh
    query (a clause per phrase and field) is made the first time only, not on every search."""
    from directory.search import current_build, query, search

    index = SearchIndex.open(current_build(bundled_root))
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


def test_a_following_worker_opens_a_new_build_before_any_request_asks(tmp_path, fictional):
    import time

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
