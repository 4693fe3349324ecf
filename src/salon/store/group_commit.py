"""Group commit for SQLite: writers that arrive together share one transaction and one fsync.

SQLite has one writer at a time and, with ``synchronous=FULL``, one fsync per commit, so
serial commits cap writes at about 1 / fsync time. Here every writer still runs alone
(under a lock) and inside its own SAVEPOINT, so its failure undoes only its own work; but
a writer that finds others queued behind it leaves the transaction open for them, and the
last of a burst commits for all. Nobody is answered before the commit that holds their
write has returned, so an acknowledged write is still on disk.

Writes handed over as functions (``submit``, the posts) run on one writer thread instead:
it takes every work queued since its last round, runs them back to back (each in its own
savepoint) and commits once, so the posts' threads do not hand the lock to one another
and wait only for their answer.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, Engine, RootTransaction

log = logging.getLogger(__name__)
MAX_MEMBERS = 64  # bounds how long the first writer of a burst waits for the commit
MAX_WAIT = 60.0  # seconds; the commit is always someone's next step, this is a safety net


T = TypeVar("T")


@dataclass(eq=False)
class _Work:
    run: Callable[[Connection], Any]
    done: threading.Event = field(default_factory=threading.Event)
    result: Any = None
    error: BaseException | None = None


@dataclass(eq=False)
class _Group:
    conn: Connection
    transaction: RootTransaction
    members: int = 0
    done: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None


# Each member's savepoint is said to the driver directly: SQLAlchemy's begin_nested()
# costs as much Python as two statements, on the writer thread, for every post
# (bench/writes/profile.md, round 3). The group's transaction stays SQLAlchemy's; the
# works' own begin_nested() savepoints nest inside this one.
_MEMBER = "salon_member"


def _driver(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under the group's (group commit is SQLite's only)."""
    return cast(sqlite3.Connection, conn.connection.driver_connection)


def _savepoint(conn: Connection) -> None:
    _driver(conn).execute(f"SAVEPOINT {_MEMBER}")


def _release_savepoint(conn: Connection) -> None:
    _driver(conn).execute(f"RELEASE SAVEPOINT {_MEMBER}")


def _lost(conn: Connection) -> bool:
    """The group's transaction is gone: ended in SQLAlchemy, or rolled back by SQLite itself
    (it does that on a full disk or an I/O error), which SQLAlchemy does not notice and
    after which COMMIT would succeed with nothing to write."""
    return not conn.in_transaction() or not _driver(conn).in_transaction


def _undo_savepoint(conn: Connection) -> None:
    """Undo the member's writes; raises when the transaction itself is gone."""
    driver = _driver(conn)
    driver.execute(f"ROLLBACK TO SAVEPOINT {_MEMBER}")
    driver.execute(f"RELEASE SAVEPOINT {_MEMBER}")


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
        self._works: deque[_Work] = deque()  # submitted, not yet taken by the writer thread
        self._ready = threading.Condition()  # guards _works, _thread and _closing
        self._thread: threading.Thread | None = None
        self._closing = False

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
            _savepoint(group.conn)
            try:
                yield group.conn
            except BaseException:
                _undo_savepoint(group.conn)
                raise
            _release_savepoint(group.conn)
            group.members += 1
            joined = group
        except BaseException:
            if self._group is not None and _lost(self._group.conn):
                self._fail(self._group, RuntimeError("the group's transaction was lost"))
            raise
        finally:
            self._commit_if_last()
            self._lock.release()
        if not joined.done.wait(MAX_WAIT):
            raise TimeoutError("the group commit did not finish")
        if joined.error is not None:
            raise joined.error

    def submit(self, run: Callable[[Connection], T]) -> T:
        """``run(conn)`` on the writer thread in its own savepoint; its result once the
        transaction that holds it has committed (its exception, and nothing written, when
        it raises; the commit's error when the commit fails)."""
        work = _Work(run)
        with self._ready:
            self._works.append(work)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._serve, name="salon-writer", daemon=True
                )
                self._thread.start()
            self._ready.notify()
        work.done.wait()
        if work.error is not None:
            raise work.error
        result: T = work.result
        return result

    def _serve(self) -> None:
        while True:
            with self._ready:
                while not self._works and not self._closing:
                    self._ready.wait()
                if not self._works:
                    self._thread = None
                    return
                batch = [self._works.popleft() for _ in range(min(len(self._works), MAX_MEMBERS))]
            try:
                self._run(batch)
            except BaseException as e:  # noqa: BLE001 - the thread must keep serving
                log.exception("the writer thread failed on a batch of %d", len(batch))
                for work in batch:
                    work.error = work.error or e
            finally:
                for work in batch:
                    work.done.set()

    def _run(self, batch: list[_Work]) -> None:
        """One round of the writer thread: the batch joins (or opens) the group as one
        member per work, and waits for the commit like every member."""
        with self._queue:
            self._queued += 1
        self._lock.acquire()
        with self._queue:
            self._queued -= 1
        joined: list[_Work] = []
        group: _Group | None = None
        try:
            group = self._group or self._open()
            for work in batch:
                _savepoint(group.conn)
                try:
                    work.result = work.run(group.conn)
                except BaseException as e:  # noqa: BLE001 - handed to the work's caller
                    work.error = e
                    _undo_savepoint(group.conn)
                    continue
                _release_savepoint(group.conn)
                group.members += 1
                joined.append(work)
        except BaseException as e:  # noqa: BLE001 - the group itself failed
            # The works not yet run (or whose savepoint could not be undone) hear of it;
            # those already in the group share its fate, decided below.
            for work in batch:
                if work not in joined and work.error is None:
                    work.error = e
            if self._group is not None and _lost(self._group.conn):
                self._fail(self._group, RuntimeError("the group's transaction was lost"))
        finally:
            self._commit_if_last()
            self._lock.release()
        if group is None or not joined:
            return
        if not group.done.wait(MAX_WAIT):
            error: BaseException | None = TimeoutError("the group commit did not finish")
        else:
            error = group.error
        if error is not None:
            for work in joined:
                work.error = error

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
        with self._ready:
            self._closing = True
            self._ready.notify()
            thread = self._thread
        if thread is not None:
            thread.join(MAX_WAIT)  # the works already queued are written first
        with self._ready:
            self._closing = False  # a later submit starts a new writer thread
            if self._thread is thread:
                self._thread = None
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
            if _lost(group.conn):  # nothing of the members' would be written
                raise RuntimeError("the group's transaction was lost")
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
