"""A thread event as readers get it: an id to resume from, a name, a JSON payload."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from typing import Any


@dataclass(frozen=True)
class Event:
    id: str
    name: str
    data: dict[str, Any]

    @cached_property
    def wire(self) -> bytes:
        """The event as an SSE message; made once, however many subscribers get it."""
        payload = json.dumps(self.data, separators=(",", ":"), ensure_ascii=False)
        return f"id: {self.id}\nevent: {self.name}\ndata: {payload}\n\n".encode()
