"""A build's listings, read one at a time: opening a build reads none of them.

Opening a build used to validate every stored listing with pydantic and walk the index's
postings to build ``Columns`` (16.9 s at 100,000 listings, in every worker, and every listing
held in each worker's memory). Now the build writes what opening needs: the arrays (``Columns``,
``Areas``) and, here (``save``), each listing's record, compressed one by one into a flat file
with their offsets, in the positions' order. ``Listings`` reads that file into memory when the
build is opened (it once memory-mapped it: a file cut short under the mapping killed every
worker with SIGBUS) and validates a listing when it is first asked for, such as the cards of
a results page or a service page, keeping the last ``CACHED``.

Every record was validated when the build was written and again when it was verified
(``builds.verify_build``), so a record that no longer expands (zlib checks each one) or
validates was damaged on disk afterwards: asking for it raises ``DamagedListing`` (an
``IndexCorrupt``: the page says the directory is not available, with the helplines, never a
500), logs which build to roll back or rebuild, and marks the build damaged so that the worker
serves the build before it (``serving.py``).
"""

from __future__ import annotations

import logging
import threading
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np
from pydantic import ValidationError

from ..model import Service
from .errors import IndexCorrupt

log = logging.getLogger(__name__)

#: each listing's record as the index stores it (JSON), compressed with zlib one by one (half
#: the size; 15 microseconds to expand), in positions' order
RECORDS = "listings-records.bin"
OFFSETS = "listings-offsets.npy"  # int64: where each record starts, then the file's length
#: how many validated listings a worker keeps, the most recently asked for (about 8 KB each):
#: the services available everywhere, shown on most pages, and many pages' local ones
CACHED = 4096


class DamagedListing(IndexCorrupt):
    """A listing's record in the build no longer validates (the file was damaged on disk)."""


def save(folder: Path, records: Sequence[str]) -> None:
    """Write ``records`` (each listing's record as the index stores it, in positions' order)
    into ``folder``."""
    offsets = np.zeros(len(records) + 1, dtype=np.int64)
    with open(folder / RECORDS, "wb") as out:
        at = 0
        for n, record in enumerate(records):
            line = zlib.compress(record.encode("utf-8"), 6)
            out.write(line)
            at += len(line)
            offsets[n + 1] = at
    np.save(folder / OFFSETS, offsets)


def saved(folder: Path) -> bool:
    return all((folder / name).exists() for name in (RECORDS, OFFSETS))


class Listings(Mapping[str, Service]):
    """Service id -> ``Service``, validated when asked for. Iterates in the index's document
    order (the order the build was given its listings), as the listings held in memory did."""

    def __init__(
        self,
        folder: Path,
        ids: tuple[str, ...],
        positions: Mapping[str, int],
        order: np.ndarray,
    ) -> None:
        """``ids`` and ``positions`` as in ``Columns``; ``order``: the positions in the
        index's document order."""
        self._name = folder.name
        self._ids = ids
        self._positions = positions
        self._offsets = np.load(folder / OFFSETS)
        self._order = order
        # read whole, never memory-mapped: a mapped file cut short in place (``cp`` or
        # ``rsync --inplace`` over a live build) kills the worker with SIGBUS, in a loop
        self._records = (folder / RECORDS).read_bytes()
        size = len(self._records)
        if (
            len(self._offsets) != len(ids) + 1
            or len(self._order) != len(ids)
            or int(self._offsets[-1]) != size
        ):
            raise IndexCorrupt(f"the listings of build {self._name} do not match its index")
        self._cache: dict[str, Service] = {}
        self._lock = threading.Lock()
        #: why this build must no longer be served (a damaged listing was met), or None
        self.damaged: str | None = None

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, sid: object) -> bool:
        return sid in self._positions

    def __iter__(self) -> Iterator[str]:
        ids = self._ids
        return (ids[p] for p in self._order.tolist())

    def __getitem__(self, sid: str) -> Service:
        with self._lock:  # the least recently asked for goes first
            found = self._cache.pop(sid, None)
            if found is not None:
                self._cache[sid] = found
                return found
        position = self._positions[sid]  # KeyError: no such listing
        start, stop = int(self._offsets[position]), int(self._offsets[position + 1])
        try:
            found = Service.model_validate_json(zlib.decompress(self._records[start:stop]))
            if found.id != sid:
                raise ValueError("the record belongs to another listing")
        except (ValidationError, ValueError, zlib.error) as exc:
            # the record's text is never logged: only where it is and what is wrong
            log.error(
                "listing %d of index build %s is damaged (%s): roll back (`directory "
                "rollback`) or rebuild (`directory build-index`)",
                position,
                self._name,
                type(exc).__name__,
            )
            self.damaged = f"listing {position} of the index build {self._name} is damaged"
            raise DamagedListing(self.damaged) from exc
        with self._lock:
            if len(self._cache) >= CACHED:
                self._cache.pop(next(iter(self._cache)))
            self._cache[sid] = found
        return found

    def check(self) -> str | None:
        """Why the listings cannot be served (the first damaged one), or None: every record
        validates. Reads them all, so it is for builds and operators' commands, not requests."""
        for position, sid in enumerate(self._ids):
            start, stop = int(self._offsets[position]), int(self._offsets[position + 1])
            try:
                service = Service.model_validate_json(zlib.decompress(self._records[start:stop]))
            except (ValidationError, ValueError, zlib.error) as exc:
                return f"listing {position} is damaged ({type(exc).__name__})"
            if service.id != sid:
                return f"listing {position} is not where the index expects it"
        return None
