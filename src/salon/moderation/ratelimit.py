"""Posting rate limits per IP hash and per author, on the `limits` library.

Memory storage serves one process; a Redis URI shares the counts between processes.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from limits import RateLimitItem, parse_many, storage, strategies

from salon.moderation.policy import Policy

DEFAULT_LIMITS = {"ip": "5/minute;30/hour", "author": "5/minute;30/hour"}


class RateLimiter:
    """`hit(kind, key)` counts one post; None when allowed, else seconds to wait."""

    def __init__(
        self,
        storage_uri: str = "memory://",
        limits: Mapping[str, str] | None = None,
    ) -> None:
        self._storage = storage.storage_from_string(storage_uri)
        self._limiter = strategies.MovingWindowRateLimiter(self._storage)
        self._items: dict[str, list[RateLimitItem]] = {}
        for kind, spec in (limits or DEFAULT_LIMITS).items():
            try:
                self._items[kind] = parse_many(spec)
            except ValueError as exc:
                raise ValueError(f"rate limit for {kind!r} is not valid: {spec!r} ({exc})") from exc

    @classmethod
    def from_policy(cls, policy: Policy, storage_uri: str = "memory://") -> RateLimiter:
        return cls(
            storage_uri,
            {
                "ip": f"{policy.ip_posts_per_minute}/minute;{policy.ip_posts_per_hour}/hour",
                "author": (
                    f"{policy.author_posts_per_minute}/minute;{policy.author_posts_per_hour}/hour"
                ),
            },
        )

    def hit(self, kind: str, key: str) -> float | None:
        """Count one post by `key` (an IP hash or author id) under `kind` ("ip", "author").

        Returns None when allowed, else the seconds until the next post is allowed.
        An empty key (unknown author) is never limited.
        """
        items = self._items.get(kind)
        if items is None:
            raise ValueError(f"unknown rate limit kind {kind!r}; known: {', '.join(self._items)}")
        if not key:
            return None
        # Test every window before counting, so a refused post uses up no allowance.
        for item in items:
            if not self._limiter.test(item, kind, key):
                return self._retry_after(item, kind, key)
        for item in items:
            self._limiter.hit(item, kind, key)
        return None

    def _retry_after(self, item: RateLimitItem, kind: str, key: str) -> float:
        reset = self._limiter.get_window_stats(item, kind, key).reset_time
        # `limits` keeps its windows in wall-clock time, so the wait is measured in it too.
        return max(1.0, round(reset - time.time(), 1))

    def reset(self) -> None:
        self._storage.reset()
