"""Issue 23 (red-team D15): gunicorn's own answers to requests it cannot parse (400, 414, 431)
are the API's documented JSON under /api/, as the app's own errors there are, and the site's
neutral page elsewhere; both with the security headers and nothing of the request."""

from __future__ import annotations

import json

import pytest

from directory.production import is_api_target

from .gunicorn_server import gunicorn
from .helpers import raw_exchange

SECRET = "zqsecretword"
BROKEN = {
    400: b"Bad Header: x\r\n",
    431: b"X-A: b\r\n" * 60,
}


def test_gunicorn_s_own_errors_are_json_under_the_api(built_index, tmp_path):
    answers = []
    with gunicorn(built_index, tmp_path, WEB_CONCURRENCY="1") as server:
        for base in (f"/api/v1/services?q={SECRET}", f"/search?q={SECRET}"):
            for status, headers in BROKEN.items():
                request = f"GET {base} HTTP/1.1\r\nHost: x\r\n".encode() + headers + b"\r\n"
                answers.append((base, status, raw_exchange(server.port, request)))
            long_line = f"GET {base}{'a' * 5000} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
            answers.append((base, 414, raw_exchange(server.port, long_line)))
    for base, status, raw in answers:
        head, _, body = raw.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 %d " % status), (base, raw[:100])
        assert b"X-Content-Type-Options: nosniff" in head and SECRET.encode() not in raw
        if base.startswith("/api/"):
            assert b"Content-Type: application/json" in head, head
            assert json.loads(body)["error"]["status"] == status
        else:
            assert b"Content-Type: text/html" in head and b"If you are in danger" in body


@pytest.mark.parametrize(
    "line, api",
    [
        (b"GET /api/v1/services HTTP/1.1\r\n", True),
        (b"GET http://x.example/api/v1/services?q=1 HTTP/1.1\r\n", True),
        (b"GET /search?q=/api/ HTTP/1.1\r\n", False),
        (b"GET /apiary HTTP/1.1\r\n", False),
        (b"garbage", False),
    ],
)
def test_which_requests_are_for_the_api(line, api):
    assert is_api_target(line) is api
