"""Polite fetching from the authoritative directory.

One ``requests`` session with: an identifying User-Agent with a contact address; robots.txt
obeyed; a pause between requests (one second by default); connect and read timeouts; retries
with exponential backoff on connection errors, 429 and 5xx, honouring ``Retry-After`` (urllib3
``Retry``); an on-disk HTTP cache with conditional requests (ETag / Last-Modified, CacheControl),
so an unchanged page costs a 304; redirects to any other host refused; a maximum response size.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import urllib.robotparser
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests
from cachecontrol import CacheControlAdapter
from cachecontrol.caches import FileCache
from urllib3.util.retry import Retry


class FetchError(Exception):
    """A page could not be fetched as policy allows: the run must not apply anything."""


class RetryTooLong(Exception):
    """The source's Retry-After is longer than the run may wait."""


def _socket_of(response: requests.Response) -> socket.socket | None:
    """The socket a streamed response's body is read from. On a kept-alive connection it is the
    connection's; once http.client hands it to the response (``Connection: close``, HTTP/1.0)
    it is only reachable through the response's file."""
    sock = getattr(getattr(response.raw, "_connection", None), "sock", None)
    if sock is None:
        # urllib3 response -> http.client response (perhaps behind CacheControl's wrapper,
        # which passes attributes on) -> buffered reader -> SocketIO -> socket
        reader = getattr(getattr(response.raw, "_fp", None), "fp", None)
        sock = getattr(getattr(reader, "raw", None), "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


def _shut(sock: socket.socket, fired: threading.Event) -> None:
    """End a read blocked on ``sock`` (it then sees the end of the stream). Only the socket is
    touched: closing the response from this thread races with the thread reading it."""
    fired.set()
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


@dataclass(frozen=True)
class FetchSettings:
    contact: str = "directory-maintainers@example.invalid"
    min_interval: float = 1.0  # seconds between requests
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0  # exponential: backoff * 2 ** (retry - 1) seconds
    max_bytes: int = 2_000_000
    max_redirects: int = 5
    cache_dir: Path | None = None
    #: the whole run's deadline (seconds): a source that drips or asks us to wait for hours
    #: stops the run instead of holding it
    deadline: float = 3600.0
    #: a longer Retry-After than this (seconds) stops the run rather than waiting
    max_retry_after: float = 120.0
    #: each page must arrive at this average rate (bytes a second) once ``page_grace`` has
    #: passed, and within page_grace + max_bytes / min_bytes_per_second in all
    min_bytes_per_second: float = 50_000.0
    page_grace: float = 10.0

    @property
    def user_agent(self) -> str:
        return f"FindSupportDirectoryRefresh/1.0 (+mailto:{self.contact})"


class PoliteFetcher:
    def __init__(self, base_url: str, settings: FetchSettings | None = None) -> None:
        self.base_url = base_url
        self.settings = settings or FetchSettings()
        self.host = urlsplit(base_url).netloc
        self.session = requests.Session()
        self.session.headers["User-Agent"] = self.settings.user_agent
        # revalidate every page on every run: the cache saves bytes (a 304), never a request,
        # whatever freshness (max-age, Expires) the source claims
        self.session.headers["Cache-Control"] = "no-cache"
        self._deadline = time.monotonic() + self.settings.deadline
        fetcher = self

        class BoundedRetry(Retry):
            def sleep_for_retry(self, response=None) -> bool:
                wait = self.get_retry_after(response) if response is not None else None
                if wait is not None and (
                    wait > fetcher.settings.max_retry_after or wait > fetcher.remaining()
                ):
                    raise RetryTooLong(f"the source asked us to wait {wait:.0f} s")
                return super().sleep_for_retry(response)

        retry = BoundedRetry(
            total=self.settings.retries,
            connect=self.settings.retries,
            read=0,  # a read timeout is not retried: the server is slow, not flaky
            status=self.settings.retries,
            backoff_factor=self.settings.backoff,
            status_forcelist=(429, 500, 502, 503, 504),
            allowed_methods=frozenset({"GET"}),
            respect_retry_after_header=True,
            raise_on_status=False,
        )
        cache = FileCache(str(self.settings.cache_dir)) if self.settings.cache_dir else None
        adapter = (
            CacheControlAdapter(cache=cache, max_retries=retry)
            if cache
            else requests.adapters.HTTPAdapter(max_retries=retry)
        )
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self._last = 0.0
        self._robots: urllib.robotparser.RobotFileParser | None = None

    # --- policy ------------------------------------------------------------------------------
    def remaining(self) -> float:
        """Seconds left before the run's deadline."""
        return self._deadline - time.monotonic()

    def _pause(self) -> None:
        if self.remaining() <= 0:
            raise FetchError(f"the run's deadline of {self.settings.deadline:.0f} s passed")
        wait = self.settings.min_interval - (time.monotonic() - self._last)
        if wait > 0:
            time.sleep(wait)
        self._last = time.monotonic()

    def _robots_allow(self, url: str) -> bool:
        if self._robots is None:
            robots_url = urljoin(self.base_url, "/robots.txt")
            parser = urllib.robotparser.RobotFileParser(robots_url)
            response = self._raw_get(robots_url)
            if response.status_code >= 500:
                raise FetchError(f"robots.txt answered {response.status_code}: not fetching")
            parser.parse(response.text.splitlines() if response.status_code == 200 else [])
            self._robots = parser
        return self._robots.can_fetch(self.settings.user_agent, url)

    def _raw_get(self, url: str) -> requests.Response:
        """GET one URL: same host only, redirects checked by hand, size-limited body."""
        for _ in range(self.settings.max_redirects + 1):
            if urlsplit(url).netloc != self.host:
                raise FetchError(f"refusing to fetch from another host: {urlsplit(url).netloc}")
            self._pause()
            try:
                response = self.session.get(
                    url,
                    allow_redirects=False,
                    stream=True,
                    timeout=(self.settings.connect_timeout, self.settings.read_timeout),
                )
            except RetryTooLong as exc:
                raise FetchError(f"{url}: {exc}: stopping the run") from exc
            except requests.exceptions.RetryError as exc:
                raise FetchError(f"{url}: gave up after retries ({exc})") from exc
            except requests.exceptions.Timeout as exc:
                raise FetchError(f"{url}: timed out ({exc.__class__.__name__})") from exc
            except requests.exceptions.ConnectionError as exc:
                # urllib3 wraps a read timeout it will not retry in a connection error
                if "timed out" in str(exc).lower():
                    raise FetchError(f"{url}: timed out") from exc
                raise FetchError(f"{url}: cannot connect ({exc.__class__.__name__})") from exc
            except requests.exceptions.RequestException as exc:
                raise FetchError(f"{url}: {exc.__class__.__name__}") from exc
            if response.is_redirect:
                url = urljoin(url, response.headers.get("Location", ""))
                response.close()
                continue
            self._read_limited(response, url)
            return response
        raise FetchError(f"{url}: too many redirects")

    def _read_limited(self, response: requests.Response, url: str) -> None:
        limit = self.settings.max_bytes
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > limit:
            response.close()
            raise FetchError(f"{url}: response of {declared} bytes is over the {limit} limit")
        body = bytearray()
        settings = self.settings
        started = time.monotonic()
        page_time = settings.page_grace + limit / settings.min_bytes_per_second
        allowed = min(page_time, self.remaining())
        too_long = (
            f"{url}: the page took longer than {allowed:.0f} s"
            if allowed >= page_time
            else f"{url}: the run's deadline of {settings.deadline:.0f} s passed"
        )
        # a page dripping a byte at a time never trips the read timeout: past its time, its
        # socket is shut, which ends the blocked read
        fired = threading.Event()
        sock = _socket_of(response)
        watchdog = threading.Timer(max(allowed, 0.0), _shut, args=(sock, fired)) if sock else None
        if watchdog is not None:
            watchdog.daemon = True
            watchdog.start()
        try:
            for chunk in response.iter_content(16 * 1024):
                body.extend(chunk)
                if len(body) > limit:
                    response.close()
                    raise FetchError(f"{url}: response is over the {limit}-byte limit")
                elapsed = time.monotonic() - started
                if elapsed > settings.page_grace and len(body) / elapsed < (
                    settings.min_bytes_per_second
                ):
                    response.close()
                    raise FetchError(f"{url}: the page arrives too slowly")
        except (requests.exceptions.RequestException, OSError, ValueError) as exc:
            if fired.is_set():
                raise FetchError(too_long) from exc
            raise FetchError(f"{url}: {exc.__class__.__name__} while reading") from exc
        finally:
            if watchdog is not None:
                watchdog.cancel()
        if time.monotonic() - started >= allowed:
            raise FetchError(too_long)
        response._content = bytes(body)  # noqa: SLF001 - requests' own cache of the body

    # --- the one public call -----------------------------------------------------------------
    def get_text(self, url: str) -> str:
        """The text of one page, or FetchError saying why not."""
        if not self._robots_allow(url):
            raise FetchError(f"{url}: disallowed by robots.txt")
        response = self._raw_get(url)
        if response.status_code != 200:
            retried = " after retries" if response.status_code in (429, 500, 502, 503, 504) else ""
            raise FetchError(f"{url}: HTTP {response.status_code}{retried}")
        return response.text
