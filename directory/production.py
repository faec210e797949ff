"""gunicorn's logger, error answers and worker for this site (named in ``gunicorn.conf.py``).

- ``write_error`` replaces gunicorn's own error answer (400, 414, 431… for requests it
  cannot parse): the site's security headers and a neutral page that repeats nothing that
  was sent.
- ``Logger``: gunicorn's logger, scrubbed. No log line holds an IP address, a query string
  or a request line: gunicorn writes the client's address and the request it could not
  parse into its error log, so every message (and traceback) passes ``scrub`` first. The
  access log's path is the route's pattern (``/service/<service_id>``), not what was asked.
- ``Worker``: gunicorn's threaded worker, reading each request whole in its poller first
  (``httpbuffer.py``) and holding a flood's report posts there (issue 29).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import selectors
import socket
import threading
import time
from functools import partial
from urllib.parse import unquote_to_bytes

from gunicorn import glogging, util
from gunicorn.http2 import negotiation
from gunicorn.workers import gthread

from .api.errors import MESSAGES as API_MESSAGES
from .api.errors import PREFIX as API_PREFIX
from .feedback.ratelimit import client_of
from .httpbuffer import RequestBuffer, expects_continue, forwarded_for
from .limits import MAX_HEAD_BYTES, MAX_HELD_REPORTS, REPORT_HOLD_SECONDS, REPORT_POSTS_BEFORE_HOLD
from .logscrub import Scrub
from .web.security import HEADERS


class Logger(glogging.Logger):
    def setup(self, cfg) -> None:
        super().setup(cfg)
        for handler in self.error_log.handlers:
            handler.addFilter(Scrub())
        for handler in self.access_log.handlers:
            handler.addFilter(Scrub(quoted=False))

    def atoms(self, resp, req, environ, request_time) -> dict:
        atoms = super().atoms(resp, req, environ, request_time)
        route = environ.get("directory.route") or "-"
        for key in ("U", "{path_info}e", "{raw_uri}e", "{request_uri}e"):
            atoms[key] = route
        for key in ("h", "r", "q", "a", "f", "u", "l"):
            atoms[key] = "-"
        return atoms


ERROR_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Find support</title>'
    "</head><body><h1>Sorry, we could not use that address</h1><p>If you are in danger, call "
    '999.</p><p><a href="/">Start a new search</a> or see <a href="/get-help-now">Get help '
    "now</a>.</p></body></html>"
)


#: whether the request a thread (or the poller) is answering was for an address under /api/
_answering = threading.local()


def request_path(request: bytes) -> bytes:
    """The path (percent-decoded, no query) the request line ``request`` starts with asks for,
    also from an absolute URI; b"" when there is none."""
    parts = request.split(b"\r\n", 1)[0].split(b" ")
    if len(parts) < 2:
        return b""
    target = parts[1]
    if b"://" in target[:12]:
        target = b"/" + target.split(b"://", 1)[1].partition(b"/")[2]
    return unquote_to_bytes(target.split(b"?", 1)[0].split(b"#", 1)[0])


def is_api_target(request: bytes) -> bool:
    """Whether the request line that ``request`` starts with asks for an address under /api/
    (also as an absolute URI); only what ``Worker`` read itself is looked at."""
    return request_path(request).startswith(API_PREFIX.encode())


def write_error(sock, status_int: int, reason: str, mesg: str) -> None:
    """gunicorn's own error answer, with the site's headers and nothing of the request: the
    API's documented JSON for an address under /api/, else a neutral page."""
    if status_int == 501:  # a transfer coding it does not know: the request's fault
        status_int, reason = 400, "Bad Request"
    if getattr(_answering, "api", False):
        message = API_MESSAGES.get(status_int, "Request refused.")
        body = json.dumps({"error": {"status": int(status_int), "message": message}}).encode()
        kind = "application/json"
    else:
        body, kind = ERROR_PAGE.encode(), "text/html; charset=utf-8"
    headers = {
        **HEADERS,
        "Cache-Control": "no-store",
        "Connection": "close",
        "Content-Type": kind,
        "Content-Length": str(len(body)),
    }
    head = f"HTTP/1.1 {int(status_int)} {reason}\r\n" + "".join(
        f"{name}: {value}\r\n" for name, value in headers.items()
    )
    util.write_nonblock(sock, head.encode("latin-1") + b"\r\n" + body)


# gunicorn imports this module (as its logger class) in the master, before forking
util.write_error = write_error
# A new connection holds one of a worker's threads until its first bytes arrive, for up to
# this long, and then waits in the worker's poller (gunicorn's default is 5 s: twenty idle
# connections then stalled every thread of two workers for 5 s). A request's first bytes
# arrive with its connection, so a short wait costs nothing.
gthread.DEFAULT_WORKER_DATA_TIMEOUT = 0.2


# Slow and partial clients (red-team review D2). gunicorn's gthread worker hands a connection
# to a thread as soon as its first bytes arrive, and the thread then waits, without any time
# limit, for the rest of the request: 48 connections that each sent half a request held all
# 48 threads (3 workers x 16) for as long as they liked, and the site answered nobody.
# ``Worker`` reads each request whole in the worker's poller first, without a thread, as a
# buffering proxy would, and gives a thread only a request it can answer without waiting;
# a client gets REQUEST_READ_SECONDS to send its request (headers and body) once connected.

#: how long a client has to send a whole request, from when it connected (or, on a
#: kept-alive connection, from its request's first bytes); then it is answered 408 and closed
REQUEST_READ_SECONDS = float(os.environ.get("WEB_REQUEST_READ_SECONDS", "10"))
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"

# A flood of report posts from one client (issue 29): once a client has sent
# REPORT_POSTS_BEFORE_HOLD report posts today (directory/limits.py; counted by the app for
# every post, feedback/ratelimit.py), each further post of theirs, once read whole, waits in
# the poller for REPORT_HOLD_SECONDS, holding no thread and costing no CPU, before a thread
# answers it as usual (the person is still thanked, with the helplines). A client sending one
# post after another on C connections is then answered C / REPORT_HOLD_SECONDS times a
# second, however fast it could send; a worker holds MAX_HELD_REPORTS at most, and closes one
# more unanswered. A held post whose client closes the connection is dropped unanswered.

#: how long a flood's report post is held (WEB_REPORT_HOLD_SECONDS: the tests set it)
REPORT_HOLD = float(os.environ.get("WEB_REPORT_HOLD_SECONDS", str(REPORT_HOLD_SECONDS)))
#: the report form's address, in English and Welsh (the app's own routes)
REPORT_PATH = re.compile(rb"(/cy)?/service/[^/]+/report")
#: how long a closed connection waits for the client to close its side (gunicorn's value)
LINGER_SECONDS = 2.0


def _peer(client) -> str:
    """The client's address as gunicorn gives it to the app (REMOTE_ADDR)."""
    if isinstance(client, str):
        return client
    if isinstance(client, bytes):
        return client.decode()
    return str(client[0])


class Worker(gthread.ThreadWorker):
    """gunicorn's threaded worker, with each HTTP/1 request read whole, in the poller, before
    a thread takes it (see above). Named in ``gunicorn.conf.py``."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # connections whose request is being read, and when each must be complete, oldest
        # first (every connection gets the same time, so the order is the deadlines' order)
        self.reading: dict[gthread.TConn, float] = {}
        # closed connections waiting for the client to close its side: deadline, bytes read
        self.lingering: dict[socket.socket, list] = {}
        # report posts held (a flood's), and when each is to be answered, oldest first
        self.held: dict[gthread.TConn, float] = {}

    def accept(self, listener) -> None:
        try:
            client, address = listener.accept()
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise
            return
        self.nr_conns += 1
        conn = gthread.TConn(self.cfg, client, address, listener.getsockname())
        if self.cfg.is_ssl or negotiation.prior_knowledge_allowed(self.cfg, address):
            # TLS (this site runs behind a proxy for it) and HTTP/2 with prior knowledge are
            # read by the thread, as gunicorn does
            client.setblocking(True)
            self.enqueue_req(conn)
            return
        self._read_request(conn)

    def on_client_socket_readable(self, conn, client) -> None:
        """A kept-alive connection's next request: read it whole too."""
        self.poller.unregister(client)
        self.keepalived_conns.remove(conn)
        self._read_request(conn)

    def finish_request(self, conn, fs) -> None:
        try:
            result = fs.result() if not fs.cancelled() else False
        except Exception:
            result = None
        if result is None:  # the thread failed: closed at once, as gunicorn does
            self.nr_conns -= 1
            conn.close()
            return
        if result is False:
            # closed after its answer: gunicorn's graceful close waits up to 2 s for the client
            # to close its side, blocking the worker's whole loop meanwhile (a client that
            # never closed stalled every connection of the worker for 2 s each time); here
            # the poller waits for it instead
            self.nr_conns -= 1
            self._linger(conn.sock)
            return
        # bytes of the next request that came with this one (pipelined): read the rest of it
        # in the poller too, where gunicorn would give it to a thread at once
        if result is True and self.alive and conn.parser is not None and not conn.is_http2:
            ahead = conn.parser.unreader.take_buffered()
            if ahead:
                self._read_request(conn, ahead)
                return
        super().finish_request(conn, fs)

    def _linger(self, sock) -> None:
        """Close ``sock`` as gunicorn's graceful close does (RFC 9112 section 9.6: send FIN,
        then read what the client still sends until it closes, at most LINGER_SECONDS and
        64 KiB, so that the kernel does not reset the connection before the answer arrives),
        without blocking: the poller reads, and the loop's sweep ends what takes too long."""
        try:
            sock.shutdown(socket.SHUT_WR)
            sock.setblocking(False)
            self.poller.register(sock, selectors.EVENT_READ, self._on_lingering_bytes)
        except (OSError, ValueError, KeyError):
            util.close(sock)
            return
        self.lingering[sock] = [time.monotonic() + LINGER_SECONDS, 0]

    def _on_lingering_bytes(self, sock) -> None:
        try:
            data = sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        drained = self.lingering[sock][1] + len(data)
        self.lingering[sock][1] = drained
        if not data or drained >= 65536:
            self._stop_lingering(sock)

    def _stop_lingering(self, sock) -> None:
        self.lingering.pop(sock, None)
        with contextlib.suppress(KeyError, ValueError, OSError):
            self.poller.unregister(sock)
        util.close(sock)

    def _read_request(self, conn, start: bytes = b"") -> None:
        conn.sock.setblocking(False)
        conn.request = RequestBuffer(start)
        if start and self._received(conn):
            return
        self.reading[conn] = time.monotonic() + REQUEST_READ_SECONDS
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._on_request_bytes, conn))

    def _on_request_bytes(self, conn, client) -> None:
        try:
            data = client.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        try:
            if data:
                had_head = conn.request.head_ended
                conn.request.add(data)
                if self._received(conn, registered=True):
                    return
                if not had_head and conn.request.head_ended and expects_continue(conn.request.data):
                    with contextlib.suppress(OSError):  # the client waits for it to send the body
                        client.send(_CONTINUE)
                return
        except Exception:  # never the worker's loop: this connection only
            self.log.exception("reading a request failed")
            self._stop_reading(conn)
            self.nr_conns -= 1
            conn.close()
            return
        # the client closed its side: what it sent is answered (or nothing, if nothing)
        self._stop_reading(conn)
        if conn.request.data:
            self._dispatch(conn)
        else:
            self.nr_conns -= 1
            conn.close()

    def _received(self, conn, registered: bool = False) -> bool:
        """Hand the request to a thread, or refuse it, if it has all arrived."""
        if not conn.request.done:
            return False
        if registered:
            self._stop_reading(conn)
        if conn.request.refusal is None:
            self._dispatch(conn)
        else:
            self._refuse(conn, conn.request.refusal)
        return True

    def _stop_reading(self, conn) -> None:
        self.reading.pop(conn, None)
        with contextlib.suppress(KeyError, ValueError, OSError):
            self.poller.unregister(conn.sock)

    def _dispatch(self, conn) -> None:
        if self.alive and self._flooding(conn):
            self._hold(conn)
            return
        conn.data_ready = True  # no waiting for the first bytes in the thread either
        self.enqueue_req(conn)

    def _flooding(self, conn) -> bool:
        """Whether the request read is a report post from a client that has sent
        REPORT_POSTS_BEFORE_HOLD of them today (a peek at the app's count: nothing counted)."""
        data = conn.request.data
        if not data.startswith(b"POST "):
            return False
        try:
            head = bytes(data[: MAX_HEAD_BYTES + 4])
            if not REPORT_PATH.fullmatch(request_path(head)):
                return False
            extensions = getattr(self.wsgi, "extensions", {})
            limiter = extensions.get("report_limiter")
            if limiter is None:
                return False
            proxies = extensions.get("report_proxies", frozenset())
            peer = _peer(conn.client)
            client = client_of(peer, forwarded_for(head) if peer in proxies else None, proxies)
            return limiter.posts(client) >= REPORT_POSTS_BEFORE_HOLD
        except Exception:  # never the worker's loop: answered at once, as before
            self.log.exception("looking at a report post failed")
            return False

    def _hold(self, conn) -> None:
        if len(self.held) >= MAX_HELD_REPORTS:
            self.nr_conns -= 1
            conn.close()
            return
        with contextlib.suppress(OSError, ValueError, KeyError):  # to see the client leave
            self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._on_held, conn))
        self.held[conn] = time.monotonic() + REPORT_HOLD

    def _on_held(self, conn, client) -> None:
        """A held connection became readable: the client left (dropped, unanswered), or sent
        its next request already (kept for the thread; no longer watched)."""
        try:
            ahead = client.recv(1, socket.MSG_PEEK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            ahead = b""
        with contextlib.suppress(KeyError, ValueError, OSError):
            self.poller.unregister(client)
        if not ahead and self.held.pop(conn, None) is not None:
            self.nr_conns -= 1
            conn.close()

    def _release(self, conn) -> None:
        del self.held[conn]
        with contextlib.suppress(KeyError, ValueError, OSError):
            self.poller.unregister(conn.sock)
        conn.data_ready = True
        self.enqueue_req(conn)

    def _refuse(self, conn, status: int) -> None:
        reasons = {408: "Request Timeout", 431: "Request Header Fields Too Large"}
        _answering.api = is_api_target(bytes(conn.request.data))
        with contextlib.suppress(OSError):
            write_error(conn.sock, status, reasons[status], "")
        _answering.api = False
        self.nr_conns -= 1
        conn.close()

    def handle(self, conn):
        """In a thread: the request read in the poller first, then gunicorn's handling."""
        request = getattr(conn, "request", None)
        received = bytes(request.data) if request is not None else b""
        if received:
            conn.request = None
            conn.sock.setblocking(True)
            conn.init()
            conn.parser.unreader.unread(bytes(received))
        # gunicorn's own error answers (a request it cannot parse) are JSON under /api/
        _answering.api = is_api_target(received) if received else False
        try:
            return super().handle(conn)
        finally:
            _answering.api = False

    def murder_pending(self) -> None:
        """Also, each time round the worker's loop: refuse requests not sent in time, end
        lingering closes, and answer held report posts whose time has come (all of them once
        the worker is stopping: they wait for no one then)."""
        super().murder_pending()
        now = time.monotonic()
        while self.held:
            conn, due = next(iter(self.held.items()))
            if due > now and self.alive:
                break
            self._release(conn)
        while self.lingering:
            sock, (deadline, _drained) = next(iter(self.lingering.items()))
            if deadline > now:
                break
            self._stop_lingering(sock)
        while self.reading:
            conn, deadline = next(iter(self.reading.items()))
            if deadline > now:
                break
            self._stop_reading(conn)
            if conn.request.data:
                self._refuse(conn, 408)
            else:  # connected and sent nothing: closed, as gunicorn closes idle connections
                self.nr_conns -= 1
                conn.close()
