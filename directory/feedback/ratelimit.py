"""How many reports one client may make a day, without storing who the client is.

A client is known only by a keyed hash of its address, with a secret made at random each day
and kept in memory: at midnight (or a restart) the secret and every count are forgotten, and
no hash can be matched to an address without the secret. Each worker process keeps its own
counts, so with N workers a client may reach N times the limit at most; the day's cap in
``reports.DAILY_CAP`` holds for every worker together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import threading
from collections.abc import Callable

#: reports one client may make a day
PER_CLIENT = 5
#: clients counted at once: beyond this, counts are dropped oldest first (a flood of made-up
#: addresses cannot grow the process without bound)
MAX_CLIENTS = 100_000


class RateLimiter:
    def __init__(
        self, limit: int = PER_CLIENT, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self.limit = limit
        self._today = today
        self._lock = threading.Lock()
        self._day: dt.date | None = None
        self._secret = b""
        self._counts: dict[bytes, int] = {}
        self._said: set[bytes] = set()

    def _roll(self) -> None:
        day = self._today()
        if day != self._day:
            self._day, self._secret = day, secrets.token_bytes(32)
            self._counts, self._said = {}, set()

    def _key(self, *parts: str) -> bytes:
        return hmac.new(self._secret, "\0".join(parts).encode(), hashlib.sha256).digest()[:16]

    def allow(self, client: str, service_id: str, kind: str) -> bool:
        """Whether to store this client's report now: within its limit for the day, and not
        the same thing about the same listing it already said today (so that two stored
        reports of one kind for one listing come from two clients, or two days)."""
        with self._lock:
            self._roll()
            who = self._key(client)
            said = self._key(client, service_id, kind)
            if self._counts.get(who, 0) >= self.limit or said in self._said:
                return False
            if len(self._counts) >= MAX_CLIENTS:
                self._counts.pop(next(iter(self._counts)))
            if len(self._said) >= MAX_CLIENTS:
                self._said.clear()
            self._counts[who] = self._counts.get(who, 0) + 1
            self._said.add(said)
            return True
