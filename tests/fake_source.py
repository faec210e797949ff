"""A fictional authoritative directory, served on 127.0.0.1 in the assumed page shape.

Tests describe listings and misbehaviour (errors, slow answers, redirects, robots rules); the
server records every request it gets. No listing here is a real service.
"""

from __future__ import annotations

import hashlib
import html
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def listing(slug: str, **extra) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": f"Fictional Source Service {slug.upper()}",
        "description": f"<p>A <b>fictional</b> service {slug} for tests.</p>",
        "provider": {"@type": "Organization", "name": "Fictional Source Charity"},
        "url": f"https://example.org/{slug}",
        "telephone": "01632 960100",
        "areaServed": ["Leeds"],
        "serviceType": ["Counselling"],
        "audience": [{"@type": "Audience", "audienceType": "Adult survivors"}],
        "hoursAvailable": "Monday to Friday, 9am to 5pm",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "1 Fictional Street",
            "addressLocality": "Leeds",
            "postalCode": "LS1 4AP",
        },
    }
    data.update(extra)
    return data


@dataclass
class Reply:
    status: int = 200
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    hang: float = 0.0  # seconds to wait before answering (for read timeouts)
    drip: float = 0.0  # seconds between the body's bytes, sent one at a time


class FakeSource:
    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        self.overrides: dict[str, list[Reply]] = {}
        self.robots = "User-agent: *\nAllow: /\n"
        self.requests: list[tuple[float, str, dict[str, str]]] = []
        self.sent: dict[str, int] = {}  # bytes of a dripped body sent before the client left
        self.release = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_port}"
        # (a short poll: close() waits for serve_forever to notice, 0.5 s by default, which
        # was 7 s of the fast lane across the ORUK import tests' teardowns)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    @property
    def start_url(self) -> str:
        return f"{self.base}/directory/"

    def publish(self, listings: dict[str, dict], per_page: int = 2) -> None:
        """List pages at /directory/?page=N (rel=next links) and a page per listing."""
        self.pages = {}
        slugs = list(listings)
        chunks = [slugs[i : i + per_page] for i in range(0, len(slugs), per_page)] or [[]]
        for n, chunk in enumerate(chunks, start=1):
            cards = "".join(
                f'<article class="service-card"><h2>{listings[s]["name"]}</h2>'
                f'<a class="service-card__link" href="/directory/{s}/">More</a></article>'
                for s in chunk
            )
            nxt = (
                f'<a rel="next" href="/directory/?page={n + 1}">Next</a>' if n < len(chunks) else ""
            )
            path = "/directory/" if n == 1 else f"/directory/?page={n}"
            self.pages[path] = f"<html><body><main>{cards}</main>{nxt}</body></html>"
        for slug, data in listings.items():
            self.pages[f"/directory/{slug}/"] = (
                '<html><head><script type="application/ld+json">'
                # as a real page must, "</" is escaped inside the script element
                + json.dumps(data).replace("</", "<\\/")
                + "</script></head><body><h1>"
                + html.escape(data.get("name", ""))
                + "</h1></body></html>"
            )

    def reply(self, path: str, path_replies: list[Reply]) -> None:
        """Answer ``path`` with these replies, one per request, then normally."""
        self.overrides[path] = list(path_replies)

    def paths(self) -> list[str]:
        return [p for _, p, _ in self.requests]

    def close(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                fake.requests.append((time.monotonic(), self.path, dict(self.headers)))
                queued = fake.overrides.get(self.path)
                if queued:
                    reply = queued.pop(0)
                elif self.path == "/robots.txt":
                    reply = Reply(body=fake.robots, headers={"Content-Type": "text/plain"})
                elif self.path in fake.pages:
                    body = fake.pages[self.path]
                    etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:16] + '"'
                    if self.headers.get("If-None-Match") == etag:
                        reply = Reply(status=304, headers={"ETag": etag})
                    else:
                        reply = Reply(
                            body=body, headers={"ETag": etag, "Cache-Control": "no-cache"}
                        )
                else:
                    reply = Reply(status=404, body="not found")
                if reply.hang:
                    fake.release.wait(reply.hang)
                data = reply.body.encode()
                try:
                    self.send_response(reply.status)
                    headers = {"Content-Type": "text/html; charset=utf-8", **reply.headers}
                    for name, value in headers.items():
                        self.send_header(name, value)
                    if reply.status != 304:
                        self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    if reply.status != 304 and not reply.drip:
                        self.wfile.write(data)
                    elif reply.drip:
                        fake.sent[self.path] = 0
                        for n in range(len(data)):
                            if fake.release.is_set():  # the source is closing
                                break
                            self.wfile.write(data[n : n + 1])
                            fake.sent[self.path] += 1
                            fake.release.wait(reply.drip)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler


#: the five listings a fictional source directory publishes at first
FIVE = {s: listing(s) for s in ("a", "b", "c", "d", "e")}
