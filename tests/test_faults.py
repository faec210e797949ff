"""Issue #13's fault test, under the real server (gunicorn with gunicorn.conf.py on 127.0.0.1).

While threads send ordinary page and API requests and record every answer, `directory refresh`
(from a fictional source on 127.0.0.1), `directory import`, `directory build-index` and
`directory rollback` run at once as separate processes, a second `build-index` is killed while
it writes its build, and a gunicorn worker is killed. Then:

- no request failed except those in flight on the killed worker when it died (connection
  errors counted honestly; any other answer than the one expected is a failure: every page
  asked for exists in every state the data can be in, and a listing only the killed build
  holds is never served);
- the data served (by the running server's API and by `directory export`) is what the last
  command to switch builds promised, and every build kept holds what its command promised. The
  data lock serialises the commands: the order in which they switched is in
  ``index/history.json``, checked against what each command printed; the data each switch
  promised is worked out here from what the command does, never read back from the build.

The refresh is held (the fictional source keeps one page back) until another command has
switched builds, so it always fetches while the data changes under it. Runs in about 10-20 s.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from directory.oruk.mapping import oruk_id
from directory.search import SearchIndex, build_index, current_build
from directory.search.builds import list_builds

from .fake_source import FakeSource, Reply, listing
from .fixtures.make_fictional import fictional_services
from .gunicorn_server import gunicorn
from .helpers import Load, new_app, run, write_data

pytestmark = pytest.mark.slow  # gunicorn and injected faults: `scripts/test --fast` leaves it out

SOURCE = {s: listing(s) for s in ("a", "b", "c", "d", "e")}
SOURCE_IDS = frozenset(f"csa-{s}" for s in SOURCE)
HELD = "/directory/e/"  # a listing page the source holds back until the data has changed
# a listing only the killed build holds: it is never served, at any moment
BULK_PROBE = "/api/v1/services/fictional-national-helpline-bulk-0"
LOAD = [
    "/",
    "/search?q=counselling",
    "/search?location=Leeds",
    "/api/v1/services?q=helpline",
    "/service/fictional-national-helpline",
    "/api/v1/services/fictional-national-helpline",
    "/ready",
    BULK_PROBE,
]
LOAD_THREADS = 4
DEADLINE = 120.0  # seconds: the whole race must be over well within this


def curated(sid: str) -> dict:
    return {
        "id": sid,
        "name": f"Fictional Curated Service {sid[-1]}",
        "service_area": {"national": True},
        "source_url": f"https://example.org/{sid}",
        "last_checked": "2026-01-01",
    }


def bulk(n: int) -> list[dict]:
    """Many fictional listings: a build that takes long enough to be caught half-written."""
    records = []
    for i in range(n):
        for record in fictional_services():
            records.append({**record, "id": f"{record['id']}-bulk-{i}"})
    return records


def poll(condition: Callable[[], object], deadline: float, what: str):
    while not (found := condition()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.002)  # polling: no fixed wait for anything
    return found


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def lock_holder(root: Path) -> int | None:
    """The process holding the data lock, from the kernel's table of file locks."""
    try:
        inode = (root / ".lock").stat().st_ino
    except OSError:
        return None
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" not in fields and fields[-3].split(":")[-1] == str(inode):
            return int(fields[4])
    return None


def partial_builds(root: Path) -> list[Path]:
    builds = root / "builds"
    return [b for b in builds.iterdir() if b.is_dir() and not (b / "verified.json").exists()]


def directory(args: list[str], env: dict[str, str], **kwargs) -> subprocess.Popen:
    return subprocess.Popen([str(Path(sys.executable).parent / "directory"), *args], env=env,
                            **kwargs)  # fmt: skip


@dataclass
class Race:
    outputs: dict[str, str]
    codes: dict[str, int | None]
    killed_at: tuple[float, float]  # when the worker was sent SIGKILL (before, after)


def race(root: Path, source: FakeSource, commands: dict[str, list[str]], env: dict,
         bulk_env: dict, server, deadline: float) -> Race:  # fmt: skip
    """Start the refresh; once it is fetching, start the other commands and a bulk build-index.
    The source holds one listing page until the first of them has switched builds, so the
    refresh fetches while the data changes under it. Then a worker is killed, and the bulk
    build-index too once it holds the data lock and its build is half-written (in whichever
    order the lock lets these happen). Waits for the rest."""
    serving = current_build(root)
    workers = poll(lambda: children(server.process.pid), deadline, "gunicorn's workers")
    source.reply(HELD, [Reply(body=source.pages[HELD], hang=DEADLINE)])  # until released

    def start(name: str) -> subprocess.Popen:
        return directory(commands[name], env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         text=True)  # fmt: skip

    processes = {"refresh": start("refresh")}
    poll(lambda: source.requests, deadline, "the refresh to start fetching")
    processes.update({name: start(name) for name in commands if name != "refresh"})
    victim = directory(["build-index", "--force"], bulk_env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)  # fmt: skip
    killed_at: tuple[float, float] | None = None
    caught = False
    while killed_at is None or not caught:
        assert time.monotonic() < deadline, "timed out waiting for the race"
        if killed_at is None and current_build(root) != serving:
            source.release.set()
            before = time.monotonic()
            os.kill(min(workers), signal.SIGKILL)
            killed_at = (before, time.monotonic())
        if not caught:
            assert victim.poll() is None, "the bulk build-index ended before it was caught"
            if lock_holder(root) == victim.pid and partial_builds(root):
                victim.send_signal(signal.SIGKILL)
                caught = True
        time.sleep(0.002)  # polling: no fixed wait for anything
    assert victim.wait(timeout=DEADLINE) == -signal.SIGKILL
    outputs = {
        name: process.communicate(timeout=max(1.0, deadline - time.monotonic()))[0]
        for name, process in processes.items()
    }
    assert HELD in source.paths()  # the refresh did wait for the page held
    # a worker took the killed one's place
    poll(lambda: children(server.process.pid) - workers, deadline, "a new worker")
    codes = {name: process.returncode for name, process in processes.items()}
    return Race(outputs, codes, killed_at)


def test_commands_racing_under_load_with_a_killed_worker_and_build(tmp_path, fictional):
    deadline = time.monotonic() + DEADLINE
    fictional_ids = frozenset(s.id for s in fictional)
    root = tmp_path / "index"
    data = write_data(tmp_path / "data", fictional_services())
    first = build_index(fictional, root)
    for n in (1, 2):
        (tmp_path / f"curated-{n}.json").write_text(json.dumps([curated(f"fictional-curated-{n}")]))
    maintainer = new_app(DIRECTORY_INDEX_PATH=root, DIRECTORY_DATA_PATH=data)
    # one curated import before the race, so that a rollback always has somewhere to go
    result = run(maintainer, "import", str(tmp_path / "curated-1.json"))
    assert result.exit_code == 0, result.output
    second = current_build(root)
    # what each build holds, from what made it: never read back from the build itself
    promised = {first.name: fictional_ids, second.name: fictional_ids | {"fictional-curated-1"}}
    events_before = len(json.loads((root / "history.json").read_text())["events"])

    source = FakeSource()
    source.publish(SOURCE)
    env = {
        **os.environ,
        "DIRECTORY_INDEX_PATH": str(root),
        "DIRECTORY_DATA_PATH": str(data),
        "DIRECTORY_FETCH_INTERVAL": "0",
        "DIRECTORY_FETCH_BACKOFF": "0.01",
        "DIRECTORY_FETCH_READ_TIMEOUT": str(DEADLINE),
    }
    commands = {
        "refresh": ["refresh", "--base-url", source.start_url],
        "import": ["import", str(tmp_path / "curated-2.json")],
        "build-index": ["build-index", "--force"],
        "rollback": ["rollback"],
    }
    bulk_env = {**env, "DIRECTORY_DATA_PATH": str(write_data(tmp_path / "bulk", bulk(30)))}
    try:
        with gunicorn(root, tmp_path, WEB_CONCURRENCY="2") as server:
            with Load(server.base, LOAD, LOAD_THREADS) as load:
                load.wait_for(LOAD_THREADS, deadline)  # the server answers
                started = time.monotonic()
                raced = race(root, source, commands, env, bulk_env, server, deadline)
                load.wait_for(2 * LOAD_THREADS, deadline, after=time.monotonic())  # and still does
                took = time.monotonic() - started
            served = _api_ids(server.base, fictional_ids | SOURCE_IDS)
    finally:
        source.close()

    # every command did what it said, each switch came after the one before it (the lock)
    assert raced.codes == dict.fromkeys(commands, 0), raced.outputs
    events = json.loads((root / "history.json").read_text())["events"][events_before:]
    assert [e["from"] for e in events] == [second.name] + [e["to"] for e in events[:-1]], events
    # ...and no other switch happened: the killed build never went live
    switches = sorted(_switches(raced.outputs))
    assert sorted((e["reason"], e["to"]) for e in events) == switches, (events, raced.outputs)
    for event in events:
        if event["reason"] == "rollback":
            assert event["to"] in promised, event  # only to a build that was live before
            continue
        assert event["to"] not in promised, event  # a new build
        before = promised[event["from"]]
        promised[event["to"]] = {
            "refresh": before | SOURCE_IDS,
            "import": before | {"fictional-curated-2"},
            "build-index": fictional_ids,
        }[event["reason"]]
    # every build that went live and is still kept holds what its command promised
    for build in list_builds(root):
        if build.name in promised:
            index = SearchIndex.open(build)
            assert set(index.services) == promised[build.name], build.name
            index.close()
    final = events[-1]["to"]
    assert current_build(root).name == final
    expected = promised[final]
    # the running server answers with exactly that (closed listings only by their address)
    assert served == expected - {s.id for s in fictional if s.status == "closed"}
    # the next command to take the lock removes what the killed build left behind
    result = run(maintainer, "build-index", "--if-missing")
    assert result.exit_code == 0 and "index present" in result.output, result.output
    assert not partial_builds(root)
    result = run(maintainer, "export", str(tmp_path / "export"))
    assert result.exit_code == 0, result.output
    exported = json.loads((tmp_path / "export" / "services.json").read_text())["contents"]
    # (the Open Referral UK export's ids are UUIDs made from ours)
    assert {s["id"] for s in exported} == {oruk_id("service", sid) for sid in expected}

    # no request failed but those in flight on the killed worker
    killed = raced.killed_at[1]
    failed = [a for a in load.answers if a.status != (404 if a.path == BULK_PROBE else 200)]
    in_flight = [a for a in failed if isinstance(a.status, str) and a.started <= killed <= a.ended]
    assert len(failed) == len(in_flight) <= LOAD_THREADS, failed
    after_kill = [a for a in load.answers if a.started > killed and a.status == 200]
    assert len(after_kill) >= LOAD_THREADS
    print(
        f"\n{len(load.answers)} requests in {took:.1f} s, {len(in_flight)} lost with the killed "
        f"worker; switches: {' -> '.join(e['reason'] for e in events)}"
    )


def _switches(outputs: dict[str, str]) -> list[tuple[str, str]]:
    """(command, build it put live) for every command that says it switched builds."""
    patterns = {
        "refresh": r"^applied: .*; serving (\S+);",
        "import": r"^imported: serving (\S+)$",
        "build-index": r"^built index of \d+ listings: (\S+)$",
        "rollback": r"^rolled back: serving (\S+) \(was \S+\)$",
    }
    found = []
    for name, output in outputs.items():
        for match in re.finditer(patterns[name], output, re.MULTILINE):
            found.append((name, Path(match.group(1)).name))
    return found


def _api_ids(base: str, universe: frozenset[str]) -> set[str]:
    """The open listings the running server answers with; every listing ever served is asked
    for by its address too (closed ones answer there)."""
    with urllib.request.urlopen(base + "/api/v1/services?per_page=100", timeout=30) as answer:
        body = json.loads(answer.read())
    listed = {s["id"] for s in body["services"] + body["national"]}
    for sid in universe | {"fictional-curated-1", "fictional-curated-2"}:
        try:
            with urllib.request.urlopen(f"{base}/api/v1/services/{sid}", timeout=30) as answer:
                found = answer.status == 200
        except urllib.error.HTTPError as exc:
            assert exc.code == 404, (sid, exc.code)
            found = False
        assert found == (sid in listed or sid.startswith("fictional-closed")), sid
    return listed
