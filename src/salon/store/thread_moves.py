"""Moving threads to a new address (an article's URL changed) and merging two threads."""

from __future__ import annotations

from sqlalchemy import Connection, delete, select, update

from salon.store.database import note_changed
from salon.store.tables import comments, threads


def uris_under(conn: Connection, site: str, prefix: str) -> list[str]:
    rows = conn.execute(
        select(threads.c.uri)
        .where(threads.c.site == site, threads.c.uri.startswith(prefix, autoescape=True))
        .order_by(threads.c.uri)
    ).scalars()
    return list(rows)


def rename(conn: Connection, thread_id: int, uri: str) -> None:
    conn.execute(
        update(threads)
        .where(threads.c.id == thread_id)
        .values(uri=uri, version=threads.c.version + 1)
    )
    note_changed(conn, thread_id, created=True)  # the old uri is empty now, the new one not


def merge(conn: Connection, from_id: int, into_id: int) -> int:
    """Move every comment of one thread into another and drop the empty thread."""
    moved = conn.execute(
        update(comments).where(comments.c.thread_id == from_id).values(thread_id=into_id)
    ).rowcount
    conn.execute(delete(threads).where(threads.c.id == from_id))
    conn.execute(
        update(threads).where(threads.c.id == into_id).values(version=threads.c.version + 1)
    )
    note_changed(conn, from_id, into_id)
    return int(moved or 0)
