"""What graduated trust counts: an author's comments approved by a moderator since they
last lost trust (a ban), and when that was."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, and_, func, insert, select

from salon.store.tables import comments, labels, trust_resets


def approved(
    conn: Connection, site: str, email: str, name: str, ip_hash: str, since: datetime | None
) -> int:
    """Distinct comments of this author a moderator approved on the site after `since`.

    The author is their e-mail address when they gave one, else their name from this
    address (a name alone is anybody's to type)."""
    if email:
        who = comments.c.author_email == email
    else:
        who = and_(
            comments.c.author_email == "",
            comments.c.author_name == name,
            comments.c.ip_hash == ip_hash,
        )
    query = (
        select(func.count(func.distinct(labels.c.comment_id)))
        .select_from(labels.join(comments, comments.c.id == labels.c.comment_id))
        .where(labels.c.site == site, labels.c.label == "approve", who)
    )
    if since is not None:
        query = query.where(labels.c.created > since)
    return int(conn.execute(query).scalar_one())


def last_reset(conn: Connection, site: str, keys: Iterable[str]) -> datetime | None:
    wanted = [k for k in keys if k]
    if not wanted:
        return None
    # Ordered rather than max(): the column's type then reads SQLite's stored text back.
    found: datetime | None = conn.execute(
        select(trust_resets.c.at)
        .where(trust_resets.c.site == site, trust_resets.c.author.in_(wanted))
        .order_by(trust_resets.c.at.desc())
        .limit(1)
    ).scalar()
    return found


def reset(conn: Connection, site: str, key: str, at: datetime) -> None:
    conn.execute(insert(trust_resets).values(site=site, author=key[:400], at=at))
