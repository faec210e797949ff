"""Log lines that never hold an IP address, a query string or a request line.

gunicorn writes the client's address, and the request line it could not parse, into its
error log; an exception's message can quote what was sent. ``Scrub`` rewrites every record
that passes a handler through ``scrub``: addresses, query strings, request details and quoted
data removed; a traceback keeps its frames and the exception's type, never its message.
Used on gunicorn's logs (``directory.production``) and on the app's own handler.
"""

from __future__ import annotations

import logging
import re
import traceback

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
