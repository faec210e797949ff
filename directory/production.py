"""gunicorn's logger and error answers for this site (named in ``gunicorn.conf.py``).

- ``write_error`` replaces gunicorn's own error answer (400, 414, 431… for requests it
  cannot parse): the site's security headers and a neutral page that repeats nothing that
  was sent.
- ``Logger``: gunicorn's logger, scrubbed. No log line holds an IP address, a query string
  or a request line: gunicorn writes the client's address and the request it could not
  parse into its error log, so every message (and traceback) passes ``scrub`` first. The
  access log's path is the route's pattern (``/service/<service_id>``), not what was asked.
"""

from __future__ import annotations

from gunicorn import glogging, util
from gunicorn.workers import gthread

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


def write_error(sock, status_int: int, reason: str, mesg: str) -> None:
    """gunicorn's own error answer, with the site's headers and nothing of the request."""
    if status_int == 501:  # a transfer coding it does not know: the request's fault
        status_int, reason = 400, "Bad Request"
    body = ERROR_PAGE.encode()
    headers = {
        **HEADERS,
        "Cache-Control": "no-store",
        "Connection": "close",
        "Content-Type": "text/html; charset=utf-8",
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
