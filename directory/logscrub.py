"""Log lines that never hold an IP address, a query string or a request line.

gunicorn writes the client's address, and the request line it could not parse, into its
error log; an exception's message can quote what was sent. ``Scrub`` rewrites every record
that passes a handler through ``scrub``: addresses, query strings, request details and quoted
data removed; a traceback keeps its frames and the exception's type, never its message.
Used on gunicorn's logs (``directory.production``) and on the app's own handler.

``DevServerRequests`` is the request log of Flask's development server (``directory run``,
``scripts/run``): method, path without query string or results token, and status; never the
client's address or the request line.
"""

from __future__ import annotations

import logging
import re
import traceback
from urllib.parse import urlsplit

from werkzeug.serving import WSGIRequestHandler

_REQUEST_LINE = re.compile(r"(Invalid request from|Error handling request).*", re.S)
_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
_QUERY = re.compile(r"\?[^\s'\"]*")
_QUOTED = re.compile(r"'[^'\n]{0,8000}'|\"[^\"\n]{0,8000}\"")


def _ipv6(match: re.Match) -> str:
    text = match.group(0)
    return "[address]" if "::" in text or re.search(r"[A-Fa-f]", text) else text


def scrub(text: str, quoted: bool = True) -> str:
    """A log message without client addresses, request lines, query strings or quoted data."""
    text = _REQUEST_LINE.sub(lambda m: m.group(1) + " (details not logged)", text)
    text = _IPV4.sub("[address]", text)
    text = _IPV6.sub(_ipv6, text)
    text = _QUERY.sub("", text)
    return _QUOTED.sub("'…'", text) if quoted else text


class Scrub(logging.Filter):
    """Rewrites each record through ``scrub``; a traceback keeps its frames and the
    exception's type, never its message (which can quote the request)."""

    def __init__(self, quoted: bool = True) -> None:
        super().__init__()
        self.quoted = quoted  # also remove quoted data (not in access lines, which quote ours)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and record.exc_info[0] is not None:
            frames = "".join(traceback.format_tb(record.exc_info[2]))
            message = f"{message}\n{frames}{record.exc_info[0].__name__}"
            record.exc_info, record.exc_text = None, None
        record.msg, record.args = scrub(message, self.quoted), ()
        return True


_RESULTS_TOKEN = re.compile(r"(/results/)[^/]+")


def path_only(target: str) -> str:
    """A request's target without its query string, fragment, host or results token,
    printable."""
    path = urlsplit(target).path if "://" in target[:12] else target.split("?", 1)[0]
    path = _RESULTS_TOKEN.sub(r"\1-", path.split("#", 1)[0]) or "/"
    return "".join(c if c.isprintable() else "?" for c in path)


class DevServerRequests(WSGIRequestHandler):
    """Werkzeug's request handler, logging ``"GET /search" 200`` and nothing of the client.

    Werkzeug logged ``127.0.0.1 - - [date] "GET /search?q=… HTTP/1.1" 200``, and a request line
    it could not parse (one with a raw space) whole, query included (red-team review D13)."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # ``command`` is None when the request line was not understood: nothing of it is logged
        path = path_only(self.path) if self.command else "-"
        self.log("info", '"%s %s" %s', self.command or "-", path, code)

    def log_error(self, format: str, *args) -> None:  # noqa: A002 - the overridden name
        # http.server's messages quote the request line ("Bad request syntax ('GET /?q=…')")
        self.log("error", "%s", scrub(format % args if args else format))

    def log(self, type: str, message: str, *args) -> None:  # noqa: A002 - the overridden name
        level = logging.ERROR if type == "error" else logging.INFO
        logging.getLogger("werkzeug").log(
            level, f"[{self.log_date_time_string()}] {message}", *args
        )
