"""Issue 23 (red-team D13): the development server (``directory run``, the README's quick
start through scripts/run) logs a request's method, path and status, never the client's
address, a query string, a results token or a request line it could not parse."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from directory.config import PROJECT_ROOT
from directory.logscrub import path_only

from .helpers import raw_exchange

SECRET = "zqdevsecret"
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.mark.slow  # starts the dev server (`directory run`) on 127.0.0.1
def test_the_dev_server_logs_no_address_query_or_token(built_index, tmp_path):
    port = _free_port()
    log = tmp_path / "run.log"
    env = {**os.environ, "DIRECTORY_INDEX_PATH": str(built_index), "FLASK_DEBUG": "0"}
    command = [str(Path(sys.executable).parent / "directory"), "run", "--port", str(port)]
    with open(log, "wb") as out:
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:  # poll until it answers (bounded)
            try:
                urllib.request.urlopen(base + "/health", timeout=5).read()
                break
            except OSError:
                assert process.poll() is None, log.read_text()
                assert time.monotonic() < deadline, "the dev server did not start"
                time.sleep(0.1)
        query = urllib.parse.urlencode({"q": SECRET, "location": "LS1 4AP"})
        assert urllib.request.urlopen(f"{base}/search?{query}", timeout=30).status == 200
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            opener.open(base + "/search", data=query.encode(), timeout=30)
        except urllib.error.HTTPError as redirect:
            token_address = redirect.headers["Location"]
        assert "/results/" in token_address
        urllib.request.urlopen(urllib.parse.urljoin(base, token_address), timeout=30).read()
        line = f"GET /search?q={SECRET}3é&location=LS1 4AP HTTP/1.1\r\nHost: x\r\n\r\n"
        assert raw_exchange(port, line.encode()).startswith(b"HTTP/1.1 400")
        raw_exchange(port, f"G\x00ET /?q={SECRET} HTTP/1.1\r\n\r\n".encode())
    finally:
        process.terminate()
        process.wait(timeout=30)
    text = log.read_text(errors="replace")
    assert '"GET /search" 200' in text and '"POST /search" 303' in text, text
    assert '"GET /results/-" 200' in text, text
    token = token_address.rsplit("/", 1)[1]
    for word in (SECRET, "LS1", "4AP", token, " - - ["):
        assert word not in text, word
    requests = [line for line in text.splitlines() if '" ' in line and "[" in line]
    assert len(requests) >= 5
    for line in requests:
        assert not IPV4.search(line), line


def test_a_logged_path_has_no_query_host_token_or_control_character():
    assert path_only("/search?q=secret") == "/search"
    assert path_only("http://evil.example/search?q=x") == "/search"
    assert path_only("/results/gAAAAB-xyz") == "/results/-"
    assert path_only("/a\x1b[31mb") == "/a?[31mb"
