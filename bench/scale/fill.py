"""Bulk-filled Salon databases for the scale benchmarks: a throwaway SQLite file or
PostgreSQL schema, migrated, then filled with rows written straight to the tables (the
posting path would take hours for a million comments; these benches measure reads)."""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from sqlalchemy import insert, text

from salon.store.database import Database
from salon.store.migrate import upgrade
from salon.store.tables import threads

POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
START = datetime(2025, 1, 1, tzinfo=UTC)
WORDS = (
    "the a comment article reader think agree point data server thread page fast slow "
    "good really why because python nginx cache quite never always small large table "
    "query index read write answer question idea example number people time year"
).split()
BATCH = 5_000


@contextmanager
def database(kind: str) -> Iterator[Database]:
    """An empty, migrated database of this kind, removed afterwards."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory(prefix="salon-scale-") as tmp:
            db = Database(f"sqlite:///{Path(tmp) / 'bench.db'}")
            try:
                upgrade(db)
                yield db
            finally:
                db.dispose()
        return
    schema = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    db = Database(f"{POSTGRES}?options=-csearch_path%3D{schema}")
    try:
        upgrade(db)
        yield db
    finally:
        db.dispose()
        with psycopg.connect(POSTGRES, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 60))).capitalize() + "."


def fill(
    db: Database,
    n_threads: int,
    per_thread: int,
    *,
    reply_share: float = 0.3,
    seed: int = 12,
    progress: bool = False,
) -> list[int]:
    """``n_threads`` threads of ``per_thread`` comments each (a share of them replies to
    earlier comments of their thread, a few deleted or held); returns the thread ids."""
    rng = random.Random(seed)
    # Few enough texts that their rendering stays cached, so reads compare the database.
    texts = [_text(rng) for _ in range(500)]
    t0 = time.perf_counter()
    with db.write() as conn:
        conn.execute(
            insert(threads),
            [
                {"id": t, "site": "default", "uri": f"/t/{t}", "title": f"T{t}", "created": START}
                for t in range(1, n_threads + 1)
            ],
        )
    next_id, rows = 1, []
    for t in range(1, n_threads + 1):
        first = next_id
        for k in range(per_thread):
            cid = next_id
            next_id += 1
            parent = rng.randrange(first, cid) if k and rng.random() < reply_share else None
            r = rng.random()
            state = "published" if r < 0.94 else "deleted" if r < 0.97 else "held"
            rows.append(
                {
                    "id": cid,
                    "thread_id": t,
                    "parent_id": parent,
                    "depth": 0 if parent is None else 1,
                    "author_name": f"reader{rng.randrange(5000)}",
                    "text": "" if state == "deleted" else rng.choice(texts),
                    "created": START + timedelta(minutes=k, seconds=t % 60),
                    "state": state,
                    "up": rng.randrange(5),
                    "down": rng.randrange(2),
                    "edit_key": "k",
                }
            )
            if len(rows) >= BATCH:
                _write(db, rows)
                rows = []
                if progress and (cid // BATCH) % 20 == 0:
                    rate = cid / (time.perf_counter() - t0)
                    print(f"  {cid:,} comments, {rate:,.0f}/s", flush=True)
    if rows:
        _write(db, rows)
    if db.engine.dialect.name == "postgresql":
        with db.write() as conn:
            for table in ("threads", "comments"):
                sequence = f"pg_get_serial_sequence('{table}', 'id')"
                query = f"SELECT setval({sequence}, max(id)) FROM {table}"  # noqa: S608
                conn.execute(text(query))
            conn.execute(text("ANALYZE"))
    else:
        with db.write() as conn:
            conn.execute(text("ANALYZE"))
    return list(range(1, n_threads + 1))


COLUMNS = (
    "id",
    "thread_id",
    "parent_id",
    "depth",
    "author_name",
    "text",
    "created",
    "state",
    "up",
    "down",
    "edit_key",
)


def _write(db: Database, rows: list[dict[str, object]]) -> None:
    """Straight through the driver (COPY on PostgreSQL): SQLAlchemy's per-row work would
    make a million rows take many minutes."""
    raw = db.engine.raw_connection()
    try:
        if db.engine.dialect.name == "postgresql":
            cur = raw.cursor()
            with cur.copy(f"COPY comments ({', '.join(COLUMNS)}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for r in rows:
                    copy.write_row([_naive(r[c]) for c in COLUMNS])
        else:
            placeholders = ", ".join("?" for _ in COLUMNS)
            cur = raw.cursor()
            cur.execute("BEGIN")  # the engine's connections run in autocommit mode
            cur.executemany(
                f"INSERT INTO comments ({', '.join(COLUMNS)}) VALUES ({placeholders})",  # noqa: S608 - constant names
                [tuple(_sqlite(r[c]) for c in COLUMNS) for r in rows],
            )
        raw.commit()
    finally:
        raw.close()


def _naive(value: object) -> object:
    return value.replace(tzinfo=None) if isinstance(value, datetime) else value


def _sqlite(value: object) -> object:
    # The text form SQLAlchemy's DateTime stores on SQLite (compared as strings).
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value
