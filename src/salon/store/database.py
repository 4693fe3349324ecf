"""Engines and transactions for SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection as Connection  # re-exported: services type with it
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from salon.domain.errors import Unavailable

MIGRATIONS = Path(__file__).parent / "migrations"
# Starlette's threadpool runs 40 requests at once; one connection each.
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
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("salon_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """One engine per process; ``read()`` and ``write()`` each open one transaction."""

    def __init__(self, url: str, echo: bool = False) -> None:
        self.url = normalise_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"check_same_thread": False}
            # As many connections as the threadpool has threads: nobody waits for one.
            kwargs.update(pool_size=POOL_SIZE, max_overflow=0)
            if ":memory:" in self.url or self.url in ("sqlite://", "sqlite:///"):
                raise ValueError("use a SQLite file, not :memory: (every connection would differ)")
        else:
            kwargs.update(pool_size=10, max_overflow=POOL_SIZE - 10, pool_pre_ping=True)
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._writer = self.engine.execution_options(salon_write=True)
        # SQLite has one writer at a time. Its busy handler retries unfairly and gives up
        # after the timeout (a 500 under load); a lock in the process queues writers fairly,
        # so only writers of other processes ever meet the busy timeout.
        self._write_lock = threading.Lock() if self.is_sqlite else None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        try:
            if self._write_lock is None:
                with self._writer.begin() as conn:
                    yield conn
                return
            with self._write_lock, self._writer.begin() as conn:
                yield conn
        except OperationalError as e:
            if "locked" in str(e.orig) or "busy" in str(e.orig):
                raise Unavailable(
                    "the database is busy with other writers; nothing was saved, try again"
                ) from e
            raise

    def ping(self) -> bool:
        """True when a query gets through (for /health); never raises."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except Exception:  # noqa: BLE001 - any failure means "down" to the health check
            return False
        return True

    def is_empty(self) -> bool:
        return not inspect(self.engine).get_table_names()

    def dispose(self) -> None:
        self.engine.dispose()
