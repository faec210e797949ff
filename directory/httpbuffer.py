"""Whether an HTTP/1 request has all arrived, read from its bytes as they come: the production
worker (``production.Worker``) reads each request whole in its poller, as a buffering proxy
would, before a thread takes it. Nothing here imports gunicorn or the app."""

from __future__ import annotations

from .limits import MAX_BODY_BYTES, MAX_HEAD_BYTES


class RequestBuffer:
    """The bytes of one HTTP/1 request read so far, and whether they are all a thread needs to
    answer it without waiting for the client (``done``), or the status to refuse it with
    (``refusal``: 431 for a head that never ends). Each ``add`` looks only at what is new, so
    a request sent a byte at a time costs no more than one sent at once. A request gunicorn's
    parser refuses anyway (a bare LF, an unreadable length) is done: the parser answers it."""

    def __init__(self, start: bytes = b"") -> None:
        self.data = bytearray()
        self.done = False
        self.refusal: int | None = None
        self._body_at = -1  # where the body starts, once the head has ended
        self._length = 0  # the body's length (Content-Length)
        self._chunked = False
        self._next_chunk = 0  # in a chunked body: where the next size line starts
        self._trailers_from = -1  # after the last chunk: where to look for the end
        self.add(start)

    @property
    def head_ended(self) -> bool:
        return self._body_at >= 0

    def add(self, new: bytes) -> bool:
        seen = len(self.data)
        self.data += new
        if self.done or not new:
            return self.done
        if self._body_at < 0 and not self._head_ended(seen):
            return self.done
        if self._chunked:
            self.done = self._chunks_ended()
        else:
            self.done = len(self.data) - self._body_at >= self._length
        return self.done

    def _head_ended(self, seen: int) -> bool:
        data = self.data
        end = data.find(b"\r\n\r\n", max(0, seen - 3))
        limit = end + 4 if end >= 0 else len(data)
        at = data.find(b"\n", max(0, seen - 1), limit)
        while at >= 0:  # a bare LF in the head: refused by the parser at once
            if at == 0 or data[at - 1] != 13:
                self.done = True
                return False
            at = data.find(b"\n", at + 1, limit)
        if end < 0 or end > MAX_HEAD_BYTES:
            if end > MAX_HEAD_BYTES or len(data) > MAX_HEAD_BYTES:
                self.done, self.refusal = True, 431
            return False
        self._body_at = end + 4
        for line in bytes(data[:end]).split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            name, value = name.strip().lower(), value.strip()
            if name == b"content-length":
                if not value.isdigit() or len(value) > 12 or int(value) > MAX_BODY_BYTES:
                    self.done = True  # refused by the parser, or by the app from its length
                    return False
                self._length = int(value)
            elif name == b"transfer-encoding":
                self._chunked = True
        return True

    def _chunks_ended(self) -> bool:
        """Whether a chunked body has reached its last chunk and the end of its trailers (or
        is longer than the app accepts, or is malformed: then the parser or the app refuses
        it), carrying on from where the last look stopped."""
        data, start = self.data, self._body_at
        if len(data) - start > MAX_BODY_BYTES + 1024:
            return True
        if self._trailers_from >= 0:
            end = data.find(b"\r\n\r\n", self._trailers_from)
            self._trailers_from = max(self._trailers_from, len(data) - 3)
            return end >= 0
        while True:
            at = start + self._next_chunk
            line_end = data.find(b"\r\n", at)
            if line_end < 0:
                return len(data) - at > 1024  # a size line this long is malformed
            try:
                length = int(bytes(data[at:line_end]).split(b";", 1)[0].strip(), 16)
            except ValueError:
                return True
            if length == 0:  # the last chunk: then trailers, if any, and an empty line
                self._trailers_from = line_end
                return self._chunks_ended()
            if line_end + 2 + length + 2 > len(data):
                return False  # this chunk is still arriving
            self._next_chunk = line_end + 2 + length + 2 - start


def forwarded_for(data: bytes) -> str | None:
    """The X-Forwarded-For header(s) of the request ``data`` starts with, joined as gunicorn
    joins a repeated header."""
    end = data.find(b"\r\n\r\n")
    values = []
    for line in data[: max(end, 0)].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"x-forwarded-for":
            values.append(value.strip().decode("latin-1"))
    return ",".join(values) or None


def expects_continue(data: bytes) -> bool:
    end = data.find(b"\r\n\r\n")
    head = data[:end].lower()
    return b"\r\nexpect:" in head and b"100-continue" in head and b" http/1.1\r\n" in head
