"""The fingerprints of the newest comments, kept by each process for the near-copy check.

Every post and edit asks how many other threads hold the same or nearly the same text
among the newest comments (store.comments.recent_fingerprints: 1,000 rows read and
compared, about 1 ms a post). Here the rows are kept in memory: each check reads only the
comments written since the last one (and the newest WINDOW again), and everything is read
afresh every FULL_EVERY seconds, so an edit, a move or a removal of an older comment, here
or in another process, counts within that time, as does a comment whose transaction
committed after WINDOW newer ones (PostgreSQL hands out ids before the commit).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime

import numpy as np

from salon.moderation.fingerprint import near, near_many
from salon.store import comments as comment_rows
from salon.store.database import Connection

LIMIT = 1000  # the newest comments of other threads compared with a new one
KEEP = 4000  # rows kept, so that LIMIT are left after one busy thread's own are skipped
# Newest ids read again at every check: each row read costs about as much as the
# comparisons of a thousand (128 cost 1.3 of the 1.9 profiled ms of a check under load).
WINDOW = 16
FULL_EVERY = 10.0  # seconds between full reads


class RecentFingerprints:
    """``threads_with_near_copies`` as the query would answer it, from memory."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._loaded_at: float | None = None
        # Oldest first (ascending id), at most KEEP.
        self._ids = np.empty(0, np.int64)
        self._threads = np.empty(0, np.int64)
        self._prints = np.empty(0, np.int64)
        self._created = np.empty(0, np.float64)

    def threads_with_near_copies(
        self, conn: Connection, fingerprint: int, thread_id: int, since: datetime
    ) -> int:
        """Other threads whose newest LIMIT comments (created since ``since``) hold the
        same or nearly the same text (a few SimHash bits apart)."""
        with self._lock:
            self._refresh(conn, since)
            threads, prints = self._threads, self._prints
            picked = np.flatnonzero((threads != thread_id) & (self._created >= since.timestamp()))
            complete = len(picked) >= LIMIT or len(self._ids) < KEEP
        if not complete:  # the rows beyond KEEP may count: ask the database
            recent = comment_rows.recent_fingerprints(conn, thread_id, since, LIMIT)
            return len({t for t, other in recent if near(fingerprint, other)})
        picked = picked[-LIMIT:]
        hits = threads[picked][near_many(fingerprint, prints[picked])]
        return len(np.unique(hits))

    def _refresh(self, conn: Connection, since: datetime) -> None:
        now = self._clock()
        full = self._loaded_at is None or now - self._loaded_at >= FULL_EVERY
        after = 0 if full or not len(self._ids) else max(0, int(self._ids[-1]) - WINDOW)
        rows = comment_rows.fingerprints_after(conn, after, since, KEEP)
        rows.reverse()  # oldest first
        fresh = (
            np.array([r[0] for r in rows], np.int64),
            np.array([r[1] for r in rows], np.int64),
            np.array([r[2] for r in rows], np.int64),
            np.array([r[3].timestamp() for r in rows], np.float64),
        )
        if full or len(rows) >= KEEP:
            self._ids, self._threads, self._prints, self._created = fresh
            self._loaded_at = now if full else self._loaded_at
            return
        kept = self._ids <= after  # the rest is read again: rows may have changed or appeared
        self._ids = np.concatenate((self._ids[kept], fresh[0]))[-KEEP:]
        self._threads = np.concatenate((self._threads[kept], fresh[1]))[-KEEP:]
        self._prints = np.concatenate((self._prints[kept], fresh[2]))[-KEEP:]
        self._created = np.concatenate((self._created[kept], fresh[3]))[-KEEP:]
