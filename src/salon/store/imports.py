"""Bulk inserts for an import, and the source ids that make re-imports idempotent."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

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


def add_comments(conn: Connection, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert comments in batches; their new ids, in the order given.

    Each row's random ``edit_key`` finds its id again: one multi-row insert and one range
    read per batch (RETURNING in parameter order inserts row by row on SQLite).
    """
    ids: list[int] = []
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        floor = conn.execute(select(func.coalesce(func.max(comments.c.id), 0))).scalar_one()
        conn.execute(insert(comments), list(chunk))
        found = dict(
            conn.execute(
                select(comments.c.edit_key, comments.c.id).where(comments.c.id > floor)
            ).all()
        )
        ids.extend(int(found[row["edit_key"]]) for row in chunk)
    return ids


def add_many(conn: Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Plain batched inserts into ``import_sources``, ``votes`` or ``decisions``."""
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
