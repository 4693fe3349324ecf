"""Server time of thread reads that miss the cache: the service call the API route makes
on a miss (database, tree, JSON encoding), without HTTP around it."""

from __future__ import annotations

import dataclasses
import os
import statistics
import time

from salon.app import build_deps
from salon.config import Settings
from salon.domain.comments import Sort
from salon.services.cache import ReadCache
from salon.services.context import Deps, Requester
from salon.services.threads import read_thread


def deps_for(url: str) -> Deps:
    deps = build_deps(Settings(database_url=url, secret_key="bench-secret"))  # type: ignore[arg-type]
    # Nothing stays in a cache of size 0: every read below is a miss.
    return dataclasses.replace(deps, cache=ReadCache(size=0))


def timed_read(
    deps: Deps, uri: str, sort: Sort = Sort.NEWEST, limit: int = 50, cursor: str | None = None
) -> tuple[float, str | None]:
    """Milliseconds of one read, and the next page's cursor."""
    t = time.perf_counter()
    entry = read_thread(deps, Requester(), "default", uri, sort, limit, cursor)
    return (time.perf_counter() - t) * 1000, entry.data["next"]


def summary(ms: list[float]) -> str:
    ms = sorted(ms)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    return f"p50 {statistics.median(ms):7.2f} ms  p99 {p99:7.2f} ms  (n={len(ms)})"


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())
