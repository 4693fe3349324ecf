"""The worker: claims due jobs, runs their handlers, and records success, retry or death."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol

from salon.domain.jobs import Job
from salon.outbox.backoff import Backoff
from salon.outbox.registry import Handler

log = logging.getLogger(__name__)
LEASE = timedelta(minutes=5)


class JobQueue(Protocol):
    """What the worker needs of the job table (salon.store.outbox.OutboxQueue)."""

    def claim(self, now: datetime, limit: int, lease_until: datetime) -> list[Job]: ...

    def finish(self, job_id: int, at: datetime) -> None: ...

    def retry_later(self, job_id: int, run_after: datetime, error: str) -> None: ...

    def bury(self, job_id: int, at: datetime, error: str) -> None: ...


class Worker:
    """Runs jobs at least once; handlers make repeats harmless (see services.mail)."""

    def __init__(
        self,
        queue: JobQueue,
        handlers: Mapping[str, Handler],
        context: Any,
        clock: Callable[[], datetime],
        backoff: Backoff | None = None,
        lease: timedelta = LEASE,
    ) -> None:
        self.queue = queue
        self.handlers = handlers
        self.context = context
        self.clock = clock
        self.backoff = backoff or Backoff()
        self.lease = lease

    def run_due(self, limit: int = 20) -> int:
        """Claim and run up to ``limit`` due jobs; returns how many ran (well or not).

        A claim is a lease: if this process dies the job is due again when it ends, so
        another worker (or this one, restarted) takes it up.
        """
        now = self.clock()
        until = now + self.lease
        jobs = self.queue.claim(now, limit, until)
        for i, job in enumerate(jobs):
            # A slow batch must not outlive its lease: past it, another worker may have
            # claimed the rest, so leave them to whoever holds them now.
            if self.clock() >= until:
                log.warning("lease ran out; %d claimed jobs left for the next claim", len(jobs) - i)
                return i
            self.run(job)
        return len(jobs)

    def run(self, job: Job) -> None:
        handler = self.handlers.get(job.kind)
        try:
            if handler is None:
                raise LookupError(f"no handler for job kind {job.kind!r}")
            # JSON round trip: a handler sees exactly what a worker in another process would.
            handler(self.context, json.loads(json.dumps(job.payload)))
        except Exception as e:  # noqa: BLE001 - a job's failure must not stop the others
            error = f"{type(e).__name__}: {e}"
            now = self.clock()
            if self.backoff.gives_up(job.attempts):
                log.error(
                    "job %s (%s) is dead after %d runs: %s", job.id, job.kind, job.attempts, error
                )
                self.queue.bury(job.id, now, error)
            else:
                log.warning("job %s (%s) failed, run %d: %s", job.id, job.kind, job.attempts, error)
                self.queue.retry_later(job.id, now + self.backoff.delay(job.attempts), error)
        else:
            self.queue.finish(job.id, self.clock())
