#!/usr/bin/env python3
"""Lighthouse scores (mobile) for the start, results and service pages; run by scripts/lighthouse.

The app is served by gunicorn (``gunicorn.conf.py``) on a free port of 127.0.0.1 from an index of
the bundled listings built in a temporary folder, with ``DIRECTORY_PUBLIC_URL`` set to that
address. Lighthouse runs with its default mobile settings (simulated slow 4G and a slower CPU)
in Debian's Chromium, headless.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "scripts" / "lighthouse-runner" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROMIUM = "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        return None


def results_address(base: str) -> str:
    """A results page as people reach it: the form posts, the server answers with its address."""
    data = urllib.parse.urlencode({"q": "counselling", "location": "Leeds"}).encode()
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(base + "/search", data=data, timeout=10)
    except urllib.error.HTTPError as answer:
        if answer.code == 303:
            return urllib.parse.urljoin(base, answer.headers["Location"])
        raise
    raise RuntimeError("the search form did not redirect to a results address")


def run_lighthouse(url: str, out: Path, tries: int = 2) -> dict[str, float]:
    for attempt in range(tries):
        try:
            subprocess.run(
                [
                    str(LIGHTHOUSE),
                    url,
                    "--quiet",
                    "--output=json",
                    f"--output-path={out}",
                    f"--only-categories={','.join(CATEGORIES)}",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                ],
                check=True,
                env={**os.environ, "CHROME_PATH": CHROMIUM},
                timeout=300,
            )
            break
        except subprocess.CalledProcessError:
            # Chromium now and then fails to start on a busy machine: once more, then give up
            if attempt == tries - 1:
                raise
    report = json.loads(out.read_text())
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    failed = [
        audit["id"]
        for audit in report["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 0.9
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
    ]
    return {**scores, "below_0.9": failed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--service", default="childline", help="the service page's id")
    parser.add_argument(
        "--without-public-url",
        action="store_true",
        help="leave DIRECTORY_PUBLIC_URL unset (links such as hreflang from the address served)",
    )
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        print("Run scripts/lighthouse (it installs Lighthouse first).", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="lighthouse-"))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DIRECTORY_INDEX_PATH": str(work / "index"),
        "DIRECTORY_BIND": f"127.0.0.1:{port}",
        "DIRECTORY_PUBLIC_URL": base,
        "WEB_CONCURRENCY": "2",
    }
    if args.without_public_url:
        del env["DIRECTORY_PUBLIC_URL"]
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "directory"), "build-index"],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "-c",
            "gunicorn.conf.py",
            "--access-logfile",
            "/dev/null",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/ready", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)  # the server is starting (a script, not a test)
        pages = {
            "start": base + "/",
            "results": results_address(base),
            "service": f"{base}/service/{args.service}",
        }
        found = {}
        for name, url in pages.items():
            found[name] = run_lighthouse(url, work / f"{name}.json")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    print("| page | performance | accessibility | best practices | SEO | audits below 0.9 |")
    print("|---|---:|---:|---:|---:|---|")
    for name, s in found.items():
        print(
            f"| {name} | {s['performance']} | {s['accessibility']} | {s['best-practices']} | "
            f"{s['seo']} | {', '.join(s['below_0.9']) or '-'} |"
        )
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "lighthouse.json").write_text(json.dumps(found, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
