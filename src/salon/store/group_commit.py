"""Group commit for SQLite: writers that arrive together share one transaction and one fsync.

SQLite has one writer at a time and, with ``synchronous=FULL``, one fsync per commit, so
serial commits cap writes at about 1 / fsync time. Here every writer still runs alone
(under a lock) and inside its own SAVEPOINT, so its failure undoes only its own work; but
a writer that finds others queued behind it leaves the transaction open for them, and the
last of a burst commits for all. Nobody is answered before the commit that holds their
write has returned, so an acknowledged write is still on disk.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, RootTransaction

log = logging.getLogger(__name__)
MAX_MEMBERS = 64  # bounds how long the first writer of a burst waits for the commit
MAX_WAIT = 60.0  # seconds; the commit is always someone's next step, this is a safety net


@dataclass(eq=False)
class _Group:
    conn: Connection
    transaction: RootTransaction
    members: int = 0
    done: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None


class ProcessLock:
    """An exclusive lock on a file beside the database, shared by every process using it.

    SQLite makes a writer of another process wait in its busy handler, which polls with
    sleeps of up to 100 ms and gives up after the busy timeout: under ``--workers 2`` a
    writer could miss its turn for seconds. A blocking ``flock`` wakes the next process
    the moment the lock is free (the kernel queues the waiters), so the processes' groups
    take turns; SQLite's own lock is still taken inside it (BEGIN IMMEDIATE).
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        if self._fd is None:  # opened at first use, and again after close()
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self._fd, fcntl.LOCK_EX)  # blocks without the GIL

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class GroupCommitWriter:
    def __init__(self, writer: Engine, lock_file: Path | None = None) -> None:
        self._writer = writer
        self._files = ProcessLock(lock_file) if lock_file is not None else None
        self._lock = threading.Lock()
        self._queue = threading.Lock()  # guards _queued
        self._queued = 0  # writers waiting for _lock
        self._group: _Group | None = None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """The block runs in its own savepoint; it returns once its write is committed."""
        with self._queue:
            self._queued += 1
        self._lock.acquire()
        with self._queue:
            self._queued -= 1
        joined: _Group | None = None
        try:
            group = self._group or self._open()
            savepoint = group.conn.begin_nested()
            try:
                yield group.conn
            except BaseException:
                savepoint.rollback()
                raise
            savepoint.commit()
            group.members += 1
            joined = group
        except BaseException:
            if self._group is not None and not self._group.conn.in_transaction():
                self._fail(self._group, RuntimeError("the group's transaction was lost"))
            raise
        finally:
            self._commit_if_last()
            self._lock.release()
        if not joined.done.wait(MAX_WAIT):
            raise TimeoutError("the group commit did not finish")
        if joined.error is not None:
            raise joined.error

    def _open(self) -> _Group:
        if self._files is not None:
            self._files.acquire()
        try:
            conn = self._writer.connect()
            try:
                transaction = conn.begin()  # BEGIN IMMEDIATE (the engine's begin event)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            self._unlock_files()
            raise
        self._group = _Group(conn, transaction)
        return self._group

    def _unlock_files(self) -> None:
        if self._files is not None:
            self._files.release()

    def close(self) -> None:
        if self._files is not None:
            self._files.close()

    def _commit_if_last(self) -> None:
        """Called under the lock: commit unless another writer is about to join."""
        group = self._group
        if group is None:
            return
        with self._queue:
            others = self._queued
        if others and group.members < MAX_MEMBERS:
            return  # the next writer joins; the last of the burst commits
        self._group = None
        if group.members == 0:
            try:
                group.transaction.rollback()
                group.conn.close()
            finally:
                self._unlock_files()
                group.done.set()
            return
        try:
            group.transaction.commit()
        except BaseException as e:  # noqa: BLE001 - every member must hear of it
            log.error("group commit of %d writes failed: %s", group.members, e)
            group.error = e
            try:
                group.transaction.rollback()
            except Exception:  # noqa: BLE001, S110 - the connection is closed next anyway
                pass
        finally:
            try:
                group.conn.close()
            finally:
                self._unlock_files()
                group.done.set()

    def _fail(self, group: _Group, error: BaseException) -> None:
        self._group = None
        group.error = error
        try:
            group.conn.close()
        finally:
            self._unlock_files()
            group.done.set()
