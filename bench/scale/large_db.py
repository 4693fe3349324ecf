"""A thread read on a database of a million comments against the same read on one of a
thousand (item 6 of issue 12).

Both databases hold threads of the same shape (``--per-thread`` comments, 30 % replies);
the small one has 1,000 comments, the large one ``--comments`` (a million by default,
over 20,000 threads). Reads miss the cache; the figure is the ratio of the p50s.

    .venv/bin/python bench/scale/large_db.py                  # 1M comments, both databases
    .venv/bin/python bench/scale/large_db.py --comments 100000 --kinds sqlite   # a quick look
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from fill import database, fill
from reads import CPU, cpu_since, deps_for, load, summary, timed_read

from salon.domain.comments import Sort


def measure(kind: str, n_comments: int, per_thread: int, reads: int) -> tuple[list[float], str]:
    with database(kind) as db:
        n_threads = max(1, n_comments // per_thread)
        t = time.perf_counter()
        fill(db, n_threads, per_thread, progress=n_comments >= 200_000)
        print(
            f"{kind}: filled {n_threads * per_thread:,} comments in {n_threads:,} threads "
            f"in {time.perf_counter() - t:.0f} s ({load()})",
            flush=True,
        )
        deps = deps_for(str(db.engine.url.render_as_string(hide_password=False)))
        try:
            rng = random.Random(1)
            for _ in range(20):  # warm up connections and the rendering cache's code
                timed_read(deps, f"/t/{rng.randint(1, n_threads)}")
            ms, mark = [], len(CPU)
            for _ in range(reads):
                uri = f"/t/{rng.randint(1, n_threads)}"
                sort = rng.choice(list(Sort))
                ms.append(timed_read(deps, uri, sort)[0])
            return ms, cpu_since(mark)
        finally:
            deps.db.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--comments", type=int, default=1_000_000)
    ap.add_argument("--per-thread", type=int, default=50)
    ap.add_argument("--small", type=int, default=1_000)
    ap.add_argument("--reads", type=int, default=300)
    ap.add_argument("--kinds", default="sqlite,postgres")
    args = ap.parse_args()
    for kind in args.kinds.split(","):
        small, small_cpu = measure(kind, args.small, args.per_thread, args.reads)
        print(f"{kind} {args.small:>9,} comments: {summary(small)} {small_cpu}", flush=True)
        large, large_cpu = measure(kind, args.comments, args.per_thread, args.reads)
        print(f"{kind} {args.comments:>9,} comments: {summary(large)} {large_cpu}", flush=True)
        ratio = statistics.median(large) / statistics.median(small)
        print(f"{kind}: large/small p50 = {ratio:.2f} (target <= 1.5) ({load()})", flush=True)


if __name__ == "__main__":
    main()
