"""No way to lose the listings, and a damaged build never takes the site down (issue 23, part
A; the December 2026 red team's D1, D3, D4, D10, D12 and D14).

- With ``index/current`` missing or ``history.json`` empty, every maintenance command stops
  with a plain message naming `directory repair` and deletes nothing (dry runs included);
  `directory repair` serves the newest verified build again and rebuilds the history.
- A build that a rollback skips as damaged stays on disk and in the history.
- Operational failures end in one sentence and a documented exit code, never a traceback.
- A build file cut short in place under load (gunicorn, 8 clients): no worker dies, every
  answer is 200 or the 503 page with the helplines, and within 5 s every worker serves the
  build before it; once the file is put back, the current build again.
"""

from __future__ import annotations

import errno
import json
import os
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from flask import Flask

from directory.search import SearchIndex, current_build, history
from directory.search.builds import list_builds

from .fake_source import FIVE, FakeSource, listing
from .gunicorn_server import gunicorn
from .helpers import Load, damage_index, refresh, run, writable

EXIT_NEEDS_REPAIR = 8
EXIT_DISK = 9
EXIT_DAMAGED = 10


def curated(n: int) -> dict:
    return {
        "id": f"fictional-curated-{n}",
        "name": f"Fictional Curated Service {n}",
        "service_area": {"national": True},
        "source_url": f"https://example.org/curated-{n}",
        "last_checked": "2026-01-01",
    }


def imported(app: Flask, tmp_path: Path, n: int, *args: str):
    path = tmp_path / f"curated-{n}.json"
    path.write_text(json.dumps([curated(n)]))
    return run(app, "import", str(path), *args)


def three_builds(app: Flask, tmp_path: Path) -> list[Path]:
    """The maintainer's bundled build, then two imports: the newest holds curated 1 and 2."""
    for n in (1, 2):
        result = imported(app, tmp_path, n)
        assert result.exit_code == 0, result.output
    found = list_builds(app.root)
    assert len(found) == 3 and current_build(app.root) == found[-1]
    return found


def builds_on_disk(root: Path) -> dict[str, dict]:
    """Every build folder and its files' sizes: what must never change by a refusal."""
    return {
        build.name: {p.name: p.stat().st_size for p in build.iterdir()}
        for build in sorted((root / "builds").iterdir())
    }


def served_ids(root: Path) -> set[str]:
    index = SearchIndex.open(current_build(root))
    try:
        return set(index.services)
    finally:
        index.close()


def test_without_index_current_every_command_stops_and_deletes_nothing(maintainer, tmp_path):
    newest = three_builds(maintainer, tmp_path)[-1]
    before = builds_on_disk(maintainer.root)
    (maintainer.root / "current").unlink()
    source = FakeSource()
    source.publish(FIVE)
    try:
        commands = [
            ("import", str(tmp_path / "curated-1.json"), "--dry-run"),
            ("import", str(tmp_path / "curated-1.json")),
            ("build-index",),
            ("build-index", "--if-missing"),
            ("build-index", "--force"),
            ("rollback",),
            ("roll-forward",),
            ("refresh", "--base-url", source.start_url),
            ("refresh", "--base-url", source.start_url, "--dry-run"),
        ]
        for command in commands:
            result = run(maintainer, *command)
            assert result.exit_code == EXIT_NEEDS_REPAIR, (command, result.output)
            assert "directory repair" in result.output and newest.name in result.output
            assert "Traceback" not in result.output
            assert builds_on_disk(maintainer.root) == before, command
            assert current_build(maintainer.root) is None, command
    finally:
        source.close()
    # repair serves the newest data again; a rollback then goes to the build before it
    result = run(maintainer, "repair")
    assert result.exit_code == 0, result.output
    assert current_build(maintainer.root) == newest
    assert {"fictional-curated-1", "fictional-curated-2"} <= served_ids(maintainer.root)
    assert builds_on_disk(maintainer.root) == before
    assert run(maintainer, "rollback").exit_code == 0
    assert "fictional-curated-2" not in served_ids(maintainer.root)
    assert "fictional-curated-1" in served_ids(maintainer.root)
    assert run(maintainer, "roll-forward").exit_code == 0
    assert current_build(maintainer.root) == newest


def test_an_empty_history_then_a_dry_run_keeps_every_build(maintainer, tmp_path):
    found = three_builds(maintainer, tmp_path)
    before = builds_on_disk(maintainer.root)
    (maintainer.root / "history.json").write_text("")
    result = imported(maintainer, tmp_path, 3, "--dry-run")
    assert result.exit_code == EXIT_NEEDS_REPAIR, result.output
    assert "history.json cannot be read" in result.output and "directory repair" in result.output
    assert builds_on_disk(maintainer.root) == before
    result = run(maintainer, "repair")
    assert result.exit_code == 0, result.output
    assert current_build(maintainer.root) == found[-1]  # the serving build is kept
    assert history.read(maintainer.root)["past"] == [b.name for b in found[:-1]]
    assert run(maintainer, "rollback").exit_code == 0
    assert current_build(maintainer.root) == found[-2]


def test_repair_passes_over_a_damaged_newest_build_and_keeps_it(maintainer, tmp_path):
    found = three_builds(maintainer, tmp_path)
    (maintainer.root / "current").unlink()
    segment = next(found[-1].glob("*.seg"))
    moved = tmp_path / segment.name
    segment.rename(moved)
    result = run(maintainer, "repair")
    assert result.exit_code == 0, result.output
    assert f"passed over {found[-1].name}" in result.output
    assert current_build(maintainer.root) == found[-2]
    assert history.read(maintainer.root)["future"] == [found[-1].name]
    assert found[-1].is_dir()
    # once put back, a roll-forward serves it
    moved.rename(segment)
    assert imported(maintainer, tmp_path, 1, "--dry-run").exit_code == 0
    result = run(maintainer, "roll-forward")
    assert result.exit_code == 0, result.output
    assert current_build(maintainer.root) == found[-1]


def test_a_dry_run_changes_nothing_on_disk(maintainer, tmp_path):
    three_builds(maintainer, tmp_path)
    # a folder a killed build left: a command that changes the data removes it, a dry run not
    partial = maintainer.root / "builds" / "000009-20260101T000000Z"
    partial.mkdir()
    (partial / "meta.json").write_text("{}")
    before = builds_on_disk(maintainer.root)
    history_before = (maintainer.root / "history.json").read_bytes()
    assert imported(maintainer, tmp_path, 3, "--dry-run").exit_code == 0
    source = FakeSource()
    source.publish(FIVE)
    try:
        assert refresh(maintainer, source, "--dry-run").exit_code == 0
    finally:
        source.close()
    assert builds_on_disk(maintainer.root) == before
    assert (maintainer.root / "history.json").read_bytes() == history_before


def test_a_build_rollback_skips_as_damaged_is_kept_and_can_come_back(maintainer, tmp_path):
    found = three_builds(maintainer, tmp_path)
    segment = next(found[1].glob("*.seg"))
    moved = tmp_path / segment.name
    segment.rename(moved)
    result = run(maintainer, "rollback")
    assert result.exit_code == 0, result.output
    assert f"skipped {found[1].name}" in result.output
    assert current_build(maintainer.root) == found[0]
    # the next commands holding the lock keep it (D10: it was deleted)
    assert imported(maintainer, tmp_path, 1, "--dry-run").exit_code == 0
    assert run(maintainer, "build-index", "--if-missing").exit_code == 0
    assert found[1].is_dir()
    assert found[1].name in history.read(maintainer.root)["future"]
    moved.rename(segment)
    result = run(maintainer, "roll-forward")
    assert result.exit_code == 0, result.output
    assert current_build(maintainer.root) == found[1]


def test_old_builds_beyond_those_kept_are_still_removed(maintainer, tmp_path):
    for n in range(1, 6):
        assert imported(maintainer, tmp_path, n).exit_code == 0
    kept = list_builds(maintainer.root)
    assert len(kept) == 4 and current_build(maintainer.root) == kept[-1]


def one_plain_line(result) -> str:
    """The last line a command printed, which stopped it: no traceback, no other exception."""
    assert "Traceback" not in result.output, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    return [line for line in result.output.splitlines() if line.strip()][-1]


def test_a_full_disk_ends_in_one_sentence_and_exit_9(maintainer, tmp_path, monkeypatch):
    was = current_build(maintainer.root)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("directory.search.builds._fsync_tree", full)
    result = imported(maintainer, tmp_path, 1)
    assert result.exit_code == EXIT_DISK, result.output
    assert one_plain_line(result) == f"error: the disk is full: stopped, still serving {was.name}."
    assert current_build(maintainer.root) == was and len(list_builds(maintainer.root)) == 1


def test_a_read_only_index_ends_in_one_sentence_and_exit_9(maintainer, tmp_path, monkeypatch):
    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(maintainer.root / ".lock"))

    monkeypatch.setattr("directory.builds.FileLock.acquire", read_only)
    for command in (("build-index", "--force"), ("rollback",)):
        result = run(maintainer, *command)
        assert result.exit_code == EXIT_DISK, result.output
        assert "read-only file system" in one_plain_line(result)


def test_a_damaged_serving_build_stops_a_dry_run_plainly(maintainer, tmp_path):
    three_builds(maintainer, tmp_path)
    damage_index(current_build(maintainer.root))
    result = imported(maintainer, tmp_path, 3, "--dry-run")
    assert result.exit_code == EXIT_DAMAGED, result.output
    assert "directory rollback" in one_plain_line(result)


def test_deeply_nested_structured_data_stops_a_refresh_plainly(maintainer):
    source = FakeSource()
    source.publish({"a": listing("a")})
    nested = "[" * 100_000 + "]" * 100_000
    source.pages["/directory/a/"] = (
        f'<html><head><script type="application/ld+json">{nested}</script></head></html>'
    )
    try:
        result = refresh(maintainer, source)
    finally:
        source.close()
    assert result.exit_code == 5, result.output
    assert one_plain_line(result).startswith("refresh stopped, nothing changed")


# --- a build damaged under a running server ----------------------------------------------

CLIENTS = 8
PAGES = ["/", "/search?q=counselling", "/api/v1/services?q=helpline", "/get-help-now", "/ready"]


def ready_build(base: str) -> str | None:
    try:
        with urllib.request.urlopen(base + "/ready", timeout=10) as answer:
            return json.loads(answer.read())["build"]
    except urllib.error.HTTPError:
        return None


def all_serve(base: str, build: str, within: float) -> float:
    """Seconds until 20 /ready answers in a row (spread over the workers by new connections)
    name ``build``; fails after ``within`` seconds."""
    started = time.monotonic()
    in_a_row = 0
    while in_a_row < 20:
        assert time.monotonic() - started < within, f"not every worker serves {build}"
        in_a_row = in_a_row + 1 if ready_build(base) == build else 0
    return time.monotonic() - started


@pytest.mark.slow  # gunicorn
@pytest.mark.parametrize("cut", ["listings.json", "*.seg"])
def test_a_build_cut_short_under_load_kills_no_worker_and_falls_back(maintainer, tmp_path, cut):
    earlier = three_builds(maintainer, tmp_path)[-2]
    live = current_build(maintainer.root)
    records = next(live.glob(cut))
    original = records.read_bytes()
    with gunicorn(maintainer.root, tmp_path, WEB_CONCURRENCY="2") as server:
        all_serve(server.base, live.name, 60)  # started, every worker on the live build
        with Load(server.base, PAGES, CLIENTS) as clients:
            clients.wait_for(50, time.monotonic() + 30)  # the clients are under way
            # cut short in place, as `cp` or `rsync --inplace` over a live build does
            os.truncate(writable(records), len(original) // 10)
            fell_back = all_serve(server.base, earlier.name, 5)
            with urllib.request.urlopen(server.base + "/ready", timeout=10) as answer:
                assert json.loads(answer.read())["current"] == live.name  # it says why
            with open(records, "r+b") as handle:  # put back whole, in place
                handle.write(original)
            came_back = all_serve(server.base, live.name, 10)
        log = server.log_text()
    statuses = Counter(a.status for a in clients.answers)
    print(f"\n{statuses}; fell back in {fell_back:.2f} s, came back in {came_back:.2f} s")
    assert set(statuses) <= {200, 503}, statuses
    for a in clients.answers:
        if a.status == 503 and not a.path.startswith(("/api/", "/ready")):
            assert b"helplines" in a.body, a.path
    assert "SIGBUS" not in log and "Worker (pid" not in log, log[-2000:]


@pytest.mark.parametrize("damage", ["segment removed", "listings garbled", "build deleted"])
def test_workers_agree_on_the_build_served_while_one_is_damaged(maintainer, tmp_path, damage):
    """D14: a worker that opened the build before it was damaged and one started after serve
    the same earlier build, and both come back to the current one once it is repaired."""
    from directory.serving import CHECK_SECONDS, RETRY_SECONDS, ServingIndex

    earlier = three_builds(maintainer, tmp_path)[-2]
    live = current_build(maintainer.root)
    now = [0.0]
    old_worker = ServingIndex(maintainer.root, clock=lambda: now[0])
    assert old_worker.get().path == live
    saved = tmp_path / "saved"
    if damage == "segment removed":
        segment = next(live.glob("*.seg"))
        segment.rename(saved)
    elif damage == "listings garbled":  # the same size, other bytes
        records = live / "listings.json"
        original = records.read_bytes()
        writable(records).write_bytes(bytes(b ^ 0xFF for b in original))
    else:
        live.rename(saved)
    now[0] += CHECK_SECONDS
    new_worker = ServingIndex(maintainer.root, clock=lambda: now[0])
    assert old_worker.get().path == new_worker.get().path == earlier
    # repaired: both serve it again once they retry
    if damage == "segment removed":
        saved.rename(segment)
    elif damage == "listings garbled":
        records.write_bytes(original)
    else:
        saved.rename(live)
    now[0] += RETRY_SECONDS + CHECK_SECONDS
    assert old_worker.get().path == new_worker.get().path == live


def test_rebuilding_from_the_bundled_data_says_what_it_would_lose(maintainer, tmp_path):
    assert imported(maintainer, tmp_path, 1).exit_code == 0
    live = current_build(maintainer.root)
    result = run(maintainer, "build-index")
    assert result.exit_code == 1
    assert "1 curated: fictional-curated-1" in result.output, result.output
    assert current_build(maintainer.root) == live


def test_without_index_current_the_site_serves_the_newest_build_and_export_stops(
    maintainer, tmp_path
):
    from directory.search import index_problem
    from directory.serving import ServingIndex

    newest = three_builds(maintainer, tmp_path)[-1]
    (maintainer.root / "current").unlink()
    # a running app (and every worker alike) serves the newest verified build, not one older
    assert ServingIndex(maintainer.root).get().path == newest
    # gunicorn and `directory run` refuse to start, naming the repair, not build-index
    assert "directory repair" in (index_problem(maintainer.root) or "")
    # an export would write the bundled data in its place
    result = run(maintainer, "export", str(tmp_path / "export"))
    assert result.exit_code == EXIT_NEEDS_REPAIR, result.output
    assert not (tmp_path / "export").exists()


def test_a_listing_changed_on_disk_is_never_served_the_build_before_is(tmp_path, fictional, caplog):
    import logging

    from directory.search import build_index
    from directory.search.store import SNAPSHOT

    from .helpers import new_app

    root = tmp_path / "ix"
    build_index(fictional, root)
    damaged = build_index(fictional, root)
    sid = fictional[3].id
    listings = damaged / SNAPSHOT
    text = listings.read_bytes()
    at = text.index(sid.encode())
    with open(writable(listings), "r+b") as handle:  # the same length, other bytes
        handle.seek(at)
        handle.write(b"x" * len(sid))
    client = new_app(DIRECTORY_INDEX_PATH=root).test_client()
    with caplog.at_level(logging.ERROR):
        page = client.get(f"/service/{sid}")
    assert page.status_code == 200  # from the build before: the damaged one never opens
    assert any(damaged.name in r.getMessage() for r in caplog.records)
    assert client.get("/ready").get_json()["current"] == damaged.name


def test_a_deeply_nested_import_file_is_refused_plainly(maintainer, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    result = run(maintainer, "import", str(path))
    assert result.exit_code == 6, result.output
    assert one_plain_line(result) == "import refused, nothing changed"
    assert "nested too deeply" in result.output


OPEN_THEN_READ = """
import os, sys
from directory.search import SearchIndex
index = SearchIndex.open(sys.argv[1])
for name in os.listdir(sys.argv[1]):  # every file of the build cut to nothing, in place
    os.truncate(os.path.join(sys.argv[1], name), 0)
read = sum(1 for sid in index.services if index.services[sid].id == sid)
print(read)
"""


def test_files_cut_short_under_an_open_build_cannot_kill_the_process(tmp_path, fictional):
    """D4: the listings (and arrays) were memory-mapped; touching a mapped page that the
    file no longer has kills the process with SIGBUS, which no Python code can catch."""
    import subprocess
    import sys

    from directory.search import build_index

    build = build_index(fictional, tmp_path / "ix")
    for path in build.iterdir():
        writable(path)
    done = subprocess.run(
        [sys.executable, "-c", OPEN_THEN_READ, str(build)], capture_output=True, text=True
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-500:])
    assert int(done.stdout) == len(fictional)


def test_repair_with_no_build_that_passes_deletes_nothing(maintainer, tmp_path):
    found = three_builds(maintainer, tmp_path)
    (maintainer.root / "current").unlink()
    for build in found:
        damage_index(build)
    before = builds_on_disk(maintainer.root)
    result = run(maintainer, "repair")
    assert result.exit_code == EXIT_DAMAGED, result.output
    assert "Nothing was changed or deleted" in one_plain_line(result)
    assert builds_on_disk(maintainer.root) == before
