"""One thread of 10,000 comments (item 5 of issue 12): server time of the first page and
of later pages, reached by cursor, on SQLite and PostgreSQL; every read misses the cache.
For comparison, the read as it was before (the whole thread loaded and built into a tree,
then paged).

    .venv/bin/python bench/scale/large_thread.py [--comments 10000] [--kinds sqlite,postgres]
"""

from __future__ import annotations

import argparse
import time

from fill import database, fill
from reads import CPU, cpu_since, deps_for, load, summary, timed_read

from salon.domain.comments import Sort
from salon.domain.threading import build_tree, page
from salon.services.serialise import comment_json
from salon.store.comments import visible_in_thread


def whole_tree_ms(deps, sort: Sort) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    with deps.db.read() as conn:
        roots = build_tree(visible_in_thread(conn, 1))
    chosen = page(roots, sort, 50, None)
    [comment_json(c) for c in chosen.comments]
    return (time.perf_counter() - t) * 1000


def run(kind: str, n: int, reps: int) -> None:
    with database(kind) as db:
        fill(db, 1, n)
        url = db.engine.url.render_as_string(hide_password=False)
        deps = deps_for(url)
        try:
            for sort in Sort:
                timed_read(deps, "/t/1", sort)  # warm up
                mark = len(CPU)
                first = [timed_read(deps, "/t/1", sort)[0] for _ in range(reps)]
                first_cpu, mark = cpu_since(mark), len(CPU) + 1
                later, cursor, pages = [], None, 0
                _, cursor = timed_read(deps, "/t/1", sort)
                while cursor and pages < 60:
                    ms, cursor = timed_read(deps, "/t/1", sort, cursor=cursor)
                    later.append(ms)
                    pages += 1
                later_cpu = cpu_since(mark)
                before = [whole_tree_ms(deps, sort) for _ in range(max(3, reps // 5))]
                print(f"{kind:8} {sort.value:6} first page: {summary(first)} {first_cpu}")
                print(f"{kind:8} {sort.value:6} later pages: {summary(later)} {later_cpu}")
                print(f"{kind:8} {sort.value:6} whole tree (before): {summary(before)}")
            print(f"{kind}: {load()}", flush=True)
        finally:
            deps.db.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--comments", type=int, default=10_000)
    ap.add_argument("--reps", type=int, default=50)
    ap.add_argument("--kinds", default="sqlite,postgres")
    args = ap.parse_args()
    for kind in args.kinds.split(","):
        run(kind, args.comments, args.reps)


if __name__ == "__main__":
    main()
