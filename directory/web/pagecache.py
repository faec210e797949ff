"""A short-lived memory of results pages whose search is in their address (``/search?q=...``).

A results page costs a few milliseconds to make (the search, then the page); the same address
asked again within a minute is answered from memory, as it was sent (compressed), at about a
static file's cost. That is what lasting links need: one a professional or an organisation publishes
("services near Leeds") can be opened by many people at once.

What it keeps, and what it never keeps:

- only ``GET /search`` pages answered 200: the addresses that show their search by design
  (lasting links a professional chose to share, old bookmarks). Pages reached through the
  search form are at ``/results/<token>`` and are never kept: they are what a survivor sees,
  and they carry a professional's referral pack. Nothing is kept while a professional's tools
  are on;
- the key is a keyed BLAKE2b hash (a random key made when the app starts, never written
  anywhere) of the build, the language, the mount, the address's query string and the
  request's Accept-Encoding: the keys hold no search words. The kept page does show them (as
  the page did), in this process's memory only, for at most ``DIRECTORY_PAGE_CACHE_SECONDS``
  (60 s; 0 turns the cache off), and at most ``MAX_PAGES`` pages; nothing is logged or written;
- a page is kept for the build that answered it: the first request after an index switch
  empties the memory, so a page from an earlier build is never served.

A kept page holds nothing that belongs to one request: the security headers are fixed (no
nonces), no cookie is ever set, and the one token in it (the form's ``t``, which carries
nothing but the search in the address and a professional's tools, which are off here) is
read only with its expiry ignored.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from cachetools import TTLCache
from flask import Flask, Response, current_app, g, request

#: pages kept per worker (a page is 9-40 KB, as sent)
MAX_PAGES = 128
#: where the key of a page being made is kept until it is sent
PENDING = "page_cache_key"


@dataclass(frozen=True)
class Kept:
    body: bytes
    headers: tuple[tuple[str, str], ...]


class PageCache:
    def __init__(
        self, seconds: float, size: int = MAX_PAGES, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.seconds = seconds
        self.size = size
        self._secret = secrets.token_bytes(32)
        # least recently used pages go first beyond the size, and every page after its time
        self._pages: TTLCache[bytes, Kept] = TTLCache(max(size, 1), max(seconds, 0), clock)
        self._build: str | None = None
        self._lock = threading.Lock()

    @property
    def on(self) -> bool:
        return self.seconds > 0 and self.size > 0

    def __len__(self) -> int:
        with self._lock:
            self._pages.expire()
            return len(self._pages)

    def key(self, *parts: str | bytes) -> bytes:
        digest = hashlib.blake2b(key=self._secret, digest_size=16)
        for part in parts:
            data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
            digest.update(len(data).to_bytes(4, "big") + data)
        return digest.digest()

    def get(self, build: str, key: bytes) -> Kept | None:
        with self._lock:
            self._follow(build)
            return self._pages.get(key)

    def put(
        self, build: str, key: bytes, body: bytes, headers: tuple[tuple[str, str], ...]
    ) -> None:
        with self._lock:
            self._follow(build)
            self._pages[key] = Kept(body, headers)

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()

    def _follow(self, build: str) -> None:  # with the lock held
        if build != self._build:
            self._pages.clear()
            self._build = build


def _cache() -> PageCache:
    return current_app.extensions["page_cache"]


def answer(build: str, language: str) -> Response | None:
    """The kept page for this request, or None (then the page is made, and kept when it can
    be: see ``keep``)."""
    cache = _cache()
    if not cache.on or request.method != "GET":
        return None
    key = cache.key(
        build,
        language,
        request.script_root,
        request.query_string,
        request.headers.get("Accept-Encoding", ""),
    )
    kept = cache.get(build, key)
    if kept is None:
        g.setdefault(PENDING, (build, key))
        return None
    response = Response(kept.body, status=200)
    response.headers.clear()
    for name, value in kept.headers:
        response.headers.add(name, value)
    return response


def keep(response: Response) -> Response:
    """After every other after-request function (compression included): keep the page this
    request made when ``answer`` allowed it and nothing belongs to this request alone."""
    pending = g.pop(PENDING, None)
    if pending is None or response.status_code != 200 or response.is_streamed:
        return response
    if "Set-Cookie" in response.headers:
        return response
    build, key = pending
    headers = tuple((k, v) for k, v in response.headers.items() if k.lower() != "content-length")
    _cache().put(build, key, response.get_data(), headers)
    return response


def install(app: Flask) -> None:
    """Call before flask-compress is installed: after-request functions run in the reverse
    order of their registration, so ``keep`` sees the page as sent."""
    app.extensions["page_cache"] = PageCache(float(app.config["DIRECTORY_PAGE_CACHE_SECONDS"]))
    app.after_request(keep)
