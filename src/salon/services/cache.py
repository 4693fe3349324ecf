"""The read cache: encoded thread answers, valid while their thread is unchanged.

An entry is fresh while no committed write of this process (or, through Redis, of another)
has changed its thread since the entry was made, and for at most ``ttl`` seconds; after
that, one database read of the thread's version revalidates it. So a hit costs no database
round trip, and a write from somewhere that does not tell this cache (another process
without Redis, the shell) shows within ``ttl`` seconds.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from salon.store.database import Changes

GZIP_LEVEL = 6  # nearly the size of level 9 at a third of the CPU


@dataclass(eq=False)
class Encoded:
    """A JSON object without its closing brace, so a tail can follow it.

    The tail (the form stamp, see web/thread_answer.py) is shared by every reader for a
    while; the whole answer, plain and gzipped, is kept for the last tail asked for, so a
    cache hit sends bytes made once. Gzip continues from the head compressed once (a
    copy of its compressor, one valid gzip member), so a new tail costs no recompression.
    """

    head: bytes
    _gz_head: bytes | None = None
    _gz: zlib._Compress | None = None  # type: ignore[name-defined]
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # (tail, plain, gzipped or None): replaced whole, so a reader sees one tail's bytes.
    _last: tuple[bytes, bytes, bytes | None] = (b"", b"", None)

    def plain_with(self, tail: bytes) -> bytes:
        last = self._last
        if last[0] == tail and last[1]:
            return last[1]
        plain = self.head + tail
        self._last = (tail, plain, None)
        return plain

    def gzip_with(self, tail: bytes) -> bytes:
        last = self._last
        if last[0] == tail and last[2] is not None:
            return last[2]
        with self._lock:
            if self._gz is None:
                gz = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)
                self._gz_head = gz.compress(self.head) + gz.flush(zlib.Z_SYNC_FLUSH)
                self._gz = gz
            rest = self._gz.copy()
            head = self._gz_head
        assert head is not None  # noqa: S101 - set together with _gz above
        gzipped = head + rest.compress(tail) + rest.flush()
        plain = last[1] if last[0] == tail and last[1] else self.head + tail
        self._last = (tail, plain, gzipped)
        return gzipped


@dataclass(eq=False)
class Entry:
    """An answer about one thread, valid while the thread is unchanged."""

    thread_id: int | None  # None: the thread does not exist (yet)
    version: int
    data: dict[str, Any]  # the answer as built (pages decorate it)
    generation: int
    checked: float


@dataclass(eq=False)
class EncodedEntry(Entry):
    """An answer sent as bytes (the thread read): encoded once, with its ETag."""

    body: Encoded
    etag: str


class ReadCache:
    """A small thread-safe LRU of encoded answers with write-driven invalidation."""

    def __init__(
        self, size: int = 1024, ttl: float = 1.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._size = size
        self.ttl = ttl
        self._clock = clock
        self._items: OrderedDict[Hashable, Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._generations: dict[int, int] = {}  # thread id -> changes seen
        self._created = 0  # threads created (answers for missing threads go stale)

    def generation(self, thread_id: int | None) -> int:
        if thread_id is None:
            return self._created
        return self._generations.get(thread_id, 0)

    def fresh(self, key: Hashable) -> Entry | None:
        """The entry if nothing changed its thread and it was checked within ``ttl``."""
        entry = self._items.get(key)  # a dict read is atomic; no lock on the hot path
        if entry is None or entry.generation != self.generation(entry.thread_id):
            return None
        if self._clock() - entry.checked > self.ttl:
            return None
        return entry

    def hit(self, key: Hashable) -> tuple[Entry, bool] | None:
        """As ``fresh``, and whether half its time is up: then a check against the database
        ahead of time (``services.threads.revalidate``) keeps a busy thread's readers from
        ever waiting for one."""
        entry = self._items.get(key)
        if entry is None or entry.generation != self.generation(entry.thread_id):
            return None
        age = self._clock() - entry.checked
        if age > self.ttl:
            return None
        return entry, age > self.ttl / 2

    def get(self, key: Hashable) -> Entry | None:
        """The entry however old (for revalidation against the database)."""
        with self._lock:
            entry = self._items.get(key)
            if entry is not None:
                self._items.move_to_end(key)
            return entry

    def stamp(self, thread_id: int | None) -> tuple[int, float]:
        """Generation and time to record in an entry built from a read that starts now."""
        return self.generation(thread_id), self._clock()

    def revalidated(self, entry: Entry, generation: int, at: float) -> None:
        entry.generation = generation
        entry.checked = at

    def put(self, key: Hashable, entry: Entry) -> None:
        with self._lock:
            self._items[key] = entry
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def changed(self, changes: Changes) -> None:
        """A committed write changed these threads (``Database.on_commit`` calls this)."""
        with self._lock:
            for thread_id in changes.threads:
                self._generations[thread_id] = self._generations.get(thread_id, 0) + 1
            if changes.created:
                self._created += 1
