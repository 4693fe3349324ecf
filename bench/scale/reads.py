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
    deps = build_deps(Settings(database_url=url, secret_key="bench-secret"))  # type: ignore[arg-type]  # noqa: S106
    # Nothing stays in a cache of size 0: every read below is a miss.
    return dataclasses.replace(deps, cache=ReadCache(size=0))


CPU: list[float] = []  # this process's CPU time of every timed read, in ms


def timed_read(
    deps: Deps, uri: str, sort: Sort = Sort.NEWEST, limit: int = 50, cursor: str | None = None
) -> tuple[float, str | None]:
    """Milliseconds of one read (wall clock), and the next page's cursor.

    The CPU time goes to ``CPU``: on a loaded machine the wall clock mostly measures the
    wait for a core; with SQLite (in this process) the CPU time is the work itself."""
    t, c = time.perf_counter(), time.process_time()
    entry = read_thread(deps, Requester(), "default", uri, sort, limit, cursor)
    CPU.append((time.process_time() - c) * 1000)
    return (time.perf_counter() - t) * 1000, entry.data["next"]


def cpu_since(mark: int) -> str:
    ms = sorted(CPU[mark:])
    return f"CPU p50 {statistics.median(ms):6.2f} ms" if ms else ""


def summary(ms: list[float]) -> str:
    ms = sorted(ms)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    return f"p50 {statistics.median(ms):7.2f} ms  p99 {p99:7.2f} ms  (n={len(ms)})"


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())
