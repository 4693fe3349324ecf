"""Engines and transactions for SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection as Connection  # re-exported: services type with it
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from salon.domain.errors import Unavailable
from salon.store.group_commit import GroupCommitWriter

T = TypeVar("T")
MIGRATIONS = Path(__file__).parent / "migrations"
# The default of the database_pool_size setting: a connection for each of the threadpool's
# threads (request_threads, 8 by default) and the writer, with room to raise them.
POOL_SIZE = 40


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs and use psycopg 3 for them."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # The driver's own transaction handling is switched off so that we can say
    # BEGIN IMMEDIATE for writes (no upgrade deadlocks between concurrent writers).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: every commit syncs the WAL, so an acknowledged comment survives a power
    # loss, not only a process crash (NORMAL in WAL mode may lose the last commits).
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    # 256 KiB of page cache per connection instead of 2 MiB: the pool keeps up to 40 of
    # them, and the operating system caches the file anyway. Under 2,000 posts from 20
    # clients the largest process was 157 MB instead of 180 MB (bench/writes/results.md).
    cur.execute("PRAGMA cache_size=-256")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("salon_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def _lock_file(engine: Engine) -> Path | None:
    """The file whose lock the writers of every process take in turn (beside the database)."""
    database = engine.url.database
    if not database or database.startswith("file:"):
        return None
    return Path(database).with_name(Path(database).name + "-writer")


@dataclass
class Changes:
    """What a write transaction changed that read caches depend on."""

    threads: set[int] = field(default_factory=set)  # threads whose version was bumped
    created: bool = False  # a thread was created (empty-thread answers are stale)
    jobs: bool = False  # outbox jobs were queued (the worker has something to do)


CHANGES = "salon_changes"  # key in Connection.info while a write transaction runs


def changes_of(conn: Connection) -> Changes | None:
    """The open write transaction's record of changes (None outside ``Database.write``)."""
    found: Changes | None = conn.info.get(CHANGES)
    return found


def note_changed(conn: Connection, *thread_ids: int, created: bool = False) -> None:
    """Tell read caches (after the commit) that these threads changed, or a uri appeared."""
    if (changes := changes_of(conn)) is not None:
        changes.threads.update(thread_ids)
        changes.created = changes.created or created


def note_jobs(conn: Connection) -> None:
    """Tell the outbox worker (after the commit) that this transaction queued jobs."""
    if (changes := changes_of(conn)) is not None:
        changes.jobs = True


def _busy(error: OperationalError) -> Unavailable | None:
    """The 503 for SQLite's "database is locked" (another process held the lock too long)."""
    if "locked" in str(error.orig) or "busy" in str(error.orig):
        return Unavailable("the database is busy with other writers; nothing was saved, try again")
    return None


class Database:
    """One engine per process; ``read()`` and ``write()`` each open one transaction.

    Functions in ``on_commit`` are called with the ``Changes`` of every committed write
    that changed threads (read caches listen there), those in ``on_jobs`` after every
    committed write that queued outbox jobs; both run after the commit, outside the
    write lock.
    """

    def __init__(self, url: str, echo: bool = False, pool_size: int = POOL_SIZE) -> None:
        self.url = normalise_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"check_same_thread": False}
            # As many connections as the threadpool has threads: nobody waits for one.
            kwargs.update(pool_size=pool_size, max_overflow=0)
            if ":memory:" in self.url or self.url in ("sqlite://", "sqlite:///"):
                raise ValueError("use a SQLite file, not :memory: (every connection would differ)")
        else:
            # Connections open lazily and stay open: an overflow connection is closed at
            # check-in, and under 20 concurrent posts that meant a new PostgreSQL session
            # (a backend process and a login) for most requests. Per worker process.
            kwargs.update(pool_size=pool_size, max_overflow=0, pool_pre_ping=True)
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._writer = self.engine.execution_options(salon_write=True)
        # SQLite has one writer at a time. Its busy handler retries unfairly and gives up
        # after the timeout (a 500 under load); writers of this process queue fairly on a
        # lock instead (only other processes' writers meet the busy timeout), and those
        # that queue together share one commit (store/group_commit.py).
        self._group = (
            GroupCommitWriter(self._writer, _lock_file(self.engine)) if self.is_sqlite else None
        )
        self.on_commit: list[Callable[[Changes], None]] = []
        self.on_jobs: list[Callable[[], None]] = []

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        changes = Changes()
        try:
            with self._group.transaction() if self._group else self._writer.begin() as conn:
                conn.info[CHANGES] = changes
                try:
                    yield conn
                finally:
                    conn.info.pop(CHANGES, None)
        except OperationalError as e:
            if (busy := _busy(e)) is not None:
                raise busy from e
            raise
        self._committed(changes)

    def submit(self, work: Callable[[Connection], T]) -> T:
        """``work(conn)`` in a write transaction, as ``with write() as conn`` would run it;
        its result once committed. On SQLite it runs on the writer thread, back to back
        with the other submitted works, sharing their commit (store/group_commit.py)."""
        if self._group is None:
            with self.write() as conn:
                return work(conn)
        changes = Changes()

        def run(conn: Connection) -> T:
            conn.info[CHANGES] = changes
            try:
                return work(conn)
            finally:
                conn.info.pop(CHANGES, None)

        try:
            result = self._group.submit(run)
        except OperationalError as e:
            if (busy := _busy(e)) is not None:
                raise busy from e
            raise
        self._committed(changes)
        return result

    def _committed(self, changes: Changes) -> None:
        if changes.threads or changes.created:
            for listener in self.on_commit:
                listener(changes)
        if changes.jobs:
            for wake in self.on_jobs:
                wake()

    def ping(self) -> bool:
        """True when a query gets through (for /health); never raises."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except Exception:  # noqa: BLE001 - any failure means "down" to the health check
            return False
        return True

    def max_connections(self) -> int | None:
        """PostgreSQL's max_connections less the slots reserved for superusers (None on
        SQLite, which has no such limit)."""
        if self.is_sqlite:
            return None
        with self.engine.connect() as conn:
            total = int(conn.exec_driver_sql("SHOW max_connections").scalar_one())
            reserved = int(conn.exec_driver_sql("SHOW superuser_reserved_connections").scalar_one())
        return total - reserved

    def is_empty(self) -> bool:
        return not inspect(self.engine).get_table_names()

    def dispose(self) -> None:
        self.engine.dispose()
        if self._group is not None:
            self._group.close()
