"""Emptying the spam folder: spam older than a date goes for good."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, exists, select

from salon.store.tables import comments, threads


def delete_before(conn: Connection, site: str, before: datetime) -> int:
    """Delete the site's spam created before ``before``; spam with replies stays (a reply
    needs its parent row). Decisions, labels and reports go with their comment."""
    replies = comments.alias("replies")
    doomed = (
        select(comments.c.id)
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(
            threads.c.site == site,
            comments.c.state == "spam",
            comments.c.created < before,
            ~exists().where(replies.c.parent_id == comments.c.id),
        )
    )
    ids = [int(i) for i in conn.execute(doomed).scalars()]
    for start in range(0, len(ids), 500):
        conn.execute(delete(comments).where(comments.c.id.in_(ids[start : start + 500])))
    return len(ids)
