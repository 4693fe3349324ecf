"""Flood guard: posts per IP hash per minute, shared through Redis when configured."""

from __future__ import annotations

import time

from limits import RateLimitItemPerMinute, storage, strategies

from salon.domain.errors import RateLimited


class FloodGuard:
    def __init__(self, storage_uri: str = "memory://") -> None:
        self._storage = storage.storage_from_string(storage_uri)
        self._limiter = strategies.MovingWindowRateLimiter(self._storage)

    def check(self, kind: str, key: str, per_minute: int) -> None:
        """Count one hit; raise RateLimited once ``key`` went over ``per_minute``."""
        if not key:
            return
        item = RateLimitItemPerMinute(per_minute)
        if not self._limiter.hit(item, kind, key):
            reset = self._limiter.get_window_stats(item, kind, key).reset_time
            raise RateLimited(
                f"too many {kind} from this address; wait a minute and try again",
                retry_after=max(1.0, reset - time.time()),
            )
