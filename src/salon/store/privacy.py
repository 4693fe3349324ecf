"""What is stored about one e-mail address, erasing it, and the record of each request."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from salon.store.tables import comments, privacy_requests, revisions, threads

REMOVED = "[removed]"


def comments_of(conn: Connection, email: str) -> list[dict[str, Any]]:
    """Every comment written with the address, with its thread and revisions."""
    rows = conn.execute(
        select(
            comments.c.id,
            threads.c.site,
            threads.c.uri,
            threads.c.title,
            comments.c.parent_id,
            comments.c.author_name,
            comments.c.author_email,
            comments.c.author_website,
            comments.c.text,
            comments.c.created,
            comments.c.edited_at,
            comments.c.state,
            comments.c.notify,
            comments.c.up,
            comments.c.down,
            comments.c.ip_hash,
        )
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(func.lower(comments.c.author_email) == email)
        .order_by(comments.c.created, comments.c.id)
    ).all()
    found = [dict(r._mapping) for r in rows]
    if found:
        old = conn.execute(
            select(revisions.c.comment_id, revisions.c.text, revisions.c.replaced_at)
            .where(revisions.c.comment_id.in_([c["id"] for c in found]))
            .order_by(revisions.c.id)
        ).all()
        by_comment: dict[int, list[dict[str, Any]]] = {}
        for cid, text, at in old:
            by_comment.setdefault(cid, []).append({"text": text, "replaced_at": at})
        for c in found:
            c["revisions"] = by_comment.get(c["id"], [])
    return found


def erase(conn: Connection, email: str) -> tuple[int, set[int]]:
    """Remove the address, the name, the website and the IP hash from the address's comments.

    The texts stay, so replies keep their context; names in the edit trail go too.
    Returns (comments changed, their thread ids).
    """
    rows = conn.execute(
        select(comments.c.id, comments.c.thread_id, comments.c.author_name).where(
            func.lower(comments.c.author_email) == email
        )
    ).all()
    if not rows:
        return 0, set()
    ids = [r.id for r in rows]
    names = {r.author_name for r in rows if r.author_name}
    conn.execute(
        update(comments)
        .where(comments.c.id.in_(ids))
        .values(
            author_email="",
            author_name=REMOVED,
            author_website="",
            ip_hash="",
            reader="",
            notify="none",
        )
    )
    if names:
        conn.execute(
            update(comments)
            .where(comments.c.id.in_(ids), comments.c.edited_by.in_(names))
            .values(edited_by=REMOVED)
        )
        conn.execute(
            update(revisions)
            .where(revisions.c.comment_id.in_(ids), revisions.c.replaced_by.in_(names))
            .values(replaced_by=REMOVED)
        )
    return len(ids), {r.thread_id for r in rows}


def record(conn: Connection, kind: str, via: str, count: int, at: datetime) -> None:
    """The audit trail of privacy requests keeps what was done and when, not for whom."""
    conn.execute(insert(privacy_requests).values(kind=kind, via=via, comments=count, created=at))


def requests(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(privacy_requests).order_by(privacy_requests.c.id)).all()
    return [dict(r._mapping) for r in rows]
