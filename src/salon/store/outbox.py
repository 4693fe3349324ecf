"""The durable job table: jobs are written in the same transaction as the change they follow."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from salon.domain.jobs import Job, JobState
from salon.store.database import Database, note_jobs
from salon.store.tables import outbox

_COLUMNS = (
    outbox.c.id,
    outbox.c.kind,
    outbox.c.payload,
    outbox.c.attempts,
    outbox.c.created,
    outbox.c.run_after,
    outbox.c.done_at,
    outbox.c.dead_at,
    outbox.c.last_error,
)


def _job(r: Any) -> Job:
    state = JobState.DONE if r.done_at else JobState.DEAD if r.dead_at else JobState.PENDING
    return Job(
        r.id, r.kind, dict(r.payload), r.attempts, r.created, r.run_after, state, r.last_error
    )


def enqueue(
    conn: Connection,
    kind: str,
    payload: dict[str, Any],
    at: datetime,
    *,
    run_after: datetime | None = None,
    key: str | None = None,
) -> int | None:
    """Queue a job; with ``key``, None when a job with that key exists already."""
    note_jobs(conn)  # wakes this process's worker after the commit
    statement = (
        insert(outbox)
        .values(kind=kind, payload=payload, created=at, run_after=run_after or at, key=key)
        .returning(outbox.c.id)
    )
    if key is None:
        return int(conn.execute(statement).scalar_one())
    try:
        with conn.begin_nested():
            return int(conn.execute(statement).scalar_one())
    except IntegrityError:
        return None


def claim(conn: Connection, now: datetime, limit: int, lease_until: datetime) -> list[Job]:
    """Take due jobs and push their ``run_after`` to ``lease_until`` (the lease).

    If the worker dies, the lease runs out and another worker runs the job again, so a
    job runs at least once; handlers are written to be safe to repeat. On PostgreSQL
    rows another worker is claiming are skipped, not waited for.
    """
    query = (
        select(*_COLUMNS)
        .where(outbox.c.done_at.is_(None), outbox.c.dead_at.is_(None), outbox.c.run_after <= now)
        .order_by(outbox.c.run_after, outbox.c.id)
        .limit(limit)
    )
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    rows = conn.execute(query).all()
    if not rows:
        return []
    conn.execute(
        update(outbox)
        .where(outbox.c.id.in_([r.id for r in rows]))
        .values(run_after=lease_until, attempts=outbox.c.attempts + 1)
    )
    return [
        Job(r.id, r.kind, dict(r.payload), r.attempts + 1, r.created, lease_until) for r in rows
    ]


def finish(conn: Connection, job_id: int, at: datetime) -> None:
    conn.execute(update(outbox).where(outbox.c.id == job_id).values(done_at=at, last_error=None))


def retry_later(conn: Connection, job_id: int, run_after: datetime, error: str) -> None:
    conn.execute(
        update(outbox)
        .where(outbox.c.id == job_id)
        .values(run_after=run_after, last_error=error[:2000])
    )


def bury(conn: Connection, job_id: int, at: datetime, error: str) -> None:
    conn.execute(
        update(outbox).where(outbox.c.id == job_id).values(dead_at=at, last_error=error[:2000])
    )


def jobs(conn: Connection, state: JobState | None = None, limit: int = 100) -> list[Job]:
    """The newest jobs, of one state or all."""
    query = select(*_COLUMNS).order_by(outbox.c.id.desc()).limit(limit)
    if state is JobState.DONE:
        query = query.where(outbox.c.done_at.is_not(None))
    elif state is JobState.DEAD:
        query = query.where(outbox.c.dead_at.is_not(None))
    elif state is JobState.PENDING:
        query = query.where(outbox.c.done_at.is_(None), outbox.c.dead_at.is_(None))
    return [_job(r) for r in conn.execute(query).all()]


def get(conn: Connection, job_id: int) -> Job | None:
    row = conn.execute(select(*_COLUMNS).where(outbox.c.id == job_id)).first()
    return None if row is None else _job(row)


def revive(conn: Connection, job_id: int, now: datetime) -> None:
    """Due again now, with a fresh count of attempts (an operator's retry)."""
    conn.execute(
        update(outbox)
        .where(outbox.c.id == job_id)
        .values(dead_at=None, done_at=None, run_after=now, attempts=0)
    )


_DUE = (
    select(outbox.c.id)
    .where(
        outbox.c.done_at.is_(None),
        outbox.c.dead_at.is_(None),
        outbox.c.run_after <= bindparam("now"),
    )
    .limit(1)
)


class OutboxQueue:
    """The worker's JobQueue on this database: each call is its own short transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def claim(self, now: datetime, limit: int, lease_until: datetime) -> list[Job]:
        # Every commit wakes the worker and most wake-ups find nothing due: look first
        # without taking the write lock, which the posts queue for.
        with self.db.read() as conn:
            if conn.execute(_DUE, {"now": now}).first() is None:
                return []
        with self.db.write() as conn:
            return claim(conn, now, limit, lease_until)

    def finish(self, job_id: int, at: datetime) -> None:
        with self.db.write() as conn:
            finish(conn, job_id, at)

    def retry_later(self, job_id: int, run_after: datetime, error: str) -> None:
        with self.db.write() as conn:
            retry_later(conn, job_id, run_after, error)

    def bury(self, job_id: int, at: datetime, error: str) -> None:
        with self.db.write() as conn:
            bury(conn, job_id, at, error)
