"""Bulk inserts for an import, and the source ids that make re-imports idempotent."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text, update

from salon.store.database import note_changed
from salon.store.tables import comments, decisions, import_sources, threads, votes

BATCH = 1000


def imported(
    conn: Connection, site: str, source: str
) -> dict[str, tuple[int, str, int, int | None]]:
    """source id -> (comment id, thread uri, depth, parent id) of what came from ``source``."""
    rows = conn.execute(
        select(
            import_sources.c.source_id,
            comments.c.id,
            threads.c.uri,
            comments.c.depth,
            comments.c.parent_id,
        )
        .join(comments, comments.c.id == import_sources.c.comment_id)
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(import_sources.c.site == site, import_sources.c.source == source)
    ).all()
    return {r[0]: (int(r[1]), r[2], int(r[3]), r[4]) for r in rows}


def thread_ids(
    conn: Connection, site: str, titles: dict[str, str], created: dict[str, datetime]
) -> tuple[dict[str, int], int]:
    """Thread id per uri, creating the missing threads; also how many were created."""
    found = existing_threads(conn, site, list(titles))
    missing = [uri for uri in titles if uri not in found]
    for start in range(0, len(missing), BATCH):
        chunk = missing[start : start + BATCH]
        conn.execute(
            insert(threads),
            [{"site": site, "uri": u, "title": titles[u], "created": created[u]} for u in chunk],
        )
    if missing:
        found.update(existing_threads(conn, site, missing))
    return found, len(missing)


def existing_threads(conn: Connection, site: str, uris: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(uris), BATCH):
        chunk = uris[start : start + BATCH]
        rows = conn.execute(
            select(threads.c.uri, threads.c.id).where(
                threads.c.site == site, threads.c.uri.in_(chunk)
            )
        ).all()
        found.update({uri: int(tid) for uri, tid in rows})
    return found


# The columns an import writes, in the order of the tuples handed to ``add_rows``.
COMMENT_COLUMNS = (
    "id",
    "thread_id",
    "parent_id",
    "depth",
    "author_name",
    "author_email",
    "author_website",
    "text",
    "created",
    "state",
    "up",
    "down",
    "ip_hash",
    "reader",
    "notify",
    "edit_key",
    "fingerprint",
)
VOTE_COLUMNS = ("comment_id", "reader", "value", "updated")
SOURCE_COLUMNS = ("site", "source", "source_id", "comment_id")
BULK_TABLES = {"comments": comments, "votes": votes, "import_sources": import_sources}
# SQLite's page cache while an import writes (KiB): 100,000 comments and their six indexes
# fit, so B-tree pages are not evicted and re-read within the one transaction.
IMPORT_CACHE_KIB = 256 * 1024


def reserve_ids(conn: Connection, n: int) -> list[int]:
    """``n`` new comment ids, taken before the rows are written (parents name them).

    SQLite: the import holds the write lock (BEGIN IMMEDIATE) for its whole transaction,
    so nobody else can take the ids after the current largest. PostgreSQL: drawn from the
    table's sequence, as inserts by others draw theirs.
    """
    if n <= 0:
        return []
    if conn.dialect.name == "postgresql":
        rows = conn.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence('comments', 'id')) "
                "FROM generate_series(1, :n)"
            ),
            {"n": n},
        )
        return [int(r[0]) for r in rows]
    top = conn.execute(select(func.coalesce(func.max(comments.c.id), 0))).scalar_one()
    return list(range(int(top) + 1, int(top) + 1 + n))


def add_rows(
    conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Many rows at once, as tuples of ``columns``; how many. The fast path of an import.

    PostgreSQL gets them through COPY, SQLite through the driver's executemany: no
    statement building or parameter dictionaries per row. Values pass through the
    columns' own bind processing (times stored as the rest of Salon stores them).
    """
    target = BULK_TABLES[table]
    convert = _converters(conn, target, columns)
    done = 0
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        names = ", ".join(columns)
        with raw.cursor() as cur, cur.copy(f"COPY {target.name} ({names}) FROM STDIN") as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row(_converted(row, convert))
                done += 1
        return done
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {target.name} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        batch: list[Sequence[Any]] = []
        for row in rows:
            batch.append(_converted(row, convert))
            if len(batch) == BULK:
                cursor.executemany(sql, batch)
                done, batch = done + len(batch), []
        if batch:
            cursor.executemany(sql, batch)
            done += len(batch)
    finally:
        cursor.close()
    return done


BULK = 10_000


def _converters(
    conn: Connection, table: Table, columns: Sequence[str]
) -> list[tuple[int, Callable[[Any], Any]]]:
    found: list[tuple[int, Callable[[Any], Any]]] = []
    for n, name in enumerate(columns):
        process = table.c[name].type.bind_processor(conn.dialect)
        if process is not None:
            found.append((n, process))
    return found


def _converted(
    row: Sequence[Any], convert: list[tuple[int, Callable[[Any], Any]]]
) -> Sequence[Any]:
    if not convert:
        return row
    out = list(row)
    for n, process in convert:
        out[n] = process(out[n])
    return out


@contextmanager
def bulk_writing(conn: Connection) -> Iterator[None]:
    """A larger SQLite page cache for the length of an import's transaction.

    Only the cache: journal, synchronous=FULL and foreign keys stay as they are, so the
    import is still one durable transaction that commits whole or not at all.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def add_many(conn: Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Plain batched inserts (decisions of a screened import)."""
    target = {"import_sources": import_sources, "votes": votes, "decisions": decisions}[table]
    for start in range(0, len(rows), BATCH):
        conn.execute(insert(target), list(rows[start : start + BATCH]))


def bump_threads(conn: Connection, ids: Iterable[int]) -> None:
    """Every touched thread's version changes, so cached copies are not served."""
    chosen = sorted(set(ids))
    for start in range(0, len(chosen), BATCH):
        conn.execute(
            update(threads)
            .where(threads.c.id.in_(chosen[start : start + BATCH]))
            .values(version=threads.c.version + 1)
        )
    note_changed(conn, *chosen, created=True)  # new threads too
