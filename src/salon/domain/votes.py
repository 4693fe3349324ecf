"""Vote values: one per reader per comment, changeable, -1, 0 (withdrawn) or +1."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Tally:
    up: int
    down: int

    @property
    def score(self) -> int:
        return self.up - self.down
