"""How many reports one client may make a day, without storing who the client is.

A client is known only by a keyed hash of its address, with a secret made at random when the
app starts and mixed with the day, kept in memory: no hash can be matched to an address
without the secret, and nothing is written to disk. The counts are a count-min sketch in
shared memory made before gunicorn forks its workers (``preload_app``), so every worker counts
against the same limit; a new day starts every count at zero. Two clients whose hashes meet in
every row share a count (about one chance in 4 billion a pair, with 2 rows of 65,536).

A third table counts every report post a client sends (stored, refused or thanked over the
limit): the production server peeks at it, without counting, to hold a flood's posts in its
poller before any thread answers them (``directory/production.py``, issue 29).

The client is the address the request came from; behind a reverse proxy that is the proxy's
for everyone, unless the proxy's address is named in ``DIRECTORY_TRUSTED_PROXIES`` (then the
last address in the X-Forwarded-For header it adds: ``client_of``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import mmap
import multiprocessing
import secrets
import struct
from collections.abc import Callable

#: reports one client may make a day
PER_CLIENT = 5
ROWS = 2
TABLES = 3  # who (stored reports), said (client, listing, kind), posts (every post sent)
WIDTH = 1 << 16
_CELL = struct.Struct("=H")
_HEADER = struct.Struct("=I")  # the day's ordinal the counts are for


class RateLimiter:
    def __init__(
        self, limit: int = PER_CLIENT, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self.limit = limit
        self._today = today
        self._secret = secrets.token_bytes(32)
        # shared with the workers forked after it is made: counts (who), said (what), posts
        self._memory = mmap.mmap(-1, _HEADER.size + TABLES * ROWS * WIDTH * _CELL.size)
        self._lock = multiprocessing.Lock()

    def _cells(self, table: int, day: int, *parts: str) -> list[int]:
        message = "\0".join((str(day), *parts)).encode()
        key = hmac.new(self._secret, message, hashlib.sha256).digest()
        offsets = []
        for row in range(ROWS):
            column = int.from_bytes(key[4 * row : 4 * row + 4], "big") % WIDTH
            offsets.append(_HEADER.size + ((table * ROWS + row) * WIDTH + column) * _CELL.size)
        return offsets

    def _start(self, day: int) -> None:
        """With the lock held: a new day starts every count at zero."""
        if _HEADER.unpack_from(self._memory, 0)[0] != day:
            self._memory[:] = bytes(len(self._memory))
            _HEADER.pack_into(self._memory, 0, day)

    def _get(self, offset: int) -> int:
        return _CELL.unpack_from(self._memory, offset)[0]

    def allow(self, client: str, service_id: str, kind: str) -> bool:
        """Whether to store this client's report now: within its limit for the day, and not
        the same thing about the same listing it already said today (so that two stored
        reports of one kind for one listing come from two clients, or two days)."""
        day = self._today().toordinal()
        with self._lock:
            self._start(day)
            who = self._cells(0, day, client)
            said = self._cells(1, day, client, service_id, kind)
            if min(map(self._get, who)) >= self.limit or min(map(self._get, said)) > 0:
                return False
            for offset in (*who, *said):
                _CELL.pack_into(self._memory, offset, min(self._get(offset) + 1, 0xFFFF))
            return True

    def note_post(self, client: str) -> None:
        """Count one report post from ``client``, whatever becomes of it."""
        day = self._today().toordinal()
        with self._lock:
            self._start(day)
            for offset in self._cells(2, day, client):
                _CELL.pack_into(self._memory, offset, min(self._get(offset) + 1, 0xFFFF))

    def posts(self, client: str) -> int:
        """How many report posts ``client`` has sent today (a peek: nothing is counted, no
        lock is taken; the server's poller asks this of every report post it reads)."""
        day = self._today().toordinal()
        if _HEADER.unpack_from(self._memory, 0)[0] != day:
            return 0
        return min(map(self._get, self._cells(2, day, client)))


def client_of(peer: str, forwarded_for: str | None, proxies: frozenset[str]) -> str:
    """Who a request is from, for the limits: the address it came from (``peer``), or, when
    that is a trusted reverse proxy's, the last address in the X-Forwarded-For header (the one
    the proxy added: a client can put anything before it)."""
    if peer in proxies and forwarded_for:
        last = forwarded_for.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return peer


def trusted_proxies(setting: str) -> frozenset[str]:
    """``DIRECTORY_TRUSTED_PROXIES``: addresses separated by commas or spaces."""
    return frozenset(part for part in setting.replace(",", " ").split() if part)
