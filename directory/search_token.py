"""Opaque, expiring addresses for searches made through the form.

A search typed into the form must not leave its words or postcode in the address bar or the
browser's history, so the form posts and the server answers with a redirect to
``/results/<token>``. The token holds the search (and a professional's referral pack) and the
time it was made, encrypted and authenticated with AES-256-GCM (from ``cryptography``):
reading the address reveals nothing, changing it makes it invalid, and it stops working
``ttl`` seconds after it was made. Nothing is kept on the server and no cookie is set.

The time is inside the encryption (Fernet, used before, carried it in clear: anyone could
read when a search was made, to the second), and the plaintext is padded to ``PAD`` bytes
times a power of two, so that a token's length says little about how much was typed: one
letter and a 150-character search give tokens of the same length (294 characters).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

# the search parameters a token may hold (the rest of a form is ignored), each value as long
# and as many as a search reads
from .limits import MAX_PACK, MAX_QUERY_CHARS, MAX_TOKEN_CHARS, MAX_VALUES
from .params import SEARCH_PARAMS

Clock = Callable[[], float]

#: the smallest padded plaintext (time, search and pack), in bytes; a larger one is padded to
#: this times the next power of two. 192 holds a 150-character search and its place; each
#: link on a results page is a token, so a larger minimum would make every page heavier
PAD = 192
_NONCE = 12
_TIME = struct.Struct(">Q")  # seconds since the epoch, at the start of the plaintext
_FORMAT = b"find-support search token 2"  # authenticated with each token; names the format
#: a token made this many seconds in the future (a clock step) is still accepted
CLOCK_SKEW = 60


@dataclass(frozen=True)
class SearchState:
    """What a results address stands for: the search, and the professional's tools."""

    args: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    pack: tuple[str, ...] = ()  # service ids chosen for a referral pack, in the order added
    professional: bool = False  # "I am a professional making a referral" was chosen

    @classmethod
    def from_form(cls, form: Mapping[str, Sequence[str]]) -> SearchState:
        """The search parameters of a submitted form (name -> values), empty ones dropped."""
        args = {}
        for name in SEARCH_PARAMS:
            values = tuple(
                v[:MAX_QUERY_CHARS] for v in form.get(name, ())[:MAX_VALUES] if v.strip()
            )
            if values:
                args[name] = values
        return cls(args=args)

    def query_args(self) -> dict[str, list[str]]:
        """The search as query parameters (name -> list of values)."""
        return {name: list(values) for name, values in self.args.items()}

    def with_args(self, **changes: str | int | Sequence[str] | None) -> SearchState:
        """A copy with some parameters changed (None removes one)."""
        args = dict(self.args)
        for name, value in changes.items():
            if value is None:
                args.pop(name, None)
            elif isinstance(value, str | int):
                args[name] = (str(value),)
            else:
                args[name] = tuple(value)
        return replace(self, args=args)

    def adding(self, service_id: str) -> SearchState:
        if service_id in self.pack or len(self.pack) >= MAX_PACK:
            return self
        return replace(self, pack=(*self.pack, service_id), professional=True)

    def removing(self, service_id: str) -> SearchState:
        return replace(self, pack=tuple(i for i in self.pack if i != service_id))

    def as_professional(self, on: bool) -> SearchState:
        return replace(self, professional=on)

    def keeping_tools_of(self, before: SearchState) -> SearchState:
        """This search with the pack and the professional's choice of an earlier one."""
        return replace(self, pack=before.pack, professional=before.professional)

    def tools_only(self) -> SearchState:
        """The pack and the professional's choice, without the search (all that an ended
        search's address may pass on)."""
        return SearchState(pack=self.pack, professional=self.professional)


class TokenExpired(Exception):
    """The token was genuine but is older than the time a search is shown for."""


class TokenInvalid(Exception):
    """The token was not made by this server (or with its current key), or was changed."""


def token_key(secret: str | bytes) -> bytes:
    """A 256-bit AES key derived from a configured secret of any length (HKDF-SHA256)."""
    raw = secret.encode() if isinstance(secret, str) else secret
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"find-support search token"
    ).derive(raw)


def random_secret() -> bytes:
    """The default when no secret is configured: new for each process, so addresses made
    before a restart stop working."""
    return os.urandom(32)


class SearchTokens:
    """Makes and reads results addresses' tokens. ``clock`` gives the time in seconds."""

    def __init__(self, secret: str | bytes, ttl: float, clock: Clock = time.time) -> None:
        self._aead = AESGCM(token_key(secret))
        raw = secret.encode() if isinstance(secret, str) else secret
        self._words_key = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"find-support words key"
        ).derive(raw)
        self.ttl = ttl
        self.clock = clock

    def words_key(self, state: SearchState) -> str:
        """A keyed digest of a search's words and place (HMAC-SHA256, its own key): equal for
        equal words, and says nothing of them without this server's secret. A results page
        carries it instead of the words, so that the tab that typed them can put them back
        into its form (assets/js/app.mjs) and an address reopened elsewhere cannot."""
        words = [list(state.args.get("q", ())), list(state.args.get("location", ()))]
        message = json.dumps(words, separators=(",", ":"), ensure_ascii=False).encode()
        return hmac.new(self._words_key, message, hashlib.sha256).hexdigest()[:32]

    def encode(self, state: SearchState) -> str:
        body: dict[str, Any] = {"a": {k: list(v) for k, v in state.args.items()}}
        if state.pack:
            body["p"] = list(state.pack)
        if state.professional:
            body["m"] = 1
        data = (
            _TIME.pack(max(0, int(self.clock())))
            + json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        )
        size = PAD
        while size < len(data):
            size *= 2
        data += b" " * (size - len(data))
        nonce = os.urandom(_NONCE)
        sealed = nonce + self._aead.encrypt(nonce, data, _FORMAT)
        return base64.urlsafe_b64encode(sealed).rstrip(b"=").decode("ascii")

    def decode(self, token: str, expired_ok: bool = False) -> SearchState:
        """The state a token holds; TokenInvalid or TokenExpired when it cannot be used
        (``expired_ok``: an expired token is still read)."""
        try:
            if len(token) > MAX_TOKEN_CHARS:
                raise ValueError("too long")
            raw = base64.urlsafe_b64decode(token.encode("ascii") + b"=" * (-len(token) % 4))
            if len(raw) < _NONCE + _TIME.size + 16:
                raise ValueError("too short")
            data = self._aead.decrypt(raw[:_NONCE], raw[_NONCE:], _FORMAT)
            (made,) = _TIME.unpack_from(data)
            now = self.clock()
            if made > now + CLOCK_SKEW:
                raise TokenInvalid("made in the future")
            body = json.loads(data[_TIME.size :])
            args = {
                str(k): tuple(str(v) for v in values)
                for k, values in body["a"].items()
                if k in SEARCH_PARAMS and isinstance(values, list)
            }
            pack = tuple(str(i) for i in body.get("p", ()))[:MAX_PACK]
            state = SearchState(args=args, pack=pack, professional=bool(body.get("m")))
        except (InvalidTag, UnicodeError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise TokenInvalid(type(error).__name__) from error
        if now - made > self.ttl and not expired_ok:
            raise TokenExpired(f"older than {self.ttl:g} s")
        return state
