"""When a failed job runs again: exponential backoff with a cap, and when it is given up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True, slots=True)
class Backoff:
    first: timedelta = timedelta(seconds=30)
    cap: timedelta = timedelta(hours=1)
    # After this many failed runs a job is dead: kept with its error for an operator.
    max_attempts: int = 12

    def delay(self, attempts: int) -> timedelta:
        """The wait after the ``attempts``-th failed run (1 -> first, 2 -> 2 x first, ...)."""
        factor = 2 ** min(max(attempts - 1, 0), 30)
        return min(self.first * factor, self.cap)

    def gives_up(self, attempts: int) -> bool:
        return attempts >= self.max_attempts
