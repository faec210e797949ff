#!/usr/bin/env python3
"""Measure what a results page weighs with everything it loads, in Debian's Chromium.

    .venv/bin/python scripts/page_weight.py ["/search?q=counselling&location=Leeds"]

Serves the app (the built index in index/) on 127.0.0.1, loads the page with an empty cache
and then again (a repeat visit, same browser), and prints the bytes Chromium transferred for
each response (headers and body as sent: compressed when the app compressed it), per visit.
"""

from __future__ import annotations

import shutil
import sys
import threading

from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from directory import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "/search?q=counselling&location=Leeds&radius=50"
    server = make_server("127.0.0.1", 0, create_app(), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    visits: list[list[tuple[str, int]]] = []

    def record(response) -> None:  # noqa: ANN001
        sizes = response.request.sizes()
        url = response.url.replace(base, "")
        visits[-1].append((url, sizes["responseBodySize"] + sizes["responseHeadersSize"]))

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.on("response", record)
        for _ in ("first", "repeat"):
            visits.append([])
            page.goto(base + path, wait_until="networkidle")
        browser.close()
    server.shutdown()
    for name, rows in zip(("first visit", "repeat visit"), visits, strict=True):
        print(f"\n{name}\n\n| resource | bytes transferred |\n|---|---:|")
        for url, size in rows:
            print(f"| `{url.split('?')[0] if url != path else url}` | {size:,} |")
        total = sum(s for _, s in rows)
        print(f"| **total ({sum(1 for _, s in rows if s)} transfers)** | **{total:,}** |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
