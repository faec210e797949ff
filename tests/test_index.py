"""Index builds: atomic switch, a failed build changes nothing, readers never see an error."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from directory.search import (
    IndexCorrupt,
    IndexMissing,
    SearchIndex,
    build_index,
    current_build,
    list_builds,
    search,
)
from directory.search import builds as builds_module
from directory.serving import ServingIndex

from .helpers import damage_index, new_app


def test_build_then_open(tmp_path, fictional):
    build = build_index(fictional, tmp_path)
    assert current_build(tmp_path) == build
    index = SearchIndex.open(build)
    assert set(index.services) == {s.id for s in fictional}
    assert index.meta["services"] == len(fictional)


def test_failed_build_leaves_the_serving_index(tmp_path, fictional, monkeypatch):
    good = build_index(fictional, tmp_path)
    before = sorted(p.name for p in (tmp_path / "builds").iterdir())

    def broken(service):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(builds_module, "to_document", broken)
    with pytest.raises(RuntimeError):
        build_index(fictional, tmp_path)
    assert current_build(tmp_path) == good
    assert sorted(p.name for p in (tmp_path / "builds").iterdir()) == before


def test_holder_without_an_index_says_so(tmp_path):
    with pytest.raises(IndexMissing):
        ServingIndex(tmp_path).get()


def test_old_builds_are_pruned_but_the_current_one_kept(tmp_path, fictional):
    for _ in range(builds_module.KEEP_BUILDS + 2):
        latest = build_index(fictional, tmp_path)
    builds = list_builds(tmp_path)
    assert len(builds) == builds_module.KEEP_BUILDS
    assert latest in builds and current_build(tmp_path) == latest


def test_readers_during_rebuilds_get_old_or_new_never_an_error(tmp_path, fictional):
    small = fictional[:4]
    build_index(small, tmp_path)
    holder = ServingIndex(tmp_path)
    seen_sizes: set[int] = set()
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader():
        while not stop.is_set():
            try:
                index = holder.get()
                found = search(index, "")
                # a complete build: every open service of either build, never a mixture
                seen_sizes.add(len(found.ids))
            except BaseException as exc:  # noqa: BLE001 - any error is a failure here
                errors.append(exc)
                return

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        for n in range(6):
            build_index(fictional if n % 2 == 0 else small, tmp_path)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert errors == []
    open_in = lambda services: sum(1 for s in services if s.status != "closed")  # noqa: E731
    assert seen_sizes <= {open_in(small), open_in(fictional)}
    assert len(holder.get().services) == len(small)


def test_holder_keeps_serving_when_a_new_build_is_corrupt(tmp_path, fictional):
    build_index(fictional, tmp_path)
    holder = ServingIndex(tmp_path)
    serving = holder.get()
    bad = build_index(fictional[:2], tmp_path)
    damage_index(bad)
    with pytest.raises(IndexCorrupt):
        SearchIndex.open(bad)
    assert holder.get() is serving


def _open_files_under(folder: Path) -> list[str]:
    """The files under ``folder`` this process holds open (Linux's /proc)."""
    held = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = fd.readlink()
        except OSError:  # closed meanwhile
            continue
        if target.is_relative_to(folder):
            held.append(str(target))
    return held


def test_warm_up_before_fork_gives_the_same_answers_and_closes_files(tmp_path, fictional):
    """gunicorn's master warms the app before forking workers (gunicorn.conf.py)."""
    from directory import warm_up
    from directory.search.understand import thesaurus

    root = tmp_path / "ix"
    build_index(fictional, root)
    app = new_app(DIRECTORY_INDEX_PATH=root)
    warm_up(app)
    # no open index file (and its position) is shared by the workers forked after this: a
    # build is read into memory when it is opened, and nothing of it is memory-mapped (a
    # mapped file cut short kills the process with SIGBUS)
    assert _open_files_under(root.resolve()) == []
    mapped = [
        line
        for line in Path("/proc/self/maps").read_text().splitlines()
        if str(root.resolve()) in line
    ]
    assert mapped == []
    warmed = app.extensions["index"].get()
    fresh = SearchIndex.open(current_build(root))
    phrases = [" ".join(words) for words in thesaurus().phrases][:200]
    for text in [*phrases, "counselling leeds", "someone to talk to about incest"]:
        assert search(warmed, text).ids == search(fresh, text).ids, text
    assert any(search(fresh, phrase).ids for phrase in phrases)
    client = app.test_client()
    assert "Fictional Leeds Counselling" in client.get("/search?q=counselling").get_data(True)
