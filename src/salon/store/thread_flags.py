"""A thread closed for new comments; comments pinned or featured by moderators."""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from salon.store.database import note_changed
from salon.store.tables import comments, threads


def is_closed(conn: Connection, site: str, uri: str) -> bool:
    return bool(
        conn.execute(
            select(threads.c.closed).where(threads.c.site == site, threads.c.uri == uri)
        ).scalar()
    )


def set_closed(conn: Connection, thread_id: int, closed: bool) -> None:
    conn.execute(
        update(threads)
        .where(threads.c.id == thread_id)
        .values(closed=closed, version=threads.c.version + 1)
    )
    note_changed(conn, thread_id)


def set_flag(conn: Connection, comment_id: int, flag: str, value: bool) -> None:
    column = {"pinned": comments.c.pinned, "featured": comments.c.featured}[flag]
    conn.execute(update(comments).where(comments.c.id == comment_id).values({column: value}))


def unpin_others(conn: Connection, thread_id: int, comment_id: int) -> None:
    """One pinned comment per thread: pinning another replaces it."""
    conn.execute(
        update(comments)
        .where(comments.c.thread_id == thread_id, comments.c.id != comment_id)
        .values(pinned=False)
    )


def pinned_in(conn: Connection, thread_id: int) -> list[int]:
    rows = conn.execute(
        select(comments.c.id).where(comments.c.thread_id == thread_id, comments.c.pinned.is_(True))
    )
    return [int(r.id) for r in rows]
