"""(issue 24) "Talk to someone now" orders the phone lines once per build and reading of the
words (who seems to be asking, and how), not on every page: the box a search gets is the same
whether the build has answered other searches before it or not, and what is kept holds no
words and stays bounded."""

from __future__ import annotations

import json

from directory.config import PROJECT_ROOT as ROOT
from directory.facade import _READINGS_KEPT, Directory
from directory.finder import FindRequest, find
from directory.web.talk import HELPLINE_ORDER, HELPLINE_ORDER_CY
from tests.helpers import GAZETTEER_PATH

SEARCHES = [
    (json.loads(line)["query"], json.loads(line).get("location", ""))
    for line in (ROOT / "tests" / "relevance" / "queries.jsonl").read_text().splitlines()
    if line.strip()
]


def _box(directory: Directory, q: str, location: str, welsh: bool) -> list[str]:
    results = find(directory.index, directory.gazetteer, FindRequest(q=q, location=location))
    order = HELPLINE_ORDER_CY if welsh else HELPLINE_ORDER
    return [s.id for s in directory.talk_lines(results, order, welsh=welsh)]


def test_a_search_gets_the_same_lines_after_other_searches_as_on_a_fresh_build(
    bundled_index, gazetteer
):
    warm = Directory(bundled_index, gazetteer, GAZETTEER_PATH)
    for welsh in (False, True):
        for q, location in SEARCHES:
            _box(warm, q, location, welsh)  # every reading seen once
    for welsh in (False, True):
        for q, location in SEARCHES:
            fresh = Directory(bundled_index, gazetteer, GAZETTEER_PATH)
            assert _box(warm, q, location, welsh) == _box(fresh, q, location, welsh), (q, welsh)


def test_what_is_kept_holds_no_words_and_is_bounded(bundled_index, gazetteer):
    directory = Directory(bundled_index, gazetteer, GAZETTEER_PATH)
    typed = [f"counselling for my {n} year old and zzqx{n}" for n in range(1, 40)]
    for q in typed:
        _box(directory, q, "", False)
    kept = repr(list(directory._readings.keys()))
    assert "zzqx" not in kept and "counselling" not in kept
    assert 0 < len(directory._readings) <= _READINGS_KEPT
