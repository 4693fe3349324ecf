"""A thread read on a database of a million comments against the same read on one of a
thousand (item 6 of issue 12).

Both databases hold threads of the same shape (``--per-thread`` comments, 30 % replies);
the small one has 1,000 comments, the large one ``--comments`` (a million by default,
over 20,000 threads). Reads miss the cache and alternate between the two databases, so
both see the same load on the machine; the figure is the ratio of the p50s.

    .venv/bin/python bench/scale/large_db.py                  # 1M comments, both databases
    .venv/bin/python bench/scale/large_db.py --comments 100000 --kinds sqlite   # a quick look
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from contextlib import ExitStack

from fill import database, fill
from reads import CPU, deps_for, load, summary, timed_read

from salon.domain.comments import Sort
from salon.services.context import Deps


def filled(stack: ExitStack, kind: str, n_comments: int, per_thread: int) -> tuple[Deps, int]:
    db = stack.enter_context(database(kind))
    n_threads = max(1, n_comments // per_thread)
    t = time.perf_counter()
    fill(db, n_threads, per_thread, progress=n_comments >= 200_000)
    print(
        f"{kind}: filled {n_threads * per_thread:,} comments in {n_threads:,} threads "
        f"in {time.perf_counter() - t:.0f} s ({load()})",
        flush=True,
    )
    deps = deps_for(str(db.engine.url.render_as_string(hide_password=False)))
    stack.callback(deps.db.dispose)
    return deps, n_threads


def compare(kind: str, sizes: tuple[int, int], per_thread: int, reads: int) -> None:
    """Reads alternate between the two databases, so both see the same machine load."""
    with ExitStack() as stack:
        both = [filled(stack, kind, n, per_thread) for n in sizes]
        rng = random.Random(1)
        for deps, n_threads in both:
            for _ in range(20):  # warm up connections and caches
                timed_read(deps, f"/t/{rng.randint(1, n_threads)}")
        ms: list[list[float]] = [[], []]
        cpu: list[list[float]] = [[], []]
        for _ in range(reads):
            sort = rng.choice(list(Sort))
            for k, (deps, n_threads) in enumerate(both):
                ms[k].append(timed_read(deps, f"/t/{rng.randint(1, n_threads)}", sort)[0])
                cpu[k].append(CPU[-1])
        for k, n in enumerate(sizes):
            print(
                f"{kind} {n:>9,} comments: {summary(ms[k])} "
                f"CPU p50 {statistics.median(cpu[k]):6.2f} ms",
                flush=True,
            )
        ratio = statistics.median(ms[1]) / statistics.median(ms[0])
        print(f"{kind}: large/small p50 = {ratio:.2f} (target <= 1.5) ({load()})", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--comments", type=int, default=1_000_000)
    ap.add_argument("--per-thread", type=int, default=50)
    ap.add_argument("--small", type=int, default=1_000)
    ap.add_argument("--reads", type=int, default=300)
    ap.add_argument("--kinds", default="sqlite,postgres")
    args = ap.parse_args()
    for kind in args.kinds.split(","):
        compare(kind, (args.small, args.comments), args.per_thread, args.reads)


if __name__ == "__main__":
    main()
