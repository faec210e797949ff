"""A short chaos run against the real server: data commands in quick succession under load,
a worker and a build killed, a live build cut short in place. Prints its figures and exits 1
if a listing was lost or any answer but the deliberate 503 was a server error.

On a scratch index of the fictional listings (tests/fixtures), gunicorn as README starts it
(gunicorn.conf.py, on 127.0.0.1), a fictional source directory on 127.0.0.1
(tests/fake_source.py) and CLIENTS threads asking for ordinary pages, each round starts at once
(as separate processes, serialised by the data lock): `directory refresh` (the source adds a
listing each round), `directory import` of a new curated listing, `directory rollback`,
`directory roll-forward` and `directory build-index --if-missing`. In round 1 a bulk
`build-index --force` is killed while it writes its build; in round 2 a gunicorn worker is
killed; in round 3 the serving build's listings file is cut short in place (as `cp` over a live
build does), and put back once every worker serves the build before it.

Then it rolls forward as far as it goes: every listing the fictional data, the refreshes and
the imports added must be served (by the running server's API). Usage: scripts/chaos [ROUNDS]
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from directory.model import validate_records  # noqa: E402
from directory.search import build_index, current_build  # noqa: E402
from tests.fake_source import FakeSource, listing  # noqa: E402
from tests.fixtures.make_fictional import fictional_services  # noqa: E402
from tests.gunicorn_server import gunicorn  # noqa: E402
from tests.helpers import Load, write_data  # noqa: E402
from tests.test_faults import bulk, children, lock_holder, partial_builds  # noqa: E402

CLIENTS = 8
PAGES = [
    "/",
    "/search?q=counselling",
    "/search?location=Leeds",
    "/api/v1/services?q=helpline",
    "/service/fictional-national-helpline",
    "/get-help-now",
    "/ready",
]
DEADLINE = 600.0


def poll(condition, what: str, within: float = 60.0):
    until = time.monotonic() + within
    while not (found := condition()):
        if time.monotonic() > until:
            raise SystemExit(f"chaos: timed out waiting for {what}")
        time.sleep(0.005)  # polling, no fixed wait
    return found


def ready(base: str) -> dict:
    try:
        with urllib.request.urlopen(base + "/ready", timeout=10) as answer:
            return json.loads(answer.read())
    except (urllib.error.HTTPError, OSError):
        return {}


def every_worker_serves(base: str, build: str, within: float) -> float:
    started = time.monotonic()
    in_a_row = 0
    while in_a_row < 20:
        if time.monotonic() - started > within:
            raise SystemExit(f"chaos: the workers did not all serve {build} within {within} s")
        in_a_row = in_a_row + 1 if ready(base).get("build") == build else 0
    return time.monotonic() - started


def served_ids(base: str, universe: set[str]) -> set[str]:
    found = set()
    for sid in universe:
        try:
            with urllib.request.urlopen(f"{base}/api/v1/services/{sid}", timeout=30) as answer:
                if answer.status == 200:
                    found.add(sid)
        except urllib.error.HTTPError:
            pass
    return found


def _curated(n: int) -> dict:
    return {
        "id": f"fictional-curated-{n}",
        "name": f"Fictional Curated Service {n}",
        "service_area": {"national": True},
        "source_url": f"https://example.org/curated-{n}",
        "last_checked": "2026-01-01",
    }


def main(rounds: int = 3) -> int:
    work = Path(tempfile.mkdtemp(prefix="directory-chaos-"))
    try:
        return run(work, rounds)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(work: Path, rounds: int) -> int:
    root = work / "index"
    data = write_data(work / "data", fictional_services())
    fictional, errors = validate_records(fictional_services(), "fictional")
    assert not errors, errors
    first = build_index(fictional, root)
    expected = {s.id for s in fictional}
    source = FakeSource()
    published = {s: listing(s) for s in ("a", "b")}
    source.publish(published)
    env = {
        **os.environ,
        "DIRECTORY_INDEX_PATH": str(root),
        "DIRECTORY_DATA_PATH": str(data),
        "DIRECTORY_FETCH_INTERVAL": "0",
        "DIRECTORY_FETCH_BACKOFF": "0.01",
    }
    bulk_env = {**env, "DIRECTORY_DATA_PATH": str(write_data(work / "bulk", bulk(30)))}
    tool = str(Path(sys.executable).parent / "directory")
    codes: Counter[str] = Counter()
    figures: dict[str, float] = {}
    started = time.monotonic()
    with gunicorn(root, work, WEB_CONCURRENCY="3") as server:
        every_worker_serves(server.base, first.name, 60)
        with Load(server.base, PAGES, CLIENTS) as clients:
            try:
                for n in range(1, rounds + 1):
                    published[f"r{n}"] = listing(f"r{n}")
                    source.publish(published)
                    expected.add(f"csa-r{n}")
                    curated = work / f"curated-{n}.json"
                    curated.write_text(json.dumps([_curated(n)]))
                    expected.add(f"fictional-curated-{n}")
                    # these three at once, in whichever order the lock lets them switch
                    commands = {
                        "refresh": ["refresh", "--base-url", source.start_url, "--quiet"],
                        "import": ["import", str(curated)],
                        "build-index --if-missing": ["build-index", "--if-missing"],
                    }
                    processes = {
                        name: subprocess.Popen(
                            [tool, *args],
                            env=env,
                            stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT,
                            text=True,
                        )  # fmt: skip
                        for name, args in commands.items()
                    }
                    if n == 1:  # a bulk build killed once it holds the lock, half-written
                        victim = subprocess.Popen([tool, "build-index", "--force"], env=bulk_env,
                                                  stdout=subprocess.DEVNULL,
                                                  stderr=subprocess.DEVNULL)  # fmt: skip
                        pid = victim.pid
                        poll(lambda: lock_holder(root) == pid and partial_builds(root),  # noqa: B023
                             "the bulk build to be half-written", DEADLINE)  # fmt: skip
                        victim.send_signal(signal.SIGKILL)
                        victim.wait()
                    if n == 2:  # a worker killed under load
                        os.kill(min(children(server.process.pid)), signal.SIGKILL)
                    for name, process in processes.items():
                        output = process.communicate(timeout=DEADLINE)[0]
                        codes[f"{name}: exit {process.returncode}"] += 1
                        if process.returncode:
                            print(f"chaos: {name} exited {process.returncode}:\n{output}")
                    # then straight back and forth (a rollback followed by a new build would leave
                    # the build rolled back from out of the history: that is what rollback is for)
                    for name in ("rollback", "roll-forward"):
                        done = subprocess.run([tool, name], env=env, capture_output=True, text=True)
                        codes[f"{name}: exit {done.returncode}"] += 1
                        if done.returncode:
                            said = f"{done.stdout}{done.stderr}"
                            print(f"chaos: {name} exited {done.returncode}:\n{said}")
                    if n == rounds:  # the serving build's listings cut short in place
                        live = current_build(root)
                        every_worker_serves(server.base, live.name, 30)
                        records = live / "listings.json"
                        original = records.read_bytes()
                        damaged_at = time.monotonic()
                        os.truncate(records, len(original) // 10)
                        earlier = json.loads((root / "history.json").read_text())["past"][-1]
                        figures["fell back (s)"] = every_worker_serves(server.base, earlier, 10)
                        with open(records, "r+b") as handle:
                            handle.write(original)
                        figures["came back (s)"] = every_worker_serves(server.base, live.name, 10)
                        figures["damaged for (s)"] = time.monotonic() - damaged_at
                # as far forward as it goes: every listing added must be there
                while (
                    subprocess.run([tool, "roll-forward"], env=env, capture_output=True).returncode
                    == 0
                ):
                    pass
                newest = current_build(root).name
                every_worker_serves(server.base, newest, 10)
                universe = expected | {f"fictional-curated-{n}" for n in range(1, rounds + 1)}
                served = served_ids(server.base, universe)
            finally:
                source.close()
        log = server.log_text()
    took = time.monotonic() - started
    statuses = Counter(a.status for a in clients.answers)
    server_errors = {
        k: v for k, v in statuses.items() if isinstance(k, int) and k >= 500 and k != 503
    }
    dropped = sum(v for k, v in statuses.items() if isinstance(k, str))
    lost = sorted(expected - served)
    print(f"chaos run, {rounds} rounds in {took:.1f} s, {CLIENTS} clients, 3 workers")
    print(
        f"requests: {len(clients.answers)} ({len(clients.answers) / took:.0f}/s); {dict(statuses)}"
    )
    print(f"connections dropped (the killed worker's requests in flight): {dropped}")
    print(f"5xx other than the deliberate 503: {sum(server_errors.values())}")
    print(
        "worker deaths other than the one killed: "
        f"{log.count('was sent SIGKILL') - (rounds >= 2) + log.count('SIGBUS')}"
    )
    print("commands: " + ", ".join(f"{k} x{v}" for k, v in sorted(codes.items())))
    print(f"builds on disk: {len(list((root / 'builds').iterdir()))}; serving {newest}")
    print("; ".join(f"{k} {v:.2f}" for k, v in figures.items()))
    print(
        f"listings expected {len(expected)}, served {len(served & expected)}, "
        f"lost {len(lost)} {lost or ''}"
    )
    return 1 if lost or server_errors or "SIGBUS" in log else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
