"""What is stored about one e-mail address, erasing it, and the record of each request."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from salon.store import subscriptions as subscription_rows
from salon.store.tables import (
    comments,
    mail_addresses,
    mails,
    privacy_requests,
    revisions,
    threads,
)

REMOVED = "[removed]"


def _of_site(site: str | None) -> Any:
    """Comments on one site's threads (every site's for None)."""
    if site is None:
        return comments.c.id.isnot(None)
    return comments.c.thread_id.in_(select(threads.c.id).where(threads.c.site == site))


def count_comments(conn: Connection, email: str, site: str | None = None) -> int:
    return int(
        conn.execute(
            select(func.count())
            .select_from(comments)
            .where(func.lower(comments.c.author_email) == email, _of_site(site))
        ).scalar_one()
    )


def comments_of(conn: Connection, email: str, site: str | None = None) -> list[dict[str, Any]]:
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
        .where(func.lower(comments.c.author_email) == email, _of_site(site))
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


def subscriptions_of(conn: Connection, email: str, site: str | None = None) -> list[dict[str, Any]]:
    """The address's notification settings per site, with what it follows."""
    query = select(mail_addresses).where(mail_addresses.c.email == email)
    if site is not None:
        query = query.where(mail_addresses.c.site == site)
    found = []
    for a in conn.execute(query.order_by(mail_addresses.c.id)).all():
        found.append(
            {
                "site": a.site,
                "since": a.created,
                "confirmed": a.confirmed,
                "digest": bool(a.digest),
                "follows": [
                    {"kind": s.kind, "uri": s.uri, "title": s.title, "since": s.created}
                    for s in subscription_rows.of_address(conn, a.id)
                ],
            }
        )
    return found


def mails_to(conn: Connection, email: str, site: str | None = None) -> list[dict[str, Any]]:
    """The mails Salon wrote to the address (kept so that none is sent twice)."""
    query = select(mails.c.site, mails.c.subject, mails.c.created, mails.c.sent).where(
        mails.c.recipient == email
    )
    if site is not None:
        query = query.where(mails.c.site == site)
    return [dict(r._mapping) for r in conn.execute(query.order_by(mails.c.id)).all()]


def forget_address(conn: Connection, email: str, site: str | None = None) -> int:
    """The address's subscriptions (and digest items, by cascade) and the mails written
    to it; how many subscriptions ended."""
    query = select(mail_addresses.c.id).where(mail_addresses.c.email == email)
    if site is not None:
        query = query.where(mail_addresses.c.site == site)
    ids = list(conn.execute(query).scalars())
    ended = sum(len(subscription_rows.of_address(conn, i)) for i in ids)
    for address_id in ids:
        subscription_rows.forget_address(conn, address_id)
    sent = delete(mails).where(mails.c.recipient == email)
    conn.execute(sent if site is None else sent.where(mails.c.site == site))
    return ended


def erase(conn: Connection, email: str, site: str | None = None) -> tuple[int, set[int]]:
    """Remove the address, the name, the website and the IP hash from the address's comments.

    The texts stay, so replies keep their context; names in the edit trail go too.
    Returns (comments changed, their thread ids).
    """
    rows = conn.execute(
        select(comments.c.id, comments.c.thread_id, comments.c.author_name).where(
            func.lower(comments.c.author_email) == email, _of_site(site)
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
