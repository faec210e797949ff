"""Issue #13 under the real server (gunicorn with gunicorn.conf.py on 127.0.0.1): thousands of
hostile requests to every route, idle connections, and what the logs hold afterwards."""

from __future__ import annotations

import http.client
import random
import re
import socket
import threading
import time
import urllib.request
from urllib.parse import quote

import pytest

from .gunicorn_server import gunicorn
from .helpers import raw_exchange

pytestmark = pytest.mark.slow  # gunicorn: `scripts/test --fast` leaves it out

SECRET = "zqsecretword"
SECURITY = ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy")
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
ROUTES = [
    "/", "/search", "/service/fictional-leeds-counselling", f"/service/{SECRET}",
    "/referral-pack", "/referral-pack.csv", "/get-help-now", "/staying-safe-online", "/about",
    "/accessibility", "/privacy", "/favicon.ico", "/health", "/ready", "/api/v1/services",
    "/api/v1/services/fictional-leeds-counselling", f"/api/v1/services/{SECRET}",
    "/api/openapi.json", "/static/build/manifest.json", f"/{SECRET}", "/static/..%2f..%2fetc",
]  # fmt: skip
NAMES = [
    "q", "location", "radius", "page", "per_page", "sort", "support", "audience", "delivery",
    "referral", "id", "endpoint", "_external", "_anchor", "_method", "_scheme", "values",
    "%00", "q[]", "",
]  # fmt: skip
VALUES = [
    "%C2%B2", "%E2%91%A0", "%D9%A3", "%EF%BC%95", "%FF%FE", "%C0%AF", "%", "%%", "%00", "-1",
    "1e9", "99999999999999999999", "NaN", "LS1%204AP", "helpline", "Newport", "1", "5", "",
    "%3Cscript%3E", "evil.example", "..%2F..%2F", "%E2%80%AE", "%F0%9F%98%80",
]  # fmt: skip
METHODS = ["GET"] * 12 + ["HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO"]
HOSTS = ["localhost", "evil.example", "127.0.0.1:1@evil.example", "", "[::1]", "a" * 300]


def _target(rng: random.Random, n: int) -> str:
    params = []
    for _ in range(rng.choice([0, 1, 2, 3, 6])):
        value = rng.choice(VALUES)
        params.append(f"{rng.choice(NAMES)}={value}{SECRET}{n}" if rng.random() < 0.3 else
                      f"{rng.choice(NAMES)}={value}")  # fmt: skip
    if rng.random() < 0.05:
        params.append("support=helpline&" * 150)  # repeated
    if rng.random() < 0.03:
        params.append("q=" + "x" * rng.choice([600, 3000, 5000]))  # huge (5000 is over the limit)
    route = rng.choice(ROUTES)
    return route + ("?" + "&".join(params) if params else "")


def _raw_requests(n: int) -> list[bytes]:
    """What http.client will not send: broken request lines, bytes, headers."""
    line = f"GET /search?q={SECRET}é&location=LS1%204AP HTTP/1.1\r\nHost: x\r\n\r\n"
    return [
        line.encode(),
        f"GET /search?q={SECRET}{n} HTTP/1.1\r\nHost: x\r\nBad Header: {SECRET}\r\n\r\n".encode(),
        f"GET http://evil.example/search?q={SECRET} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
        f"GET /search?q={SECRET} HTTP/9.9\r\nHost: x\r\n\r\n".encode(),
        b"GET /" + b"a" * 5000 + SECRET.encode() + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /search HTTP/1.1\r\n" + b"X-A: b\r\n" * 60 + b"\r\n",
        f"G\x00ET /?q={SECRET} HTTP/1.1\r\n\r\n".encode(),
        b"GET /search?q=\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n",
        f"get /search?q={SECRET} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
        f"GET /search?q={SECRET} HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n".encode(),
        f"GET /search?q={SECRET} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: zz\r\n\r\n".encode(),
    ]


def _status_and_headers(raw: bytes) -> tuple[int, str]:
    head = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    return int(head.split(" ", 2)[1]), head


def _check(failures: list, what: str, status: int, headers: str, body: bytes) -> None:
    if status >= 500:
        failures.append((what, status))
    for name in SECURITY:
        if name.lower() not in headers.lower():
            failures.append((what, f"no {name}"))
    if b"evil.example" in body and b"evil.example" not in what.encode():
        failures.append((what, "a link to the Host"))


@pytest.mark.parametrize("total", [10_000])
def test_ten_thousand_hostile_requests_under_gunicorn(built_index, tmp_path, total):
    failures: list = []
    counts = {"sent": 0}
    deadline = time.monotonic() + 240  # bounded; the count below must still be reached

    def client(worker: int) -> None:
        rng = random.Random(worker)
        with gunicorn_conn() as conn:
            n = 0
            while counts["sent"] < total and time.monotonic() < deadline:
                n += 1
                counts["sent"] += 1
                if n % 50 == 0:
                    for data in _raw_requests(n):
                        raw = raw_exchange(server.port, data)
                        if raw:  # gunicorn may just close on garbage: never a 5xx
                            status, head = _status_and_headers(raw)
                            _check(failures, repr(data[:60]), status, head, raw)
                        counts["sent"] += 1
                    continue
                method, target = rng.choice(METHODS), _target(rng, n)
                headers = {"Host": rng.choice(HOSTS), "X-Forwarded-Host": "evil.example"}
                if rng.random() < 0.1:
                    headers["If-None-Match"] = f'"{SECRET}"'
                try:
                    conn.request(method, target, headers=headers)
                    response = conn.getresponse()
                    body = response.read()
                except (http.client.HTTPException, OSError):
                    conn.close()  # the server closed after an error answer: reconnect
                    conn.request(method, target, headers=headers)
                    response = conn.getresponse()
                    body = response.read()
                head = "\n".join(f"{k}: {v}" for k, v in response.getheaders())
                _check(failures, f"{method} {target[:120]}", response.status, head, body)
                if response.will_close:
                    conn.close()

    with gunicorn(built_index, tmp_path, WEB_CONCURRENCY="2") as server:

        def gunicorn_conn():
            return _Closing(http.client.HTTPConnection(server.host, server.port, timeout=30))

        threads = [threading.Thread(target=client, args=(i,)) for i in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert counts["sent"] >= total, f"only {counts['sent']} requests in the time allowed"
    assert not failures, failures[:20]
    logs = server.log_text()
    assert "GET /search" in logs and "/service/<service_id>" in logs  # the logs were written
    assert SECRET not in logs
    assert not IPV4.search(logs), IPV4.search(logs)
    for word in ("evil.example", "LS1", "4AP", "Newport", "%C2%B2"):
        assert word not in logs, word


class _Closing:
    def __init__(self, conn: http.client.HTTPConnection) -> None:
        self.conn = conn

    def __enter__(self) -> http.client.HTTPConnection:
        return self.conn

    def __exit__(self, *exc) -> None:
        self.conn.close()


def test_twenty_idle_connections_do_not_delay_a_request(built_index, tmp_path):
    """Defect 5: five idle connections stalled every sync worker for 30 s."""
    with gunicorn(built_index, tmp_path, WEB_CONCURRENCY="2") as server:
        urllib.request.urlopen(server.base + "/health", timeout=30).read()  # started
        idle = [socket.create_connection((server.host, server.port)) for _ in range(20)]
        idle[0].sendall(b"GET /search HTTP/1.1\r\nHost: x\r\n")  # and one half-sent request
        try:
            for path in ("/search?q=counselling", "/api/v1/services", "/"):
                started = time.monotonic()
                answer = urllib.request.urlopen(server.base + path, timeout=10)
                assert answer.status == 200
                assert time.monotonic() - started < 1.0, path
        finally:
            for sock in idle:
                sock.close()


def test_app_info_logs_appear_from_the_start(built_index, tmp_path):
    """Defect 6: the app's INFO lines appeared only after a worker's first 500."""
    with gunicorn(built_index, tmp_path, WEB_CONCURRENCY="1") as server:
        urllib.request.urlopen(server.base + "/search?q=" + quote(SECRET), timeout=30).read()
    logs = server.log_text()
    assert "search text=yes" in logs and SECRET not in logs
