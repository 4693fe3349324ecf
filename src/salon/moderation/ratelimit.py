"""Posting rate limits per IP hash and per author: moving windows ("5/minute;30/hour").

In one process the counts are timestamps kept in this object (no thread, no timer); a
Redis URI shares them between processes: one script checks every window of a key and
counts the post in one round trip. `limits` parses the specs ("5/minute").
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Mapping

from limits import RateLimitItem, parse_many

from salon.moderation.policy import Policy

DEFAULT_LIMITS = {"ip": "5/minute;30/hour", "author": "5/minute;30/hour"}
SWEEP_EVERY = 1024  # hits between sweeps of keys whose windows have all passed


class MovingWindows:
    """Moving-window counts in memory: a post is allowed while fewer than `amount` posts
    of the key fall in the last `seconds`. Only the timestamps still inside a window are
    kept, and keys that went quiet are dropped every SWEEP_EVERY hits, so memory follows
    the recent posters, not every poster since the start."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[tuple[str, str], list[deque[float]]] = {}
        self._hits = 0

    def hit(self, kind: str, key: str, items: list[RateLimitItem]) -> float | None:
        """Count one post unless a window is full; None, else the seconds to wait."""
        with self._lock:
            now = self._clock()
            windows = self._windows.get((kind, key))
            if windows is None:
                windows = self._windows[kind, key] = [deque() for _ in items]
            wait: float | None = None
            for item, stamps in zip(items, windows, strict=True):
                seconds = item.get_expiry()
                while stamps and stamps[0] < now - seconds:  # in the window: >= now - seconds
                    stamps.popleft()
                if len(stamps) >= item.amount:
                    wait = max(wait or 0.0, stamps[0] + seconds - now)
            if wait is not None:
                return wait
            for stamps in windows:
                stamps.append(now)
            self._hits += 1
            if self._hits % SWEEP_EVERY == 0:
                self._sweep(now, items)
            return None

    def _sweep(self, now: float, items: list[RateLimitItem]) -> None:
        longest = max(item.get_expiry() for item in items)
        quiet = [
            k for k, ws in self._windows.items() if all(not s or s[-1] < now - longest for s in ws)
        ]
        for k in quiet:
            del self._windows[k]


# KEYS: one list per window, newest timestamp first; ARGV: now, then (amount, seconds) per
# key. A window is full when its amount-th newest post is still inside it. Answers false
# when the post is counted, else the seconds until the fullest window has room.
_HIT = """
local now = tonumber(ARGV[1])
local wait = -1
for i, key in ipairs(KEYS) do
  local amount = tonumber(ARGV[2 * i])
  local seconds = tonumber(ARGV[2 * i + 1])
  local entry = redis.call('lindex', key, amount - 1)
  if entry and tonumber(entry) >= now - seconds then
    wait = math.max(wait, tonumber(entry) + seconds - now)
  end
end
if wait >= 0 then
  return tostring(wait)
end
for i, key in ipairs(KEYS) do
  redis.call('lpush', key, ARGV[1])
  redis.call('ltrim', key, 0, tonumber(ARGV[2 * i]) - 1)
  redis.call('expire', key, math.ceil(tonumber(ARGV[2 * i + 1])))
end
return false
"""


class RedisWindows:
    """The same moving windows in Redis, shared by every process that uses the URL."""

    def __init__(self, url: str) -> None:
        # Imported here: redis-py is 5 MB that a process without Redis never needs.
        import redis

        self._redis = redis.Redis.from_url(url, socket_timeout=5)
        self._hit = self._redis.register_script(_HIT)

    def hit(self, kind: str, key: str, items: list[RateLimitItem]) -> float | None:
        keys = [f"salon:rate:{kind}:{i.amount}/{i.get_expiry()}:{key}" for i in items]
        args: list[str | int] = [repr(time.time())]  # wall clock: shared between hosts
        for item in items:
            args += [item.amount, item.get_expiry()]
        wait = self._hit(keys=keys, args=args)
        return None if wait is None else float(wait)


class RateLimiter:
    """`hit(kind, key)` counts one post; None when allowed, else seconds to wait."""

    def __init__(
        self,
        storage_uri: str = "memory://",
        limits: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._items: dict[str, list[RateLimitItem]] = {}
        for kind, spec in (limits or DEFAULT_LIMITS).items():
            try:
                self._items[kind] = parse_many(spec)
            except ValueError as exc:
                raise ValueError(f"rate limit for {kind!r} is not valid: {spec!r} ({exc})") from exc
        self._windows: MovingWindows | RedisWindows = (
            MovingWindows(clock) if storage_uri == "memory://" else RedisWindows(storage_uri)
        )

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
        An empty key (unknown author) is never limited. A refused post uses up no allowance.
        """
        items = self._items.get(kind)
        if items is None:
            raise ValueError(f"unknown rate limit kind {kind!r}; known: {', '.join(self._items)}")
        if not key:
            return None
        wait = self._windows.hit(kind, key, items)
        return None if wait is None else max(1.0, round(wait, 1))
