"""A flood of report posts from one client is held in gunicorn's poller, not answered by
threads at full speed (issue 29): once a client has sent REPORT_POSTS_BEFORE_HOLD report posts
in a day, each further one waits REPORT_HOLD_SECONDS before a thread answers it (as before: the
person is thanked), so searches keep the server's CPU. Counted, not timed: how many of a
flood's posts had been answered when searches beside them had been."""

from __future__ import annotations

import datetime as dt
import http.client
import re
import select
import signal
import socket
import sqlite3
import time
from urllib.parse import urlencode

from directory.feedback.db import path_in
from directory.feedback.ratelimit import RateLimiter, client_of, trusted_proxies
from directory.limits import REPORT_POSTS_BEFORE_HOLD

from .gunicorn_server import gunicorn

TOKEN = re.compile(r'name="token" value="([^"]+)"')
LISTINGS = ["fictional-leeds-counselling", "fictional-national-helpline", "fictional-bradford-isva"]
LIMIT = 5


def _ask(port: int, method: str, path: str, body: bytes = b"", **headers: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body or None, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def _post_bytes(path: str, form: dict[str, str], more: str = "") -> bytes:
    body = urlencode(form).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{more}"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


def _flood(port: int, token: str, count: int, more: str = "") -> list[socket.socket]:
    """``count`` report posts sent at once, each on its own connection, none read yet:
    forged forms, and real ones (every kind, three listings, English and Welsh)."""
    kinds = ["number", "closed", "who", "website", "other"]
    sent = []
    for n in range(count):
        sid = LISTINGS[n % 3]
        path = f"{'/cy' if n % 4 == 0 else ''}/service/{sid}/report"
        form = {"token": token if n % 2 else "forged", "kind": kinds[n % 5], "details": "x"}
        if sid != LISTINGS[0]:
            form["token"] = "forged"  # the token is for the first listing only
        sock = socket.create_connection(("127.0.0.1", port), timeout=60)
        sock.sendall(_post_bytes(path, form, more))
        sent.append(sock)
    return sent


def _answered(socks: list[socket.socket]) -> int:
    """How many of ``socks`` have an answer (or a close) waiting, now."""
    readable, _, _ = select.select(socks, [], [], 0)
    return len(readable)


def _status(sock: socket.socket, deadline: float) -> int:
    data = b""
    while b"\r\n" not in data:
        sock.settimeout(max(0.1, deadline - time.monotonic()))
        chunk = sock.recv(4096)
        assert chunk, "closed without an answer"
        data += chunk
    return int(data.split(b" ", 2)[1])


def _count_posts_to_the_hold(port: int, **headers: str) -> None:
    for n in range(REPORT_POSTS_BEFORE_HOLD):
        body = b"token=forged&n=%d" % n
        status, _ = _ask(port, "POST", f"/service/{LISTINGS[0]}/report", body, **headers)
        assert status == 400  # a forged form: counted all the same


def _stored(state) -> int:
    connection = sqlite3.connect(path_in(state))
    try:
        return connection.execute("SELECT count(*) FROM reports").fetchone()[0]
    finally:
        connection.close()


def test_a_flood_is_held_while_searches_are_answered_and_thanked_when_the_server_stops(
    built_index, tmp_path
):
    state = tmp_path / "state"
    with gunicorn(
        built_index, tmp_path, DIRECTORY_STATE_PATH=str(state), DIRECTORY_REPORT_LIMIT=str(LIMIT),
        DIRECTORY_SECRET_KEY="test-secret", WEB_REPORT_HOLD_SECONDS="600",
    ) as server:  # fmt: skip
        port = server.port
        status, form = _ask(port, "GET", f"/service/{LISTINGS[0]}/report")
        assert status == 200
        token = TOKEN.search(form.decode()).group(1)
        _count_posts_to_the_hold(port)
        flood = _flood(port, token, 40)
        for query in ("counselling", "someone to talk to", "advocate"):
            status, page = _ask(port, "GET", f"/search?{urlencode({'q': query})}")
            assert status == 200 and b"result" in page
        # every search answered, and not one of the 40 posts sent before them
        assert _answered(flood) == 0
        # a worker that stops (restart, graceful reload) answers what it holds at once
        server.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 60  # far less than the 600 s hold
        statuses = [_status(sock, deadline) for sock in flood]
        server.process.wait(timeout=60)
        for sock in flood:
            sock.close()
        log = server.log_text()
    assert set(statuses) <= {303, 400}, statuses  # thanked (or told the form expired): no 5xx
    assert statuses.count(303) >= LIMIT
    assert _stored(state) <= LIMIT
    assert " 500 " not in log


def test_a_held_post_is_answered_when_its_time_is_up(built_index, tmp_path):
    with gunicorn(
        built_index, tmp_path, DIRECTORY_STATE_PATH=str(tmp_path / "state"),
        DIRECTORY_SECRET_KEY="test-secret", WEB_REPORT_HOLD_SECONDS="1",
    ) as server:  # fmt: skip
        _count_posts_to_the_hold(server.port)
        (held,) = _flood(server.port, "forged", 1)
        assert _status(held, time.monotonic() + 60) == 400  # the form again, as before
        held.close()


def test_behind_a_trusted_proxy_one_clients_flood_holds_no_one_elses_post(built_index, tmp_path):
    flooder = {"X-Forwarded-For": "198.51.100.7, 203.0.113.1"}  # the proxy adds the last
    with gunicorn(
        built_index, tmp_path, DIRECTORY_STATE_PATH=str(tmp_path / "state"),
        DIRECTORY_SECRET_KEY="test-secret", WEB_REPORT_HOLD_SECONDS="600",
        DIRECTORY_TRUSTED_PROXIES="127.0.0.1, ::1",
    ) as server:  # fmt: skip
        _count_posts_to_the_hold(server.port, **flooder)
        # what the client put before the proxy's address does not make it someone else
        held = _flood(server.port, "forged", 2, "X-Forwarded-For: 10.9.8.7, 203.0.113.1\r\n")
        # another client behind the same proxy: answered at once
        status, _ = _ask(server.port, "POST", f"/service/{LISTINGS[0]}/report", b"token=forged",
                         **{"X-Forwarded-For": "203.0.113.2"})  # fmt: skip
        assert status == 400
        assert _answered(held) == 0
        server.process.send_signal(signal.SIGTERM)
        assert [_status(sock, time.monotonic() + 60) for sock in held] == [400, 400]
        for sock in held:
            sock.close()


def test_who_a_post_is_from_behind_a_proxy():
    proxies = trusted_proxies("127.0.0.1, ::1")
    assert client_of("127.0.0.1", "10.0.0.1, 203.0.113.9", proxies) == "203.0.113.9"
    assert client_of("::1", " 203.0.113.9 ", proxies) == "203.0.113.9"
    # not from a trusted proxy (or none named): the header is anyone's to write
    assert client_of("198.51.100.1", "203.0.113.9", proxies) == "198.51.100.1"
    assert client_of("127.0.0.1", "203.0.113.9", frozenset()) == "127.0.0.1"
    assert client_of("127.0.0.1", None, proxies) == "127.0.0.1"


def test_every_post_is_counted_for_its_client_and_a_peek_counts_nothing():
    today = [dt.date(2026, 12, 5)]
    limiter = RateLimiter(limit=2, today=lambda: today[0])
    for _ in range(3):
        limiter.note_post("a")
    assert limiter.posts("a") == limiter.posts("a") == 3
    assert limiter.posts("b") == 0
    assert limiter.allow("a", "x", "number")  # posts are not reports stored
    today[0] = dt.date(2026, 12, 6)
    assert limiter.posts("a") == 0
