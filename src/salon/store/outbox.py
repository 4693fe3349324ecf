"""The durable job table: jobs are written in the same transaction as the change they follow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from salon.store.tables import outbox


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int


def enqueue(conn: Connection, kind: str, payload: dict[str, Any], at: datetime) -> int:
    return int(
        conn.execute(
            insert(outbox)
            .values(kind=kind, payload=payload, created=at, run_after=at)
            .returning(outbox.c.id)
        ).scalar_one()
    )


def claim(conn: Connection, now: datetime, limit: int, lease_until: datetime) -> list[Job]:
    """Take due jobs and push their ``run_after`` to ``lease_until``.

    If the worker dies, the lease runs out and another worker runs the job again, so a
    job runs at least once; handlers are written to be safe to repeat.
    """
    query = (
        select(outbox.c.id, outbox.c.kind, outbox.c.payload, outbox.c.attempts)
        .where(outbox.c.done_at.is_(None), outbox.c.run_after <= now)
        .order_by(outbox.c.id)
        .limit(limit)
    )
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    jobs = [Job(r.id, r.kind, dict(r.payload), r.attempts) for r in conn.execute(query).all()]
    if jobs:
        conn.execute(
            update(outbox)
            .where(outbox.c.id.in_([j.id for j in jobs]))
            .values(run_after=lease_until, attempts=outbox.c.attempts + 1)
        )
    return jobs


def finish(conn: Connection, job_id: int, at: datetime) -> None:
    conn.execute(update(outbox).where(outbox.c.id == job_id).values(done_at=at, last_error=None))


def retry_later(conn: Connection, job_id: int, run_after: datetime, error: str) -> None:
    conn.execute(
        update(outbox)
        .where(outbox.c.id == job_id)
        .values(run_after=run_after, last_error=error[:2000])
    )
