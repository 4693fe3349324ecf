"""Search time of the moderators' workbench on 100,000 comments, SQLite and PostgreSQL.

    .venv/bin/python bench/admin/search.py [--comments 100000] [--runs 20] [--postgres URL]

Seeds a fresh database through the migrations (so the FTS5 table / GIN index are the real
ones), then times store.search (the query a search page runs) and the whole page's data
(search + the context of its 50 cards). Prints a Markdown table; results.md keeps a run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from sqlalchemy import insert

from salon.services.cards import build
from salon.store.database import Database
from salon.store.migrate import upgrade
from salon.store.search import Filter, search
from salon.store.tables import comments, threads

RARE = "nincompoop"
SITES = ("news", "blog")


def seed(db: Database, n: int, rng: random.Random) -> dict[str, str]:
    """n comments over 2,000 threads, 5,000 authors, 3,000 addresses; returns probes."""
    vocab = [f"w{i:04d}" for i in range(3000)] + ["council", "budget", "vote", "the"] * 200
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with db.write() as conn:
        conn.execute(
            insert(threads),
            [
                {
                    "site": SITES[t % 2],
                    "uri": f"/2026/{t:04d}",
                    "title": f"Article {t}",
                    "created": start,
                }
                for t in range(2000)
            ],
        )
    probe = {}
    batch = []
    for i in range(n):
        words = rng.choices(vocab, k=rng.randint(10, 60))
        if i % 20_000 == 7:
            words.append(RARE)
        author = rng.randrange(5000)
        addr = f"{rng.randrange(3000):064x}"[::-1]
        batch.append(
            {
                "thread_id": rng.randrange(2000) + 1,
                "author_name": f"Reader {author}",
                "author_email": f"r{author}@example.org",
                "text": " ".join(words),
                "created": start + timedelta(seconds=30 * i),
                "state": rng.choice(("published",) * 8 + ("held", "spam")),
                "ip_hash": addr,
                "edit_key": uuid.uuid4().hex,
            }
        )
        if i == n // 2:
            probe = {"author": f"r{author}@example.org", "address": addr[:8]}
        if len(batch) == 2000:
            with db.write() as conn:
                conn.execute(insert(comments), batch)
            batch = []
    if batch:
        with db.write() as conn:
            conn.execute(insert(comments), batch)
    if not db.is_sqlite:
        with db.write() as conn:
            conn.exec_driver_sql("ANALYZE")
    return probe


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm the cache: a moderator's second search is the usual case
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def run(db: Database, n: int, runs: int) -> list[tuple[str, float, float]]:
    upgrade(db)
    probe = seed(db, n, random.Random(9))
    cases = {
        f"rare word ({RARE})": Filter(SITES, words=RARE),
        "common word (council)": Filter(SITES, words="council"),
        "two words (council budget)": Filter(SITES, words="council budget"),
        "word prefix (w012)": Filter(SITES, words="w012"),
        "author e-mail": Filter(SITES, author=probe["author"]),
        "address label": Filter(SITES, address=probe["address"]),
        "state held, one site": Filter(("news",), states=("held",)),
        "everything, newest first": Filter(SITES),
        "word + state + thread": Filter(SITES, words="vote", states=("published",), uri="/2026/00"),
    }
    rows = []
    for name, where in cases.items():

        def query(where: Filter = where) -> object:
            with db.read() as conn:
                return search(conn, where, 51)

        def page(where: Filter = where) -> object:
            with db.read() as conn:
                return build(conn, search(conn, where, 51)[:50])

        q50, q95 = timed(query, runs)
        p50, p95 = timed(page, max(3, runs // 4))
        rows.append((name, q50, q95, p50, p95))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        targets = [("SQLite (FTS5)", f"sqlite:///{Path(tmp) / 'bench.db'}", None)]
        schema = "bench_" + uuid.uuid4().hex[:8]
        try:
            with psycopg.connect(args.postgres, autocommit=True, connect_timeout=3) as c:
                c.execute(f'CREATE SCHEMA "{schema}"')
            targets.append(
                (
                    "PostgreSQL (tsvector)",
                    f"{args.postgres}?options=-csearch_path%3D{schema}",
                    schema,
                )
            )
        except psycopg.Error as e:
            print(f"PostgreSQL skipped: {e}")
        print(f"{args.comments:,} comments; milliseconds, median and p95\n")
        print("| database | search | query p50 | query p95 | page p50 | page p95 |")
        print("| --- | --- | ---: | ---: | ---: | ---: |")
        for label, url, schema_name in targets:
            db = Database(url)
            try:
                t = time.perf_counter()
                for name, q50, q95, p50, p95 in run(db, args.comments, args.runs):
                    print(f"| {label} | {name} | {q50:.1f} | {q95:.1f} | {p50:.1f} | {p95:.1f} |")
                print(f"<!-- {label}: seeded and measured in {time.perf_counter() - t:.0f} s -->")
            finally:
                db.dispose()
                if schema_name:
                    with psycopg.connect(args.postgres, autocommit=True) as c:
                        c.execute(f'DROP SCHEMA "{schema_name}" CASCADE')


if __name__ == "__main__":
    main()
