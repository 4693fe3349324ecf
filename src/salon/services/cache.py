"""The read cache: encoded thread answers, valid while their thread is unchanged.

An entry is fresh while no committed write of this process (or, through Redis, of another)
has changed its thread since the entry was made, and for at most ``ttl`` seconds; after
that, one database read of the thread's version revalidates it. So a hit costs no database
round trip, and a write from somewhere that does not tell this cache (another process
without Redis, the shell) shows within ``ttl`` seconds.
"""

from __future__ import annotations

import struct
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

import orjson

from salon.store.database import Changes

GZIP_LEVEL = 6  # nearly the size of level 9 at a third of the CPU
# gzip's member header (RFC 1952): deflate, no name, no time, Unix.
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"
# A tail goes out as one final stored deflate block (RFC 1951 3.2.4): at most this long.
MAX_TAIL = 0xFFFF


@dataclass(eq=False)
class Encoded:
    """A JSON object without its closing brace, so a tail can follow it.

    The tail (the form stamp, see web/thread_answer.py) is shared by every reader for a
    while; the whole answer, plain and gzipped, is kept for the last tail asked for, so a
    cache hit sends bytes made once. The head is deflated once, flushed to a byte
    boundary; a tail follows it as a stored block, so a new tail costs neither
    recompression nor a compressor kept per entry (about 270 KB of zlib state each).
    """

    head: bytes
    _gz_head: tuple[bytes, int] | None = None  # (header + deflated head, CRC-32 of head)
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
        if len(tail) > MAX_TAIL:
            raise ValueError(f"a tail is at most {MAX_TAIL} bytes, got {len(tail)}")
        if self._gz_head is None:  # two threads may both make it: the same bytes
            deflate = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -15)
            deflated = deflate.compress(self.head) + deflate.flush(zlib.Z_SYNC_FLUSH)
            self._gz_head = (GZIP_HEADER + deflated, zlib.crc32(self.head))
        gz_head, crc = self._gz_head
        size = len(tail)
        gzipped = b"".join(
            (
                gz_head,
                struct.pack("<BHH", 1, size, size ^ 0xFFFF),  # final, stored, length
                tail,
                struct.pack("<II", zlib.crc32(tail, crc), (len(self.head) + size) & 0xFFFFFFFF),
            )
        )
        plain = last[1] if last[0] == tail and last[1] else self.head + tail
        self._last = (tail, plain, gzipped)
        return gzipped


@dataclass(eq=False)
class Cached:
    """What the cache knows of every answer: its thread, the version, when it was checked."""

    thread_id: int | None  # None: the thread does not exist (yet)
    version: int
    generation: int
    checked: float


@dataclass(eq=False)
class Entry(Cached):
    """An answer kept as built (a small one, answered by its route's model)."""

    data: dict[str, Any]


@dataclass(eq=False)
class EncodedEntry(Cached):
    """An answer sent as bytes (the thread read): encoded once, with its ETag. Only the
    bytes are kept; ``data`` decodes a copy for the server-rendered page."""

    body: Encoded
    etag: str

    @property
    def data(self) -> dict[str, Any]:
        value: dict[str, Any] = orjson.loads(self.body.head + b"}")
        return value


class ReadCache:
    """A small thread-safe LRU of encoded answers with write-driven invalidation."""

    def __init__(
        self, size: int = 1024, ttl: float = 1.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._size = size
        self.ttl = ttl
        self._clock = clock
        self._items: OrderedDict[Hashable, Cached] = OrderedDict()
        self._lock = threading.Lock()
        self._generations: dict[int, int] = {}  # thread id -> changes seen
        self._created = 0  # threads created (answers for missing threads go stale)
        self.changes = 0  # committed writes seen, for reads that cannot stamp one thread

    def generation(self, thread_id: int | None) -> int:
        if thread_id is None:
            return self._created
        return self._generations.get(thread_id, 0)

    def fresh(self, key: Hashable) -> Cached | None:
        """The entry if nothing changed its thread and it was checked within ``ttl``."""
        entry = self._items.get(key)  # a dict read is atomic; no lock on the hot path
        if entry is None or entry.generation != self.generation(entry.thread_id):
            return None
        if self._clock() - entry.checked > self.ttl:
            return None
        return entry

    def hit(self, key: Hashable) -> tuple[Cached, bool] | None:
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

    def get(self, key: Hashable) -> Cached | None:
        """The entry however old (for revalidation against the database)."""
        with self._lock:
            entry = self._items.get(key)
            if entry is not None:
                self._items.move_to_end(key)
            return entry

    def stamp(self, thread_id: int | None) -> tuple[int, float]:
        """Generation and time to record in an entry built from a read that starts now."""
        return self.generation(thread_id), self._clock()

    def revalidated(self, entry: Cached, generation: int, at: float) -> None:
        entry.generation = generation
        entry.checked = at

    def put(self, key: Hashable, entry: Cached) -> None:
        with self._lock:
            self._items[key] = entry
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def changed(self, changes: Changes) -> None:
        """A committed write changed these threads (``Database.on_commit`` calls this)."""
        with self._lock:
            self.changes += 1
            for thread_id in changes.threads:
                self._generations[thread_id] = self._generations.get(thread_id, 0) + 1
            if changes.created:
                self._created += 1
