#!/usr/bin/env python3
"""Measure what a results page weighs with everything it loads, in Debian's Chromium.

    .venv/bin/python scripts/page_weight.py ["/search?q=counselling&location=Leeds"]

Serves the app (the built index in index/) on 127.0.0.1, loads the page once with an empty
cache, and prints each response's size in bytes (uncompressed bodies, as the development
server sends them) and the total.
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
    rows: list[tuple[str, int]] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.on("response", lambda r: rows.append((r.url.replace(base, ""), len(r.body()))))
        page.goto(base + path, wait_until="networkidle")
        browser.close()
    server.shutdown()
    print("| resource | bytes |\n|---|---:|")
    for url, size in rows:
        print(f"| `{url.split('?')[0] if url != path else url}` | {size:,} |")
    print(f"| **total ({len(rows)} requests)** | **{sum(s for _, s in rows):,}** |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
