"""A running app picks up new index builds without a restart, and never answers with an error
or from a half-switched state while refreshes are applied and rolled back."""

from __future__ import annotations

import threading

import requests
from werkzeug.serving import make_server

from .fake_source import FIVE, FakeSource, listing
from .helpers import refresh, run, served


def open_ids(app) -> frozenset[str]:
    return frozenset(sid for sid, s in served(app).items() if s.status != "closed")


def test_searching_through_two_refreshes_and_a_rollback(maintainer):
    source = FakeSource()
    server = make_server("127.0.0.1", 0, maintainer, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/api/v1/services?per_page=100"
    seen: list[tuple[int, frozenset[str]]] = []
    stop = threading.Event()
    rolled_back: set[frozenset[str]] = set()
    served_after_rollback = threading.Event()

    def search_loop():
        with requests.Session() as session:
            while not stop.is_set():
                response = session.get(url, timeout=10)
                body = response.json() if response.status_code == 200 else {}
                ids = frozenset(
                    s["id"] for group in ("services", "national") for s in body.get(group, [])
                )
                seen.append((response.status_code, ids))
                if ids in rolled_back and sum(1 for _, i in seen if i == ids) >= 3:
                    served_after_rollback.set()

    expected = {open_ids(maintainer)}
    loop = threading.Thread(target=search_loop)
    loop.start()
    try:
        source.publish(FIVE)
        assert refresh(maintainer, source).exit_code == 0
        expected.add(open_ids(maintainer))
        source.publish({**FIVE, "f": listing("f")})
        assert refresh(maintainer, source).exit_code == 0
        expected.add(open_ids(maintainer))
        assert run(maintainer, "rollback").exit_code == 0
        rolled_back.add(open_ids(maintainer))
        assert served_after_rollback.wait(timeout=30)  # the loop tells us, no sleeping
    finally:
        stop.set()
        loop.join()
        server.shutdown()
        source.close()
    assert len(expected) == 3
    assert {status for status, _ in seen} == {200}
    assert {ids for _, ids in seen} <= expected  # every answer came whole from one build
    assert len({ids for _, ids in seen}) >= 2  # and the app switched while it was answering
    assert seen[-1][1] in rolled_back
