"""One vote per reader per comment; the comment row keeps the tallies."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, case, delete, func, insert, select, update

from salon.domain.votes import Tally
from salon.store.tables import comments, votes


def set_vote(conn: Connection, comment_id: int, reader: str, value: int, at: datetime) -> Tally:
    conn.execute(delete(votes).where(votes.c.comment_id == comment_id, votes.c.reader == reader))
    if value:
        conn.execute(
            insert(votes).values(comment_id=comment_id, reader=reader, value=value, updated=at)
        )
    # Recount rather than increment: the tally can never drift from the votes.
    up, down = conn.execute(
        select(
            func.coalesce(func.sum(case((votes.c.value > 0, 1), else_=0)), 0),
            func.coalesce(func.sum(case((votes.c.value < 0, 1), else_=0)), 0),
        ).where(votes.c.comment_id == comment_id)
    ).one()
    conn.execute(update(comments).where(comments.c.id == comment_id).values(up=up, down=down))
    return Tally(int(up), int(down))


def of_reader(conn: Connection, thread_id: int, reader: str) -> dict[int, int]:
    """The reader's own votes in one thread: comment id -> +1 or -1."""
    rows = conn.execute(
        select(votes.c.comment_id, votes.c.value)
        .join(comments, comments.c.id == votes.c.comment_id)
        .where(comments.c.thread_id == thread_id, votes.c.reader == reader)
    ).all()
    return {int(cid): int(value) for cid, value in rows}
