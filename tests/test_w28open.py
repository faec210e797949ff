"""Opening a build faster (issue 24: at 10,000 listings in under 1 s) without opening it any
differently: the same arrays, the garbage collector held off while it opens and running again
after, and a damaged build still refused."""

from __future__ import annotations

import gc
import shutil
import stat
import threading

import pytest

from directory.search import IndexCorrupt, SearchIndex, current_build
from directory.search.columns import NEEDED, PREVENTION_WORDS, SETTING_WORDS, SUICIDE_WORDS, _says

TEXTS = [
    "We work to prevent child sexual abuse.",
    "WE WORK TO PREVENT CHILD SEXUAL ABUSE",
    "Advice on how to keep children safe from sexual abuse online.",
    "We protect children from harm.",
    "Support after sexual abuse or harassment at school, college or another place of learning.",
    "Abuse that happened AT SCHOOL.",
    "Abuse. At school we talk.",  # a full stop between: not a setting
    "A line for thoughts of suicide.",
    "Samaritans: SUICIDAL feelings",
    "Counselling for adult survivors in Leeds.",
    "Prevention works at school, not abuse.",
    # re.IGNORECASE takes the Kelvin sign for "k" and the long s for "s": never skipped
    "\u212aeep children safe from abuse",
    "Abu\u017fe at \u017fchool",
    "",
]


@pytest.mark.parametrize("words", [PREVENTION_WORDS, SUICIDE_WORDS, *SETTING_WORDS.values()])
def test_a_listing_is_read_as_the_pattern_reads_it(words, bundled):
    """The words looked for before a pattern is run never change what it finds: on every
    bundled listing's description and on texts written to match, or nearly."""
    assert words in NEEDED
    texts = TEXTS + [s.description for s in bundled] + [s.name for s in bundled]
    for text in texts:
        assert _says(words, text) == bool(words.search(text)), text


def test_the_bundled_build_still_marks_prevention_and_suicide_lines(bundled_index):
    columns = bundled_index.columns
    named = {columns.ids[p] for p in columns.prevention.nonzero()[0]}
    assert named, "no bundled listing read as preventing abuse"
    assert columns.suicide.any()


def test_the_collector_is_held_off_while_a_build_is_read_and_runs_again_after(
    built_index, monkeypatch
):
    """Opening makes about a million objects at 10,000 listings, none of them garbage: the
    collector walking them all again and again was a fifth of the opening."""
    seen = []
    of = SearchIndex._of.__func__

    def watched(cls, *args, **kwargs):
        seen.append(gc.isenabled())
        return of(cls, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "_of", classmethod(watched))
    assert gc.isenabled()
    SearchIndex.open(current_build(built_index)).close()
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_turned_off_stays_off(built_index):
    gc.disable()
    try:
        SearchIndex.open(current_build(built_index)).close()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_builds_opened_at_once_in_threads_leave_the_collector_on(built_index):
    build = current_build(built_index)
    errors: list[BaseException] = []

    def open_one() -> None:
        try:
            SearchIndex.open(build).close()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert gc.isenabled()


def test_a_damaged_build_is_still_refused_and_the_collector_runs_again(tmp_path, built_index):
    copy = tmp_path / "copy"
    shutil.copytree(current_build(built_index), copy)
    listings = copy / "listings.json"
    listings.chmod(stat.S_IRUSR | stat.S_IWUSR)
    text = listings.read_text(encoding="utf-8")
    damaged = text.replace('"support_types": [', '"support_types": ["no-such-type", ', 1)
    assert damaged != text
    listings.write_text(damaged, encoding="utf-8")
    with pytest.raises(IndexCorrupt):
        SearchIndex.open(copy)  # changed after it was verified
    assert gc.isenabled()
    with pytest.raises(IndexCorrupt):
        SearchIndex.open(copy, checked=False)  # and, unchecked, a listing no longer validates
    assert gc.isenabled()
