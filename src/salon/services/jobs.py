"""Runs the outbox: jobs committed with the change they follow, executed after the commit."""

from __future__ import annotations

from datetime import timedelta

from salon.domain.errors import NotFound
from salon.domain.jobs import Job, JobState
from salon.outbox import Backoff, Worker
from salon.services.context import Deps
from salon.store import outbox as outbox_rows
from salon.store.outbox import OutboxQueue


def worker(deps: Deps) -> Worker:
    """A worker over this database with the app's handlers and the configured backoff."""
    settings = deps.settings
    return Worker(
        OutboxQueue(deps.db),
        deps.handlers,
        deps,
        deps.clock,
        Backoff(
            cap=timedelta(seconds=settings.outbox_backoff_cap_seconds),
            max_attempts=settings.outbox_max_attempts,
        ),
        lease=timedelta(seconds=settings.outbox_lease_seconds),
    )


def run_due(deps: Deps, limit: int = 20) -> int:
    """Run the jobs that are due now; how many ran (successfully or not).

    A failing job is retried later with exponential backoff; one that keeps failing is
    kept as dead with its last error for an operator (`salon outbox list|retry`).
    """
    return worker(deps).run_due(limit)


def run_all(deps: Deps, rounds: int = 100) -> int:
    """Run until nothing is due (tests, and jobs that queue more jobs); how many ran."""
    total = 0
    for _ in range(rounds):
        ran = run_due(deps)
        if not ran:
            break
        total += ran
    return total


def list_jobs(deps: Deps, state: JobState | None = None, limit: int = 100) -> list[Job]:
    with deps.db.read() as conn:
        return outbox_rows.jobs(conn, state, limit)


def retry_job(deps: Deps, job_id: int) -> Job:
    """Make a dead (or finished) job due again now, with a fresh count of attempts."""
    with deps.db.write() as conn:
        job = outbox_rows.get(conn, job_id)
        if job is None:
            raise NotFound(f"there is no job {job_id}")
        if job.state is JobState.PENDING and job.attempts == 0:
            return job
        outbox_rows.revive(conn, job_id, deps.clock())
        revived = outbox_rows.get(conn, job_id)
    assert revived is not None  # noqa: S101 - just updated in this transaction
    return revived
