"""Runs the outbox: jobs committed with the change they follow, executed after the commit."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from salon.services.context import Deps
from salon.store import outbox as outbox_rows

log = logging.getLogger(__name__)

Handler = Callable[[Deps, dict[str, Any]], None]
LEASE = timedelta(minutes=5)
MAX_BACKOFF = timedelta(hours=1)


def run_due(deps: Deps, handlers: Mapping[str, Handler], limit: int = 20) -> int:
    """Run the jobs that are due; returns how many ran (successfully or not).

    A failing job is retried later with exponential backoff; one that keeps failing
    stays in the table with its last error for an operator to see. Nothing is dropped.
    """
    now = deps.clock()
    with deps.db.write() as conn:
        jobs = outbox_rows.claim(conn, now, limit, now + LEASE)
    for job in jobs:
        handler = handlers.get(job.kind)
        try:
            if handler is None:
                raise LookupError(f"no handler for job kind {job.kind!r}")
            # JSON round trip: handlers see exactly what a worker in another process would.
            handler(deps, dict(job.payload))
        except Exception as e:  # noqa: BLE001 - a job's failure must not stop the others
            log.warning("job %s (%s) failed: %s", job.id, job.kind, e)
            backoff = min(timedelta(seconds=30 * 2 ** min(job.attempts, 10)), MAX_BACKOFF)
            with deps.db.write() as conn:
                outbox_rows.retry_later(conn, job.id, deps.clock() + backoff, repr(e))
        else:
            with deps.db.write() as conn:
                outbox_rows.finish(conn, job.id, deps.clock())
    return len(jobs)
