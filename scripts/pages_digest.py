#!/usr/bin/env python3
"""A digest of every page a refactor must leave byte-identical, one line per page.

    .venv/bin/python scripts/pages_digest.py [--probes-every N] > before.txt
    (change the code)
    .venv/bin/python scripts/pages_digest.py [--probes-every N] > after.txt
    diff before.txt after.txt

Renders, with the app's test client over the built index (index/, or DIRECTORY_INDEX_PATH):
the results page of every judged and held-out query (``tests/relevance``), in Welsh under /cy
for the Welsh ones, with its "More services" page; every Nth asker probe (default 5) the same
way; and every page of the sitemap (the start, help and safety pages, each service's) in both
languages. Each line is "key status digest": what changes from one render to the next (the
results address's token, the stylesheet's fingerprinted name, a nonce) is masked first. For a
page whose line differs, render it before and after and read the difference with ``diff``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

from flask import url_for

from directory import create_app
from directory.web.findable import SITEMAP_PAGES

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "tests" / "relevance"
#: what differs between two renders of the same page: the results token (in addresses and a
#: hidden field), the fingerprinted asset names, a nonce
VARYING = re.compile(
    rb'/results/[A-Za-z0-9_\-.=]+|/static/build/[^"]+|value="[A-Za-z0-9_\-]{40,}"|nonce="[^"]+"'
)
MORE = re.compile(rb'href="((?:/cy)?/results/[^"]+/more)"')


def _searches(every: int) -> Iterator[tuple[str, str, str, str]]:
    """(key, words, place, language prefix) for each search to render."""
    for name in ("queries.jsonl", "holdout.jsonl"):
        for line in (JUDGED / name).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            welsh = item.get("lang") == "cy" or "welsh" in item.get("persona", "")
            yield item["id"], item["query"], item.get("location", ""), "/cy" if welsh else ""
    for path in sorted(JUDGED.glob("asker-probe*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[::every]:
            item = json.loads(line)
            prefix = "/cy" if item.get("lang") == "cy" else ""
            yield f"{path.stem}-{item['id']}", item["q"], item.get("location", ""), prefix


def _digest(body: bytes) -> str:
    return hashlib.sha1(VARYING.sub(b"", body)).hexdigest()[:12]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--probes-every", type=int, default=5, metavar="N")
    args = parser.parse_args()
    app = create_app()
    client = app.test_client()
    for key, words, place, prefix in _searches(max(1, args.probes_every)):
        query = {"q": words, "location": place}
        page = client.get(f"{prefix}/search", query_string=query, follow_redirects=True)
        more = MORE.search(page.data)
        line = f"{key} {page.status_code} {_digest(page.data)}"
        if more:
            address = more.group(1).decode().replace("&amp;", "&")
            line += f" more {_digest(client.get(address).data)}"
        print(line)
    with app.test_request_context():
        paths = [url_for(endpoint) for endpoint in SITEMAP_PAGES]
        ids = sorted(app.extensions["directory"].get().open_service_ids())
        paths += [url_for("web.service", service_id=sid) for sid in ids]
    for prefix in ("", "/cy"):
        for path in paths:
            page = client.get(f"{prefix}{path}")
            print(f"{prefix}{path} {page.status_code} {_digest(page.data)}")


if __name__ == "__main__":
    main()
