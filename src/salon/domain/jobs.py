"""Background jobs as the outbox keeps them: a kind, a JSON payload and their history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class JobState(StrEnum):
    PENDING = "pending"  # due now or later (a failed job waits for its retry here)
    DONE = "done"
    DEAD = "dead"  # failed too often; waits for an operator


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    kind: str
    payload: dict[str, Any]
    attempts: int  # including the run that has claimed it
    created: datetime | None = None
    run_after: datetime | None = None
    state: JobState = JobState.PENDING
    last_error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
